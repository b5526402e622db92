pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Tidewatch

// Dry run: one rule (the editor's map: new or being edited) over a recording, with the same
// clients and engine as a live run and `tidewatch-cli alerts --replay FILE --dry-run`,
// notifying nobody. openFor(fields); pick a recording, Run; the result is a timeline over the
// recording's span, the counts and the list of firings.
Dialog {
    id: root
    property var ruleFields: ({})
    property url recording: ""
    readonly property alias dryRun: run
    readonly property alias timeline: timeline
    readonly property alias firingList: firingList

    function openFor(fields) {
        ruleFields = fields
        open()
    }
    function start() {
        firingList.currentIndex = -1
        run.run(ruleFields, recording)
    }
    function select(index) {
        firingList.currentIndex = index
        firingList.positionViewAtIndex(index, ListView.Contain)
    }

    title: qsTr("Dry run: %1").arg(ruleFields.name || qsTr("unnamed rule"))
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(900, parent ? parent.width - 40 : 900)
    height: Math.min(640, parent ? parent.height - 40 : 640)
    onClosed: run.cancel()
    footer: DialogButtonBox {
        Button {
            text: qsTr("Close")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }

    AlertDryRun {
        id: run
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: qsTr("Where this rule would have fired on a recording: the same clients and engine as a live run, on the recording's clock. Nobody is notified.")
            color: Theme.muted
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label { text: qsTr("Recording") }
            TextField {
                objectName: "dryRunFile"
                Layout.fillWidth: true
                readOnly: true
                text: root.recording.toString().length > 0 ? decodeURIComponent(root.recording.toString().replace(/^file:\/\//, "")) : ""
                placeholderText: qsTr("Choose a recording…")
            }
            Button {
                text: qsTr("Choose…")
                enabled: !run.running
                onClicked: fileDialog.open()
            }
            Button {
                objectName: "dryRunStart"
                text: qsTr("Run")
                highlighted: true
                visible: !run.running
                enabled: root.recording.toString().length > 0
                onClicked: root.start()
            }
            Button {
                objectName: "dryRunCancel"
                text: qsTr("Stop")
                visible: run.running
                onClicked: run.cancel()
            }
        }
        ProgressBar {
            objectName: "dryRunProgress"
            Layout.fillWidth: true
            visible: run.running
            value: run.progress
        }
        Label {
            objectName: "dryRunError"
            Layout.fillWidth: true
            visible: run.error.length > 0
            text: run.error
            color: Theme.down
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
        }
        Label {
            objectName: "dryRunSummary"
            Layout.fillWidth: true
            visible: run.hasResult
            text: run.summary
            font.bold: true
            font.pixelSize: Theme.fontBody + 2
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "dryRunCounts"
            Layout.fillWidth: true
            visible: run.hasResult
            text: qsTr("%1 frames · %2 observations · %n firing(s)", "", run.firingCount).arg(run.frameCount).arg(run.observationCount)
                  + (run.firingsTruncated ? " · " + qsTr("the first %1 are shown").arg(run.firings.length) : "")
            color: Theme.muted
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "dryRunNotice"
            Layout.fillWidth: true
            visible: run.hasResult && run.notice.length > 0
            text: run.notice
            color: Theme.warning
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
        }
        AlertDryRunTimeline {
            id: timeline
            objectName: "dryRunTimeline"
            Layout.fillWidth: true
            visible: run.hasResult
            firings: run.firings
            spanMs: run.spanMs
            currentIndex: firingList.currentIndex
            onMarkClicked: index => root.select(index)
        }
        ListView {
            id: firingList
            objectName: "dryRunList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: run.hasResult
            clip: true
            spacing: 2
            currentIndex: -1
            model: run.firings
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                id: row
                required property var modelData
                required property int index
                width: firingList.width
                highlighted: ListView.isCurrentItem
                onClicked: root.select(index)
                contentItem: RowLayout {
                    spacing: Theme.padding
                    Label {
                        text: row.modelData.offsetText
                        font.family: Theme.monoFamily
                        color: Theme.muted
                    }
                    Label {
                        text: row.modelData.timeText
                        font.family: Theme.monoFamily
                    }
                    Label {
                        Layout.preferredWidth: 110
                        text: row.modelData.valueText
                        font.family: Theme.monoFamily
                        horizontalAlignment: Text.AlignRight
                        elide: Text.ElideRight
                    }
                    Label {
                        Layout.fillWidth: true
                        text: row.modelData.message
                        elide: Text.ElideRight
                        textFormat: Text.PlainText
                    }
                }
            }
        }
        Item {
            Layout.fillHeight: true
            visible: !run.hasResult
        }
    }

    FileDialog {
        id: fileDialog
        title: qsTr("Choose a recording")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Recordings (*.ndjson *.jsonl)"), qsTr("All files (*)")]
        currentFolder: Recorder.recordingsFolder()
        onAccepted: root.recording = selectedFile
    }
}
