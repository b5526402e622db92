pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// A dashboard tile's frame: title, followed subject, and a menu to change the subject,
// resize, move or remove the tile. The content goes inside.
Frame {
    id: root
    required property string tileId
    required property string type
    required property string subject
    required property bool wide
    required property string title
    required property int index
    /// The subject actually shown (the tile's or the first one seen).
    property string shownSubject: ""
    /// The tile's menu, its "Follow" submenu and that one-choice group (tests open them).
    readonly property alias tileMenu: menu
    readonly property alias followMenu: subjectMenu
    readonly property alias followGroup: followGroup
    default property alias content: body.data

    padding: Theme.padding
    background: Rectangle {
        color: Theme.surfaceRaised
        border.color: Theme.border
        radius: Theme.radius
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 6
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                text: root.title
                font.bold: true
                textFormat: Text.PlainText
            }
            Label {
                Layout.fillWidth: true
                text: root.shownSubject
                color: Theme.muted
                elide: Text.ElideRight
                textFormat: Text.PlainText
            }
            ToolButton {
                objectName: "tileMenuButton"
                text: "⋯"
                font.pixelSize: Theme.fontTitle
                implicitHeight: 28
                implicitWidth: 32
                onClicked: menu.popup()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Tile options")
            }
        }
        Item {
            id: body
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
    }

    FitMenu {
        id: menu
        objectName: "tileMenu"
        FitMenu {
            id: subjectMenu
            objectName: "followMenu"
            title: qsTr("Follow")
            enabled: ["price", "candles", "blocks", "balance"].indexOf(root.type) >= 0
            // One subject at a time: the choices are one exclusive group.
            ButtonGroup {
                id: followGroup
            }
            MenuItem {
                objectName: "followFirst"
                text: qsTr("The first one that arrives")
                checkable: true
                checked: root.subject.length === 0
                ButtonGroup.group: followGroup
                onTriggered: DashboardLayout.setSubject(root.tileId, "")
            }
            Instantiator {
                // Tokens by symbol and the start of their mint: two SOL pools stay apart.
                model: subjectMenu.visible ? DashboardFeed.subjectChoices(root.type) : []
                delegate: MenuItem {
                    required property var modelData
                    objectName: "follow:" + modelData.subject
                    text: modelData.text
                    checkable: true
                    checked: root.subject === modelData.subject
                    ButtonGroup.group: followGroup
                    onTriggered: DashboardLayout.setSubject(root.tileId, modelData.subject)
                }
                onObjectAdded: (index, object) => subjectMenu.insertItem(index + 1, object)
                onObjectRemoved: (index, object) => subjectMenu.removeItem(object)
            }
        }
        MenuItem {
            text: root.wide ? qsTr("Make narrower") : qsTr("Make wider")
            onTriggered: DashboardLayout.setWide(root.tileId, !root.wide)
        }
        MenuItem {
            text: qsTr("Move earlier")
            enabled: root.index > 0
            onTriggered: DashboardLayout.moveTile(root.tileId, root.index - 1)
        }
        MenuItem {
            text: qsTr("Move later")
            enabled: root.index < DashboardLayout.count - 1
            onTriggered: DashboardLayout.moveTile(root.tileId, root.index + 1)
        }
        MenuSeparator {}
        MenuItem {
            text: qsTr("Remove tile")
            onTriggered: DashboardLayout.removeTile(root.tileId)
        }
    }
}
