pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// Create or edit a Stream Monitor: name, usernames, tweet types, webhook, with the volume price
// and credits per day shown before saving. A failed save (409 name taken, 422 per field, 402,
// 403, 429) keeps every field as typed.
Dialog {
    id: root
    property TweetsSubscriptionsController controller: null
    readonly property alias editor: editor

    function openNew() {
        editor.startNew()
        open()
    }
    function openEdit(monitorId) {
        if (editor.load(monitorId))
            open()
    }

    title: editor.editing ? qsTr("Edit stream monitor") : qsTr("New stream monitor")
    modal: true
    width: Math.min(parent ? parent.width - 64 : 680, 680)
    height: Math.min(parent ? parent.height - 48 : 640, 640)
    anchors.centerIn: parent
    padding: Theme.padding

    TweetMonitorEditor {
        id: editor
        controller: root.controller
        onSaved: root.close()
    }
    readonly property var errors: editor.fieldErrors
    readonly property var typeLabels: ({
        "original": qsTr("Original posts"),
        "reply": qsTr("Replies"),
        "retweet": qsTr("Retweets"),
        "quote": qsTr("Quotes")
    })

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: scroll.availableWidth
            spacing: 6

            Label { text: qsTr("Name"); font.bold: true }
            TextField {
                objectName: "monitorName"
                Layout.fillWidth: true
                text: editor.name
                placeholderText: qsTr("e.g. Tech Leaders")
                onTextEdited: editor.name = text
            }
            TweetFieldError { Layout.fillWidth: true; objectName: "nameError"; message: root.errors.name || "" }

            Label { text: qsTr("Usernames (comma, space or one per line; without @)"); font.bold: true; Layout.topMargin: 4 }
            TextArea {
                objectName: "monitorUsernames"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(72, implicitHeight)
                text: editor.usernamesText
                wrapMode: TextEdit.Wrap
                placeholderText: qsTr("elonmusk, naval, paulg")
                onTextChanged: if (text !== editor.usernamesText) editor.usernamesText = text
            }
            TweetFieldError { Layout.fillWidth: true; objectName: "usernamesError"; message: root.errors.usernames || "" }

            Label { text: qsTr("Tweet types (none checked: all)"); font.bold: true; Layout.topMargin: 4 }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Repeater {
                    model: ["original", "reply", "retweet", "quote"]
                    delegate: CheckBox {
                        required property string modelData
                        objectName: "type_" + modelData
                        text: root.typeLabels[modelData]
                        checked: editor.filterTypes.indexOf(modelData) >= 0
                        onToggled: editor.setFilterType(modelData, checked)
                    }
                }
            }
            TweetFieldError { Layout.fillWidth: true; message: root.errors.filter_types || "" }

            Label { text: qsTr("Webhook URL (optional, HTTPS)"); font.bold: true }
            TextField {
                objectName: "monitorWebhook"
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
                        objectName: "monitorCostText"
                        Layout.fillWidth: true
                        text: editor.costText
                        textFormat: Text.PlainText
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                    Label {
                        objectName: "monitorTotalText"
                        Layout.fillWidth: true
                        visible: text.length > 0
                        text: editor.totalAfterText
                        textFormat: Text.PlainText
                        color: Theme.muted
                        wrapMode: Text.Wrap
                    }
                }
            }
            TweetFieldError { Layout.fillWidth: true; message: root.errors.body || "" }
            TweetFieldError { Layout.fillWidth: true; objectName: "monitorSaveError"; message: editor.saveError }
        }
    }

    footer: DialogButtonBox {
        Button {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
        Button {
            objectName: "saveMonitorButton"
            text: editor.saving ? qsTr("Saving…") : editor.editing ? qsTr("Save changes") : qsTr("Create monitor")
            enabled: editor.canSave
            highlighted: true
            onClicked: editor.save()
        }
        onRejected: root.close()
    }
}
