pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// One channel family of Conyr's catalog in the picker: title, name pattern, the tier it needs,
// and — when the profile's tier cannot use it — why, with the row disabled.
Item {
    id: root
    required property int index
    required property bool firstOfGroup
    required property string groupLabel
    required property string entryId
    required property string title
    required property string description
    required property string pattern
    required property string requiredTier
    required property bool allowed
    required property string reason
    required property string note
    property bool selected: false

    signal clicked()

    implicitHeight: (firstOfGroup ? heading.implicitHeight : 0) + button.implicitHeight

    // The group's heading above its first entry.
    Label {
        id: heading
        visible: root.firstOfGroup
        width: parent.width
        leftPadding: Theme.spacing
        topPadding: 6
        bottomPadding: 2
        text: root.groupLabel
        color: Theme.muted
        font.pixelSize: Theme.fontSmall
        font.capitalization: Font.AllUppercase
    }

    ItemDelegate {
        id: button
        objectName: "delegate"
        y: root.firstOfGroup ? heading.implicitHeight : 0
        width: parent.width
        enabled: root.allowed
        highlighted: root.selected
        implicitHeight: content.implicitHeight + 10
        padding: 0
        onClicked: root.clicked()

        contentItem: ColumnLayout {
            id: content
            spacing: 1
            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                Layout.topMargin: 5
                spacing: 6
                Label {
                    Layout.fillWidth: true
                    text: root.title
                    font.bold: true
                    elide: Text.ElideRight
                    opacity: root.allowed ? 1 : 0.55
                }
                Rectangle {
                    objectName: "tierBadge"
                    radius: 3
                    color: "transparent"
                    border.color: root.allowed ? Theme.up : Theme.muted
                    implicitWidth: tierText.implicitWidth + 8
                    implicitHeight: tierText.implicitHeight + 2
                    Label {
                        id: tierText
                        anchors.centerIn: parent
                        text: root.requiredTier
                        font.pixelSize: Theme.fontSmall
                        color: root.allowed ? Theme.up : Theme.muted
                    }
                }
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                text: root.pattern
                font.family: Theme.monoFamily
                font.pixelSize: Theme.fontSmall
                color: Theme.muted
                elide: Text.ElideMiddle
                textFormat: Text.PlainText
            }
            Label {
                objectName: "reason"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                Layout.bottomMargin: 5
                visible: text.length > 0
                text: root.allowed ? root.note : root.reason
                color: root.allowed ? Theme.muted : Theme.warning
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
            }
        }
    }
}
