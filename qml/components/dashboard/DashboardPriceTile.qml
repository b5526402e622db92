import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// Last price of a symbol, its change over the points held, and a sparkline.
Item {
    id: root
    property string subject
    readonly property var snapshot: DashboardFeed.revision >= 0 ? DashboardFeed.price(subject) : ({})
    readonly property bool ready: snapshot.price !== undefined
    readonly property string shownSubject: ready ? snapshot.label : ""

    DashboardWaiting {
        visible: !root.ready
        what: root.subject.length > 0 ? qsTr("prices of %1").arg(root.subject) : qsTr("prices (Predikt, Conyr)")
    }
    ColumnLayout {
        anchors.fill: parent
        visible: root.ready
        spacing: 4
        RowLayout {
            spacing: Theme.spacing
            Label {
                text: root.ready ? DashboardFormat.price(root.snapshot.price) : ""
                font.pixelSize: 28
                font.bold: true
                font.family: Theme.monoFamily
            }
            Label {
                readonly property double change: root.ready ? root.snapshot.changePct : 0
                text: (change >= 0 ? "▲ " : "▼ ") + Math.abs(change).toFixed(2) + " %"
                color: change >= 0 ? Theme.up : Theme.down
                font.bold: true
            }
        }
        Label {
            text: root.ready ? qsTr("%1 · %2").arg(root.snapshot.provider).arg(new Date(root.snapshot.time).toLocaleTimeString(Qt.locale(), Locale.ShortFormat)) : ""
            color: Theme.muted
            font.pixelSize: Theme.fontSmall
            textFormat: Text.PlainText
        }
        DashboardSparkline {
            Layout.fillWidth: true
            Layout.fillHeight: true
            values: root.ready ? root.snapshot.history : []
            color: root.ready && root.snapshot.changePct < 0 ? Theme.down : Theme.up
        }
    }
}
