import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// What a page shows before it has anything: what will appear here and how to get it.
ColumnLayout {
    id: root
    property string title
    property string explanation
    property string actionText
    signal actionTriggered()

    spacing: Theme.spacing

    Label {
        Layout.alignment: Qt.AlignHCenter
        text: root.title
        font.pixelSize: Theme.fontTitle
        font.bold: true
        textFormat: Text.PlainText
    }
    Label {
        Layout.alignment: Qt.AlignHCenter
        Layout.maximumWidth: 520
        text: root.explanation
        wrapMode: Text.WordWrap
        horizontalAlignment: Text.AlignHCenter
        color: Theme.muted
        textFormat: Text.PlainText
    }
    Button {
        Layout.alignment: Qt.AlignHCenter
        visible: root.actionText.length > 0
        text: root.actionText
        onClicked: root.actionTriggered()
    }
}
