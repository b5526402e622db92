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
        title: qsTr("Markets")
        explanation: qsTr("Conyr candlestick charts with volume, the trades tape and your channel subscriptions appear here.")
    }
}
