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
        title: qsTr("Streams")
        explanation: qsTr("Live Allium blockchain records (blocks, transactions, logs, DEX trades) with filters, record rate and gap detection appear here.")
    }
}
