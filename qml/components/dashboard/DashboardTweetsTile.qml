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
        Row {
            id: bars
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 2
            readonly property var buckets: root.snapshot.buckets || []
            readonly property int peak: Math.max(1, Math.max.apply(null, buckets.length ? buckets : [1]))
            Repeater {
                model: bars.buckets
                Item {
                    id: bar
                    required property int modelData
                    width: (bars.width - 2 * 29) / 30
                    height: bars.height
                    Rectangle {
                        anchors.bottom: parent.bottom
                        width: parent.width
                        height: Math.max(1, parent.height * bar.modelData / bars.peak)
                        color: Theme.info
                        radius: 1
                    }
                }
            }
        }
        Label { text: qsTr("last 30 minutes"); color: Theme.muted; font.pixelSize: Theme.fontSmall }
    }
}
