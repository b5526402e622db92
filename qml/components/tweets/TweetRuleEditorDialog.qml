pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// Create or edit a Filter Rule: tag, query (validated by the server, with its sample results),
// interval and results per poll, with the pricing tier and credits per day shown before saving.
// A failed save keeps every field as typed and shows the server's reasons per field.
Dialog {
    id: root
    property TweetsSubscriptionsController controller: null
    readonly property alias editor: editor
    /// The tweets profile whose key the rule is for (the controller's).
    property string profileId: controller ? controller.profileId : ""
    /// What the rule costs the key and its rule quota, before it is saved: read again as the
    /// interval changes (SubscriptionsOverview's what-if; an edited rule replaces its own cost).
    readonly property var whatIf: SubscriptionsOverview.previewTweetRule(profileId, editor.intervalSeconds, editor.editId)
    /// The key's rules are full (a new rule would be refused): Create is off, with the reason.
    readonly property bool refused: whatIf.known && !whatIf.ok

    function openNew() {
        editor.startNew()
        open()
    }
    function openEdit(ruleId) {
        if (editor.load(ruleId))
            open()
    }

    title: editor.editing ? qsTr("Edit filter rule") : qsTr("New filter rule")
    modal: true
    width: Math.min(parent ? parent.width - 64 : 720, 720)
    height: Math.min(parent ? parent.height - 48 : 720, 720)
    anchors.centerIn: parent
    padding: Theme.padding

    TweetRuleEditor {
        id: editor
        controller: root.controller
        onSaved: root.close()
    }

    readonly property var errors: editor.fieldErrors
    function parseSeconds(text) {
        const n = parseFloat(String(text).replace(",", "."))
        return isNaN(n) ? 0 : n
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: scroll.availableWidth
            spacing: 6

            Label { text: qsTr("Tag"); font.bold: true }
            TextField {
                objectName: "ruleTag"
                Layout.fillWidth: true
                text: editor.tag
                placeholderText: qsTr("e.g. bitcoin-mentions")
                onTextEdited: editor.tag = text
            }
            TweetFieldError { Layout.fillWidth: true; objectName: "tagError"; message: root.errors.tag || "" }

            Label { text: qsTr("Query (Advanced Search)"); font.bold: true; Layout.topMargin: 4 }
            TextArea {
                objectName: "ruleQuery"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(64, implicitHeight)
                text: editor.query
                wrapMode: TextEdit.Wrap
                font.family: Theme.monoFamily
                placeholderText: qsTr("e.g. #bitcoin -is:retweet lang:en")
                onTextChanged: if (text !== editor.query) editor.query = text
            }
            TweetFieldError { Layout.fillWidth: true; objectName: "queryError"; message: root.errors.query || "" }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Button {
                    objectName: "validateButton"
                    text: qsTr("Validate")
                    enabled: !editor.validating && editor.query.trim().length > 0 && root.controller !== null && root.controller.ready
                    onClicked: editor.validate()
                }
                BusyIndicator { visible: editor.validating; running: editor.validating; implicitWidth: 28; implicitHeight: 28 }
                Label {
                    objectName: "validationText"
                    Layout.fillWidth: true
                    text: editor.validationText
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    color: editor.validated ? (editor.queryValid ? Theme.up : Theme.down) : Theme.muted
                }
            }
            Repeater {
                model: editor.samples
                delegate: Label {
                    id: sample
                    required property var modelData
                    objectName: "sampleTweet"
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.padding
                    text: qsTr("@%1: %2").arg(sample.modelData.author).arg(sample.modelData.text)
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSmall
                    color: Theme.muted
                }
            }

            GridLayout {
                Layout.fillWidth: true
                Layout.topMargin: 4
                columns: 2
                columnSpacing: Theme.padding
                rowSpacing: 4
                Label { text: qsTr("Interval (seconds)"); font.bold: true }
                Label { text: qsTr("Max results per poll"); font.bold: true }
                TextField {
                    id: intervalField
                    objectName: "ruleInterval"
                    Layout.fillWidth: true
                    text: String(editor.intervalSeconds)
                    inputMethodHints: Qt.ImhFormattedNumbersOnly
                    onTextEdited: editor.intervalSeconds = root.parseSeconds(text)
                }
                SpinBox {
                    objectName: "ruleMaxResults"
                    Layout.fillWidth: true
                    from: 1
                    to: 100
                    editable: true
                    value: editor.maxResultsPerPoll
                    onValueModified: editor.maxResultsPerPoll = value
                }
                TweetFieldError { Layout.fillWidth: true; message: root.errors.interval_seconds || "" }
                TweetFieldError { Layout.fillWidth: true; message: root.errors.max_results_per_poll || "" }
            }
            Flow {
                Layout.fillWidth: true
                spacing: 4
                Repeater {
                    // The tier borders: one click picks the slowest interval of a tier.
                    model: [0.5, 5, 60, 600, 86400]
                    delegate: Button {
                        required property var modelData
                        flat: true
                        font.pixelSize: Theme.fontSmall
                        text: modelData < 60 ? qsTr("%1 s").arg(modelData)
                              : modelData < 3600 ? qsTr("%1 min").arg(modelData / 60) : qsTr("%1 h").arg(modelData / 3600)
                        onClicked: {
                            editor.intervalSeconds = modelData
                            intervalField.text = String(modelData)
                        }
                    }
                }
            }

            Label { text: qsTr("Webhook URL (optional, HTTPS)"); font.bold: true }
            TextField {
                objectName: "ruleWebhook"
                Layout.fillWidth: true
                text: editor.webhookUrl
                placeholderText: "https://"
                onTextEdited: editor.webhookUrl = text
            }
            TweetFieldError { Layout.fillWidth: true; message: root.errors.webhook_url || "" }

            Rectangle {
                Layout.fillWidth: true
                Layout.topMargin: 6
                implicitHeight: cost.implicitHeight + Theme.padding * 2
                radius: Theme.radius
                color: Qt.rgba(Theme.info.r, Theme.info.g, Theme.info.b, 0.08)
                border.color: Theme.info
                ColumnLayout {
                    id: cost
                    anchors.fill: parent
                    anchors.margins: Theme.padding
                    spacing: 2
                    Label {
                        objectName: "ruleCostText"
                        Layout.fillWidth: true
                        text: editor.costText
                        textFormat: Text.PlainText
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                    Label {
                        objectName: "ruleTotalText"
                        Layout.fillWidth: true
                        visible: text.length > 0
                        // The overview's sentence when it knows the key (with the rule quota),
                        // else the editor's own total.
                        text: root.whatIf.known ? root.whatIf.text : editor.totalAfterText
                        textFormat: Text.PlainText
                        color: root.refused ? Theme.warning : Theme.muted
                        wrapMode: Text.Wrap
                    }
                }
            }
            TweetFieldError { Layout.fillWidth: true; objectName: "ruleBodyError"; message: root.errors.body || "" }
            TweetFieldError { Layout.fillWidth: true; objectName: "ruleSaveError"; message: editor.saveError }
        }
    }

    footer: DialogButtonBox {
        Button {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
        Button {
            objectName: "saveRuleButton"
            text: editor.saving ? qsTr("Saving…") : editor.editing ? qsTr("Save changes") : qsTr("Create rule")
            enabled: editor.canSave && !root.refused
            highlighted: true
            // Not an AcceptRole button: the dialog closes only once the server accepted it.
            onClicked: editor.save()
        }
        onRejected: root.close()
    }
}
