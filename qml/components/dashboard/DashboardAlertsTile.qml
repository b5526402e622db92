pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// The newest alerts, with acknowledge.
Item {
    id: root
    readonly property string shownSubject: AlertCenter.unacknowledgedCount > 0
                                           ? qsTr("%n unacknowledged", "", AlertCenter.unacknowledgedCount) : ""

    Label {
        visible: AlertCenter.history.count === 0
        anchors.centerIn: parent
        width: parent.width
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        text: qsTr("No alerts yet — %n rule(s) watching.", "", AlertCenter.rules.count)
        color: Theme.muted
    }
    ListView {
        id: list
        anchors.fill: parent
        clip: true
        spacing: 2
        model: AlertCenter.history
        delegate: RowLayout {
            id: alertRow
            required property string alertId
            required property string severity
            required property string message
            required property string time
            required property bool acknowledged
            width: list.width
            spacing: 6
            Rectangle { width: 4; Layout.fillHeight: true; radius: 2; color: Theme.severityColor(alertRow.severity); opacity: alertRow.acknowledged ? 0.35 : 1 }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Label {
                    Layout.fillWidth: true
                    text: alertRow.message
                    elide: Text.ElideRight
                    font.bold: !alertRow.acknowledged
                    textFormat: Text.PlainText
                }
                Label { text: alertRow.time; color: Theme.muted; font.pixelSize: Theme.fontSmall }
            }
            ToolButton {
                visible: !alertRow.acknowledged
                text: "✓"
                onClicked: AlertCenter.acknowledge(alertRow.alertId)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Acknowledge")
            }
        }
    }
}
