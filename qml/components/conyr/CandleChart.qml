pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Window
import QtQuick.Controls
import QtCharts
import Tidewatch

// Candlesticks with volume bars below them on their own scale, the last price as a dashed
// line, VWAP and EMA lines, a band over every run of missing bars, round price and time
// ticks, a crosshair with the OHLCV of the bar under the pointer (the newest bar when the
// pointer is elsewhere), the token's alert levels (drag to move), right-click to add one,
// and zoom (wheel) and pan (drag). The bars come from a CandleSeriesModel through a
// CandleChartBinder, which edits the chart and computes ticks and indicators at most once
// per frame; nothing here repaints on a timer.
Item {
    id: root

    property CandleSeriesModel model
    /// The token (mint) the chart shows, for alert rules; empty: no alert actions.
    property string subject
    /// Its symbol, for rule names.
    property string symbol
    property bool logScale: false
    property bool showVwap: false
    property bool showEma: false
    property int emaPeriod: 20
    /// Paused: the view stops following the newest bar (CandleChartBinder::paused).
    property bool paused: false

    readonly property CandleChartBinder binder: binder
    readonly property int candleCount: binder.setCount
    readonly property int gapMarkers: gapRepeater.count
    readonly property real plotWidth: chart.plotArea.width
    readonly property alias plotArea: mouse
    readonly property alias alertMenu: alertMenu
    /// One item per alert rule (its `lines`: a ChartAlertLevel per level of a matching rule).
    readonly property alias alertLevels: levelRepeater
    readonly property alias readout: readoutLabel

    /// True while the pointer is over the plot.
    readonly property bool pointerInside: hover.hovered
    /// The bar the readout shows: the one under the pointer, else the newest.
    readonly property var shownBar: {
        // Re-read whenever the view, the bars or the indicators change (viewRevision).
        if (root.viewRevision >= 0 && root.pointerInside && mouse.width > 0)
            return binder.barAt(binder.msAtFraction(hover.point.position.x / mouse.width))
        return root.viewRevision >= 0 ? binder.lastBar() : ({})
    }
    /// The price under the pointer (NaN when the pointer is elsewhere).
    readonly property double pointerPrice: root.viewRevision >= 0 && root.pointerInside && mouse.height > 0
        ? binder.priceAtFraction(hover.point.position.y / mouse.height) : NaN
    /// The price the alert menu was opened at.
    readonly property double menuPrice: mouse.menuPrice
    /// Changes whenever the mapping does (overlays bind to it).
    property int viewRevision: 0

    readonly property var levelKinds: ["price-above", "price-below", "price-cross", "cross-up", "cross-down"]
    readonly property var channelKinds: ["channel-enter", "channel-exit", "channel-inside", "channel-outside"]
    readonly property color vwapColor: Theme.dark ? "#4db6ac" : "#00796b"
    readonly property color emaColor: Theme.dark ? "#ce93d8" : "#7b1fa2"

    /// A sentence for the page to show (an alert created, or why not).
    signal notice(string text)

    // The app's one number format (the tape's, Prices', the dashboard's).
    function formatPrice(p) { return isFinite(p) ? NumberFormat.price(p) : "" }
    function formatVolume(v) { return isFinite(v) ? NumberFormat.amount(v) : "" }
    /// A price rounded as formatPrice writes it: a level made on the chart is the one shown.
    function roundPrice(p) { return NumberFormat.roundPrice(p) }
    function xOf(ms) {
        return chart.plotArea.x + binder.xFraction(ms) * chart.plotArea.width
    }
    function timeFormat() {
        return root.model && root.model.intervalMs >= 86400000 ? "yyyy-MM-dd"
             : root.model && root.model.intervalMs >= 60000 ? "MM-dd HH:mm" : "HH:mm:ss"
    }
    /// Creates a crossing rule for this token at price (rounded as the chart shows prices).
    /// Returns "" or the reason it failed.
    function createCrossAlert(price) {
        if (root.subject.length === 0 || !isFinite(price) || price <= 0) {
            const why = qsTr("No token to set an alert on.")
            root.notice(why)
            return why
        }
        const level = root.roundPrice(price)
        const rule = AlertCenter.newRule("price-cross")
        rule.provider = "conyr"
        rule.subject = root.subject
        rule.metric = "price" // the Conyr adapter's trade price
        rule.level = level
        rule.name = qsTr("%1 crosses %2").arg(root.symbol.length > 0 ? root.symbol : root.subject).arg(root.formatPrice(level))
        const error = AlertCenter.saveRule(rule)
        root.notice(error.length > 0 ? qsTr("The alert was not created: %1").arg(error)
                                     : qsTr("Alert created: %1").arg(rule.name))
        return error
    }
    /// Saves a rule with a new level (after its line was dragged).
    function moveAlertLevel(rule, field, price) {
        const changed = Object.assign({}, rule)
        changed[field] = root.roundPrice(price)
        const error = AlertCenter.saveRule(changed)
        if (error.length > 0)
            root.notice(qsTr("The alert level was not changed: %1").arg(error))
        return error
    }

    CandleChartBinder {
        id: binder
        model: root.model
        candles: candleSeries
        volume: volumeSeries
        lastPriceLine: lastLine
        vwapLine: vwapSeries
        emaLine: emaSeries
        logScale: root.logScale
        showVwap: root.showVwap
        showEma: root.showEma
        emaPeriod: root.emaPeriod
        paused: root.paused
        // Off screen (a page on the shelf, a hidden window) the chart is not edited.
        active: root.Window.window !== null
        onViewChanged: {
            root.viewRevision++
            grid.requestPaint()
        }
        onOptionsChanged: root.viewRevision++
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.surfaceRaised
    }

    // Grid lines at the round ticks, under the series (the chart itself is transparent).
    Canvas {
        id: grid
        x: chart.plotArea.x
        y: chart.plotArea.y
        width: chart.plotArea.width
        height: chart.plotArea.height
        onWidthChanged: requestPaint()
        onHeightChanged: requestPaint()
        onPaint: {
            const ctx = getContext("2d")
            ctx.reset()
            ctx.strokeStyle = Theme.border
            ctx.lineWidth = 1
            ctx.beginPath()
            for (const t of binder.priceTicks) {
                const y = Math.round(t.fraction * height) + 0.5
                ctx.moveTo(0, y)
                ctx.lineTo(width, y)
            }
            for (const t of binder.timeTicks) {
                const x = Math.round(t.fraction * width) + 0.5
                ctx.moveTo(x, 0)
                ctx.lineTo(x, height)
            }
            ctx.stroke()
        }
    }

    ChartView {
        id: chart
        anchors.fill: parent
        antialiasing: true
        legend.visible: false
        backgroundColor: "transparent"
        plotAreaColor: "transparent"
        backgroundRoundness: 0
        // Room for our own price labels on the right and time labels below.
        margins.left: 0
        margins.right: 64
        margins.top: 4
        margins.bottom: 18
        animationOptions: ChartView.NoAnimation

        // The axes place the series; their labels and grid are drawn by this item (round
        // ticks, and prices rather than log10 values on a log scale).
        DateTimeAxis {
            id: xAxis
            min: binder.xMin
            max: binder.xMax
            labelsVisible: false
            gridVisible: false
            lineVisible: false
        }
        ValueAxis {
            id: yAxis
            min: binder.axisMin
            max: binder.axisMax
            labelsVisible: false
            gridVisible: false
            lineVisible: false
        }
        ValueAxis {
            id: volumeAxis
            min: 0
            max: binder.volumeMax
            visible: false
        }

        CandlestickSeries {
            id: volumeSeries
            axisX: xAxis
            axisYRight: volumeAxis
            increasingColor: Qt.rgba(Theme.info.r, Theme.info.g, Theme.info.b, 0.30)
            decreasingColor: Qt.rgba(Theme.info.r, Theme.info.g, Theme.info.b, 0.30)
            bodyOutlineVisible: false
            capsVisible: false
            bodyWidth: 0.7
        }
        CandlestickSeries {
            id: candleSeries
            axisX: xAxis
            axisY: yAxis
            increasingColor: Theme.up
            decreasingColor: Theme.down
            bodyOutlineVisible: false
            capsVisible: false
            bodyWidth: 0.7
        }
        LineSeries {
            id: vwapSeries
            axisX: xAxis
            axisY: yAxis
            visible: root.showVwap
            color: root.vwapColor
            width: 1.5
        }
        LineSeries {
            id: emaSeries
            axisX: xAxis
            axisY: yAxis
            visible: root.showEma
            color: root.emaColor
            width: 1.5
        }
        LineSeries {
            id: lastLine
            axisX: xAxis
            axisY: yAxis
            color: Theme.info
            width: 1
            style: Qt.DashLine
        }
    }

    // Price labels right of the plot, time labels below it.
    Repeater {
        model: binder.priceTicks
        delegate: Label {
            required property var modelData
            x: chart.plotArea.x + chart.plotArea.width + 6
            y: chart.plotArea.y + modelData.fraction * chart.plotArea.height - height / 2
            visible: modelData.fraction >= 0.03 && modelData.fraction <= 1
            text: modelData.label
            color: Theme.muted
            font.pixelSize: Theme.fontSmall
            font.family: Theme.monoFamily
            textFormat: Text.PlainText
        }
    }
    Repeater {
        model: binder.timeTicks
        delegate: Label {
            required property var modelData
            x: chart.plotArea.x + modelData.fraction * chart.plotArea.width - width / 2
            y: chart.plotArea.y + chart.plotArea.height + 3
            visible: x >= chart.plotArea.x - width / 2 && x + width / 2 <= chart.plotArea.x + chart.plotArea.width
            text: modelData.label
            color: Theme.muted
            font.pixelSize: Theme.fontSmall
            textFormat: Text.PlainText
        }
    }
    // The volume scale: the height of the tallest visible bar, at the top of the volume band.
    Label {
        readonly property double shown: binder.volumeMax / 4
        visible: root.candleCount > 0 && binder.volumeMax > 1
        x: chart.plotArea.x + chart.plotArea.width + 6
        y: chart.plotArea.y + chart.plotArea.height * 0.75 - height / 2
        text: qsTr("vol %1").arg(root.formatVolume(shown))
        color: Theme.info
        font.pixelSize: Theme.fontSmall
        textFormat: Text.PlainText
    }

    // Missing data: a hatched band over each run of missing bars.
    Item {
        id: overlay
        x: chart.plotArea.x
        y: chart.plotArea.y
        width: chart.plotArea.width
        height: chart.plotArea.height
        clip: true

        Repeater {
            id: gapRepeater
            model: root.model ? root.model.gaps : []
            delegate: Rectangle {
                id: band
                required property var modelData
                readonly property real startX: root.viewRevision >= 0 ? root.xOf(modelData.start) - overlay.x : 0
                readonly property real endX: root.viewRevision >= 0 ? root.xOf(modelData.end) - overlay.x : 0
                x: startX
                width: Math.max(3, endX - startX)
                height: overlay.height
                color: Qt.rgba(Theme.warning.r, Theme.warning.g, Theme.warning.b, 0.16)
                border.color: Theme.warning
                border.width: 1
                Label {
                    anchors.top: parent.top
                    anchors.topMargin: 4
                    anchors.horizontalCenter: parent.horizontalCenter
                    visible: band.width > 40
                    text: qsTr("no data (%n bar(s))", "", band.modelData.bars)
                    color: Theme.warning
                    font.pixelSize: Theme.fontSmall
                    textFormat: Text.PlainText
                }
                ToolTip.visible: gapHover.hovered
                ToolTip.text: qsTr("%n bar(s) missing here", "", band.modelData.bars)
                HoverHandler { id: gapHover }
            }
        }
    }

    // The last price, tagged on the price scale at its line: the newest bar's close, i.e. the
    // newest trade.
    Rectangle {
        id: lastTag
        objectName: "lastPriceTag"
        visible: binder.lastPrice > 0 && root.candleCount > 0
        readonly property real lineY: root.viewRevision >= 0 ? binder.yFraction(binder.lastPrice) * chart.plotArea.height : 0
        x: chart.plotArea.x + chart.plotArea.width + 2
        y: chart.plotArea.y + Math.max(0, Math.min(chart.plotArea.height, lineY)) - height / 2
        width: lastLabel.implicitWidth + 8
        height: lastLabel.implicitHeight + 4
        radius: 3
        color: Theme.info
        Label {
            id: lastLabel
            anchors.centerIn: parent
            text: root.formatPrice(binder.lastPrice)
            color: "white"
            font.pixelSize: Theme.fontSmall
            font.family: Theme.monoFamily
            textFormat: Text.PlainText
        }
    }

    // Zoom with the wheel, pan by dragging; double-click returns to the live edge; the right
    // button offers an alert at the price under it.
    MouseArea {
        id: mouse
        objectName: "plotMouseArea"
        property real lastX: 0
        property double menuPrice: NaN
        x: chart.plotArea.x
        y: chart.plotArea.y
        width: chart.plotArea.width
        height: chart.plotArea.height
        acceptedButtons: Qt.LeftButton | Qt.RightButton
        cursorShape: pressed && (pressedButtons & Qt.LeftButton) ? Qt.ClosedHandCursor : Qt.CrossCursor
        onPressed: event => {
            if (event.button === Qt.RightButton) {
                menuPrice = height > 0 ? binder.priceAtFraction(event.y / height) : NaN
                alertMenu.popup()
                return
            }
            lastX = event.x
        }
        onPositionChanged: event => {
            if (!(pressedButtons & Qt.LeftButton) || width <= 0)
                return
            binder.pan(-(event.x - lastX) / width)
            lastX = event.x
        }
        onDoubleClicked: binder.resetView()
        WheelHandler {
            target: null
            onWheel: event => binder.zoom(event.angleDelta.y > 0 ? 0.8 : 1.25)
        }
        HoverHandler {
            id: hover
        }
    }

    // The crosshair: a vertical line through the bar under the pointer, a horizontal one at
    // the pointer's price with its tag on the price scale.
    Item {
        id: crosshair
        x: chart.plotArea.x
        y: chart.plotArea.y
        width: chart.plotArea.width
        height: chart.plotArea.height
        visible: root.pointerInside && root.shownBar.ts !== undefined
        Rectangle {
            x: root.viewRevision >= 0 ? Math.round(root.binder.xFraction(root.shownBar.ts ?? 0) * crosshair.width) : 0
            width: 1
            height: crosshair.height
            color: Theme.muted
            opacity: 0.7
        }
        Rectangle {
            y: Math.round(hover.point.position.y)
            width: crosshair.width
            height: 1
            color: Theme.muted
            opacity: 0.7
        }
        Rectangle {
            objectName: "pointerPriceTag"
            x: crosshair.width + 2
            y: hover.point.position.y - height / 2
            width: pointerLabel.implicitWidth + 8
            height: pointerLabel.implicitHeight + 4
            radius: 3
            color: Theme.text
            Label {
                id: pointerLabel
                anchors.centerIn: parent
                text: root.formatPrice(root.pointerPrice)
                color: Theme.surfaceRaised
                font.pixelSize: Theme.fontSmall
                font.family: Theme.monoFamily
                textFormat: Text.PlainText
            }
        }
    }

    // The token's alert levels, above the plot's mouse area so they can be dragged.
    Item {
        id: levels
        x: chart.plotArea.x
        y: chart.plotArea.y
        width: chart.plotArea.width
        height: chart.plotArea.height
        Repeater {
            id: levelRepeater
            model: root.subject.length > 0 ? AlertCenter.rules : null
            // One item per rule; a line per level it has (a channel has two).
            delegate: Item {
                id: ruleLevels
                required property var rule
                readonly property alias lines: lineRepeater
                readonly property bool isChannel: root.channelKinds.indexOf(rule.kind) >= 0
                readonly property bool matches: rule.enabled && (rule.provider === "conyr" || rule.provider === "")
                                                && (root.levelKinds.indexOf(rule.kind) >= 0 || isChannel)
                                                && (rule.subject === root.subject || rule.subject.startsWith(root.subject + "/"))
                anchors.fill: parent
                Repeater {
                    id: lineRepeater
                    model: !ruleLevels.matches ? [] : ruleLevels.isChannel ? ["level", "upperLevel"] : ["level"]
                    delegate: ChartAlertLevel {
                        required property string modelData
                        rule: ruleLevels.rule
                        field: modelData
                        viewRevision: root.viewRevision
                        fractionOf: price => binder.yFraction(price)
                        priceAt: fraction => binder.priceAtFraction(fraction)
                        formatPrice: price => root.formatPrice(price)
                        onMoved: price => root.moveAlertLevel(ruleLevels.rule, modelData, price)
                    }
                }
            }
        }
    }

    // OHLCV of the bar under the pointer, or of the newest bar.
    Rectangle {
        x: chart.plotArea.x + 4
        y: chart.plotArea.y + 2
        width: readoutLabel.width + 10
        height: readoutLabel.height + 4
        radius: 3
        visible: root.shownBar.ts !== undefined
        color: Qt.rgba(Theme.surfaceRaised.r, Theme.surfaceRaised.g, Theme.surfaceRaised.b, 0.85)
        Label {
            id: readoutLabel
            objectName: "ohlcvReadout"
            anchors.centerIn: parent
            // On a narrow chart the readout wraps instead of running past the plot.
            width: Math.min(implicitWidth, Math.max(80, chart.plotArea.width - 16))
            wrapMode: Text.WordWrap
            readonly property var bar: root.shownBar
            text: bar.ts === undefined ? ""
                : qsTr("%1  O %2  H %3  L %4  C %5  V %6")
                      .arg(Qt.formatDateTime(new Date(bar.ts), root.timeFormat()))
                      .arg(root.formatPrice(bar.open)).arg(root.formatPrice(bar.high))
                      .arg(root.formatPrice(bar.low)).arg(root.formatPrice(bar.close))
                      .arg(root.formatVolume(bar.volume))
                  + (root.showVwap && isFinite(bar.vwap) ? qsTr("  VWAP %1").arg(root.formatPrice(bar.vwap)) : "")
                  + (root.showEma && isFinite(bar.ema) ? qsTr("  EMA(%1) %2").arg(root.emaPeriod).arg(root.formatPrice(bar.ema)) : "")
            color: bar.ts !== undefined && bar.close >= bar.open ? Theme.up : Theme.down
            font.pixelSize: Theme.fontSmall
            font.family: Theme.monoFamily
            textFormat: Text.PlainText
        }
    }

    Menu {
        id: alertMenu
        MenuItem {
            objectName: "alertHereItem"
            text: qsTr("Alert when price crosses here (%1)").arg(root.formatPrice(mouse.menuPrice))
            enabled: root.subject.length > 0 && isFinite(mouse.menuPrice) && mouse.menuPrice > 0
            onTriggered: root.createCrossAlert(mouse.menuPrice)
        }
    }
}
