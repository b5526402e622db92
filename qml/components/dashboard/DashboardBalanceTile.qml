import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// The remaining billing balance, the burn rate and when it runs out.
Item {
    id: root
    property string subject
    readonly property var snapshot: DashboardFeed.revision >= 0 ? DashboardFeed.balance(subject) : ({})
    readonly property bool ready: snapshot.balance !== undefined
    readonly property string shownSubject: ready ? snapshot.subject : ""

    DashboardWaiting {
        visible: !root.ready
        what: qsTr("a billing notice (Predikt sends one hourly)")
    }
    ColumnLayout {
        anchors.fill: parent
        visible: root.ready
        spacing: 4
        Label {
            text: root.ready ? Number(root.snapshot.balance).toLocaleString(Qt.locale(), "f", 2) : ""
            font.pixelSize: 28
            font.bold: true
            font.family: Theme.monoFamily
        }
        Label {
            text: !root.ready ? "" : root.snapshot.burnPerHour > 0
                  ? qsTr("uses %1 per hour").arg(Number(root.snapshot.burnPerHour).toLocaleString(Qt.locale(), "f", 2))
                  : qsTr("no usage measured yet")
            color: Theme.muted
        }
        Label {
            readonly property double hours: root.ready ? root.snapshot.hoursLeft : -1
            text: hours < 0 ? qsTr("not running out") : hours < 48 ? qsTr("runs out in about %1 h").arg(hours.toFixed(1))
                                                                   : qsTr("runs out in about %1 days").arg((hours / 24).toFixed(1))
            color: hours >= 0 && hours < 24 ? Theme.down : (hours >= 0 && hours < 72 ? Theme.warning : Theme.up)
            font.bold: true
        }
        Item { Layout.fillHeight: true }
    }
}
