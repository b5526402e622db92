pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// One tweet in the timeline: author, type, time, source badge, latency and the text.
// Everything here came from the network: every label is plain text, never rich text, so a
// tweet cannot inject markup, style itself or load an image.
Rectangle {
    id: root
    required property int index
    required property string tweetId
    required property string author
    required property string tweetText
    required property string tweetType
    required property string sourceKind
    required property string sourceName
    required property string sourceKey
    required property double latencyMs
    required property double deliveryMs
    required property string timeText
    required property string link

    /// A narrow timeline: no room for the Copy link and Details buttons.
    readonly property bool compact: width < 560

    /// The user asked for the full record.
    signal detailsRequested(string sourceKey, string tweetId)

    function latencyColor(ms) {
        return ms < 0 ? Theme.muted : ms < 1000 ? Theme.up : ms < 3000 ? Theme.warning : Theme.down
    }

    implicitHeight: content.implicitHeight + 2 * Theme.spacing
    color: hover.hovered ? Theme.surface : Theme.surfaceRaised
    border.color: Theme.border
    radius: Theme.radius

    HoverHandler { id: hover }
    TapHandler { onTapped: root.detailsRequested(root.sourceKey, root.tweetId) }

    ColumnLayout {
        id: content
        anchors.fill: parent
        anchors.margins: Theme.spacing
        anchors.leftMargin: Theme.padding
        spacing: 2

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                objectName: "tweetAuthor"
                text: "@" + root.author
                textFormat: Text.PlainText
                font.bold: true
                elide: Text.ElideRight
                // shorter in a narrow timeline, so that the badge and latency stay inside
                Layout.maximumWidth: root.compact ? 92 : 220
            }
            Label {
                visible: root.tweetType.length > 0 && root.tweetType !== "original"
                text: root.tweetType
                textFormat: Text.PlainText
                color: Theme.muted
                font.pixelSize: Theme.fontSmall
                font.italic: true
            }
            Label {
                text: root.timeText
                textFormat: Text.PlainText
                color: Theme.muted
                font.pixelSize: Theme.fontSmall
                font.family: Theme.monoFamily
            }
            Item { Layout.fillWidth: true }
            SourceBadge {
                kind: root.sourceKind
                name: root.sourceName
                // its own width while there is room; in a narrow timeline it elides before
                // the latency is pushed out ("#ethereum-mentions" at 960 px in German)
                Layout.fillWidth: true
                Layout.maximumWidth: implicitWidth
                Layout.minimumWidth: Math.min(implicitWidth, 56)
            }
            Label {
                text: root.latencyMs < 0 ? qsTr("— ms") : qsTr("%1 ms").arg(root.latencyMs)
                color: root.latencyColor(root.latencyMs)
                font.pixelSize: Theme.fontSmall
                font.family: Theme.monoFamily
                horizontalAlignment: Text.AlignRight
                Layout.preferredWidth: root.compact ? 52 : 60
                ToolTip.visible: latencyHover.hovered
                ToolTip.text: root.deliveryMs < 0
                              ? qsTr("Provider latency (latency_ms)")
                              : qsTr("Provider latency (latency_ms); delivered %1 ms after detection").arg(root.deliveryMs)
                HoverHandler { id: latencyHover }
            }
            ToolButton {
                objectName: "copyLinkButton"
                // a narrow timeline keeps it in the details (a click on the tweet opens them)
                visible: !root.compact
                text: qsTr("Copy link")
                font.pixelSize: Theme.fontSmall
                font.capitalization: Font.MixedCase
                implicitHeight: 26
                onClicked: TweetsWorkspace.copyToClipboard(root.link)
                ToolTip.visible: hovered
                ToolTip.text: root.link
            }
            ToolButton {
                visible: !root.compact
                text: qsTr("Details")
                font.pixelSize: Theme.fontSmall
                font.capitalization: Font.MixedCase
                implicitHeight: 26
                onClicked: root.detailsRequested(root.sourceKey, root.tweetId)
            }
        }
        Label {
            objectName: "tweetText"
            Layout.fillWidth: true
            Layout.rightMargin: Theme.padding
            text: root.tweetText
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            maximumLineCount: 6
            elide: Text.ElideRight
            font.pixelSize: Theme.fontBody + 1
            lineHeight: 1.1
        }
    }
}
