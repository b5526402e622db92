import QtQuick
import QtQuick.Controls
import Tidewatch

// A small coloured label for a severity ("info", "warning", "critical").
Rectangle {
    id: root
    property string severity: "warning"
    readonly property var labels: ({ "info": qsTr("Info"), "warning": qsTr("Warning"), "critical": qsTr("Critical") })

    implicitWidth: label.implicitWidth + 12
    implicitHeight: label.implicitHeight + 4
    radius: height / 2
    color: Qt.rgba(Theme.severityColor(severity).r, Theme.severityColor(severity).g, Theme.severityColor(severity).b, 0.15)
    border.color: Theme.severityColor(severity)

    Label {
        id: label
        anchors.centerIn: parent
        text: root.labels[root.severity] || root.severity
        color: Theme.severityColor(root.severity)
        font.pixelSize: Theme.fontSmall
        font.bold: true
    }
}
