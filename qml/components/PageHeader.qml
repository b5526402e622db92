import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// A page's title row; pages put their own controls into it.
RowLayout {
    id: root
    property string title
    property string subtitle
    default property alias actions: actionRow.data

    spacing: Theme.spacing

    ColumnLayout {
        spacing: 0
        Label {
            text: root.title
            font.pixelSize: Theme.fontTitle
            font.bold: true
            textFormat: Text.PlainText
        }
        Label {
            visible: root.subtitle.length > 0
            text: root.subtitle
            color: Theme.muted
            font.pixelSize: Theme.fontSmall
            textFormat: Text.PlainText
        }
    }
    Item { Layout.fillWidth: true }
    RowLayout {
        id: actionRow
        spacing: Theme.spacing
    }
}
