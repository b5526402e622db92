import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

Pane {
    id: page
    /// True once the page shows live data.
    property bool live: false

    EmptyState {
        anchors.centerIn: parent
        title: qsTr("Alerts")
        explanation: qsTr("Alert rules over every feed, their history and notifications appear here.")
    }
}
