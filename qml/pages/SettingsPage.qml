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
        title: qsTr("Settings")
        explanation: qsTr("Language, theme and key storage settings appear here.")
    }
}
