pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// Per-monitor and per-rule counters: tweets, tweets per minute and latency. Clicking a
// source filters the timeline to it.
ColumnLayout {
    id: root
    required property TweetSourceStatsModel stats
    /// The source key the timeline is filtered to ("" for all).
    property string selectedKey: ""
    signal sourceClicked(string sourceKey)

    spacing: 4

    RowLayout {
        Layout.fillWidth: true
        Label { text: qsTr("Sources"); font.bold: true; Layout.fillWidth: true }
        Label {
            text: qsTr("%Ln tweet(s) · %1/min", "", root.stats.totalTweets).arg(root.stats.totalPerMinute)
            color: Theme.muted
            font.pixelSize: Theme.fontSmall
        }
    }
    RowLayout {
        Layout.fillWidth: true
        Layout.leftMargin: 4 // as the rows' padding
        Layout.rightMargin: 4
        spacing: Theme.spacing
        Label { text: qsTr("Monitor / rule"); Layout.fillWidth: true; color: Theme.muted; font.pixelSize: Theme.fontSmall }
        Label { text: qsTr("Tweets"); Layout.preferredWidth: 44; horizontalAlignment: Text.AlignRight; color: Theme.muted; font.pixelSize: Theme.fontSmall }
        Label { text: qsTr("/min"); Layout.preferredWidth: 32; horizontalAlignment: Text.AlignRight; color: Theme.muted; font.pixelSize: Theme.fontSmall }
        Label { text: qsTr("Provider"); Layout.preferredWidth: 60; horizontalAlignment: Text.AlignRight; color: Theme.muted; font.pixelSize: Theme.fontSmall }
        Label { text: qsTr("Delivery"); Layout.preferredWidth: 56; horizontalAlignment: Text.AlignRight; color: Theme.muted; font.pixelSize: Theme.fontSmall }
    }
    ListView {
        id: list
        Layout.fillWidth: true
        Layout.preferredHeight: Math.min(contentHeight, 8 * 30)
        clip: true
        interactive: contentHeight > height
        model: root.stats
        delegate: ItemDelegate {
            id: row
            required property string sourceKey
            required property string kind
            required property string name
            required property double tweets
            required property int perMinute
            required property double providerLatencyMs
            required property double deliveryLatencyMs
            width: list.width
            height: 30
            highlighted: root.selectedKey === sourceKey
            onClicked: root.sourceClicked(root.selectedKey === sourceKey ? "" : sourceKey)
            leftPadding: 4
            rightPadding: 4
            contentItem: RowLayout {
                spacing: Theme.spacing
                SourceBadge {
                    kind: row.kind
                    name: row.name
                    // the badge elides before the numbers are pushed out of a narrow panel
                    Layout.fillWidth: true
                    Layout.minimumWidth: 60
                    Layout.maximumWidth: Math.min(implicitWidth, 160)
                }
                Item { Layout.fillWidth: true }
                Label {
                    text: row.tweets
                    Layout.preferredWidth: 44
                    horizontalAlignment: Text.AlignRight
                    font.family: Theme.monoFamily
                }
                Label {
                    text: row.perMinute
                    Layout.preferredWidth: 32
                    horizontalAlignment: Text.AlignRight
                    font.family: Theme.monoFamily
                }
                Label {
                    text: row.providerLatencyMs < 0 ? "—" : qsTr("%1 ms").arg(Math.round(row.providerLatencyMs))
                    Layout.preferredWidth: 60
                    horizontalAlignment: Text.AlignRight
                    font.family: Theme.monoFamily
                    color: Theme.muted
                }
                Label {
                    text: row.deliveryLatencyMs < 0 ? "—" : qsTr("%1 ms").arg(Math.round(row.deliveryLatencyMs))
                    Layout.preferredWidth: 56
                    horizontalAlignment: Text.AlignRight
                    font.family: Theme.monoFamily
                    color: Theme.muted
                }
            }
        }
    }
    Label {
        visible: list.count === 0
        text: qsTr("No tweets yet: counters appear as monitors and rules deliver.")
        color: Theme.muted
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
}
