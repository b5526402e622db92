pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// The newest blocks of a chain stream and the block rate.
Item {
    id: root
    property string subject
    readonly property var snapshot: DashboardFeed.revision >= 0 ? DashboardFeed.blocks(subject, 6) : ({})
    readonly property bool ready: snapshot.blocks !== undefined && snapshot.blocks.length > 0
    readonly property string shownSubject: ready ? snapshot.subject : ""

    DashboardWaiting {
        visible: !root.ready
        what: root.subject.length > 0 ? qsTr("blocks of %1").arg(root.subject) : qsTr("blocks (Allium streams)")
    }
    ColumnLayout {
        anchors.fill: parent
        visible: root.ready
        spacing: 2
        Label {
            text: !root.ready ? ""
                  : root.snapshot.perMinute >= 0
                    ? qsTr("%1 blocks/min").arg(root.snapshot.perMinute.toLocaleString(Qt.locale(), "f", 1))
                    : qsTr("Measuring the block rate…")
            font.bold: true
            font.pixelSize: Theme.fontBody + 4
        }
        // A fixed set of rows that read the snapshot by index: a new snapshot changes their
        // texts in place instead of re-creating every row each time.
        Repeater {
            model: 6
            RowLayout {
                id: blockRow
                required property int index
                readonly property var modelData: root.ready && index < root.snapshot.blocks.length
                                                 ? root.snapshot.blocks[index] : null
                visible: modelData !== null
                Layout.fillWidth: true
                spacing: Theme.spacing
                opacity: 1 - blockRow.index * 0.1
                Label {
                    text: blockRow.modelData ? "#" + NumberFormat.count(blockRow.modelData.number) : ""
                    font.family: Theme.monoFamily
                    Layout.preferredWidth: 120
                }
                Label {
                    text: blockRow.modelData ? new Date(blockRow.modelData.time).toLocaleTimeString(Qt.locale(), "HH:mm:ss") : ""
                    color: Theme.muted
                }
                Item { Layout.fillWidth: true }
                Label {
                    visible: blockRow.modelData !== null && blockRow.modelData.transactions >= 0
                    text: blockRow.modelData ? qsTr("%1 tx").arg(NumberFormat.count(blockRow.modelData.transactions)) : ""
                    color: Theme.muted
                }
            }
        }
        Item { Layout.fillHeight: true }
    }
}
