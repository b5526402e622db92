pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// Allium data streams: one topic at a time, a filter built visually or as JSON, a live
// table with the topic's columns, gap and re-org markers inline, and the full record.
Pane {
    id: page
    /// True once the page shows live data.
    /// (A handful of rows, so a screenshot shows a table rather than its first line.)
    property bool live: AlliumStreams.model.count >= 6
    property string detail: ""
    property int selectedSequence: -1

    padding: Theme.padding

    // For the window's shortcuts: Find focuses the filter's JSON, pause stops/starts the stream.
    function focusFilter() {
        function find(item) {
            if (item.objectName === "filterJson")
                return item
            for (let i = 0; i < item.children.length; ++i) {
                const found = find(item.children[i])
                if (found !== null)
                    return found
            }
            return null
        }
        const json = find(filter)
        if (json !== null)
            json.forceActiveFocus(Qt.ShortcutFocusReason)
    }
    function togglePause() { AlliumStreams.started ? AlliumStreams.stopStream() : AlliumStreams.startStream() }

    // Until the user picks a row, the detail pane follows the newest record.
    Connections {
        target: AlliumStreams.model
        function onBatchApplied() {
            if (page.selectedSequence === -1)
                page.detail = AlliumStreams.detailText(0)
        }
        function onTopicChanged() {
            page.selectedSequence = -1
            page.detail = ""
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Streams")
            subtitle: AlliumStreams.status

            FitComboBox {
                id: profileBox
                implicitWidth: 220
                model: AlliumStreams.profiles
                textRole: "name"
                valueRole: "id"
                currentIndex: {
                    const list = AlliumStreams.profiles
                    for (let i = 0; i < list.length; ++i)
                        if (list[i].id === AlliumStreams.profileId) return i
                    return -1
                }
                onActivated: AlliumStreams.profileId = currentValue
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Profile")
            }
            FitComboBox {
                id: topicBox
                implicitWidth: 230
                editable: true
                model: AlliumStreams.topics
                Component.onCompleted: editText = AlliumStreams.topic
                Connections {
                    target: AlliumStreams
                    function onTopicChanged() { topicBox.editText = AlliumStreams.topic; filter.loadApplied() }
                }
                onActivated: topicError.text = AlliumStreams.selectTopic(currentText)
                onAccepted: topicError.text = AlliumStreams.selectTopic(editText)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Topic: <blockchain>.<data_type>")
            }
            Button {
                text: AlliumStreams.started ? qsTr("Stop") : qsTr("Start")
                highlighted: !AlliumStreams.started
                onClicked: AlliumStreams.started ? AlliumStreams.stopStream() : AlliumStreams.startStream()
            }
        }

        Label {
            id: topicError
            visible: text.length > 0
            color: Theme.down
            textFormat: Text.PlainText
        }

        AlliumFilterBuilder {
            id: filter
            objectName: "filterBuilder"
            Layout.fillWidth: true
            workspace: AlliumStreams
            fieldSuggestions: AlliumStreams.fieldSuggestions
            Component.onCompleted: loadApplied()
        }

        // Live numbers
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            AlliumChip {
                tint: AlliumStreams.started ? Theme.up : Theme.muted
                text: AlliumStreams.started ? qsTr("streaming") : qsTr("paused")
            }
            AlliumChip {
                tint: Theme.info
                text: qsTr("%1 records/s").arg(AlliumStreams.model.recordsPerSecond.toFixed(AlliumStreams.model.recordsPerSecond < 10 ? 2 : 0))
            }
            AlliumChip {
                visible: AlliumStreams.appliedFilter.length > 0
                tint: Theme.warning
                text: qsTr("filtered")
            }
            AlliumChip {
                tint: AlliumStreams.model.gapCount > 0 ? Theme.warning : Theme.muted
                text: qsTr("%n gap(s)", "", AlliumStreams.model.gapCount)
            }
            AlliumChip {
                tint: AlliumStreams.model.reorgCount > 0 ? Theme.down : Theme.muted
                text: qsTr("%n re-org(s)", "", AlliumStreams.model.reorgCount)
            }
            Label {
                Layout.fillWidth: true
                text: AlliumStreams.counters
                color: Theme.muted
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
                textFormat: Text.PlainText
            }
            Label {
                text: qsTr("%Ln row(s), keep", "", AlliumStreams.model.count)
                color: Theme.muted
            }
            SpinBox {
                id: capBox
                from: 100
                to: 1000000
                stepSize: 1000
                editable: true
                implicitWidth: 150
                value: AlliumStreams.rowCap
                onValueModified: AlliumStreams.rowCap = value
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Row cap: the oldest rows are dropped beyond this")
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing

            AlliumRecordTable {
                objectName: "recordTable"
                Layout.fillWidth: true
                Layout.fillHeight: true
                model: AlliumStreams.model
                columnTitles: AlliumStreams.model.columnTitles
                columnWidths: AlliumStreams.model.columnWidths
                selectedSequence: page.selectedSequence
                onRecordSelected: (sequence, row) => {
                    page.selectedSequence = sequence
                    page.detail = AlliumStreams.detailText(row)
                }

                EmptyState {
                    anchors.centerIn: parent
                    visible: AlliumStreams.model.count === 0
                    title: AlliumStreams.started ? qsTr("Waiting for records…") : qsTr("Paused")
                    explanation: AlliumStreams.started
                                 ? qsTr("Records of %1 appear here as the chain produces them.").arg(AlliumStreams.topic)
                                 : qsTr("Press Start to receive %1.").arg(AlliumStreams.topic)
                }
            }

            Frame {
                // narrower in a small window: the table's columns need the width more
                Layout.preferredWidth: page.width < 1200 ? 280 : 380
                Layout.fillHeight: true
                padding: Theme.padding
                background: Rectangle { color: Theme.surfaceRaised; border.color: Theme.border; radius: Theme.radius }

                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacing
                    RowLayout {
                        Layout.fillWidth: true
                        Label {
                            Layout.fillWidth: true
                            text: page.selectedSequence === -1 ? qsTr("Newest record") : qsTr("Selected record")
                            font.bold: true
                        }
                        Button {
                            visible: page.selectedSequence !== -1
                            text: qsTr("Follow newest")
                            flat: true
                            onClicked: {
                                page.selectedSequence = -1
                                page.detail = AlliumStreams.detailText(0)
                            }
                        }
                    }
                    ScrollView {
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        visible: page.detail.length > 0
                        TextArea {
                            readOnly: true
                            selectByMouse: true
                            text: page.detail
                            textFormat: TextEdit.PlainText
                            font.family: Theme.monoFamily
                            font.pixelSize: Theme.fontSmall + 1
                            wrapMode: TextEdit.WrapAnywhere
                            background: null
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        visible: page.detail.length === 0
                        text: qsTr("Select a row to see the full record.")
                        color: Theme.muted
                        wrapMode: Text.WordWrap
                        verticalAlignment: Text.AlignTop
                    }
                }
            }
        }
    }
}
