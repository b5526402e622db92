import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// One Filter Rule: tag, status with reason, query, interval, results per poll, cost and tier,
// and the quick actions (pause/resume, edit, delete).
Rectangle {
    id: root
    required property string ruleId
    required property string tag
    required property string query
    required property string intervalText
    required property int maxResultsPerPoll
    required property string status
    required property string statusLabel
    required property string statusReason
    required property bool active
    required property bool paused
    required property string creditsText
    required property string pricingTier
    required property string note
    property bool busy: false

    signal editRequested(string ruleId)
    signal deleteRequested(string ruleId, string tag)
    signal pauseRequested(string ruleId, bool paused)

    implicitHeight: content.implicitHeight + Theme.padding * 2
    radius: Theme.radius
    color: Theme.surfaceRaised
    border.color: Theme.border

    RowLayout {
        id: content
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.padding

        ColumnLayout {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            spacing: 4
            Label {
                Layout.fillWidth: true
                text: "#" + root.tag
                textFormat: Text.PlainText
                font.bold: true
                elide: Text.ElideRight
            }
            TweetSubscriptionStatus {
                Layout.fillWidth: true
                status: root.status
                label: root.statusLabel
                reason: root.statusReason
            }
            Label {
                Layout.fillWidth: true
                text: root.query
                textFormat: Text.PlainText
                font.family: Theme.monoFamily
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("%1 · up to %n result(s) per poll · Tier: %2", "", root.maxResultsPerPoll).arg(root.intervalText).arg(root.pricingTier)
                textFormat: Text.PlainText
                color: Theme.muted
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
            }
            Label {
                visible: root.note.length > 0
                Layout.fillWidth: true
                text: root.note
                textFormat: Text.PlainText
                color: Theme.warning
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }
        }
        ColumnLayout {
            Layout.alignment: Qt.AlignTop
            spacing: 0
            Label {
                Layout.alignment: Qt.AlignRight
                objectName: "ruleCredits"
                text: root.creditsText
                textFormat: Text.PlainText
                font.pixelSize: Theme.fontSmall
                opacity: root.active ? 1 : 0.6
            }
            RowLayout {
                Layout.alignment: Qt.AlignRight
                spacing: 0
                BusyIndicator { visible: root.busy; running: root.busy; implicitWidth: 24; implicitHeight: 24 }
                Button {
                    objectName: "pauseRuleButton"
                    flat: true
                    enabled: !root.busy
                    text: root.paused ? qsTr("Resume") : qsTr("Pause")
                    onClicked: root.pauseRequested(root.ruleId, !root.paused)
                }
                Button {
                    flat: true
                    enabled: !root.busy
                    text: qsTr("Edit")
                    onClicked: root.editRequested(root.ruleId)
                }
                Button {
                    flat: true
                    enabled: !root.busy
                    text: qsTr("Delete")
                    onClicked: root.deleteRequested(root.ruleId, root.tag)
                }
            }
        }
    }
}
