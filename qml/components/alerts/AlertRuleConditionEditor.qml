pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// One condition of a composite rule: its kind, scope and parameters (the same fields as a
// plain rule's, AlertRuleParameterFields). load(condition) / collect() in the rules file's
// field names.
Frame {
    id: root
    /// 1-based position; in a sequence it is the step.
    property int number: 1
    property bool sequence: false
    property bool removable: true
    /// The kinds a condition can have (every kind but composite), as AlertCenter.ruleKinds().
    property var kinds: []
    readonly property var kindInfo: kinds.find(k => k.id === kindBox.currentValue) || ({ id: "", parameters: [], defaultMetric: "" })
    signal removeRequested()

    function load(c) {
        kindBox.currentIndex = Math.max(0, kinds.findIndex(k => k.id === c.kind))
        fields.load(c)
    }
    function collect() {
        return Object.assign({ "kind": kindBox.currentValue }, fields.collect())
    }

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 6

        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                font.bold: true
                text: root.sequence ? (root.number === 1 ? qsTr("Step %1: first").arg(root.number)
                                                          : qsTr("Step %1: then, within the time below").arg(root.number))
                                    : qsTr("Condition %1").arg(root.number)
            }
            Button {
                objectName: "removeCondition"
                text: qsTr("Remove")
                flat: true
                enabled: root.removable
                onClicked: root.removeRequested()
            }
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.padding
            Label { text: qsTr("Kind") }
            FitComboBox {
                id: kindBox
                objectName: "conditionKind"
                Layout.fillWidth: true
                model: root.kinds
                textRole: "label"
                valueRole: "id"
            }
        }
        AlertRuleParameterFields {
            id: fields
            Layout.fillWidth: true
            kindInfo: root.kindInfo
            ownBarField: true
        }
    }
}
