pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// One symbol on the price board.
Rectangle {
    id: root
    required property string symbol
    required property real price
    required property bool hasPrice
    required property real changeSinceSubscribe
    required property real changeHour
    required property int hourCoverageMinutes
    required property var sparkline
    required property string source
    required property var ageMs
    required property bool stale
    required property bool live
    required property int updates
    required property int index

    /// A narrow board: only symbol, price, change since subscribe and the remove button
    /// (PriceBoardHeader.compact must match).
    property bool compact: false

    signal removeRequested(string symbol)

    implicitHeight: 52
    color: index % 2 === 0 ? "transparent" : Theme.surface
    radius: Theme.radius

    function changeColour(v) {
        return v > 0 ? Theme.up : v < 0 ? Theme.down : Theme.muted
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacing

        RowLayout {
            Layout.preferredWidth: 120
            Layout.fillWidth: root.compact
            spacing: 6
            Rectangle {
                width: 8; height: 8; radius: 4
                color: root.stale ? Theme.warning : root.live ? Theme.up : Theme.muted
                ToolTip.visible: dotArea.containsMouse
                ToolTip.text: root.stale ? qsTr("No update for more than two intervals")
                                         : root.live ? qsTr("Subscribed") : qsTr("Waiting for the subscription")
                MouseArea { id: dotArea; anchors.fill: parent; hoverEnabled: true }
            }
            Label {
                text: root.symbol
                font.bold: true
                font.pixelSize: Theme.fontBody + 2
                textFormat: Text.PlainText
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
        Label {
            objectName: "priceLabel"
            Layout.preferredWidth: 120
            horizontalAlignment: Text.AlignRight
            text: root.hasPrice ? PriceFormat.price(root.price) : "—"
            font.family: Theme.monoFamily
            font.pixelSize: Theme.fontBody + 2
            opacity: root.stale ? 0.55 : 1
            textFormat: Text.PlainText
        }
        Label {
            Layout.preferredWidth: 100
            horizontalAlignment: Text.AlignRight
            text: root.hasPrice ? PriceFormat.percent(root.changeSinceSubscribe) : "—"
            color: root.changeColour(root.changeSinceSubscribe)
            font.family: Theme.monoFamily
            textFormat: Text.PlainText
        }
        ColumnLayout {
            objectName: "hourColumn"
            visible: !root.compact
            Layout.preferredWidth: 80
            Layout.maximumWidth: 80
            spacing: 0
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignRight
                text: root.hasPrice ? PriceFormat.percent(root.changeHour) : "—"
                color: root.changeColour(root.changeHour)
                font.family: Theme.monoFamily
                textFormat: Text.PlainText
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignRight
                visible: root.hasPrice && root.hourCoverageMinutes < 60
                text: root.hourCoverageMinutes < 1 ? qsTr("over < 1 min") : qsTr("over %1 min").arg(root.hourCoverageMinutes)
                color: Theme.muted
                font.pixelSize: Theme.fontSmall - 1
                textFormat: Text.PlainText
            }
        }
        Sparkline {
            visible: !root.compact
            Layout.fillWidth: true
            Layout.minimumWidth: 80
            Layout.preferredHeight: 36
            Layout.leftMargin: Theme.spacing
            points: root.sparkline
        }
        Label {
            visible: !root.compact
            Layout.preferredWidth: 50
            text: root.source.length > 0 ? root.source.toUpperCase() : "—"
            color: Theme.muted
            font.pixelSize: Theme.fontSmall
            textFormat: Text.PlainText
        }
        Label {
            objectName: "ageLabel"
            visible: !root.compact
            Layout.preferredWidth: 90
            text: root.stale ? qsTr("stale · %1").arg(PriceFormat.age(root.ageMs)) : PriceFormat.age(root.ageMs)
            color: root.stale ? Theme.warning : Theme.muted
            font.pixelSize: Theme.fontSmall
            font.bold: root.stale
            elide: Text.ElideRight
            textFormat: Text.PlainText
        }
        ToolButton {
            objectName: "removeButton"
            Layout.preferredWidth: 32
            text: "✕"
            font.pixelSize: Theme.fontSmall
            onClicked: root.removeRequested(root.symbol)
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Unsubscribe from %1").arg(root.symbol)
            Accessible.name: qsTr("Remove %1").arg(root.symbol)
        }
    }
}
