pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// Create or edit an alert rule of any kind. open(rule) with a map from AlertCenter.newRule()
// or a row's `rule`; saving goes through AlertCenter.saveRule(), which validates. A plain
// rule's scope and parameters are AlertRuleParameterFields; a composite rule has a list of
// conditions, each with its own (AlertRuleConditionEditor).
Dialog {
    id: root
    property var rule: ({})
    property var kinds: AlertCenter.ruleKinds()
    readonly property var kindInfo: kinds.find(k => k.id === kindBox.currentValue) || ({ parameters: [], defaultTemplate: "", defaultMetric: "" })
    readonly property var params: kindInfo.parameters
    property string error: ""
    readonly property var triggerIds: ["every", "once", "bar", "bar-close"]
    readonly property bool barTrigger: triggerBox.currentValue === "bar" || triggerBox.currentValue === "bar-close"
    readonly property bool isComposite: kindBox.currentValue === "composite"
    readonly property bool usesBars: barTrigger || (!isComposite && paramFields.usesWindowBars)
    /// The kinds a composite's condition can have: every kind but composite.
    readonly property var conditionKinds: kinds.filter(k => k.id !== "composite")
    /// The composite's conditions as maps; the editors below show one each.
    property var conditions: []
    /// "Dry run…": the rule as the editor holds it now (saved or not), for AlertDryRunDialog.
    signal dryRunRequested(var fields)
    readonly property int maxConditions: 8
    readonly property int minConditions: 2

    function edit(r) {
        rule = r
        error = ""
        nameField.text = r.name || ""
        kindBox.currentIndex = Math.max(0, kinds.findIndex(k => k.id === r.kind))
        severityBox.currentIndex = Math.max(0, ["info", "warning", "critical"].indexOf(r.severity))
        paramFields.load(r)
        cooldownField.text = String(r.cooldownSec !== undefined ? r.cooldownSec : 60)
        triggerBox.currentIndex = Math.max(0, root.triggerIds.indexOf(r.trigger || "every"))
        barField.text = String(r.barSec || 60)
        expiryField.text = r.expiresAt ? root.localTime(r.expiresAt) : ""
        blindCheck.checked = (r.blindAlertSec || 0) > 0
        blindField.text = String((r.blindAlertSec || 0) > 0 ? r.blindAlertSec : 300)
        combineBox.currentIndex = Math.max(0, ["all", "any", "sequence"].indexOf(r.combine || "sequence"))
        withinField.text = String(r.withinSec !== undefined ? r.withinSec : 60)
        // A rule switched to composite in the editor starts from the composite's defaults.
        conditions = r.conditions && r.conditions.length > 0 ? r.conditions.slice() : AlertCenter.newRule("composite").conditions
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
    /// The conditions as their editors hold them now (typed-in values included).
    function currentConditions() {
        const out = []
        for (let i = 0; i < conditionRepeater.count; ++i)
            out.push(conditionRepeater.itemAt(i).collect())
        return out
    }
    function addCondition() {
        const list = currentConditions()
        if (list.length >= maxConditions)
            return
        list.push(AlertCenter.newRule("price-above"))
        conditions = list
    }
    function removeCondition(index) {
        const list = currentConditions()
        list.splice(index, 1)
        conditions = list
    }
    function collect() {
        const fields = {
            "id": rule.id || "",
            "name": nameField.text,
            "kind": kindBox.currentValue,
            "enabled": rule.enabled !== undefined ? rule.enabled : true,
            "severity": severityBox.currentValue,
            "source": rule.source || "",
            "cooldownSec": Math.round(number(cooldownField.text)),
            "trigger": triggerBox.currentValue,
            "barSec": Math.round(number(barField.text)),
            "expiresAt": expiryIso(expiryField.text),
            // as typed: a number that cannot be read is refused with the reason, not turned off
            "blindAlertSec": blindCheck.checked && kindBox.currentValue !== "connection-down" ? blindField.text.trim() : 0,
            "messageTemplate": templateField.text
        }
        if (isComposite) {
            fields.combine = combineBox.currentValue
            fields.withinSec = Math.round(number(withinField.text))
            fields.conditions = currentConditions()
        } else {
            Object.assign(fields, paramFields.collect())
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
            objectName: "dryRunButton"
            text: qsTr("Dry run…")
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            ToolTip.visible: hovered
            ToolTip.text: qsTr("See where this rule would have fired on a recording, without notifying anyone.")
            onClicked: root.dryRunRequested(root.collect())
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

            AlertRuleParameterFields {
                id: paramFields
                Layout.columnSpan: 2
                Layout.fillWidth: true
                visible: !root.isComposite
                kindInfo: root.kindInfo
            }

            Label { visible: root.isComposite; text: qsTr("Combine") }
            FitComboBox {
                id: combineBox
                objectName: "ruleCombine"
                visible: root.isComposite
                Layout.fillWidth: true
                textRole: "label"
                valueRole: "id"
                model: [{ id: "all", label: qsTr("All of them (AND)") }, { id: "any", label: qsTr("Any of them (OR)") },
                        { id: "sequence", label: qsTr("In order: A, then B (sequence)") }]
            }
            Label {
                visible: root.isComposite && combineBox.currentValue !== "any"
                text: combineBox.currentValue === "sequence" ? qsTr("Each step within (s)") : qsTr("Events count together within (s)")
            }
            TextField {
                id: withinField
                objectName: "ruleWithinSec"
                visible: root.isComposite && combineBox.currentValue !== "any"
                Layout.fillWidth: true
                inputMethodHints: Qt.ImhDigitsOnly
                ToolTip.visible: activeFocus
                ToolTip.text: combineBox.currentValue === "sequence"
                              ? qsTr("Each step must come within this many seconds of the step before it.")
                              : qsTr("A condition that happens (a tweet, a record, a crossing) counts for this long; one that holds (above a level) counts while it holds.")
            }
            ColumnLayout {
                Layout.columnSpan: 2
                Layout.fillWidth: true
                visible: root.isComposite
                spacing: 6
                Repeater {
                    id: conditionRepeater
                    model: root.conditions
                    delegate: AlertRuleConditionEditor {
                        required property var modelData
                        required property int index
                        objectName: "condition" + index
                        Layout.fillWidth: true
                        number: index + 1
                        sequence: combineBox.currentValue === "sequence"
                        removable: root.conditions.length > root.minConditions
                        kinds: root.conditionKinds
                        Component.onCompleted: load(modelData)
                        onRemoveRequested: root.removeCondition(index)
                    }
                }
                Button {
                    objectName: "addCondition"
                    text: qsTr("Add a condition")
                    enabled: root.conditions.length < root.maxConditions
                    onClicked: root.addCondition()
                }
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

            Label { visible: kindBox.currentValue !== "connection-down"; text: qsTr("When blind") }
            RowLayout {
                visible: kindBox.currentValue !== "connection-down"
                Layout.fillWidth: true
                spacing: Theme.spacing
                CheckBox {
                    id: blindCheck
                    objectName: "ruleBlindAlert"
                    text: qsTr("Alert when it has no data for more than")
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Once per stretch without data: its connections down, billing stopped, its stream paused, or nothing for a minute.")
                }
                TextField {
                    id: blindField
                    objectName: "ruleBlindAlertSec"
                    enabled: blindCheck.checked
                    Layout.preferredWidth: 80
                    inputMethodHints: Qt.ImhDigitsOnly
                }
                Label { text: qsTr("s"); Layout.fillWidth: true }
            }

            Label { text: qsTr("Message") }
            TextField {
                id: templateField
                Layout.fillWidth: true
                placeholderText: root.isComposite && combineBox.currentValue === "sequence" ? qsTr("{rule}: {steps}") : root.kindInfo.defaultTemplate
                ToolTip.visible: activeFocus && root.isComposite
                ToolTip.text: qsTr("{conditions}: what each condition saw; {steps}: the same, numbered, with the seconds between them; {subject}: the last condition's subject.")
            }

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
