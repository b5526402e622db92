import QtQuick
import QtQuick.Controls
import Tidewatch

// The message under a form field (ours or the server's 422 detail); hidden when there is none.
Label {
    property string message
    visible: message.length > 0
    text: message
    textFormat: Text.PlainText
    color: Theme.down
    font.pixelSize: Theme.fontSmall
    wrapMode: Text.Wrap
}
