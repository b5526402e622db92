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
        title: qsTr("Dashboard")
        explanation: qsTr("Tiles you choose — prices, candles, blocks, tweets per minute, billing and connection health — appear here once the dashboard is set up.")
    }
}
