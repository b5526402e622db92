pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Window
import QtQuick.Controls
import QtCharts
import Tidewatch

// Candlesticks with volume bars, the last price as a dashed line, a band over every run
// of missing bars, and zoom (wheel) and pan (drag). The bars come from a CandleSeriesModel
// through a CandleChartBinder, which edits the chart at most once per frame.
Item {
    id: root

    property CandleSeriesModel model
    readonly property CandleChartBinder binder: binder
    readonly property int candleCount: binder.setCount
    readonly property int gapMarkers: gapRepeater.count
    readonly property real plotWidth: chart.plotArea.width

    function priceFormat(low, high) {
        const range = Math.max(Math.abs(high - low), Math.abs(high) * 1e-6, 1e-12)
        const digits = Math.min(10, Math.max(2, Math.ceil(-Math.log(range / 4) / Math.LN10) + 1))
        return "%." + digits + "f"
    }
    function formatPrice(p) {
        if (p >= 1000) return p.toFixed(2)
        if (p >= 1) return p.toFixed(4)
        return p.toPrecision(4)
    }
    function xOf(ms) {
        const span = binder.xMaxMs - binder.xMinMs
        return chart.plotArea.x + (ms - binder.xMinMs) / span * chart.plotArea.width
    }

    CandleChartBinder {
        id: binder
        model: root.model
        candles: candleSeries
        volume: volumeSeries
        lastPriceLine: lastLine
        // Off screen (a page on the shelf, a hidden window) the chart is not edited.
        active: root.Window.window !== null
    }

    ChartView {
        id: chart
        anchors.fill: parent
        antialiasing: true
        legend.visible: false
        backgroundColor: Theme.surfaceRaised
        plotAreaColor: Theme.surfaceRaised
        backgroundRoundness: 0
        margins.left: 0
        margins.right: 0
        margins.top: 4
        margins.bottom: 0
        animationOptions: ChartView.NoAnimation

        DateTimeAxis {
            id: xAxis
            min: binder.xMin
            max: binder.xMax
            tickCount: 7
            format: root.model && root.model.intervalMs >= 86400000 ? "MMM d"
                  : (root.model && root.model.intervalMs >= 60000 ? "HH:mm" : "HH:mm:ss")
            labelsColor: Theme.muted
            gridLineColor: Theme.border
            labelsFont.pixelSize: Theme.fontSmall
        }
        ValueAxis {
            id: yAxis
            min: binder.yMin
            max: binder.yMax
            tickCount: 6
            labelFormat: root.priceFormat(binder.yMin, binder.yMax)
            labelsColor: Theme.muted
            gridLineColor: Theme.border
            labelsFont.pixelSize: Theme.fontSmall
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
            id: lastLine
            axisX: xAxis
            axisY: yAxis
            color: Theme.info
            width: 1
            style: Qt.DashLine
        }
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
                readonly property real startX: root.xOf(modelData.start) - overlay.x
                readonly property real endX: root.xOf(modelData.end) - overlay.x
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

        // The last price, labelled at the right edge on its line.
        Rectangle {
            visible: binder.lastPrice > 0 && root.candleCount > 0
            anchors.right: parent.right
            y: Math.max(0, Math.min(overlay.height - height,
                   (binder.yMax - binder.lastPrice) / (binder.yMax - binder.yMin) * overlay.height - height / 2))
            width: lastLabel.implicitWidth + 10
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
    }

    // Zoom with the wheel, pan by dragging; double-click returns to the live edge.
    MouseArea {
        id: mouse
        objectName: "plotMouseArea"
        property real lastX: 0
        x: chart.plotArea.x
        y: chart.plotArea.y
        width: chart.plotArea.width
        height: chart.plotArea.height
        cursorShape: pressed ? Qt.ClosedHandCursor : Qt.OpenHandCursor
        onPressed: event => lastX = event.x
        onPositionChanged: event => {
            if (!pressed || width <= 0)
                return
            binder.pan(-(event.x - lastX) / width)
            lastX = event.x
        }
        onDoubleClicked: binder.resetView()
        WheelHandler {
            target: null
            onWheel: event => binder.zoom(event.angleDelta.y > 0 ? 0.8 : 1.25)
        }
    }
}
