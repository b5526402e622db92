pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// The home page: tiles the user adds, removes and arranges (persisted), over every feed.
Pane {
    id: page
    /// True once the page shows live data: a connection is open and a tile has data.
    property bool live: ConnectionRegistry.openCount > 0 && DashboardFeed.revision > 0
    /// The tiles (for tests and the screenshot check).
    readonly property alias tiles: tileRepeater

    readonly property var tileFiles: ({
        "price": "../components/dashboard/DashboardPriceTile.qml",
        "candles": "../components/dashboard/DashboardCandleTile.qml",
        "blocks": "../components/dashboard/DashboardBlocksTile.qml",
        "tweets": "../components/dashboard/DashboardTweetsTile.qml",
        "balance": "../components/dashboard/DashboardBalanceTile.qml",
        "health": "../components/dashboard/DashboardHealthTile.qml",
        "alerts": "../components/dashboard/DashboardAlertsTile.qml"
    })

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Dashboard")
            subtitle: qsTr("%1 of %n connection(s) open", "", ConnectionRegistry.count).arg(ConnectionRegistry.openCount)
                      + (AlertCenter.unacknowledgedCount > 0 ? " · " + qsTr("%n unacknowledged alert(s)", "", AlertCenter.unacknowledgedCount) : "")
            Button {
                objectName: "addTileButton"
                text: qsTr("Add tile")
                onClicked: addMenu.popup()
                FitMenu {
                    id: addMenu
                    Repeater {
                        model: DashboardLayout.tileTypes()
                        MenuItem {
                            required property var modelData
                            text: modelData.title + " — " + modelData.description
                            onTriggered: DashboardLayout.addTile(modelData.type)
                        }
                    }
                }
            }
            Button {
                flat: true
                text: qsTr("Reset layout")
                onClicked: DashboardLayout.resetToDefault()
            }
        }

        Label {
            Layout.fillWidth: true
            visible: DashboardLayout.loadProblem.length > 0
            text: DashboardLayout.loadProblem // what of the saved layout could not be read
            color: Theme.warning
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
        }
        Label {
            Layout.fillWidth: true
            visible: DashboardLayout.saveProblem.length > 0
            text: DashboardLayout.saveProblem // says what failed (disk full, read-only) and that the last saved version is kept
            color: Theme.warning
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
        }

        EmptyState {
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: 80
            visible: DashboardLayout.count === 0
            title: qsTr("An empty dashboard")
            explanation: qsTr("Add tiles for prices, candles, blocks, tweets per minute, billing, connection health and alerts.")
            actionText: qsTr("Restore the default tiles")
            onActionTriggered: DashboardLayout.resetToDefault()
        }

        ScrollView {
            id: scroller
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            clip: true

            GridLayout {
                id: grid
                width: scroller.availableWidth
                columns: width > 1100 ? 3 : (width > 640 ? 2 : 1)
                columnSpacing: Theme.padding
                rowSpacing: Theme.padding

                Repeater {
                    id: tileRepeater
                    model: DashboardLayout
                    DashboardTile {
                        id: tile
                        Layout.fillWidth: true
                        Layout.columnSpan: Math.min(grid.columns, tile.wide ? 2 : 1)
                        Layout.preferredWidth: Layout.columnSpan
                        Layout.preferredHeight: 250
                        shownSubject: loader.item ? loader.item.shownSubject : ""
                        Loader {
                            id: loader
                            anchors.fill: parent
                            source: page.tileFiles[tile.type] || ""
                            onLoaded: if (item.hasOwnProperty("subject")) item.subject = Qt.binding(() => tile.subject)
                        }
                    }
                }
            }
        }
    }
}
