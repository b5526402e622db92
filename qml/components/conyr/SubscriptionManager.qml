pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// The count against the tier's cap, the button that opens the catalog picker, and the list of
// channels with rate, age, drops, mute and remove.
Rectangle {
    id: root
    property SubscriptionModel model
    property int activeCount: 0
    property int cap: 50
    property string tierLabel
    property var tokens: []
    property var streamedIntervals: []
    property var variants: []
    property ConyrCatalogModel catalog
    property var preview: function(entryId, subject, view, interval) { return ({}) }
    readonly property alias picker: picker

    signal catalogAddRequested(string entryId, string subject, string view, string interval)
    signal nameAddRequested(string name)
    signal removeRequested(string channel)
    signal muteRequested(string channel, bool muted)
    signal chartRequested(string mint, string interval)

    color: Theme.surfaceRaised
    border.color: Theme.border
    radius: Theme.radius

    function openPicker() {
        picker.open()
    }

    ChannelPicker {
        id: picker
        objectName: "channelPicker"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: parent ? Math.min(parent.width - 40, 820) : 820
        height: parent ? Math.min(parent.height - 60, 560) : 560
        catalog: root.catalog
        tokens: root.tokens
        streamedIntervals: root.streamedIntervals
        variants: root.variants
        preview: root.preview
        onSubscribeRequested: (entryId, subject, view, interval) => root.catalogAddRequested(entryId, subject, view, interval)
        onNameRequested: name => root.nameAddRequested(name)
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: 6

        // The title and count, and the button that opens the picker.
        GridLayout {
            Layout.fillWidth: true
            columns: 2
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
                Button {
                    objectName: "addChannelButton"
                    text: qsTr("Add channel…")
                    highlighted: true
                    enabled: root.cap < 0 || root.activeCount < root.cap
                    onClicked: root.openPicker()
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Pick from Conyr's channel catalog: trades, ticks, candles, wallet and security channels")
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
            text: qsTr("No channels yet: add one from the catalog.")
            color: Theme.muted
        }
    }
}
