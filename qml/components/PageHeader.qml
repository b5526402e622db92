import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// A page's title row; pages put their own controls into it. The title and subtitle give way
// (elided, full text in a tooltip) before the page's controls do.
RowLayout {
    id: root
    property string title
    property string subtitle
    default property alias actions: actionRow.data

    spacing: Theme.spacing

    ColumnLayout {
        Layout.fillWidth: true
        Layout.minimumWidth: 120
        spacing: 0
        Label {
            Layout.fillWidth: true
            text: root.title
            font.pixelSize: Theme.fontTitle
            font.bold: true
            elide: Text.ElideRight
            textFormat: Text.PlainText
        }
        Label {
            id: subtitleLabel
            Layout.fillWidth: true
            visible: root.subtitle.length > 0
            text: root.subtitle
            color: Theme.muted
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
            textFormat: Text.PlainText
            ToolTip.visible: subtitleHover.hovered && truncated
            ToolTip.text: root.subtitle
            HoverHandler { id: subtitleHover }
        }
    }
    RowLayout {
        id: actionRow
        spacing: Theme.spacing
    }
}
