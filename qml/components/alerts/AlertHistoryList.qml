pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// The alert history, newest first, with acknowledge per alert.
ListView {
    id: root
    property bool unacknowledgedOnly: false

    clip: true
    spacing: 2
    model: AlertCenter.history
    ScrollBar.vertical: ScrollBar {}

    delegate: Rectangle {
        id: row
        required property string alertId
        required property string ruleName
        required property string severity
        required property string subject
        required property string message
        required property string time
        required property string provider
        required property bool acknowledged
        required property string actionText
        required property var context
        required property int contextCount
        required property bool contextTruncated
        /// Details open: the events before the alert that touch its subject.
        property bool expanded: false

        width: root.width
        visible: !root.unacknowledgedOnly || !row.acknowledged
        height: visible ? content.implicitHeight + 12 : 0
        color: row.acknowledged ? "transparent" : Qt.rgba(Theme.severityColor(row.severity).r, Theme.severityColor(row.severity).g,
                                                          Theme.severityColor(row.severity).b, 0.08)
        radius: Theme.radius

        Rectangle {
            width: 4
            height: parent.height
            radius: 2
            color: Theme.severityColor(row.severity)
            opacity: row.acknowledged ? 0.35 : 1
        }
        RowLayout {
            id: content
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            anchors.leftMargin: 12
            anchors.rightMargin: 4
            spacing: Theme.spacing
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 1
                Label {
                    Layout.fillWidth: true
                    text: row.message
                    font.bold: !row.acknowledged
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    textFormat: Text.PlainText
                }
                Label {
                    // what the rule's actions did: "paused 3 optional subscriptions"
                    objectName: "actionText"
                    Layout.fillWidth: true
                    visible: row.actionText.length > 0
                    text: "→ " + row.actionText
                    color: Theme.info
                    font.pixelSize: Theme.fontSmall
                    elide: Text.ElideRight
                    textFormat: Text.PlainText
                }
                Label {
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                    text: [row.time, row.ruleName, row.provider].filter(s => s.length > 0).join(" · ")
                    color: Theme.muted
                    font.pixelSize: Theme.fontSmall
                    textFormat: Text.PlainText
                }
                ColumnLayout {
                    // What happened before: every provider's events about the subject, oldest first.
                    objectName: "alertContext"
                    Layout.fillWidth: true
                    Layout.topMargin: 4
                    visible: row.expanded
                    spacing: 1
                    Label {
                        text: qsTr("Before the alert")
                        font.bold: true
                        font.pixelSize: Theme.fontSmall
                    }
                    Repeater {
                        model: row.expanded ? row.context : []
                        delegate: Label {
                            required property var modelData
                            Layout.fillWidth: true
                            text: [modelData.timeText, modelData.beforeText, modelData.provider, modelData.subject, modelData.text]
                                  .filter(s => s && s.length > 0).join(" · ")
                            wrapMode: Text.Wrap
                            maximumLineCount: 3
                            elide: Text.ElideRight
                            textFormat: Text.PlainText
                            font.pixelSize: Theme.fontSmall
                        }
                    }
                    Label {
                        visible: row.contextTruncated
                        text: qsTr("(older events left out)")
                        color: Theme.muted
                        font.pixelSize: Theme.fontSmall
                    }
                }
            }
            ToolButton {
                objectName: "alertContextButton"
                visible: row.contextCount > 0
                text: row.expanded ? qsTr("Hide context") : qsTr("Context (%1)").arg(row.contextCount + (row.contextTruncated ? "+" : ""))
                onClicked: row.expanded = !row.expanded
                ToolTip.visible: hovered
                ToolTip.text: qsTr("The events before this alert that touch its subject, from every provider.")
            }
            Button {
                visible: !row.acknowledged
                flat: true
                text: qsTr("Acknowledge")
                onClicked: AlertCenter.acknowledge(row.alertId)
            }
            Label {
                visible: row.acknowledged
                text: qsTr("acknowledged")
                color: Theme.muted
                font.pixelSize: Theme.fontSmall
            }
        }
    }
}
