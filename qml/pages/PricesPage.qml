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
        title: qsTr("Prices")
        explanation: qsTr("The Predikt VWAP price board and your billing balance appear here.")
    }
}
