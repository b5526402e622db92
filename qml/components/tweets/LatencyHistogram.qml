pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// Latency of the recent tweets: the provider's latency_ms and this app's delivery latency
// (receive time − detected_at), bucket by bucket, with medians and 95th percentiles.
ColumnLayout {
    id: root
    required property TweetLatencyModel histogram

    spacing: 4

    function ms(value) { return value < 0 ? "—" : qsTr("%1 ms").arg(value) }

    RowLayout {
        Layout.fillWidth: true
        Label { text: qsTr("Latency"); font.bold: true; Layout.fillWidth: true }
        Label {
            text: qsTr("last %Ln tweet(s)", "", root.histogram.samples)
            color: Theme.muted
            font.pixelSize: Theme.fontSmall
        }
    }
    RowLayout {
        spacing: Theme.padding
        Rectangle { width: 10; height: 10; radius: 2; color: Theme.info }
        Label {
            text: qsTr("Provider: median %1, p95 %2").arg(root.ms(root.histogram.providerP50)).arg(root.ms(root.histogram.providerP95))
            font.pixelSize: Theme.fontSmall
        }
    }
    RowLayout {
        spacing: Theme.padding
        Rectangle { width: 10; height: 10; radius: 2; color: Theme.up }
        Label {
            text: qsTr("Delivery: median %1, p95 %2").arg(root.ms(root.histogram.deliveryP50)).arg(root.ms(root.histogram.deliveryP95))
            font.pixelSize: Theme.fontSmall
        }
    }
    Repeater {
        model: root.histogram
        delegate: RowLayout {
            id: bucket
            required property string label
            required property int providerCount
            required property int deliveryCount
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                text: bucket.label
                Layout.preferredWidth: 84
                horizontalAlignment: Text.AlignRight
                font.pixelSize: Theme.fontSmall
                font.family: Theme.monoFamily
                color: Theme.muted
            }
            Item {
                id: track
                Layout.fillWidth: true
                implicitHeight: 16
                Rectangle {
                    y: 0
                    height: 7
                    width: Math.max(bucket.providerCount > 0 ? 2 : 0,
                                    track.width * bucket.providerCount / Math.max(1, root.histogram.providerMax))
                    radius: 2
                    color: Theme.info
                }
                Rectangle {
                    y: 9
                    height: 7
                    width: Math.max(bucket.deliveryCount > 0 ? 2 : 0,
                                    track.width * bucket.deliveryCount / Math.max(1, root.histogram.deliveryMax))
                    radius: 2
                    color: Theme.up
                }
            }
            Label {
                text: bucket.providerCount + " / " + bucket.deliveryCount
                color: Theme.muted
                Layout.preferredWidth: 74
                horizontalAlignment: Text.AlignRight
                font.pixelSize: Theme.fontSmall
                font.family: Theme.monoFamily
            }
        }
    }
}
