import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

Pane {
    id: page
    property bool live: ConnectionRegistry.openCount > 0

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Connections")
            subtitle: qsTr("Every live connection with its state and traffic")
        }

        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing
            model: ConnectionRegistry
            delegate: Frame {
                id: row
                required property int index
                required property string name
                required property string url
                required property int connectionState
                required property string stateName
                required property string reason
                required property double messagesIn
                required property double bytesIn
                required property double rate
                required property double lastMessageAgeMs
                required property int roundTripMs
                required property int reconnects
                width: list.width

                RowLayout {
                    anchors.fill: parent
                    spacing: Theme.padding
                    Rectangle {
                        width: 12; height: 12; radius: 6
                        color: Theme.stateColor(row.connectionState)
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Label { text: row.name; font.bold: true; textFormat: Text.PlainText }
                        Label { text: row.url; color: Theme.muted; font.pixelSize: Theme.fontSmall; textFormat: Text.PlainText }
                        Label {
                            visible: row.reason.length > 0
                            text: row.stateName + " — " + row.reason
                            color: Theme.stateColor(row.connectionState)
                            textFormat: Text.PlainText
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                    }
                    Label {
                        text: qsTr("%1 msgs · %2/s · %3 KiB").arg(row.messagesIn).arg(row.rate.toFixed(1)).arg((row.bytesIn / 1024).toFixed(1))
                        font.family: Theme.monoFamily
                    }
                    Label {
                        text: row.lastMessageAgeMs < 0 ? qsTr("no data yet") : qsTr("last %1 s ago").arg((row.lastMessageAgeMs / 1000).toFixed(1))
                        color: Theme.muted
                    }
                    Label {
                        text: row.roundTripMs < 0 ? qsTr("ping —") : qsTr("ping %1 ms").arg(row.roundTripMs)
                        color: Theme.muted
                    }
                    Label { text: qsTr("%n reconnect(s)", "", row.reconnects); color: Theme.muted }
                    Button {
                        text: row.connectionState === 2 || row.connectionState === 1 || row.connectionState === 3 ? qsTr("Disconnect") : qsTr("Connect")
                        onClicked: (row.connectionState === 2 || row.connectionState === 1 || row.connectionState === 3)
                                   ? ConnectionRegistry.disconnectRow(row.index) : ConnectionRegistry.connectRow(row.index)
                    }
                }
            }
        }
    }
}
