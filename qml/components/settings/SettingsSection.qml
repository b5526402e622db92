import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// A titled group of settings on a raised card; children go into a two-column grid
// (label, control).
Rectangle {
    id: root
    property string title
    property string explanation
    default property alias content: grid.data

    implicitHeight: column.implicitHeight + 2 * Theme.padding
    radius: Theme.radius
    color: Theme.surfaceRaised
    border.color: Theme.border

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.spacing
        Label {
            text: root.title
            font.bold: true
            font.pixelSize: Theme.fontBody + 2
            textFormat: Text.PlainText
        }
        Label {
            Layout.fillWidth: true
            visible: root.explanation.length > 0
            text: root.explanation
            color: Theme.muted
            wrapMode: Text.WordWrap
            textFormat: Text.PlainText
        }
        GridLayout {
            id: grid
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.padding * 2
            rowSpacing: Theme.spacing
        }
    }
}
