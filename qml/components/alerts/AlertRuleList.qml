pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// The alert rules: enable/disable, what each watches, how often it fired, its webhook state.
// Rules from a relay profile's shared bucket are marked "shared" and read-only here: the team
// edits them in the bucket (AlertCenter::setSharedRules).
ListView {
    id: root
    signal editRequested(var rule)
    /// "Dry run…" on a row: the rule as saved, for AlertDryRunDialog.
    signal dryRunRequested(var rule)

    clip: true
    spacing: 4
    model: AlertCenter.rules
    ScrollBar.vertical: ScrollBar {}

    delegate: Frame {
        id: row
        required property string ruleId
        required property string name
        required property string kindLabel
        required property bool enabled
        required property string severity
        required property string summary
        required property string webhookUrl
        required property string webhookState
        required property string webhookError
        required property int firedCount
        required property double lastFired
        required property var rule
        required property string ruleState
        required property string ruleStateLabel
        required property double lastValue
        required property double lastValueTime
        required property string lastSubject
        required property string blindText
        required property bool blind
        required property bool shared
        required property string sharedFrom

        width: root.width
        padding: 8
        opacity: row.enabled ? 1 : 0.6

        /// A narrow list (a small window, or German button texts): Edit and Delete stack.
        /// Set after the layout pass that changed the width (Qt 6.4 drops a re-layout
        /// requested inside it), not bound to the width.
        property bool narrow: false
        function updateNarrow() {
            narrow = width < 560
        }
        onWidthChanged: narrowCheck.restart()
        // A Timer, not Qt.callLater: a delegate can be destroyed before a queued call runs, and
        // the call then crashes in Qt 6.4; the Timer goes with its item.
        Timer { id: narrowCheck; interval: 0; onTriggered: row.updateNarrow() }
        Component.onCompleted: updateNarrow()

        RowLayout {
            anchors.fill: parent
            spacing: Theme.spacing
            Switch {
                checked: row.enabled
                enabled: !row.shared
                onToggled: AlertCenter.setRuleEnabled(row.ruleId, checked)
                ToolTip.visible: hovered
                ToolTip.text: row.enabled ? qsTr("Enabled: click to pause this rule") : qsTr("Paused: click to enable")
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                // Items that are not fillWidth keep their preferred width: every text that may
                // be long fills and elides, so the row gives way instead of pushing Edit/Delete out.
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Label {
                        // (a filling name with its width as maximum elides even with room to spare)
                        Layout.maximumWidth: row.narrow ? 150 : 260
                        text: row.name; font.bold: true; textFormat: Text.PlainText; elide: Text.ElideRight
                    }
                    AlertSeverityBadge { severity: row.severity }
                    Label {
                        objectName: "ruleSharedLabel"
                        visible: row.shared
                        text: qsTr("shared")
                        font.pixelSize: Theme.fontSmall
                        font.bold: true
                        color: Theme.info
                        ToolTip.visible: sharedHover.hovered
                        ToolTip.text: qsTr("A team rule from %1: it runs here as the bucket says and is edited there.").arg(row.sharedFrom)
                        HoverHandler { id: sharedHover }
                    }
                    Label {
                        // only what the name leaves over
                        Layout.fillWidth: true
                        Layout.preferredWidth: 0
                        text: row.kindLabel; color: Theme.muted; font.pixelSize: Theme.fontSmall; elide: Text.ElideRight
                    }
                }
                Label {
                    Layout.fillWidth: true
                    text: row.summary
                    color: Theme.muted
                    elide: Text.ElideRight
                    textFormat: Text.PlainText
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    // Each text takes its own width while there is room and gives way (elides)
                    // when the row is short: a fixed preferred width would push Edit/Delete off.
                    Label {
                        Layout.fillWidth: true
                        Layout.preferredWidth: implicitWidth
                        Layout.maximumWidth: Math.min(implicitWidth, 260)
                        Layout.minimumWidth: Math.min(implicitWidth, 110) // "has not fired yet" stays whole
                        elide: Text.ElideRight
                        text: row.firedCount > 0
                              ? qsTr("fired %n time(s), last %1", "", row.firedCount).arg(new Date(row.lastFired).toLocaleTimeString(Qt.locale(), Locale.ShortFormat))
                              : qsTr("has not fired yet")
                        font.pixelSize: Theme.fontSmall
                        color: Theme.muted
                    }
                    Label {
                        // Why it does (not) fire: its state, and the last value it evaluated.
                        objectName: "ruleStateLabel"
                        Layout.fillWidth: true
                        Layout.preferredWidth: implicitWidth
                        Layout.maximumWidth: implicitWidth
                        elide: Text.ElideRight
                        textFormat: Text.PlainText
                        text: isNaN(row.lastValue) ? row.ruleStateLabel
                              : qsTr("%1 · last %2 at %3 · %4").arg(row.ruleStateLabel).arg(String(Math.round(row.lastValue * 1e6) / 1e6))
                                .arg(new Date(row.lastValueTime).toLocaleTimeString(Qt.locale(), Locale.ShortFormat)).arg(row.lastSubject)
                        font.pixelSize: Theme.fontSmall
                        color: row.ruleState === "armed" ? Theme.up
                             : (row.ruleState === "expired" || row.ruleState === "no-data" || row.ruleState === "blind" ? Theme.warning : Theme.muted)
                        ToolTip.visible: stateHover.hovered
                        ToolTip.text: text + "\n" + qsTr("What the rule saw last: its state and the last value it evaluated.")
                        HoverHandler { id: stateHover }
                    }
                    Label {
                        visible: row.webhookUrl.length > 0
                        text: {
                            switch (row.webhookState) {
                            case "sending": return qsTr("webhook: sending…")
                            case "retrying": return qsTr("webhook: retrying — %1").arg(row.webhookError)
                            case "delivered": return qsTr("webhook: delivered")
                            case "failed": return qsTr("webhook failed: %1").arg(row.webhookError)
                            default: return qsTr("webhook: ready")
                            }
                        }
                        color: row.webhookState === "failed" ? Theme.down : (row.webhookState === "retrying" ? Theme.warning : Theme.muted)
                        font.pixelSize: Theme.fontSmall
                        font.bold: row.webhookState === "failed"
                        textFormat: Text.PlainText
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                        Layout.maximumWidth: 360
                    }
                }
                Label {
                    // How long it had no data: now (and why) and in total since it started.
                    objectName: "ruleBlindLabel"
                    Layout.fillWidth: true
                    visible: row.blindText.length > 0
                    text: row.blindText
                    elide: Text.ElideRight
                    textFormat: Text.PlainText
                    font.pixelSize: Theme.fontSmall
                    font.bold: row.blind
                    color: row.blind ? Theme.warning : Theme.muted
                    ToolTip.visible: blindHover.hovered
                    ToolTip.text: text + "\n" + qsTr("Blind time: how long the rule had no data (connections down, billing stopped, stream paused, or nothing for a minute).")
                    HoverHandler { id: blindHover }
                }
            }
            GridLayout {
                // its buttons fill its column; it keeps its own width (the texts take the slack)
                Layout.fillWidth: false
                columns: row.narrow ? 1 : 3
                rowSpacing: 0
                columnSpacing: Theme.spacing
                ToolButton {
                    Layout.fillWidth: true
                    Layout.preferredHeight: row.narrow ? 30 : -1
                    text: qsTr("Edit")
                    enabled: !row.shared
                    onClicked: root.editRequested(row.rule)
                }
                ToolButton {
                    Layout.fillWidth: true
                    Layout.preferredHeight: row.narrow ? 30 : -1
                    text: qsTr("Delete")
                    enabled: !row.shared
                    onClicked: AlertCenter.removeRule(row.ruleId)
                }
                ToolButton {
                    objectName: "ruleDryRunButton"
                    Layout.fillWidth: true
                    Layout.preferredHeight: row.narrow ? 30 : -1
                    text: qsTr("Dry run…")
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("See where this rule would have fired on a recording, without notifying anyone.")
                    onClicked: root.dryRunRequested(row.rule)
                }
            }
        }
    }
}
