pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// Tweets per minute now, and per minute over the last half hour.
Item {
    id: root
    readonly property var snapshot: DashboardFeed.revision >= 0 ? DashboardFeed.tweets() : ({})
    readonly property bool ready: snapshot.total > 0
    readonly property string shownSubject: ""

    DashboardWaiting {
        visible: !root.ready
        what: qsTr("tweets")
    }
    ColumnLayout {
        anchors.fill: parent
        visible: root.ready
        spacing: 4
        RowLayout {
            spacing: Theme.spacing
            Label { text: root.snapshot.perMinute; font.pixelSize: 28; font.bold: true }
            Label { text: qsTr("per minute"); color: Theme.muted }
            Item { Layout.fillWidth: true }
            Label { text: qsTr("%1 in total").arg(root.snapshot.total); color: Theme.muted; font.pixelSize: Theme.fontSmall }
        }
        // One canvas for the 30 bars: a new snapshot repaints it once instead of re-creating
        // thirty items.
        Canvas {
            id: bars
            Layout.fillWidth: true
            Layout.fillHeight: true
            readonly property var buckets: root.snapshot.buckets || []
            onBucketsChanged: requestPaint()
            onWidthChanged: requestPaint()
            onHeightChanged: requestPaint()
            onPaint: {
                const ctx = getContext("2d")
                ctx.reset()
                const v = bars.buckets
                if (v.length === 0)
                    return
                const peak = Math.max(1, Math.max.apply(null, v))
                const gap = 2
                const w = Math.max(1, (width - gap * (v.length - 1)) / v.length)
                ctx.fillStyle = Theme.info
                for (let i = 0; i < v.length; ++i) {
                    const h = Math.max(1, height * v[i] / peak)
                    ctx.fillRect(i * (w + gap), height - h, w, h)
                }
            }
        }
        Label { text: qsTr("last 30 minutes"); color: Theme.muted; font.pixelSize: Theme.fontSmall }
    }
}
