import QtQuick
import QtTest
import Tidewatch

// The candlestick chart: candles and volume follow the model, the view follows the newest
// bar, missing bars get a marker, zoom and pan move the window.
TestCase {
    id: testCase
    name: "CandleChart"
    when: windowShown
    width: 900
    height: 500

    readonly property double minute: 60000
    readonly property double t0: Math.floor(1732180000000 / minute) * minute

    Component {
        id: chartComponent
        Item {
            property alias chart: chart
            property alias series: series
            width: 900
            height: 500
            CandleSeriesModel { id: series }
            CandleChart {
                id: chart
                anchors.fill: parent
                model: series
            }
        }
    }

    function fill(series, from, to, skip) {
        for (let i = from; i < to; ++i) {
            if (skip !== undefined && skip.indexOf(i) >= 0)
                continue
            const open = 100 + Math.sin(i / 5) * 5
            const close = open + (i % 2 === 0 ? 1 : -1)
            series.addBar(t0 + i * minute, open, Math.max(open, close) + 0.5, Math.min(open, close) - 0.5, close, 10 + i)
        }
        series.flush()
    }

    function test_candlesFollowTheModel() {
        const item = createTemporaryObject(chartComponent, testCase)
        verify(item)
        item.series.reset("token:x:ohlcv:filtered:1m", minute)
        fill(item.series, 0, 40)
        compare(item.series.count, 40)
        tryCompare(item.chart, "candleCount", 40)
        const binder = item.chart.binder
        // The view ends at the newest bar and its y range holds every visible price.
        verify(binder.xMaxMs >= t0 + 40 * minute)
        verify(binder.yMin < 94 && binder.yMax > 106)
        compare(binder.lastPrice, item.series.lastPrice)
        // A new, open bar; then a live update of it edits it in place.
        item.series.addBar(t0 + 40 * minute, 100, 101, 99, 100.5, 3, false)
        item.series.flush()
        tryCompare(item.chart, "candleCount", 41)
        item.series.addBar(t0 + 40 * minute, 100, 130, 90, 125, 99, false)
        item.series.flush()
        tryCompare(item.chart, "candleCount", 41)
        compare(binder.lastPrice, 125)
        verify(binder.yMax > 130)
    }

    function test_gapMarker() {
        const item = createTemporaryObject(chartComponent, testCase)
        item.series.reset("token:x:ohlcv:filtered:1m", minute)
        fill(item.series, 0, 30, [20, 21, 22])
        compare(item.series.gapCount, 1)
        tryCompare(item.chart, "gapMarkers", 1)
        // Filling the hole removes the marker.
        fill(item.series, 20, 23)
        compare(item.series.gapCount, 0)
        tryCompare(item.chart, "gapMarkers", 0)
        compare(item.chart.candleCount, 30)
    }

    function test_zoomAndPan() {
        // On the window's content item: TestCase itself is not visible, and input needs a
        // visible target.
        const item = createTemporaryObject(chartComponent, testCase.Window.window.contentItem)
        verify(item.chart.visible)
        item.series.reset("token:x:ohlcv:filtered:1m", minute)
        fill(item.series, 0, 200)
        const binder = item.chart.binder
        const span = binder.xMaxMs - binder.xMinMs
        binder.zoom(0.5)
        verify(binder.xMaxMs - binder.xMinMs < span)
        binder.pan(-0.5)
        verify(!binder.followLive)
        const end = binder.xMaxMs
        // New bars do not move a panned view.
        fill(item.series, 200, 205)
        compare(binder.xMaxMs, end)
        binder.resetView()
        verify(binder.followLive)
        verify(binder.xMaxMs >= t0 + 205 * minute)
        // Wheel and drag on the plot.
        const before = binder.visibleBars
        waitForRendering(item.chart)
        tryVerify(() => item.chart.plotWidth > 100)
        const area = findChild(item.chart, "plotMouseArea")
        verify(area)
        mouseWheel(area, area.width / 2, area.height / 2, 0, -120)
        verify(binder.visibleBars > before)
        mouseDrag(area, area.width / 2, area.height / 2, 200, 0)
        verify(!binder.followLive)
    }
}
