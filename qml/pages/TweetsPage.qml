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
        title: qsTr("Tweets")
        explanation: qsTr("The tweet timeline from your stream monitors and filter rules appears here.")
    }
}
