pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// The channel picker (token + kind + variant + interval), the count against the tier's
// cap, and the list of channels with rate, age, drops, mute and remove.
Rectangle {
    id: root
    property SubscriptionModel model
    property int activeCount: 0
    property int cap: 50
    property string tierLabel
    property var tokens: []
    property var streamedIntervals: []
    property var variants: []

    signal addRequested(string mint, string kind, string variant, string interval)
    signal removeRequested(string channel)
    signal muteRequested(string channel, bool muted)
    signal chartRequested(string mint, string interval)

    color: Theme.surfaceRaised
    border.color: Theme.border
    radius: Theme.radius

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: 6

        // The title and the channel picker side by side; in a narrow window the picker goes
        // below the title instead of past the right edge.
        GridLayout {
            Layout.fillWidth: true
            columns: root.width >= 1100 ? 2 : 1
            columnSpacing: Theme.spacing
            rowSpacing: 2
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Label {
                    text: qsTr("Subscriptions")
                    font.bold: true
                }
                Label {
                    text: root.cap < 0 ? qsTr("%1 channels (%2: no cap)").arg(root.activeCount).arg(root.tierLabel)
                                       : qsTr("%1/%2 channels (%3)").arg(root.activeCount).arg(root.cap).arg(root.tierLabel)
                    color: root.cap >= 0 && root.activeCount >= root.cap ? Theme.warning : Theme.muted
                    textFormat: Text.PlainText
                }
                ProgressBar {
                    visible: root.cap > 0
                    Layout.preferredWidth: 90
                    from: 0
                    to: Math.max(1, root.cap)
                    value: root.activeCount
                }
                Item { Layout.fillWidth: true }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Item { Layout.fillWidth: true }
                ComboBox {
                    id: token
                    Layout.preferredWidth: 200
                    editable: true
                    model: root.tokens
                    textRole: "symbol"
                    valueRole: "mint"
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Pick a token or paste its mint address")
                    function mint() {
                        const i = find(editText)
                        return i >= 0 ? root.tokens[i].mint : editText.trim()
                    }
                }
                ComboBox {
                    id: kind
                    Layout.preferredWidth: 110
                    model: [qsTr("trades"), qsTr("candles"), qsTr("ticks")]
                }
                ComboBox {
                    id: variant
                    visible: kind.currentIndex === 1
                    Layout.preferredWidth: 100
                    model: root.variants
                }
                ComboBox {
                    id: interval
                    visible: kind.currentIndex === 1
                    Layout.preferredWidth: 76
                    model: root.streamedIntervals
                    currentIndex: 1
                }
                Button {
                    text: qsTr("Subscribe")
                    highlighted: true
                    enabled: token.editText.trim().length > 0 && (root.cap < 0 || root.activeCount < root.cap)
                    onClicked: root.addRequested(token.mint(), kind.currentIndex === 1 ? "ohlcv" : (kind.currentIndex === 2 ? "ticks" : "trades"),
                                                 variant.currentText, interval.currentText)
                }
            }
        }
        Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: root.model
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            delegate: ChannelRow {
                id: row
                required property string mint
                width: list.width
                onMuteToggled: muted => root.muteRequested(row.channel, muted)
                onRemoveClicked: root.removeRequested(row.channel)
                onChartClicked: root.chartRequested(row.mint, row.kind === "ohlcv" ? row.interval : "")
            }
        }
        Label {
            visible: list.count === 0
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("No channels yet: pick a token and subscribe to its trades or candles.")
            color: Theme.muted
        }
    }
}
