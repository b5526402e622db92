pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// The trades tape: time, side, price and size, newest on top, coloured by side.
Rectangle {
    id: root
    property TradeTapeModel model
    property bool showSymbol: false

    // The app's one number format: the same text as the chart, Prices and the dashboard.
    function formatPrice(p) { return NumberFormat.price(p) }
    function formatSize(s) { return NumberFormat.amount(s) }

    color: Theme.surfaceRaised
    border.color: Theme.border
    radius: Theme.radius

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 1
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
            Layout.topMargin: 6
            Layout.bottomMargin: 6
            spacing: Theme.spacing
            Label { text: qsTr("Time"); color: Theme.muted; font.pixelSize: Theme.fontSmall; Layout.preferredWidth: 84 }
            Label { visible: root.showSymbol; text: qsTr("Token"); color: Theme.muted; font.pixelSize: Theme.fontSmall; Layout.preferredWidth: 44 }
            Label { text: qsTr("Side"); color: Theme.muted; font.pixelSize: Theme.fontSmall; Layout.preferredWidth: 34 }
            Label { text: qsTr("Price"); color: Theme.muted; font.pixelSize: Theme.fontSmall; Layout.fillWidth: true; horizontalAlignment: Text.AlignRight }
            Label { text: qsTr("Size"); color: Theme.muted; font.pixelSize: Theme.fontSmall; Layout.preferredWidth: 64; horizontalAlignment: Text.AlignRight }
        }
        Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }

        // Paused: the rows stay put; what arrives meanwhile is counted and shown on resume.
        Rectangle {
            objectName: "tapePausedBar"
            visible: root.model !== null && root.model.paused
            Layout.fillWidth: true
            implicitHeight: pausedRow.implicitHeight + 8
            color: Qt.rgba(Theme.info.r, Theme.info.g, Theme.info.b, 0.14)
            RowLayout {
                id: pausedRow
                anchors.fill: parent
                anchors.leftMargin: Theme.spacing
                anchors.rightMargin: 4
                spacing: Theme.spacing
                Label {
                    objectName: "tapePendingLabel"
                    Layout.fillWidth: true
                    text: root.model && root.model.pendingCount > 0
                          ? qsTr("Paused · %n new trade(s)", "", root.model.pendingCount)
                          : qsTr("Paused · new trades wait")
                    elide: Text.ElideRight
                    color: Theme.info
                    font.bold: true
                    font.pixelSize: Theme.fontSmall
                }
                Button {
                    objectName: "tapeResumeButton"
                    text: qsTr("Resume")
                    highlighted: true
                    implicitHeight: 26
                    font.pixelSize: Theme.fontSmall
                    onClicked: root.model.paused = false
                }
            }
        }

        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: root.model
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            delegate: Item {
                id: row
                required property double timestamp
                required property string side
                required property double price
                required property double size
                required property string symbol
                readonly property color sideColor: side === "buy" ? Theme.up : (side === "sell" ? Theme.down : Theme.muted)
                width: list.width
                height: 22
                Rectangle {
                    anchors.fill: parent
                    color: Qt.rgba(row.sideColor.r, row.sideColor.g, row.sideColor.b, 0.07)
                }
                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: Theme.spacing
                    anchors.rightMargin: Theme.spacing
                    spacing: Theme.spacing
                    Label {
                        Layout.preferredWidth: 84
                        text: Qt.formatTime(new Date(row.timestamp), "HH:mm:ss.zzz")
                        font.family: Theme.monoFamily
                        font.pixelSize: Theme.fontSmall
                        color: Theme.muted
                        textFormat: Text.PlainText
                    }
                    Label {
                        visible: root.showSymbol
                        Layout.preferredWidth: 44
                        text: row.symbol
                        elide: Text.ElideRight
                        font.pixelSize: Theme.fontSmall
                        textFormat: Text.PlainText
                    }
                    Label {
                        Layout.preferredWidth: 34
                        text: row.side === "buy" ? qsTr("buy") : row.side === "sell" ? qsTr("sell")
                            : row.side === "swap" ? qsTr("swap") : row.side === "flash_swap" ? qsTr("flash") : qsTr("?")
                        color: row.sideColor
                        font.bold: true
                        font.pixelSize: Theme.fontSmall
                        textFormat: Text.PlainText
                    }
                    Label {
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignRight
                        text: root.formatPrice(row.price)
                        color: row.sideColor
                        font.family: Theme.monoFamily
                        font.pixelSize: Theme.fontSmall
                        textFormat: Text.PlainText
                    }
                    Label {
                        Layout.preferredWidth: 64
                        horizontalAlignment: Text.AlignRight
                        text: root.formatSize(row.size)
                        font.family: Theme.monoFamily
                        font.pixelSize: Theme.fontSmall
                        textFormat: Text.PlainText
                    }
                }
            }
        }
    }
    Label {
        anchors.centerIn: parent
        visible: list.count === 0
        width: parent.width - 2 * Theme.padding
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        text: qsTr("Trades appear here once the token's trades channel is subscribed.")
        color: Theme.muted
        textFormat: Text.PlainText
    }
}
