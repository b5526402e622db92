pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// What the key's tweet stream delivers and what it costs: its Stream Monitors and Filter Rules
// side by side (stacked when narrow), each with status, reason, credits per day and tier, and
// the editors. Opened from the Tweets page.
Pane {
    id: root
    property TweetsSubscriptionsController controller: TweetsSubscriptionsController
    /// Show the editors over this window item (the Overlay by default).
    property Item dialogParent: Overlay.overlay
    readonly property bool wide: width >= 1000
    readonly property alias monitorEditor: monitorEditor
    readonly property alias ruleEditor: ruleEditor
    signal closeRequested()

    function number(n) { return NumberFormat.count(n) }

    onVisibleChanged: if (visible) root.controller.refresh()
    Component.onCompleted: if (visible) root.controller.refresh()

    padding: Theme.padding

    // The view covers the timeline: clicks and wheel turns stop here.
    MouseArea {
        parent: root.background
        anchors.fill: parent
        acceptedButtons: Qt.AllButtons
        onWheel: wheel => wheel.accepted = true
    }

    component Banner: Rectangle {
        id: banner
        property string message
        property color tone: Theme.down
        property bool dismissable: false
        signal dismissed()
        visible: message.length > 0
        Layout.fillWidth: true
        implicitHeight: bannerRow.implicitHeight + Theme.spacing * 2
        radius: Theme.radius
        color: Qt.rgba(tone.r, tone.g, tone.b, 0.1)
        border.color: tone
        RowLayout {
            id: bannerRow
            anchors.fill: parent
            anchors.margins: Theme.spacing
            Label {
                Layout.fillWidth: true
                text: banner.message
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: banner.tone
            }
            Button {
                visible: banner.dismissable
                flat: true
                text: qsTr("Dismiss")
                onClicked: banner.dismissed()
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Monitors and filter rules")
            subtitle: root.controller.profileName.length > 0
                      ? qsTr("%1 · %2").arg(root.controller.profileName).arg(root.controller.totalText)
                      : root.controller.totalText

            FitComboBox {
                objectName: "profileChooser"
                visible: root.controller.profiles.length > 1
                model: root.controller.profiles
                textRole: "name"
                valueRole: "id"
                implicitWidth: 220
                Component.onCompleted: currentIndex = indexOfValue(root.controller.profileId)
                onActivated: root.controller.profileId = currentValue
            }
            BusyIndicator { visible: root.controller.loading; running: visible; implicitWidth: 32; implicitHeight: 32 }
            Button {
                objectName: "refreshSubscriptions"
                text: qsTr("Refresh")
                enabled: !root.controller.loading
                onClicked: root.controller.refresh()
            }
            Button {
                objectName: "closeSubscriptions"
                text: qsTr("Back to timeline")
                onClicked: root.closeRequested()
            }
        }

        Banner { objectName: "subscriptionsProblem"; message: root.controller.problem }
        Banner {
            objectName: "subscriptionsNotice"
            message: root.controller.notice
            tone: Theme.warning
            dismissable: true
            onDismissed: root.controller.clearNotice()
        }

        // Side by side when wide, stacked otherwise (explicit geometry: a GridLayout whose column
        // count changes at run time did not reflow in Qt 6.4).
        Item {
            id: body
            Layout.fillWidth: true
            Layout.fillHeight: true
            readonly property real gap: Theme.padding

            ColumnLayout {
                id: monitorSection
                x: 0
                y: 0
                width: root.wide ? (body.width - body.gap) / 2 : body.width
                height: root.wide ? body.height : (body.height - body.gap) / 2
                spacing: Theme.spacing
                RowLayout {
                    Layout.fillWidth: true
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Stream monitors (%1)").arg(root.controller.monitors.count)
                        font.bold: true
                        font.pixelSize: Theme.fontBody + 2
                    }
                    Button {
                        objectName: "newMonitorButton"
                        text: qsTr("New monitor…")
                        enabled: root.controller.ready
                        onClicked: monitorEditor.openNew()
                    }
                }
                ListView {
                    id: monitorList
                    objectName: "monitorList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.minimumHeight: 120
                    clip: true
                    spacing: 6
                    model: root.controller.monitors
                    ScrollBar.vertical: ScrollBar {}
                    delegate: TweetMonitorRow {
                        id: monitorRow
                        width: monitorList.width - 12
                        busy: root.controller.busyIds.indexOf(monitorRow.monitorId) >= 0
                        onEditRequested: id => monitorEditor.openEdit(id)
                        onPauseRequested: (id, paused) => root.controller.setMonitorPaused(id, paused)
                        onDeleteRequested: (id, name) => confirmDelete.ask("monitor", id, name)
                    }
                    EmptyState {
                        anchors.centerIn: parent
                        width: Math.min(parent.width - 24, 420)
                        visible: monitorList.count === 0 && root.controller.loaded
                        title: qsTr("No stream monitors")
                        explanation: qsTr("A monitor delivers every new tweet of the accounts it watches.")
                    }
                }
            }

            ColumnLayout {
                x: root.wide ? monitorSection.width + body.gap : 0
                y: root.wide ? 0 : monitorSection.height + body.gap
                width: monitorSection.width
                height: monitorSection.height
                spacing: Theme.spacing
                RowLayout {
                    Layout.fillWidth: true
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Filter rules (%1 of %2)").arg(root.controller.rules.count).arg(root.controller.maxRules)
                        font.bold: true
                        font.pixelSize: Theme.fontBody + 2
                    }
                    Button {
                        objectName: "newRuleButton"
                        text: qsTr("New rule…")
                        enabled: root.controller.ready && root.controller.rules.count < root.controller.maxRules
                        onClicked: ruleEditor.openNew()
                    }
                }
                ListView {
                    id: ruleList
                    objectName: "ruleList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.minimumHeight: 120
                    clip: true
                    spacing: 6
                    model: root.controller.rules
                    ScrollBar.vertical: ScrollBar {}
                    delegate: TweetRuleRow {
                        id: ruleRow
                        width: ruleList.width - 12
                        busy: root.controller.busyIds.indexOf(ruleRow.ruleId) >= 0
                        onEditRequested: id => ruleEditor.openEdit(id)
                        onPauseRequested: (id, paused) => root.controller.setRulePaused(id, paused)
                        onDeleteRequested: (id, tag) => confirmDelete.ask("rule", id, tag)
                    }
                    EmptyState {
                        anchors.centerIn: parent
                        width: Math.min(parent.width - 24, 420)
                        visible: ruleList.count === 0 && root.controller.loaded
                        title: qsTr("No filter rules")
                        explanation: qsTr("A rule polls an Advanced Search query; faster intervals cost more credits.")
                    }
                }
                Label {
                    objectName: "pricingTiers"
                    Layout.fillWidth: true
                    text: qsTr("Rule tiers: %1").arg(root.controller.pricingTiers.map(
                              t => qsTr("%1 (%2) %3").arg(t.label).arg(t.maxIntervalText).arg(t.creditsText)).join(" · "))
                    textFormat: Text.PlainText
                    color: Theme.muted
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.Wrap
                }
            }
        }
    }

    TweetMonitorEditorDialog {
        id: monitorEditor
        parent: root.dialogParent
        controller: root.controller
    }
    TweetRuleEditorDialog {
        id: ruleEditor
        parent: root.dialogParent
        controller: root.controller
    }
    Dialog {
        id: confirmDelete
        property string kind
        property string itemId
        property string itemName
        function ask(kind, id, name) {
            confirmDelete.kind = kind
            confirmDelete.itemId = id
            confirmDelete.itemName = name
            open()
        }
        parent: root.dialogParent
        anchors.centerIn: parent
        modal: true
        title: kind === "monitor" ? qsTr("Delete monitor?") : qsTr("Delete filter rule?")
        standardButtons: Dialog.Cancel | Dialog.Ok
        Label {
            text: qsTr("“%1” stops delivering tweets and is removed from the key. This cannot be undone.").arg(confirmDelete.itemName)
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            width: Math.min(460, root.width - 80)
        }
        onAccepted: kind === "monitor" ? root.controller.deleteMonitor(itemId) : root.controller.deleteRule(itemId)
    }
}
