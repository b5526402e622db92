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
    property bool live: AlliumWorkspace.streamModel.count >= 6
    property string detail: ""
    property int selectedSequence: -1

    padding: Theme.padding

    // Until the user picks a row, the detail pane follows the newest record.
    Connections {
        target: AlliumWorkspace.streamModel
        function onBatchApplied() {
            if (page.selectedSequence === -1)
                page.detail = AlliumWorkspace.detailText(0)
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
            subtitle: AlliumWorkspace.streamStatus

            ComboBox {
                id: profileBox
                implicitWidth: 220
                model: AlliumWorkspace.streamProfiles
                textRole: "name"
                valueRole: "id"
                currentIndex: {
                    const list = AlliumWorkspace.streamProfiles
                    for (let i = 0; i < list.length; ++i)
                        if (list[i].id === AlliumWorkspace.streamProfileId) return i
                    return -1
                }
                onActivated: AlliumWorkspace.streamProfileId = currentValue
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Profile")
            }
            ComboBox {
                id: topicBox
                implicitWidth: 230
                editable: true
                model: AlliumWorkspace.topics
                Component.onCompleted: editText = AlliumWorkspace.topic
                Connections {
                    target: AlliumWorkspace
                    function onTopicChanged() { topicBox.editText = AlliumWorkspace.topic; filter.loadApplied() }
                }
                onActivated: topicError.text = AlliumWorkspace.selectTopic(currentText)
                onAccepted: topicError.text = AlliumWorkspace.selectTopic(editText)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Topic: <blockchain>.<data_type>")
            }
            Button {
                text: AlliumWorkspace.started ? qsTr("Stop") : qsTr("Start")
                highlighted: !AlliumWorkspace.started
                onClicked: AlliumWorkspace.started ? AlliumWorkspace.stopStream() : AlliumWorkspace.startStream()
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
            workspace: AlliumWorkspace
            fieldSuggestions: AlliumWorkspace.fieldSuggestions
            Component.onCompleted: loadApplied()
        }

        // Live numbers
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            AlliumChip {
                tint: AlliumWorkspace.started ? Theme.up : Theme.muted
                text: AlliumWorkspace.started ? qsTr("streaming") : qsTr("paused")
            }
            AlliumChip {
                tint: Theme.info
                text: qsTr("%1 records/s").arg(AlliumWorkspace.streamModel.recordsPerSecond.toFixed(AlliumWorkspace.streamModel.recordsPerSecond < 10 ? 2 : 0))
            }
            AlliumChip {
                visible: AlliumWorkspace.appliedFilter.length > 0
                tint: Theme.warning
                text: qsTr("filtered")
            }
            AlliumChip {
                tint: AlliumWorkspace.streamModel.gapCount > 0 ? Theme.warning : Theme.muted
                text: qsTr("%n gap(s)", "", AlliumWorkspace.streamModel.gapCount)
            }
            AlliumChip {
                tint: AlliumWorkspace.streamModel.reorgCount > 0 ? Theme.down : Theme.muted
                text: qsTr("%n re-org(s)", "", AlliumWorkspace.streamModel.reorgCount)
            }
            Label {
                Layout.fillWidth: true
                text: AlliumWorkspace.streamCounters
                color: Theme.muted
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
                textFormat: Text.PlainText
            }
            Label {
                text: qsTr("%1 rows, keep").arg(AlliumWorkspace.streamModel.count)
                color: Theme.muted
            }
            SpinBox {
                id: capBox
                from: 100
                to: 1000000
                stepSize: 1000
                editable: true
                implicitWidth: 150
                value: AlliumWorkspace.rowCap
                onValueModified: AlliumWorkspace.rowCap = value
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
                model: AlliumWorkspace.streamModel
                columnTitles: AlliumWorkspace.streamModel.columnTitles
                columnWidths: AlliumWorkspace.streamModel.columnWidths
                selectedSequence: page.selectedSequence
                onRecordSelected: (sequence, row) => {
                    page.selectedSequence = sequence
                    page.detail = AlliumWorkspace.detailText(row)
                }

                EmptyState {
                    anchors.centerIn: parent
                    visible: AlliumWorkspace.streamModel.count === 0
                    title: AlliumWorkspace.started ? qsTr("Waiting for records…") : qsTr("Paused")
                    explanation: AlliumWorkspace.started
                                 ? qsTr("Records of %1 appear here as the chain produces them.").arg(AlliumWorkspace.topic)
                                 : qsTr("Press Start to receive %1.").arg(AlliumWorkspace.topic)
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
                                page.detail = AlliumWorkspace.detailText(0)
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
