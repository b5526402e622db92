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
        title: qsTr("API Console")
        explanation: qsTr("Compose Allium API requests, send them over one WebSocket and inspect the responses here.")
    }
}
