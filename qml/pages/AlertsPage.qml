pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Tidewatch

// Alert rules over every feed, their history, notifications and webhooks.
Pane {
    id: page
    /// True once the page shows live data: the rules are loaded and watching.
    property bool live: AlertCenter.rules.count > 0 || AlertCenter.history.count > 0
    readonly property alias ruleEditor: editor
    readonly property alias dryRunDialog: dryRunDialog

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Alerts")
            subtitle: qsTr("%n rule(s)", "", AlertCenter.rules.count) + " · "
                      + qsTr("%n unacknowledged alert(s)", "", AlertCenter.unacknowledgedCount)
            Button {
                text: qsTr("New rule")
                icon.name: "list-add"
                onClicked: kindMenu.popup()
                FitMenu {
                    id: kindMenu
                    Repeater {
                        model: AlertCenter.ruleKinds()
                        MenuItem {
                            required property var modelData
                            text: modelData.label
                            onTriggered: editor.edit(AlertCenter.newRule(modelData.id))
                        }
                    }
                }
            }
            Button {
                objectName: "acknowledgeAllButton"
                text: qsTr("Acknowledge all")
                enabled: AlertCenter.unacknowledgedCount > 0
                onClicked: AlertCenter.acknowledgeAll()
            }
            Button {
                text: qsTr("Export CSV…")
                enabled: AlertCenter.history.count > 0
                onClicked: exportDialog.open()
            }
        }

        Label {
            Layout.fillWidth: true
            visible: AlertCenter.lastError.length > 0
            text: AlertCenter.lastError
            color: Theme.warning
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
        }
        Label {
            Layout.fillWidth: true
            visible: CsvExport.lastError.length > 0
            text: qsTr("Export failed: %1").arg(CsvExport.lastError)
            color: Theme.down
            textFormat: Text.PlainText
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.padding

            Frame {
                Layout.fillHeight: true
                // a small window gives the rules (names, badges, buttons) the larger share
                Layout.preferredWidth: Math.round(page.availableWidth * (page.width < 1200 ? 0.6 : 0.5))
                padding: Theme.padding
                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacing
                    Label { text: qsTr("Rules"); font.bold: true; font.pixelSize: Theme.fontBody + 2 }
                    AlertRuleList {
                        id: ruleList
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        onEditRequested: rule => editor.edit(rule)
                        onDryRunRequested: rule => dryRunDialog.openFor(rule)
                    }
                    EmptyState {
                        visible: AlertCenter.rules.count === 0
                        Layout.alignment: Qt.AlignHCenter
                        title: qsTr("No rules yet")
                        explanation: qsTr("Add a rule to be told when a price crosses a level, a stream goes quiet, a tweet mentions a keyword and more.")
                    }
                }
            }

            Frame {
                Layout.fillWidth: true
                Layout.fillHeight: true
                padding: Theme.padding
                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacing
                    RowLayout {
                        Layout.fillWidth: true
                        Label { text: qsTr("History"); font.bold: true; font.pixelSize: Theme.fontBody + 2 }
                        Item { Layout.fillWidth: true }
                        CheckBox {
                            id: unackOnly
                            text: qsTr("Unacknowledged only")
                        }
                    }
                    AlertHistoryList {
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        unacknowledgedOnly: unackOnly.checked
                        Label {
                            visible: AlertCenter.history.count === 0
                            anchors.centerIn: parent
                            width: parent.width * 0.8
                            horizontalAlignment: Text.AlignHCenter
                            wrapMode: Text.Wrap
                            text: qsTr("No alerts so far. Fired alerts appear here and stay until you acknowledge or clear them.")
                            color: Theme.muted
                        }
                    }
                }
            }
        }

        Frame {
            Layout.fillWidth: true
            padding: 6
            // A Flow: in a narrow window (or in German) the options continue on a second line.
            Flow {
                id: notifyFlow
                width: parent.width
                spacing: Theme.padding
                Label { text: qsTr("Notify:"); color: Theme.muted; topPadding: 12 }
                CheckBox {
                    text: qsTr("Desktop notifications")
                    checked: AlertCenter.desktopNotifications
                    onToggled: AlertCenter.desktopNotifications = checked
                }
                CheckBox {
                    text: qsTr("Sound")
                    checked: AlertCenter.soundEnabled
                    onToggled: AlertCenter.soundEnabled = checked
                }
                CheckBox {
                    text: qsTr("Keep running in the tray when the window closes")
                    enabled: TrayIcon.available
                    checked: TrayIcon.closeToTray
                    onToggled: TrayIcon.closeToTray = checked
                    ToolTip.visible: hovered && !TrayIcon.available
                    ToolTip.text: qsTr("This desktop has no system tray.")
                }
                Label { text: qsTr("Context:"); color: Theme.muted; topPadding: 12 }
                SpinBox {
                    // how far back each alert's "what happened before" reaches
                    objectName: "contextSecondsBox"
                    from: 0
                    to: 3600
                    stepSize: 10
                    editable: true
                    value: AlertCenter.contextSeconds
                    onValueModified: AlertCenter.contextSeconds = value
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Each alert keeps the events of this many seconds before it that touch its subject, from every provider (0: none).")
                }
                Label { text: qsTr("s before each alert"); color: Theme.muted; topPadding: 12 }
                Label {
                    text: qsTr("Saved in %1").arg(AlertCenter.storageFolder)
                    color: Theme.muted
                    font.pixelSize: Theme.fontSmall
                    elide: Text.ElideMiddle
                    width: Math.min(implicitWidth, 420, notifyFlow.width)
                    topPadding: 14
                    textFormat: Text.PlainText
                    ToolTip.visible: savedHover.hovered && truncated
                    ToolTip.text: text
                    HoverHandler { id: savedHover }
                }
            }
        }
    }

    AlertRuleEditor {
        id: editor
        onDryRunRequested: fields => dryRunDialog.openFor(fields)
    }

    AlertDryRunDialog {
        id: dryRunDialog
    }

    FileDialog {
        id: exportDialog
        title: qsTr("Export the alert history as CSV")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("CSV files (*.csv)")]
        selectedFile: "file:///" + CsvExport.suggestedName("alerts")
        onAccepted: CsvExport.exportModel(AlertCenter.history, selectedFile,
                                          ["time", "severity", "ruleName", "subject", "provider", "message", "value", "acknowledged"],
                                          [qsTr("Time"), qsTr("Severity"), qsTr("Rule"), qsTr("Subject"), qsTr("Provider"),
                                           qsTr("Message"), qsTr("Value"), qsTr("Acknowledged")])
    }
}
