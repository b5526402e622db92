import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// A strip that says something about the page: an error where it happened, a warning that
// stays while its cause does, or the outcome of an action. Plain text only.
Rectangle {
    id: root
    /// "error", "warning" or "info"
    property string severity: "info"
    property string text
    property bool closable: false
    property string actionText
    signal actionTriggered()
    signal closed()

    readonly property color tone: severity === "error" ? Theme.down : severity === "warning" ? Theme.warning : Theme.info

    visible: text.length > 0
    implicitHeight: row.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Qt.rgba(tone.r, tone.g, tone.b, Theme.dark ? 0.18 : 0.10)
    border.color: Qt.rgba(tone.r, tone.g, tone.b, 0.55)

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.padding
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacing
        Rectangle {
            Layout.alignment: Qt.AlignVCenter
            width: 4; height: 18; radius: 2
            color: root.tone
        }
        Label {
            Layout.fillWidth: true
            text: root.text
            wrapMode: Text.WordWrap
            textFormat: Text.PlainText
        }
        Button {
            visible: root.actionText.length > 0
            flat: true
            text: root.actionText
            onClicked: root.actionTriggered()
        }
        ToolButton {
            visible: root.closable
            text: "✕"
            onClicked: root.closed()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Dismiss")
        }
    }
}
