pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// The tweet timeline from stream monitors and filter rules: filters, pause with a "N new"
// bar, a tweet's full record, per-source counters and a latency histogram.
Pane {
    id: page
    /// True once the page shows live data.
    property bool live: page.tweets.count > 0

    readonly property TweetTimelineModel tweets: TweetsWorkspace.allTweets
    readonly property TweetFilterModel filtered: TweetsWorkspace.timeline

    function number(n) { return NumberFormat.count(n) }
    /// --page tweets/subscriptions (or tweets/new-monitor, tweets/new-rule): opens a section.
    function showSection(name) {
        page.subscriptionsShown = ["subscriptions", "new-monitor", "new-rule"].indexOf(name) >= 0
        if (name === "new-monitor")
            subscriptionsView.monitorEditor.openNew()
        else if (name === "new-rule")
            subscriptionsView.ruleEditor.openNew()
    }
    property bool subscriptionsShown: false

    // For the window's shortcuts (Find, pause, refresh).
    function focusFilter() {
        page.subscriptionsShown = false
        for (let i = 0; i < filterBar.children.length; ++i) {
            if (filterBar.children[i].objectName === "searchFilter") {
                filterBar.children[i].forceActiveFocus(Qt.ShortcutFocusReason)
                filterBar.children[i].selectAll()
                return
            }
        }
    }
    function togglePause() { page.tweets.paused = !page.tweets.paused }
    function refresh() { TweetsWorkspace.reconnectAll() }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        visible: !page.subscriptionsShown // the models keep filling; only the drawing stops

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Tweets")
            subtitle: TweetsWorkspace.statusText

            Label {
                text: page.filtered.active
                      ? qsTr("%1 of %Ln tweet(s) shown", "", page.tweets.count).arg(page.number(page.filtered.count))
                      : qsTr("%Ln tweet(s) (newest %1 kept)", "", page.tweets.count).arg(page.number(page.tweets.capacity))
                color: Theme.muted
            }
            Button {
                objectName: "subscriptionsButton"
                text: qsTr("Monitors and rules…")
                onClicked: page.subscriptionsShown = true
            }
            Button {
                objectName: "pauseButton"
                text: page.tweets.paused ? qsTr("Resume") : qsTr("Pause")
                highlighted: page.tweets.paused
                onClicked: page.tweets.paused = !page.tweets.paused
            }
        }

        Rectangle {
            visible: TweetsWorkspace.hasProblem
            Layout.fillWidth: true
            implicitHeight: problemLabel.implicitHeight + Theme.spacing * 2
            radius: Theme.radius
            color: Qt.rgba(Theme.down.r, Theme.down.g, Theme.down.b, 0.1)
            border.color: Theme.down
            RowLayout {
                anchors.fill: parent
                anchors.margins: Theme.spacing
                Label {
                    id: problemLabel
                    Layout.fillWidth: true
                    text: TweetsWorkspace.statusText
                    textFormat: Text.PlainText
                    wrapMode: Text.WordWrap
                    color: Theme.down
                }
                Button {
                    flat: true
                    text: qsTr("Reconnect")
                    onClicked: TweetsWorkspace.reconnectAll()
                }
            }
        }

        TweetFilterBar {
            id: filterBar
            Layout.fillWidth: true
            filter: page.filtered
            sources: TweetsWorkspace.sourceOptions
            tweetTypes: TweetsWorkspace.tweetTypes
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.padding

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: Theme.spacing

                NewTweetsBar {
                    Layout.fillWidth: true
                    visible: page.tweets.paused
                    paused: page.tweets.paused
                    pendingCount: page.tweets.pendingCount
                    onResumeRequested: page.tweets.paused = false
                }

                ListView {
                    id: timeline
                    objectName: "timeline"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    spacing: 6
                    model: page.filtered
                    reuseItems: true
                    ScrollBar.vertical: ScrollBar {}
                    delegate: TweetDelegate {
                        width: timeline.width - 12
                        onDetailsRequested: (sourceKey, tweetId) => details.show(sourceKey, tweetId)
                    }

                    EmptyState {
                        anchors.centerIn: parent
                        visible: timeline.count === 0
                        title: page.tweets.count > 0 ? qsTr("No tweet matches the filters") : qsTr("Waiting for tweets")
                        explanation: page.tweets.count > 0
                                     ? qsTr("%Ln tweet(s) hidden by the filters.", "", page.tweets.count)
                                     : qsTr("Tweets from your stream monitors and filter rules appear here as they are detected.")
                        actionText: page.tweets.count > 0 ? qsTr("Clear filters") : ""
                        onActionTriggered: page.filtered.clearFilters()
                    }
                }
            }

            Frame {
                Layout.preferredWidth: page.width < 900 ? 340 : page.width < 1200 ? 380 : 420
                Layout.fillHeight: true
                padding: Theme.padding
                background: Rectangle {
                    color: Theme.surfaceRaised
                    border.color: Theme.border
                    radius: Theme.radius
                }

                // Scrolls when the window is too short for the counters, the histogram and the
                // connections together (700 px): nothing is cut off at the bottom.
                Flickable {
                    id: sidePanel
                    anchors.fill: parent
                    clip: true
                    contentWidth: width
                    contentHeight: sideColumn.implicitHeight
                    interactive: contentHeight > height
                    boundsBehavior: Flickable.StopAtBounds
                    ScrollBar.vertical: ScrollBar { policy: sidePanel.interactive ? ScrollBar.AsNeeded : ScrollBar.AlwaysOff }

                    ColumnLayout {
                        id: sideColumn
                        width: sidePanel.width - (sidePanel.interactive ? 10 : 0)
                        height: Math.max(sidePanel.height, implicitHeight)
                        spacing: Theme.padding

                        SourceStatsPanel {
                            Layout.fillWidth: true
                            stats: TweetsWorkspace.sources
                            selectedKey: page.filtered.source
                            onSourceClicked: (sourceKey) => page.filtered.source = sourceKey
                        }
                        Rectangle { Layout.fillWidth: true; implicitHeight: 1; color: Theme.border }
                        LatencyHistogram {
                            Layout.fillWidth: true
                            histogram: TweetsWorkspace.latency
                        }
                        Item { Layout.fillHeight: true }
                        Rectangle { Layout.fillWidth: true; implicitHeight: 1; color: Theme.border }
                        Label { text: qsTr("Stream connections"); font.bold: true }
                        Repeater {
                            model: TweetsWorkspace.connections
                            delegate: RowLayout {
                                id: connectionRow
                                required property var modelData
                                Layout.fillWidth: true
                                spacing: Theme.spacing
                                Rectangle {
                                    width: 10; height: 10; radius: 5
                                    color: Theme.stateColor(connectionRow.modelData.state)
                                }
                                Label {
                                    Layout.fillWidth: true
                                    text: connectionRow.modelData.name
                                    textFormat: Text.PlainText
                                    elide: Text.ElideRight
                                }
                                Label {
                                    text: connectionRow.modelData.connectionId.length > 0
                                          ? qsTr("%1 · %2").arg(connectionRow.modelData.stateName).arg(connectionRow.modelData.connectionId)
                                          : connectionRow.modelData.stateName
                                    textFormat: Text.PlainText
                                    color: Theme.muted
                                    font.pixelSize: Theme.fontSmall
                                }
                            }
                        }
                        Label {
                            Layout.fillWidth: true
                            text: qsTr("Duplicates hidden after reconnects: %1").arg(TweetsWorkspace.duplicatesDropped)
                                  + (TweetsWorkspace.skippedFrames > 0
                                     ? " · " + qsTr("malformed or unknown frames skipped: %1").arg(TweetsWorkspace.skippedFrames) : "")
                            color: Theme.muted
                            font.pixelSize: Theme.fontSmall
                            wrapMode: Text.WordWrap
                        }
                    }
                }
            }
        }
    }

    TweetDetailsDialog {
        id: details
        parent: Overlay.overlay
    }

    // Monitors and filter rules of the key, in place of the timeline (which keeps filling).
    TweetSubscriptionsView {
        id: subscriptionsView
        objectName: "subscriptionsView"
        anchors.fill: parent
        z: 10
        padding: 0
        visible: page.subscriptionsShown
        onCloseRequested: page.subscriptionsShown = false
    }
}
