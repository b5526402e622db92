pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// Markets (Conyr): a candlestick chart with volume for one token and interval, the trades
// tape beside it, and the subscription manager below.
Pane {
    id: page
    /// True once the page shows live data.
    property bool live: ConyrWorkspace.live

    readonly property Connection connection: ConyrWorkspace.connection

    padding: Theme.padding

    /// "picker" opens the channel catalog (for --page markets/picker).
    function showSection(name) {
        if (name === "picker")
            manager.openPicker()
    }

    /// The window's pause shortcut: the tape holds new trades, the chart stops following.
    function togglePause() { ConyrWorkspace.paused = !ConyrWorkspace.paused }

    function showNotice(text) {
        noticeLabel.text = text
        noticeBar.visible = true
        noticeTimer.restart()
    }
    Connections {
        target: ConyrWorkspace
        function onNotice(text) { page.showNotice(text) }
    }
    // Scale and overlays, kept in the settings.
    ChartOptions {
        id: chartOptions
        settingsGroup: "markets/chart"
    }
    Timer {
        id: noticeTimer
        interval: 8000
        onTriggered: noticeBar.visible = false
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Markets")
            subtitle: ConyrWorkspace.profileName.length > 0
                      ? qsTr("%1 · %2").arg(ConyrWorkspace.profileName)
                            .arg(page.connection ? ConnectionStates.text(page.connection.state) : qsTr("not connected"))
                      : qsTr("Conyr")

            Rectangle {
                width: 10; height: 10; radius: 5
                color: page.connection ? Theme.stateColor(page.connection.state) : Theme.muted
            }
            FitComboBox {
                visible: ConyrWorkspace.profiles.length > 1
                Layout.preferredWidth: 200
                model: ConyrWorkspace.profiles
                textRole: "name"
                valueRole: "id"
                currentIndex: indexOfValue(ConyrWorkspace.currentProfileId)
                onActivated: ConyrWorkspace.currentProfileId = currentValue
            }
            Button {
                objectName: "pauseButton"
                text: ConyrWorkspace.paused ? qsTr("Resume") : qsTr("Pause")
                highlighted: ConyrWorkspace.paused
                onClicked: page.togglePause()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Freeze the trades tape and the chart to read them; nothing received meanwhile is lost")
            }
        }

        Rectangle {
            id: noticeBar
            visible: false
            Layout.fillWidth: true
            implicitHeight: noticeLabel.implicitHeight + 12
            radius: Theme.radius
            color: Theme.banner
            Label {
                id: noticeLabel
                anchors.fill: parent
                anchors.margins: 6
                wrapMode: Text.WordWrap
                color: "#3b3000"
                textFormat: Text.PlainText
            }
        }
        Label {
            visible: ConyrWorkspace.problem.length > 0
            Layout.fillWidth: true
            text: ConyrWorkspace.problem
            color: Theme.warning
            wrapMode: Text.WordWrap
            textFormat: Text.PlainText
        }

        // Chart toolbar
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            FitComboBox {
                id: chartToken
                Layout.preferredWidth: 130
                editable: true
                model: ConyrWorkspace.tokens
                textRole: "symbol"
                valueRole: "mint"
                Component.onCompleted: currentIndex = indexOfValue(ConyrWorkspace.chartMint)
                Connections {
                    target: ConyrWorkspace
                    function onChartChanged() {
                        const i = chartToken.indexOfValue(ConyrWorkspace.chartMint)
                        if (i >= 0)
                            chartToken.currentIndex = i
                        else
                            chartToken.editText = ConyrWorkspace.chartMint
                    }
                }
                onActivated: ConyrWorkspace.selectChart(currentValue, ConyrWorkspace.chartInterval)
                onAccepted: {
                    const i = find(editText)
                    ConyrWorkspace.selectChart(i >= 0 ? ConyrWorkspace.tokens[i].mint : editText.trim(), ConyrWorkspace.chartInterval)
                }
            }
            Repeater {
                model: ConyrWorkspace.intervals
                delegate: Button {
                    id: intervalButton
                    required property string modelData
                    flat: ConyrWorkspace.chartInterval !== modelData
                    highlighted: ConyrWorkspace.chartInterval === modelData
                    implicitWidth: Math.max(40, implicitContentWidth + 16)
                    leftPadding: 8
                    rightPadding: 8
                    text: modelData
                    font.capitalization: Font.MixedCase
                    onClicked: ConyrWorkspace.selectChart(ConyrWorkspace.chartMint, modelData)
                    ToolTip.visible: hovered
                    ToolTip.text: ConyrWorkspace.streamedIntervals.indexOf(modelData) >= 0
                                  ? qsTr("Streamed by Conyr when its candle channel is subscribed")
                                  : qsTr("Built locally from the token's trades")
                }
            }
            // The source and gap texts give way (elided, full text in a tooltip) before the buttons do.
            Label {
                id: chartSourceLabel
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignRight
                elide: Text.ElideRight
                ToolTip.visible: chartSourceHover.hovered && truncated
                ToolTip.text: text
                HoverHandler { id: chartSourceHover }
                text: ConyrWorkspace.chartSource === "stream" ? qsTr("live candles")
                    : ConyrWorkspace.chartSource === "trades" ? qsTr("built from trades")
                    : ConyrWorkspace.chartSource === "ticks" ? qsTr("built from ticks")
                    : qsTr("history only — subscribe to the token for live bars")
                color: ConyrWorkspace.chartSource === "rest" ? Theme.warning : Theme.muted
                font.pixelSize: Theme.fontSmall
            }
            Label {
                Layout.maximumWidth: 200
                elide: Text.ElideRight
                visible: ConyrWorkspace.candles.gapCount > 0 || ConyrWorkspace.chartDrops > 0
                text: qsTr("%n gap(s) · %1 lost", "", ConyrWorkspace.candles.gapCount).arg(ConyrWorkspace.chartDrops)
                color: Theme.warning
                font.pixelSize: Theme.fontSmall
            }
            ToolButton { text: "−"; onClicked: chart.binder.zoom(1.25); ToolTip.visible: hovered; ToolTip.text: qsTr("Zoom out") }
            ToolButton { text: "+"; onClicked: chart.binder.zoom(0.8); ToolTip.visible: hovered; ToolTip.text: qsTr("Zoom in") }
            Button {
                flat: true
                enabled: !chart.binder.followLive
                text: qsTr("Follow live")
                onClicked: chart.binder.resetView()
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 260
            spacing: Theme.spacing

            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                color: Theme.surfaceRaised
                border.color: Theme.border
                radius: Theme.radius
                clip: true
                // The chart's title, and its scale and overlays (kept in the settings).
                RowLayout {
                    id: chartHeader
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.top: parent.top
                    anchors.leftMargin: Theme.spacing
                    anchors.rightMargin: Theme.spacing
                    anchors.topMargin: 3
                    height: 28
                    z: 2
                    spacing: 4
                    Label {
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                        text: qsTr("%1 · %2").arg(ConyrWorkspace.chartSymbol).arg(ConyrWorkspace.chartInterval)
                        font.bold: true
                        textFormat: Text.PlainText
                    }
                    ChartToggle {
                        objectName: "logScaleButton"
                        checked: chartOptions.logScale
                        onToggled: chartOptions.logScale = checked
                        text: qsTr("Log")
                        ToolTip.visible: hovered
                        ToolTip.text: checked ? qsTr("Logarithmic price scale (click for linear)")
                                              : qsTr("Linear price scale (click for logarithmic)")
                    }
                    ChartToggle {
                        objectName: "vwapButton"
                        checked: chartOptions.showVwap
                        onToggled: chartOptions.showVwap = checked
                        text: qsTr("VWAP")
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("Volume-weighted average price over the loaded bars")
                    }
                    ChartToggle {
                        objectName: "emaButton"
                        checked: chartOptions.showEma
                        onToggled: chartOptions.showEma = checked
                        text: qsTr("EMA")
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("Exponential moving average of the closes")
                    }
                    SpinBox {
                        objectName: "emaPeriodBox"
                        visible: chartOptions.showEma
                        from: chartOptions.minEmaPeriod
                        to: chartOptions.maxEmaPeriod
                        value: chartOptions.emaPeriod
                        editable: true
                        implicitHeight: 28
                        topInset: 0
                        bottomInset: 0
                        font.pixelSize: Theme.fontSmall
                        Layout.preferredWidth: 100
                        onValueModified: chartOptions.emaPeriod = value
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("EMA period in bars")
                    }
                }
                CandleChart {
                    id: chart
                    objectName: "marketsChart"
                    anchors.fill: parent
                    anchors.margins: 2
                    anchors.topMargin: 32
                    model: ConyrWorkspace.candles
                    subject: ConyrWorkspace.chartMint
                    symbol: ConyrWorkspace.chartSymbol
                    logScale: chartOptions.logScale
                    showVwap: chartOptions.showVwap
                    showEma: chartOptions.showEma
                    emaPeriod: chartOptions.emaPeriod
                    paused: ConyrWorkspace.paused
                    onNotice: text => page.showNotice(text)
                }
                BusyIndicator {
                    anchors.centerIn: parent
                    running: !page.live && ConyrWorkspace.problem.length === 0
                }
            }
            TradesTape {
                objectName: "tradesTape"
                Layout.preferredWidth: page.width < 1200 ? 300 : 340
                Layout.fillHeight: true
                model: ConyrWorkspace.tape
                showSymbol: !ConyrWorkspace.tapeChartOnly
            }
        }

        SubscriptionManager {
            id: manager
            Layout.fillWidth: true
            Layout.preferredHeight: Math.max(180, page.height * 0.3)
            model: ConyrWorkspace.subscriptions
            activeCount: ConyrWorkspace.activeCount
            cap: ConyrWorkspace.cap
            tierLabel: ConyrWorkspace.tierLabel
            tokens: ConyrWorkspace.tokens
            streamedIntervals: ConyrWorkspace.streamedIntervals
            variants: ConyrWorkspace.variants
            catalog: ConyrWorkspace.catalog
            preview: (entryId, subject, view, interval) => ConyrWorkspace.previewCatalogChannel(entryId, subject, view, interval)
            onCatalogAddRequested: (entryId, subject, view, interval) => {
                if (ConyrWorkspace.addCatalogChannel(entryId, subject, view, interval))
                    manager.picker.close()
            }
            onNameAddRequested: name => {
                if (ConyrWorkspace.addChannelName(name))
                    manager.picker.close()
            }
            onRemoveRequested: channel => ConyrWorkspace.removeChannel(channel)
            onMuteRequested: (channel, muted) => ConyrWorkspace.setMuted(channel, muted)
            onChartRequested: (mint, interval) => ConyrWorkspace.selectChart(mint, interval.length > 0 ? interval : ConyrWorkspace.chartInterval)
        }
    }
}
