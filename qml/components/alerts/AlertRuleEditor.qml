pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// Create or edit an alert rule of any kind. open(rule) with a map from AlertCenter.newRule()
// or a row's `rule`; saving goes through AlertCenter.saveRule(), which validates.
Dialog {
    id: root
    property var rule: ({})
    property var kinds: AlertCenter.ruleKinds()
    readonly property var kindInfo: kinds.find(k => k.id === kindBox.currentValue) || ({ parameters: [], defaultTemplate: "", defaultMetric: "" })
    readonly property var params: kindInfo.parameters
    property string error: ""
    readonly property var triggerIds: ["every", "once", "bar", "bar-close"]
    readonly property bool barTrigger: triggerBox.currentValue === "bar" || triggerBox.currentValue === "bar-close"
    readonly property bool usesBars: barTrigger || (params.indexOf("windowBars") >= 0 && number(windowBarsField.text) > 0)

    function edit(r) {
        rule = r
        error = ""
        nameField.text = r.name || ""
        kindBox.currentIndex = Math.max(0, kinds.findIndex(k => k.id === r.kind))
        severityBox.currentIndex = Math.max(0, ["info", "warning", "critical"].indexOf(r.severity))
        providerBox.currentIndex = Math.max(0, providerBox.model.findIndex(p => p.id === (r.provider || "")))
        subjectField.text = r.subject || ""
        cooldownField.text = String(r.cooldownSec !== undefined ? r.cooldownSec : 60)
        hysteresisField.text = String(r.hysteresisPct !== undefined ? r.hysteresisPct : 0.5)
        metricField.text = r.metric || ""
        levelField.text = String(r.level || 0)
        upperLevelField.text = String(r.upperLevel || 0)
        triggerBox.currentIndex = Math.max(0, root.triggerIds.indexOf(r.trigger || "every"))
        barField.text = String(r.barSec || 60)
        windowBarsField.text = String(r.windowBars || 0)
        expiryField.text = r.expiresAt ? root.localTime(r.expiresAt) : ""
        thresholdField.text = String(r.threshold || 0)
        windowField.text = String(r.windowSec || 60)
        samplesField.text = String(r.samples || 20)
        directionBox.currentIndex = Math.max(0, ["any", "up", "down"].indexOf(r.direction || "any"))
        keywordsField.text = (r.keywords || []).join(", ")
        authorField.text = r.author || ""
        monitorField.text = r.monitor || ""
        tweetRuleField.text = r.tweetRule || ""
        filterField.text = r.filter ? JSON.stringify(r.filter, null, 1) : ""
        templateField.text = r.messageTemplate || ""
        notifyFields.load(r)
        open()
    }
    /// "2026-12-31 18:00" in local time from the file's ISO 8601 (UTC) form.
    function localTime(iso) {
        const d = new Date(iso)
        const pad = n => String(n).padStart(2, "0")
        return isNaN(d.getTime()) ? iso : d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate()) + " " + pad(d.getHours()) + ":" + pad(d.getMinutes())
    }
    /// The expiry as ISO 8601 (UTC); what cannot be read goes as typed, and saving explains why.
    function expiryIso(text) {
        const t = text.trim()
        if (t.length === 0)
            return ""
        const d = new Date(t.replace(" ", "T"))
        return isNaN(d.getTime()) ? t : d.toISOString()
    }
    function number(text) {
        const v = parseFloat(String(text).replace(",", "."))
        return isNaN(v) ? 0 : v
    }
    function collect() {
        const fields = {
            "id": rule.id || "",
            "name": nameField.text,
            "kind": kindBox.currentValue,
            "enabled": rule.enabled !== undefined ? rule.enabled : true,
            "severity": severityBox.currentValue,
            "provider": providerBox.currentValue,
            "subject": subjectField.text.trim(),
            "source": rule.source || "",
            "cooldownSec": Math.round(number(cooldownField.text)),
            "hysteresisPct": number(hysteresisField.text),
            "metric": metricField.text.trim(),
            "level": number(levelField.text),
            "upperLevel": root.params.indexOf("upperLevel") >= 0 ? number(upperLevelField.text) : 0,
            "trigger": triggerBox.currentValue,
            "barSec": Math.round(number(barField.text)),
            "windowBars": root.params.indexOf("windowBars") >= 0 ? Math.round(number(windowBarsField.text)) : 0,
            "expiresAt": expiryIso(expiryField.text),
            "threshold": number(thresholdField.text),
            "windowSec": Math.round(number(windowField.text)),
            "samples": Math.round(number(samplesField.text)),
            "direction": directionBox.currentValue,
            "keywords": keywordsField.text.split(",").map(s => s.trim()).filter(s => s.length > 0),
            "author": authorField.text.trim(),
            "monitor": monitorField.text.trim(),
            "tweetRule": tweetRuleField.text.trim(),
            "filter": filterField.text,
            "messageTemplate": templateField.text
        }
        return Object.assign(fields, notifyFields.collect())
    }
    /// Saves; a Telegram bot token typed in goes to the key store once the rule has an id.
    function save() {
        const fields = collect()
        const token = notifyFields.pendingToken
        if (token.length > 0 && !fields.id)
            fields.id = AlertCenter.notifiers.newRuleId()
        error = AlertCenter.saveRule(fields)
        if (error.length > 0)
            return
        if (token.length === 0) {
            close()
            return
        }
        savingTokenFor = fields.id
        AlertCenter.notifiers.storeWebhookToken(fields.id, token)
    }
    property string savingTokenFor: ""

    Connections {
        target: AlertCenter.notifiers
        function onWebhookTokenStored(ruleId, message) {
            if (ruleId !== root.savingTokenFor)
                return
            root.savingTokenFor = ""
            if (message.length > 0)
                root.error = qsTr("The rule is saved, but its bot token is not: %1").arg(message)
            else
                root.close()
        }
    }

    title: rule.id ? qsTr("Edit rule") : qsTr("New rule")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(720, parent ? parent.width - 40 : 720)
    height: Math.min(760, parent ? parent.height - 40 : 760)
    // Save validates first: the dialog stays open with the reason when the rule is not usable.
    footer: DialogButtonBox {
        Button {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
        Button {
            objectName: "saveRuleButton"
            text: qsTr("Save")
            highlighted: true
            DialogButtonBox.buttonRole: DialogButtonBox.ApplyRole
            enabled: root.savingTokenFor.length === 0
            onClicked: root.save()
        }
    }

    ScrollView {
        objectName: "ruleEditorScroll"
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        GridLayout {
            width: parent.width
            columns: 2
            columnSpacing: Theme.padding
            rowSpacing: 6

            Label { text: qsTr("Name") }
            TextField { id: nameField; Layout.fillWidth: true; objectName: "ruleName" }

            Label { text: qsTr("Kind") }
            FitComboBox {
                id: kindBox
                Layout.fillWidth: true
                model: root.kinds
                textRole: "label"
                valueRole: "id"
            }

            Label { text: qsTr("Severity") }
            FitComboBox {
                id: severityBox
                Layout.fillWidth: true
                textRole: "label"
                valueRole: "id"
                model: [{ id: "info", label: qsTr("Info") }, { id: "warning", label: qsTr("Warning") }, { id: "critical", label: qsTr("Critical") }]
            }

            Label { text: qsTr("Provider") }
            FitComboBox {
                id: providerBox
                Layout.fillWidth: true
                textRole: "label"
                valueRole: "id"
                model: [{ id: "", label: qsTr("Any provider") }, { id: "predikt", label: "Predikt" }, { id: "conyr", label: "Conyr" },
                        { id: "allium-stream", label: qsTr("Allium streams") }, { id: "tweets", label: qsTr("Tweets") },
                        { id: "generic", label: qsTr("Generic WebSocket") }]
            }

            Label { text: root.kindInfo.id === "connection-down" ? qsTr("Connection") : qsTr("Symbol / topic") }
            TextField {
                id: subjectField
                Layout.fillWidth: true
                placeholderText: root.kindInfo.id === "connection-down" ? qsTr("any connection (or a connection's name)") : qsTr("any (or e.g. BTC-USD, ethereum.blocks)")
            }

            Label { visible: root.params.indexOf("metric") >= 0; text: qsTr("Value") }
            TextField {
                id: metricField
                visible: root.params.indexOf("metric") >= 0
                Layout.fillWidth: true
                placeholderText: qsTr("%1 (default)").arg(root.kindInfo.defaultMetric)
            }

            Label { visible: root.params.indexOf("level") >= 0; text: root.params.indexOf("upperLevel") >= 0 ? qsTr("Lower level") : qsTr("Level") }
            TextField { id: levelField; visible: root.params.indexOf("level") >= 0; Layout.fillWidth: true; inputMethodHints: Qt.ImhFormattedNumbersOnly }
            Label { visible: root.params.indexOf("upperLevel") >= 0; text: qsTr("Upper level") }
            TextField {
                id: upperLevelField
                objectName: "ruleUpperLevel"
                visible: root.params.indexOf("upperLevel") >= 0
                Layout.fillWidth: true
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                ToolTip.visible: activeFocus
                ToolTip.text: qsTr("The channel runs from the lower to the upper level; both levels belong to it.")
            }

            Label {
                visible: root.params.indexOf("threshold") >= 0
                text: {
                    switch (root.kindInfo.id) {
                    case "percent-change": return qsTr("Change (%)")
                    case "amount-change": return qsTr("Change (in the value's unit)")
                    case "volume-spike": return qsTr("Times the average")
                    case "block-gap": return qsTr("Missing blocks")
                    case "balance-forecast": return qsTr("Hours left")
                    default: return qsTr("Threshold")
                    }
                }
            }
            TextField { id: thresholdField; visible: root.params.indexOf("threshold") >= 0; Layout.fillWidth: true; inputMethodHints: Qt.ImhFormattedNumbersOnly }

            Label {
                visible: root.params.indexOf("windowSec") >= 0
                text: root.kindInfo.id === "percent-change" || root.kindInfo.id === "amount-change" ? qsTr("Window (s)") : qsTr("For longer than (s)")
            }
            TextField { id: windowField; visible: root.params.indexOf("windowSec") >= 0; Layout.fillWidth: true; inputMethodHints: Qt.ImhDigitsOnly }

            Label { visible: root.params.indexOf("windowBars") >= 0; text: qsTr("Or within (bars)") }
            TextField {
                id: windowBarsField
                objectName: "ruleWindowBars"
                visible: root.params.indexOf("windowBars") >= 0
                Layout.fillWidth: true
                inputMethodHints: Qt.ImhDigitsOnly
                ToolTip.visible: activeFocus
                ToolTip.text: qsTr("Compare with the close of the bar this many bars back; 0 uses the window in seconds.")
            }

            Label { visible: root.params.indexOf("samples") >= 0; text: qsTr("Average over (samples)") }
            TextField { id: samplesField; visible: root.params.indexOf("samples") >= 0; Layout.fillWidth: true; inputMethodHints: Qt.ImhDigitsOnly }

            Label { visible: root.params.indexOf("direction") >= 0; text: qsTr("Direction") }
            FitComboBox {
                id: directionBox
                visible: root.params.indexOf("direction") >= 0
                Layout.fillWidth: true
                textRole: "label"
                valueRole: "id"
                model: [{ id: "any", label: qsTr("Up or down") }, { id: "up", label: qsTr("Up") }, { id: "down", label: qsTr("Down") }]
            }

            Label { visible: root.params.indexOf("keywords") >= 0; text: qsTr("Keywords") }
            TextField { id: keywordsField; visible: root.params.indexOf("keywords") >= 0; Layout.fillWidth: true; placeholderText: qsTr("comma-separated; any of them") }
            Label { visible: root.params.indexOf("author") >= 0; text: qsTr("Author") }
            TextField { id: authorField; visible: root.params.indexOf("author") >= 0; Layout.fillWidth: true; placeholderText: qsTr("@handle") }
            Label { visible: root.params.indexOf("monitor") >= 0; text: qsTr("Monitor") }
            TextField { id: monitorField; visible: root.params.indexOf("monitor") >= 0; Layout.fillWidth: true; placeholderText: qsTr("monitor name or id") }
            Label { visible: root.params.indexOf("tweetRule") >= 0; text: qsTr("Filter rule") }
            TextField { id: tweetRuleField; visible: root.params.indexOf("tweetRule") >= 0; Layout.fillWidth: true; placeholderText: qsTr("rule tag or id") }

            Label { visible: root.params.indexOf("filter") >= 0; text: qsTr("Filter (JSON)"); Layout.alignment: Qt.AlignTop }
            TextArea {
                id: filterField
                visible: root.params.indexOf("filter") >= 0
                Layout.fillWidth: true
                Layout.preferredHeight: 90
                font.family: Theme.monoFamily
                wrapMode: TextEdit.Wrap
                placeholderText: "{\"field\": \"value\", \"operator\": \">\", \"value\": 1000}"
            }

            Label { visible: root.params.indexOf("hysteresisPct") >= 0; text: qsTr("Hysteresis (%)") }
            TextField {
                id: hysteresisField
                visible: root.params.indexOf("hysteresisPct") >= 0
                Layout.fillWidth: true
                ToolTip.visible: activeFocus
                ToolTip.text: qsTr("After firing, the value must move back this far past the level before the rule fires again.")
            }

            Label { text: qsTr("Trigger") }
            FitComboBox {
                id: triggerBox
                objectName: "ruleTrigger"
                Layout.fillWidth: true
                textRole: "label"
                valueRole: "id"
                model: [{ id: "every", label: qsTr("Every time (after the cooldown)") }, { id: "once", label: qsTr("Only once") },
                        { id: "bar", label: qsTr("Once per bar") }, { id: "bar-close", label: qsTr("Once per bar close") }]
            }

            Label { visible: triggerBox.currentValue === "every"; text: qsTr("Cooldown (s)") }
            TextField { id: cooldownField; visible: triggerBox.currentValue === "every"; Layout.fillWidth: true; inputMethodHints: Qt.ImhDigitsOnly }

            Label { visible: root.usesBars; text: qsTr("Bar length (s)") }
            TextField {
                id: barField
                objectName: "ruleBarSec"
                visible: root.usesBars
                Layout.fillWidth: true
                inputMethodHints: Qt.ImhDigitsOnly
                ToolTip.visible: activeFocus
                ToolTip.text: qsTr("Bars start at whole multiples of this length (60: every minute, 3600: every hour).")
            }

            Label { text: qsTr("Expires") }
            TextField {
                id: expiryField
                objectName: "ruleExpiry"
                Layout.fillWidth: true
                placeholderText: qsTr("never (or e.g. 2026-12-31 18:00, local time)")
            }

            Label { text: qsTr("Message") }
            TextField { id: templateField; Layout.fillWidth: true; placeholderText: root.kindInfo.defaultTemplate }

            AlertRuleNotifyFields {
                id: notifyFields
                Layout.columnSpan: 2
                Layout.fillWidth: true
            }

            Label {
                Layout.columnSpan: 2
                Layout.fillWidth: true
                visible: root.error.length > 0
                text: root.error
                color: Theme.down
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
            }
        }
    }
}
