pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// The alert rules: enable/disable, what each watches, how often it fired, its webhook state.
ListView {
    id: root
    signal editRequested(var rule)

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

        width: root.width
        padding: 8
        opacity: row.enabled ? 1 : 0.6

        RowLayout {
            anchors.fill: parent
            spacing: Theme.spacing
            Switch {
                checked: row.enabled
                onToggled: AlertCenter.setRuleEnabled(row.ruleId, checked)
                ToolTip.visible: hovered
                ToolTip.text: row.enabled ? qsTr("Enabled: click to pause this rule") : qsTr("Paused: click to enable")
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                RowLayout {
                    spacing: Theme.spacing
                    Label { text: row.name; font.bold: true; textFormat: Text.PlainText; elide: Text.ElideRight; Layout.maximumWidth: 260 }
                    AlertSeverityBadge { severity: row.severity }
                    Label { text: row.kindLabel; color: Theme.muted; font.pixelSize: Theme.fontSmall }
                }
                Label {
                    Layout.fillWidth: true
                    text: row.summary
                    color: Theme.muted
                    elide: Text.ElideRight
                    textFormat: Text.PlainText
                }
                RowLayout {
                    spacing: Theme.spacing
                    Label {
                        text: row.firedCount > 0
                              ? qsTr("fired %n time(s), last %1", "", row.firedCount).arg(new Date(row.lastFired).toLocaleTimeString(Qt.locale(), Locale.ShortFormat))
                              : qsTr("has not fired yet")
                        font.pixelSize: Theme.fontSmall
                        color: Theme.muted
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
                        Layout.maximumWidth: 360
                    }
                }
            }
            ToolButton {
                text: qsTr("Edit")
                onClicked: root.editRequested(row.rule)
            }
            ToolButton {
                text: qsTr("Delete")
                onClicked: AlertCenter.removeRule(row.ruleId)
            }
        }
    }
}
