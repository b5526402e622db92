pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// The rule editor's "Notify" part: desktop notification, sound, a webhook with its preset
// (generic JSON, Slack, Discord, Telegram bot), Prometheus Alertmanager, and what the app does
// when the rule fires (its actions, e.g. pause the optional subscriptions). load(rule) fills
// it, collect() returns the rule fields it owns. The Telegram bot token goes to the key
// store (storeToken), never into the rule.
GridLayout {
    id: root
    columns: 2
    columnSpacing: Theme.padding
    rowSpacing: 6

    readonly property var notifiers: AlertCenter.notifiers
    readonly property var presets: [{ id: "", label: qsTr("None") }].concat(notifiers.webhookPresets())
    readonly property string preset: presetBox.currentValue || ""
    /// A token typed for a Telegram rule, to be stored once the rule is saved.
    readonly property string pendingToken: preset === "telegram" ? tokenField.text.trim() : ""
    property bool tokenStored: false
    property string ruleId: ""

    function load(r) {
        ruleId = r.id || ""
        desktopBox.checked = r.notifyDesktop !== undefined ? r.notifyDesktop : true
        soundBox.currentIndex = Math.max(0, soundBox.model.findIndex(s => s.id === (r.sound || "")))
        const hasWebhook = (r.webhookUrl || "").length > 0 || r.webhookPreset === "telegram"
        presetBox.currentIndex = hasWebhook ? Math.max(0, presets.findIndex(p => p.id === (r.webhookPreset || "generic"))) : 0
        webhookField.text = r.webhookUrl || ""
        chatField.text = r.telegramChatId || ""
        tokenField.text = ""
        tokenStored = false
        if (ruleId.length > 0 && r.webhookPreset === "telegram")
            notifiers.checkWebhookToken(ruleId)
        alertmanagerBox.checked = !!r.alertmanager || (r.alertmanagerUrl || "").length > 0
        alertmanagerUrlField.text = r.alertmanagerUrl || ""
        const labels = r.alertmanagerLabels || {}
        labelsField.text = Object.keys(labels).sort().map(k => k + "=" + labels[k]).join(", ")
        const actions = r.actions || []
        for (let i = 0; i < actionRepeater.count; ++i)
            actionRepeater.itemAt(i).checked = actions.indexOf(actionRepeater.itemAt(i).actionId) >= 0
    }
    function checkedActions() {
        const out = []
        for (let i = 0; i < actionRepeater.count; ++i) {
            if (actionRepeater.itemAt(i).checked)
                out.push(actionRepeater.itemAt(i).actionId)
        }
        return out
    }
    function collect() {
        return {
            "notifyDesktop": desktopBox.checked,
            "sound": soundBox.currentValue || "",
            "webhookPreset": preset.length > 0 ? preset : "generic",
            "webhookUrl": preset.length > 0 ? webhookField.text.trim() : "",
            "telegramChatId": preset === "telegram" ? chatField.text.trim() : "",
            "alertmanager": alertmanagerBox.checked,
            "alertmanagerUrl": alertmanagerBox.checked ? alertmanagerUrlField.text.trim() : "",
            "alertmanagerLabels": alertmanagerBox.checked ? labelsField.text : "",
            "actions": checkedActions()
        }
    }

    Connections {
        target: root.notifiers
        function onWebhookTokenPresence(ruleId, present) {
            if (ruleId === root.ruleId)
                root.tokenStored = present
        }
    }

    Label {
        Layout.columnSpan: 2
        text: qsTr("Notify")
        font.bold: true
        topPadding: 6
    }

    Label { text: qsTr("Desktop") }
    CheckBox {
        id: desktopBox
        objectName: "notifyDesktop"
        text: qsTr("Show a desktop notification")
        checked: true
    }

    Label { text: qsTr("Sound") }
    FitComboBox {
        id: soundBox
        objectName: "soundBox"
        Layout.fillWidth: true
        model: root.notifiers.soundChoices()
        textRole: "label"
        valueRole: "id"
    }

    Label { text: qsTr("Webhook") }
    FitComboBox {
        id: presetBox
        objectName: "webhookPreset"
        Layout.fillWidth: true
        model: root.presets
        textRole: "label"
        valueRole: "id"
    }

    Label { visible: root.preset.length > 0; text: root.preset === "telegram" ? qsTr("Bot API") : qsTr("Webhook URL") }
    TextField {
        id: webhookField
        objectName: "webhookUrl"
        visible: root.preset.length > 0
        Layout.fillWidth: true
        placeholderText: {
            switch (root.preset) {
            case "slack": return qsTr("https://hooks.slack.com/services/… (receives {\"text\": …})")
            case "discord": return qsTr("https://discord.com/api/webhooks/… (receives {\"content\": …})")
            case "telegram": return qsTr("https://api.telegram.org (default)")
            default: return qsTr("https://… receives a JSON POST per alert")
            }
        }
    }

    Label { visible: root.preset === "telegram"; text: qsTr("Chat id") }
    TextField {
        id: chatField
        objectName: "telegramChat"
        visible: root.preset === "telegram"
        Layout.fillWidth: true
        placeholderText: qsTr("e.g. 123456789 or @channel")
    }

    Label { visible: root.preset === "telegram"; text: qsTr("Bot token") }
    TextField {
        id: tokenField
        objectName: "telegramToken"
        visible: root.preset === "telegram"
        Layout.fillWidth: true
        echoMode: TextInput.Password
        placeholderText: root.tokenStored ? qsTr("stored in the keychain; type to replace it")
                                          : qsTr("from @BotFather; kept in the keychain, not in the rule")
    }

    Label { text: qsTr("Alertmanager") }
    CheckBox {
        id: alertmanagerBox
        objectName: "alertmanagerBox"
        text: root.notifiers.alertmanagerUrl.length > 0
              ? qsTr("Send to Prometheus Alertmanager (resolved when the condition clears)")
              : qsTr("Send to Prometheus Alertmanager (set its URL here or in Settings)")
    }

    Label { visible: alertmanagerBox.checked; text: qsTr("Alertmanager URL") }
    TextField {
        id: alertmanagerUrlField
        objectName: "alertmanagerUrl"
        visible: alertmanagerBox.checked
        Layout.fillWidth: true
        placeholderText: root.notifiers.alertmanagerUrl.length > 0
                         ? qsTr("%1 (from Settings)").arg(root.notifiers.alertmanagerUrl)
                         : qsTr("http://127.0.0.1:9093")
    }

    Label { visible: alertmanagerBox.checked; text: qsTr("Extra labels") }
    TextField {
        id: labelsField
        objectName: "alertmanagerLabels"
        visible: alertmanagerBox.checked
        Layout.fillWidth: true
        placeholderText: qsTr("optional: team=desk, env=prod")
    }

    Label {
        Layout.alignment: Qt.AlignTop
        topPadding: 10
        text: qsTr("When it fires")
    }
    ColumnLayout {
        Layout.fillWidth: true
        spacing: 0
        Repeater {
            id: actionRepeater
            model: AlertCenter.ruleActions()
            delegate: CheckBox {
                required property var modelData
                readonly property string actionId: modelData.id
                objectName: "action-" + modelData.id
                Layout.fillWidth: true
                text: modelData.id === "pause-optional" ? qsTr("Pause the optional subscriptions") : modelData.label
                ToolTip.visible: hovered
                ToolTip.text: qsTr("As “Pause all optional” on the Subscriptions page: tweets monitors and rules are paused, Conyr channels muted, an Allium stream stopped; essential ones keep running.")
            }
        }
    }
}
