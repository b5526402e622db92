pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// Builds a stream filter visually (conditions joined by AND/OR) or as JSON; both views stay
// in sync. Offers "preview on the last N records" before applying.
Frame {
    id: root
    property var workspace: null          // AlliumStreams
    property var fieldSuggestions: []
    property string jsonText: ""
    property string problem: ""           // where the filter is wrong
    property bool representable: true     // false when JSON has nested groups
    property string previewText: ""
    property bool syncing: false
    readonly property var operators: ["=", "!=", ">", ">=", "<", "<=", "in", "exists"]

    padding: Theme.padding
    background: Rectangle { color: Theme.surfaceRaised; border.color: Theme.border; radius: Theme.radius }

    ListModel { id: conditions; objectName: "filterConditions" }
    readonly property int conditionCount: conditions.count

    function rowsArray() {
        let rows = []
        for (let i = 0; i < conditions.count; ++i) {
            const c = conditions.get(i)
            rows.push({ field: c.field, operator: c.op, value: c.value })
        }
        return rows
    }
    function syncFromRows() {
        if (syncing || !workspace) return
        const r = workspace.rowsToFilter(groupOp.currentText, rowsArray())
        problem = r.ok ? "" : r.message
        if (r.ok) {
            syncing = true
            jsonText = r.text
            jsonEdit.text = r.text
            syncing = false
        }
        previewText = ""
    }
    function syncFromJson() {
        if (syncing || !workspace) return
        jsonText = jsonEdit.text
        const check = workspace.checkFilter(jsonEdit.text)
        problem = check.ok ? "" : check.message
        previewText = ""
        if (!check.ok) return
        const r = workspace.filterToRows(jsonEdit.text)
        representable = r.representable
        syncing = true
        conditions.clear()
        for (let i = 0; i < r.rows.length; ++i)
            conditions.append({ field: r.rows[i].field, op: r.rows[i].operator, value: r.rows[i].value })
        groupOp.currentIndex = r.op === "OR" ? 1 : 0
        syncing = false
    }
    function loadApplied() {
        jsonEdit.text = workspace ? workspace.appliedFilter : ""
        syncFromJson()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label { text: qsTr("Filter"); font.bold: true }
            Label { text: qsTr("match"); color: Theme.muted }
            FitComboBox {
                id: groupOp
                implicitWidth: 150
                model: ["AND", "OR"]
                displayText: currentIndex === 1 ? qsTr("any (OR)") : qsTr("all (AND)")
                onActivated: root.syncFromRows()
            }
            Button {
                text: qsTr("Add condition")
                flat: true
                onClicked: {
                    conditions.append({ field: root.fieldSuggestions.length > 0 ? root.fieldSuggestions[0] : "", op: "=", value: "" })
                    root.syncFromRows()
                }
            }
            Item { Layout.fillWidth: true }
            TabBar {
                id: modeBar
                implicitWidth: 200
                TabButton { text: qsTr("Builder") }
                TabButton { text: qsTr("JSON") }
            }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.preferredHeight: 96
            currentIndex: modeBar.currentIndex

            // Visual builder
            ColumnLayout {
                spacing: 4
                Label {
                    visible: conditions.count === 0
                    text: qsTr("No conditions: every record is delivered. Add a condition, or write JSON.")
                    color: Theme.muted
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Label {
                    visible: !root.representable
                    text: qsTr("This filter has nested groups; the builder shows its top-level conditions. Edit it in JSON.")
                    color: Theme.warning
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                ListView {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: conditions
                    spacing: 2
                    ScrollBar.vertical: ScrollBar { }
                    delegate: RowLayout {
                        id: condition
                        required property int index
                        required property string field
                        required property string op
                        required property string value
                        width: ListView.view.width - 12
                        spacing: Theme.spacing
                        FitComboBox {
                            Layout.preferredWidth: 220
                            editable: true
                            model: root.fieldSuggestions
                            editText: condition.field
                            onEditTextChanged: if (editText !== condition.field) { conditions.setProperty(condition.index, "field", editText); root.syncFromRows() }
                        }
                        FitComboBox {
                            Layout.preferredWidth: 96
                            model: root.operators
                            currentIndex: Math.max(0, root.operators.indexOf(condition.op))
                            onActivated: { conditions.setProperty(condition.index, "op", currentText); root.syncFromRows() }
                        }
                        TextField {
                            Layout.fillWidth: true
                            text: condition.value
                            placeholderText: condition.op === "in" ? qsTr("a, b, c") : (condition.op === "exists" ? qsTr("true or false") : qsTr("value (wei as digits)"))
                            onTextEdited: { conditions.setProperty(condition.index, "value", text); root.syncFromRows() }
                        }
                        ToolButton {
                            text: "✕"
                            onClicked: { conditions.remove(condition.index); root.syncFromRows() }
                            ToolTip.visible: hovered
                            ToolTip.text: qsTr("Remove this condition")
                        }
                    }
                }
            }

            // JSON editor
            ScrollView {
                TextArea {
                    id: jsonEdit
                    objectName: "filterJson"
                    font.family: Theme.monoFamily
                    font.pixelSize: Theme.fontSmall + 1
                    placeholderText: qsTr("{\"field\": \"value\", \"operator\": \">\", \"value\": \"1000000000000000000\"}")
                    wrapMode: TextEdit.WrapAnywhere
                    textFormat: TextEdit.PlainText
                    onTextChanged: if (!root.syncing) root.syncFromJson()
                    background: Rectangle {
                        color: Theme.surface
                        border.color: root.problem.length > 0 ? Theme.down : Theme.border
                        radius: 4
                    }
                }
            }
        }

        Label {
            Layout.fillWidth: true
            visible: root.problem.length > 0
            text: root.problem
            color: Theme.down
            wrapMode: Text.WordWrap
            textFormat: Text.PlainText
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label { text: qsTr("Preview on the last"); color: Theme.muted }
            SpinBox {
                id: previewCount
                from: 10
                to: 10000
                stepSize: 100
                value: 500
                editable: true
                implicitWidth: 130
            }
            Label { text: qsTr("records"); color: Theme.muted }
            Button {
                text: qsTr("Preview")
                enabled: root.problem.length === 0
                onClicked: {
                    const r = root.workspace.previewFilter(jsonEdit.text, previewCount.value)
                    root.previewText = r.message
                }
            }
            Label {
                Layout.fillWidth: true
                text: root.previewText
                color: Theme.info
                elide: Text.ElideRight
                textFormat: Text.PlainText
            }
            Button {
                text: qsTr("Clear")
                flat: true
                onClicked: { jsonEdit.text = ""; root.syncFromJson(); root.workspace.applyFilter("") }
            }
            Button {
                text: qsTr("Apply filter")
                highlighted: true
                enabled: root.problem.length === 0 && root.workspace !== null
                         && jsonEdit.text.trim() !== root.workspace.appliedFilter.trim()
                onClicked: root.problem = root.workspace.applyFilter(jsonEdit.text)
            }
        }
    }
}
