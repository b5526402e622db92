pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Tidewatch

// Every frame a connection sends and receives: time, direction, size and text; search,
// filter by direction, hide ping/pong, pause, copy; record and replay. Open it with
// `inspector.inspect(connectionName)` (e.g. from the Connections page).
Dialog {
    id: root
    property string connectionName: ""
    readonly property alias frameModel: frames
    readonly property alias filteredModel: filtered

    /// Opens the inspector on a connection (by name); an empty name picks the first one.
    function inspect(name) {
        open()
        const names = []
        for (let i = 0; i < ConnectionRegistry.count; ++i)
            names.push(connectionBox.textAt(i))
        const row = Math.max(0, names.indexOf(name))
        connectionBox.currentIndex = row
        select(connectionBox.textAt(row))
    }
    function select(name) {
        connectionName = name
        frames.connectionName = name
    }

    title: qsTr("Frames of %1").arg(connectionName)
    modal: false
    anchors.centerIn: Overlay.overlay
    width: Math.min(1100, parent ? parent.width - 40 : 1100)
    height: Math.min(760, parent ? parent.height - 40 : 760)
    standardButtons: Dialog.Close
    onClosed: frames.connection = null

    FrameInspectorModel {
        id: frames
        cap: 5000
    }
    FrameFilterModel {
        id: filtered
        sourceModel: frames
        direction: directionBox.currentValue
        text: searchField.text
        hidePingPong: hideHeartbeats.checked
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            FitComboBox {
                id: connectionBox
                objectName: "connectionBox"
                Layout.preferredWidth: 260
                model: ConnectionRegistry
                textRole: "name"
                onActivated: index => root.select(textAt(index))
            }
            TextField {
                id: searchField
                Layout.fillWidth: true
                placeholderText: qsTr("Search frames")
            }
            FitComboBox {
                id: directionBox
                textRole: "label"
                valueRole: "id"
                model: [{ id: "all", label: qsTr("Both directions") }, { id: "in", label: qsTr("Received") },
                        { id: "out", label: qsTr("Sent") }]
            }
            CheckBox { id: hideHeartbeats; text: qsTr("Hide ping/pong"); checked: true }
            Button {
                text: frames.paused ? qsTr("Resume") : qsTr("Pause")
                onClicked: frames.paused = !frames.paused
            }
            Button { text: qsTr("Copy shown"); onClicked: filtered.copyVisible() }
            Button { text: qsTr("Clear"); onClicked: frames.clear() }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.padding
            Label {
                text: qsTr("%1 shown of %2 kept (at most %3)").arg(filtered.count).arg(frames.count).arg(frames.cap)
                color: Theme.muted
            }
            Label {
                visible: frames.missed > 0
                text: qsTr("%n frame(s) missed while paused", "", frames.missed)
                color: Theme.warning
            }
            Item { Layout.fillWidth: true }
            Button {
                readonly property bool recording: Recorder.recording.indexOf(root.connectionName) >= 0
                text: recording ? qsTr("Stop recording") : qsTr("Record incoming frames")
                onClicked: recording ? Recorder.stopRecording(root.connectionName) : Recorder.startRecording(root.connectionName)
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label { text: qsTr("Replay a recording through this app's clients, models and alerts:"); color: Theme.muted }
            FitComboBox {
                id: speedBox
                textRole: "label"
                valueRole: "speed"
                model: [{ speed: 1, label: qsTr("1× (as recorded)") }, { speed: 10, label: qsTr("10×") },
                        { speed: 0, label: qsTr("Full speed") }]
            }
            Button {
                text: Recorder.replaying ? qsTr("Stop replay") : qsTr("Replay…")
                onClicked: Recorder.replaying ? Recorder.stopReplay() : replayDialog.open()
            }
            Label {
                Layout.fillWidth: true
                text: Recorder.replayStatus
                color: Theme.muted
                elide: Text.ElideRight
                textFormat: Text.PlainText
            }
        }
        Label {
            Layout.fillWidth: true
            visible: Recorder.lastError.length > 0
            text: Recorder.lastError
            color: Theme.down
            textFormat: Text.PlainText
        }

        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: filtered
            ScrollBar.vertical: ScrollBar {}
            property bool follow: true
            onCountChanged: if (follow) positionViewAtEnd()
            onMovementEnded: follow = atYEnd
            delegate: ItemDelegate {
                id: frameRow
                required property int index
                required property string time
                required property string direction
                required property int size
                required property string preview
                required property bool truncated
                width: list.width
                height: 26
                onClicked: frames.copyRow(filtered.sourceRow(frameRow.index))
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("Click to copy this frame")
                contentItem: RowLayout {
                    spacing: Theme.spacing
                    Label { text: frameRow.time; font.family: Theme.monoFamily; color: Theme.muted }
                    Label {
                        text: frameRow.direction === "in" ? "←" : "→"
                        color: frameRow.direction === "in" ? Theme.info : Theme.warning
                        font.bold: true
                    }
                    Label {
                        text: frameRow.size < 1024 ? qsTr("%1 B").arg(frameRow.size) : qsTr("%1 KiB").arg((frameRow.size / 1024).toFixed(1))
                        color: Theme.muted
                        Layout.preferredWidth: 70
                        horizontalAlignment: Text.AlignRight
                    }
                    Label {
                        Layout.fillWidth: true
                        text: frameRow.preview + (frameRow.truncated ? " …" : "")
                        font.family: Theme.monoFamily
                        elide: Text.ElideRight
                        textFormat: Text.PlainText
                    }
                }
            }
        }
    }

    FileDialog {
        id: replayDialog
        title: qsTr("Replay a recording")
        currentFolder: Recorder.recordingsFolder()
        nameFilters: [qsTr("Recordings (*.ndjson *.jsonl)"), qsTr("All files (*)")]
        onAccepted: Recorder.replay(selectedFile, speedBox.currentValue)
    }
}
