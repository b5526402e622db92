import QtQuick
import QtQuick.Controls
import Tidewatch

// What a tile says before its data arrives: what it waits for, honestly.
Label {
    property string what
    anchors.centerIn: parent
    width: parent.width
    horizontalAlignment: Text.AlignHCenter
    wrapMode: Text.Wrap
    text: qsTr("Waiting for %1…").arg(what)
    color: Theme.muted
    textFormat: Text.PlainText
}
