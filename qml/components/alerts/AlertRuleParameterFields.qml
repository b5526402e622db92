pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// The scope (provider, subject) and the parameter fields of one rule kind: the rule
// editor's for a plain rule, and each condition's in a composite rule. Shows only the
// parameters kindInfo lists (AlertCenter.ruleKinds()); load(rule) fills them from a rule
// map and collect() returns them in the rule's field names.
GridLayout {
    id: root
    property var kindInfo: ({ id: "", parameters: [], defaultMetric: "" })
    readonly property var params: kindInfo.parameters || []
    /// A condition has no trigger of its own: its bar length (for a window in bars) is here.
    property bool ownBarField: false
    readonly property bool usesWindowBars: params.indexOf("windowBars") >= 0 && number(windowBarsField.text) > 0

    columns: 2
    columnSpacing: Theme.padding
    rowSpacing: 6

    function number(text) {
        const v = parseFloat(String(text).replace(",", "."))
        return isNaN(v) ? 0 : v
    }
    function has(name) {
        return params.indexOf(name) >= 0
    }
    function load(r) {
        providerBox.currentIndex = Math.max(0, providerBox.model.findIndex(p => p.id === (r.provider || "")))
        subjectField.text = r.subject || ""
        hysteresisField.text = String(r.hysteresisPct !== undefined ? r.hysteresisPct : 0.5)
        metricField.text = r.metric || ""
        levelField.text = String(r.level || 0)
        upperLevelField.text = String(r.upperLevel || 0)
        barField.text = String(r.barSec || 60)
        windowBarsField.text = String(r.windowBars || 0)
        thresholdField.text = String(r.threshold || 0)
        windowField.text = String(r.windowSec || 60)
        samplesField.text = String(r.samples || 20)
        directionBox.currentIndex = Math.max(0, ["any", "up", "down"].indexOf(r.direction || "any"))
        keywordsField.text = (r.keywords || []).join(", ")
        authorField.text = r.author || ""
        monitorField.text = r.monitor || ""
        tweetRuleField.text = r.tweetRule || ""
        filterField.text = r.filter ? (typeof r.filter === "string" ? r.filter : JSON.stringify(r.filter, null, 1)) : ""
    }
    function collect() {
        const fields = {
            "provider": providerBox.currentValue,
            "subject": subjectField.text.trim(),
            "hysteresisPct": number(hysteresisField.text),
            "metric": metricField.text.trim(),
            "level": number(levelField.text),
            "upperLevel": has("upperLevel") ? number(upperLevelField.text) : 0,
            "windowBars": has("windowBars") ? Math.round(number(windowBarsField.text)) : 0,
            "threshold": number(thresholdField.text),
            "windowSec": Math.round(number(windowField.text)),
            "samples": Math.round(number(samplesField.text)),
            "direction": directionBox.currentValue,
            "keywords": keywordsField.text.split(",").map(s => s.trim()).filter(s => s.length > 0),
            "author": authorField.text.trim(),
            "monitor": monitorField.text.trim(),
            "tweetRule": tweetRuleField.text.trim(),
            "filter": filterField.text
        }
        if (ownBarField)
            fields.barSec = Math.round(number(barField.text))
        return fields
    }

    Label { text: qsTr("Provider") }
    FitComboBox {
        id: providerBox
        objectName: "ruleProvider"
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
        objectName: "ruleSubject"
        Layout.fillWidth: true
        placeholderText: root.kindInfo.id === "connection-down" ? qsTr("any connection (or a connection's name)") : qsTr("any (or e.g. BTC-USD, ethereum.blocks)")
    }

    Label { visible: root.has("metric"); text: qsTr("Value") }
    TextField {
        id: metricField
        objectName: "ruleMetric"
        visible: root.has("metric")
        Layout.fillWidth: true
        placeholderText: qsTr("%1 (default)").arg(root.kindInfo.defaultMetric)
    }

    Label { visible: root.has("level"); text: root.has("upperLevel") ? qsTr("Lower level") : qsTr("Level") }
    TextField { id: levelField; objectName: "ruleLevel"; visible: root.has("level"); Layout.fillWidth: true; inputMethodHints: Qt.ImhFormattedNumbersOnly }
    Label { visible: root.has("upperLevel"); text: qsTr("Upper level") }
    TextField {
        id: upperLevelField
        objectName: "ruleUpperLevel"
        visible: root.has("upperLevel")
        Layout.fillWidth: true
        inputMethodHints: Qt.ImhFormattedNumbersOnly
        ToolTip.visible: activeFocus
        ToolTip.text: qsTr("The channel runs from the lower to the upper level; both levels belong to it.")
    }

    Label {
        visible: root.has("threshold")
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
    TextField { id: thresholdField; objectName: "ruleThreshold"; visible: root.has("threshold"); Layout.fillWidth: true; inputMethodHints: Qt.ImhFormattedNumbersOnly }

    Label {
        visible: root.has("windowSec")
        text: root.kindInfo.id === "percent-change" || root.kindInfo.id === "amount-change" ? qsTr("Window (s)") : qsTr("For longer than (s)")
    }
    TextField { id: windowField; objectName: "ruleWindowSec"; visible: root.has("windowSec"); Layout.fillWidth: true; inputMethodHints: Qt.ImhDigitsOnly }

    Label { visible: root.has("windowBars"); text: qsTr("Or within (bars)") }
    TextField {
        id: windowBarsField
        objectName: "ruleWindowBars"
        visible: root.has("windowBars")
        Layout.fillWidth: true
        inputMethodHints: Qt.ImhDigitsOnly
        ToolTip.visible: activeFocus
        ToolTip.text: qsTr("Compare with the close of the bar this many bars back; 0 uses the window in seconds.")
    }
    Label { visible: root.ownBarField && root.usesWindowBars; text: qsTr("Bar length (s)") }
    TextField {
        id: barField
        objectName: "conditionBarSec"
        visible: root.ownBarField && root.usesWindowBars
        Layout.fillWidth: true
        inputMethodHints: Qt.ImhDigitsOnly
    }

    Label { visible: root.has("samples"); text: qsTr("Average over (samples)") }
    TextField { id: samplesField; visible: root.has("samples"); Layout.fillWidth: true; inputMethodHints: Qt.ImhDigitsOnly }

    Label { visible: root.has("direction"); text: qsTr("Direction") }
    FitComboBox {
        id: directionBox
        objectName: "ruleDirection"
        visible: root.has("direction")
        Layout.fillWidth: true
        textRole: "label"
        valueRole: "id"
        model: [{ id: "any", label: qsTr("Up or down") }, { id: "up", label: qsTr("Up") }, { id: "down", label: qsTr("Down") }]
    }

    Label { visible: root.has("keywords"); text: qsTr("Keywords") }
    TextField { id: keywordsField; objectName: "ruleKeywords"; visible: root.has("keywords"); Layout.fillWidth: true; placeholderText: qsTr("comma-separated; any of them") }
    Label { visible: root.has("author"); text: qsTr("Author") }
    TextField { id: authorField; visible: root.has("author"); Layout.fillWidth: true; placeholderText: qsTr("@handle") }
    Label { visible: root.has("monitor"); text: qsTr("Monitor") }
    TextField { id: monitorField; objectName: "ruleMonitor"; visible: root.has("monitor"); Layout.fillWidth: true; placeholderText: qsTr("monitor name or id") }
    Label { visible: root.has("tweetRule"); text: qsTr("Filter rule") }
    TextField { id: tweetRuleField; visible: root.has("tweetRule"); Layout.fillWidth: true; placeholderText: qsTr("rule tag or id") }

    Label { visible: root.has("filter"); text: qsTr("Filter (JSON)"); Layout.alignment: Qt.AlignTop }
    TextArea {
        id: filterField
        objectName: "ruleFilter"
        visible: root.has("filter")
        Layout.fillWidth: true
        Layout.preferredHeight: 90
        font.family: Theme.monoFamily
        wrapMode: TextEdit.Wrap
        placeholderText: "{\"field\": \"value\", \"operator\": \">\", \"value\": 1000}"
    }

    Label { visible: root.has("hysteresisPct"); text: qsTr("Hysteresis (%)") }
    TextField {
        id: hysteresisField
        visible: root.has("hysteresisPct")
        Layout.fillWidth: true
        ToolTip.visible: activeFocus
        ToolTip.text: qsTr("After firing, the value must move back this far past the level before the rule fires again.")
    }
}
