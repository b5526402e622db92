pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// Help → Keyboard shortcuts: every shortcut the window binds, by group, with the keys as
// the platform writes them (⌘ on macOS). Made from AppShortcuts' table, never typed twice.
Dialog {
    id: root
    /// The AppShortcuts whose bindings are listed.
    required property AppShortcuts shortcuts

    title: qsTr("Keyboard shortcuts")
    modal: true
    standardButtons: Dialog.Close
    width: Math.min(parent ? parent.width - 80 : 860, 860)
    height: Math.min(parent ? parent.height - 80 : 640, Math.max(240, body.implicitHeight + 150))
    anchors.centerIn: parent

    readonly property bool twoColumns: availableWidth >= 640
    // Navigation is the long group: it gets a column of its own beside the others.
    readonly property var columns: {
        const g = root.shortcuts.groups
        return root.twoColumns ? [g.slice(0, 1), g.slice(1)] : [g]
    }

    component KeyCap: Rectangle {
        id: cap
        required property string keyText
        implicitWidth: capLabel.implicitWidth + 12
        implicitHeight: capLabel.implicitHeight + 6
        radius: 4
        color: Theme.surface
        border.color: Theme.border
        Label {
            id: capLabel
            anchors.centerIn: parent
            text: cap.keyText
            textFormat: Text.PlainText
            font.family: Theme.monoFamily
            font.pixelSize: Theme.fontSmall + 1
        }
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        RowLayout {
            id: body
            width: parent.width
            spacing: Theme.padding * 2

            Repeater {
                model: root.columns
                ColumnLayout {
                    id: column
                    required property var modelData
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    spacing: Theme.spacing

                    Repeater {
                        model: column.modelData
                        ColumnLayout {
                            id: group
                            required property var modelData
                            readonly property var rows: root.shortcuts.entriesIn(modelData.id)
                            objectName: "shortcutGroup"
                            visible: rows.length > 0
                            Layout.fillWidth: true
                            spacing: 4

                            Label {
                                text: group.modelData.title
                                font.bold: true
                                font.pixelSize: Theme.fontBody + 1
                                Layout.topMargin: Theme.spacing
                            }
                            Repeater {
                                model: group.rows
                                RowLayout {
                                    id: row
                                    required property var modelData
                                    readonly property string entryId: modelData.id
                                    readonly property var keyTexts: root.shortcuts.keysOf(modelData.id)
                                    objectName: "shortcutRow"
                                    Layout.fillWidth: true
                                    spacing: Theme.spacing
                                    Label {
                                        Layout.fillWidth: true
                                        text: row.modelData.text
                                        textFormat: Text.PlainText
                                        wrapMode: Text.WordWrap
                                    }
                                    Row {
                                        Layout.alignment: Qt.AlignTop | Qt.AlignRight
                                        spacing: 4
                                        Repeater {
                                            model: row.keyTexts
                                            KeyCap {
                                                required property string modelData
                                                keyText: modelData
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
