pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// A tweet's full record: every field, the link, latency and the frame as it arrived.
// All of it is untrusted and shown as plain text.
Dialog {
    id: root
    /// From TweetsWorkspace.record(); empty when the tweet has left the timeline.
    property var record: ({})

    function show(sourceKey, tweetId) {
        record = TweetsWorkspace.record(sourceKey, tweetId)
        open()
    }

    title: qsTr("Tweet details")
    modal: true
    standardButtons: Dialog.Close
    width: Math.min(parent ? parent.width - 80 : 760, 760)
    height: Math.min(parent ? parent.height - 80 : 640, 640)
    anchors.centerIn: parent

    readonly property bool found: record !== undefined && record.tweetId !== undefined

    component Key: Label { color: Theme.muted; Layout.alignment: Qt.AlignTop | Qt.AlignRight }
    component Value: Label {
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            visible: !root.found
            text: qsTr("This tweet is no longer in the timeline.")
            color: Theme.muted
        }
        GridLayout {
            visible: root.found
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.padding
            rowSpacing: 4

            Key { text: qsTr("Author") }
            Value { text: root.found ? "@" + root.record.author : "" }
            Key { text: qsTr("Text") }
            Value { objectName: "detailsText"; text: root.found ? root.record.text : ""; font.pixelSize: Theme.fontBody + 1 }
            Key { text: qsTr("Type") }
            Value { text: root.found ? root.record.tweetType : "" }
            Key { text: qsTr("Source") }
            Value {
                text: !root.found ? ""
                      : (root.record.sourceKind === "filter_rule" ? qsTr("Filter rule #%1 (%2)") : qsTr("Monitor %1 (%2)"))
                        .arg(root.record.sourceName).arg(root.record.sourceId)
            }
            Key { text: qsTr("Tweet id") }
            Value { text: root.found ? root.record.tweetId : ""; font.family: Theme.monoFamily }
            Key { text: qsTr("Detected") }
            Value { text: root.found ? root.record.detectedAtLocal + "  (" + root.record.detectedAt + ")" : "" }
            Key { text: qsTr("Received") }
            Value { text: root.found ? root.record.receivedAtLocal : "" }
            Key { text: qsTr("Latency") }
            Value {
                text: !root.found ? ""
                      : qsTr("provider %1 ms, delivery %2 ms")
                        .arg(root.record.latencyMs < 0 ? "—" : root.record.latencyMs)
                        .arg(root.record.deliveryMs === -1 ? "—" : root.record.deliveryMs)
            }
            Key { text: qsTr("Link") }
            RowLayout {
                Layout.fillWidth: true
                Value { text: root.found ? root.record.link : ""; font.family: Theme.monoFamily }
                Button {
                    text: qsTr("Copy link")
                    onClicked: TweetsWorkspace.copyToClipboard(root.record.link)
                }
            }
        }
        RowLayout {
            visible: root.found
            Layout.fillWidth: true
            Label { text: qsTr("As received"); color: Theme.muted; Layout.fillWidth: true }
            Button {
                flat: true
                text: qsTr("Copy JSON")
                onClicked: TweetsWorkspace.copyToClipboard(root.record.json)
            }
        }
        ScrollView {
            visible: root.found
            Layout.fillWidth: true
            Layout.fillHeight: true
            TextArea {
                readOnly: true
                selectByMouse: true
                textFormat: TextEdit.PlainText
                text: root.found ? root.record.json : ""
                font.family: Theme.monoFamily
                font.pixelSize: Theme.fontSmall
                wrapMode: TextEdit.Wrap
            }
        }
    }
}
