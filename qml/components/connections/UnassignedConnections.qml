pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// Connections that belong to no profile (e.g. opened by a tool without one), so that every
// live connection is on the Connections page.
ColumnLayout {
    id: others
    /// How many rows are shown.
    property int shown: 0

    function recount() {
        let n = 0
        for (let i = 0; i < rows.count; ++i) {
            const item = rows.itemAt(i)
            if (item !== null && item.unassigned)
                ++n
        }
        shown = n
    }

    spacing: Theme.spacing / 2

    Connections {
        target: ProfileStore
        function onCountChanged() { Qt.callLater(others.recount) }
    }
    Connections {
        target: ConnectionRegistry
        function onCountChanged() { Qt.callLater(others.recount) }
    }
    Item {
        Layout.preferredHeight: Theme.spacing
        visible: others.shown > 0
    }
    Label {
        visible: others.shown > 0
        text: qsTr("Other connections")
        font.bold: true
        textFormat: Text.PlainText
    }
    Repeater {
        id: rows
        model: ConnectionRegistry
        onItemAdded: Qt.callLater(others.recount)
        onItemRemoved: Qt.callLater(others.recount)
        delegate: ConnectionRow {
            objectName: "otherConnection"
            // ProfileStore.count makes this re-evaluate when profiles come and go.
            readonly property bool unassigned: ProfileStore.count >= 0 && ProfileStore.get(profileId).id === undefined
            visible: unassigned
            Layout.fillWidth: true
        }
    }
}
