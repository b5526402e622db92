import QtQuick
import QtTest
import Tidewatch

// The Markets chart a trader uses: the crosshair's OHLCV readout follows the pointer and
// falls back to the newest bar, right-click creates a crossing alert at that price, an alert
// level line dragged changes the rule, and the log scale places prices by their ratio.
TestCase {
    id: testCase
    name: "ChartInteraction"
    when: windowShown
    width: 900
    height: 560

    readonly property double minute: 60000
    readonly property double t0: Math.floor(1732180000000 / minute) * minute

    Component {
        id: chartComponent
        Item {
            property alias chart: chart
            property alias series: series
            width: 700
            height: 420
            CandleSeriesModel { id: series }
            CandleChart {
                id: chart
                anchors.fill: parent
                model: series
            }
        }
    }

    function open(i) { return 100 + Math.sin(i / 5) * 5 }
    function fill(series, from, to) {
        for (let i = from; i < to; ++i) {
            const o = open(i)
            const c = o + (i % 2 === 0 ? 1 : -1)
            series.addBar(t0 + i * minute, o, Math.max(o, c) + 0.5, Math.min(o, c) - 0.5, c, 10 + i)
        }
        series.flush()
    }
    function makeChart(subject) {
        const item = createTemporaryObject(chartComponent, testCase.Window.window.contentItem)
        verify(item)
        item.chart.subject = subject
        item.chart.symbol = "TST"
        item.series.reset("token:" + subject + ":ohlcv:filtered:1m", minute)
        fill(item.series, 0, 40)
        tryCompare(item.chart, "candleCount", 40)
        // No pointer left over the plot by an earlier test.
        mouseMove(testCase.Window.window.contentItem, 880, 540)
        tryCompare(item.chart, "pointerInside", false)
        waitForRendering(item.chart)
        tryVerify(() => item.chart.plotWidth > 100)
        return item
    }
    /// The level lines drawn for the chart's token (each rule's lines).
    function levelsOf(chart) {
        const out = []
        for (let i = 0; i < chart.alertLevels.count; ++i) {
            const rule = chart.alertLevels.itemAt(i)
            if (!rule || !rule.matches)
                continue
            for (let j = 0; j < rule.lines.count; ++j) {
                const line = rule.lines.itemAt(j)
                if (line)
                    out.push(line)
            }
        }
        return out
    }
    function removeRulesOf(subject) {
        // Rules of earlier runs under the same test data folder.
        for (let round = 0; round < 50; ++round) {
            let found = ""
            for (let i = 0; i < AlertCenter.rules.count; ++i) {
                const r = AlertCenter.rules.data(AlertCenter.rules.index(i, 0), 257 + 12) // RuleRole
                if (r && r.subject === subject)
                    found = r.id
            }
            if (found.length === 0)
                return
            AlertCenter.removeRule(found)
        }
    }

    function test_readoutFollowsThePointer() {
        const item = makeChart("ReadoutMint1111")
        const chart = item.chart
        const area = chart.plotArea
        // Without a pointer: the newest bar.
        mouseMove(testCase.Window.window.contentItem, 880, 540)
        tryCompare(chart, "pointerInside", false)
        compare(chart.shownBar.ts, t0 + 39 * minute)
        verify(chart.readout.text.indexOf("C " + chart.formatPrice(chart.shownBar.close)) >= 0)

        // Over bar 30 (a little right of its centre): that bar's OHLCV.
        const x = chart.binder.xFraction(t0 + 30 * minute + 0.2 * minute) * area.width
        mouseMove(area, x, area.height / 2)
        tryCompare(chart, "pointerInside", true)
        tryVerify(() => chart.shownBar.ts === t0 + 30 * minute)
        const o = open(30), c = o + 1
        compare(chart.shownBar.open, o)
        compare(chart.shownBar.close, c)
        compare(chart.shownBar.high, c + 0.5)
        compare(chart.shownBar.low, o - 0.5)
        compare(chart.shownBar.volume, 40)
        const text = chart.readout.text
        verify(text.indexOf("O " + chart.formatPrice(o)) >= 0, text)
        verify(text.indexOf("H " + chart.formatPrice(c + 0.5)) >= 0, text)
        verify(text.indexOf("L " + chart.formatPrice(o - 0.5)) >= 0, text)
        verify(text.indexOf("C " + chart.formatPrice(c)) >= 0, text)
        verify(text.indexOf("V 40") >= 0, text)
        // The pointer's price is the one at its height.
        const onePixel = Math.abs(chart.binder.priceAtFraction(0) - chart.binder.priceAtFraction(1)) / area.height
        verify(Math.abs(chart.pointerPrice - chart.binder.priceAtFraction(0.5)) <= onePixel)

        // Over bar 12.
        mouseMove(area, chart.binder.xFraction(t0 + 12 * minute) * area.width, area.height / 3)
        tryVerify(() => chart.shownBar.ts === t0 + 12 * minute)
        compare(chart.shownBar.close, open(12) + 1)

        // Pointer gone: back to the newest bar, which follows live updates.
        mouseMove(testCase.Window.window.contentItem, 880, 540)
        tryCompare(chart, "pointerInside", false)
        compare(chart.shownBar.ts, t0 + 39 * minute)
        item.series.addBar(t0 + 40 * minute, 100, 103, 99, 102.25, 7, false)
        item.series.flush()
        tryVerify(() => chart.shownBar.ts === t0 + 40 * minute)
        verify(chart.readout.text.indexOf("C 102.2500") >= 0, chart.readout.text)
    }

    function test_indicatorsInTheReadout() {
        const item = makeChart("IndicatorMint11")
        const chart = item.chart
        chart.showEma = true
        chart.emaPeriod = 9
        chart.showVwap = true
        tryVerify(() => isFinite(chart.shownBar.ema) && isFinite(chart.shownBar.vwap))
        verify(chart.readout.text.indexOf("EMA(9) ") >= 0, chart.readout.text)
        verify(chart.readout.text.indexOf("VWAP ") >= 0, chart.readout.text)
        chart.showEma = false
        tryVerify(() => chart.readout.text.indexOf("EMA") < 0)
    }

    function test_rightClickCreatesACrossingAlert() {
        const subject = "RightClickMint1"
        removeRulesOf(subject)
        const item = makeChart(subject)
        const chart = item.chart
        const area = chart.plotArea
        compare(levelsOf(chart).length, 0)
        const y = Math.round(area.height * 0.3)
        const onePixel = Math.abs(chart.binder.priceAtFraction(0) - chart.binder.priceAtFraction(1)) / area.height
        const atClick = chart.binder.priceAtFraction(y / area.height)
        const before = AlertCenter.rules.count
        mouseClick(area, area.width / 2, y, Qt.RightButton)
        tryCompare(chart.alertMenu, "opened", true)
        const entry = chart.alertMenu.itemAt(0)
        // The price under the click (to the pixel), rounded as the chart shows prices.
        verify(Math.abs(chart.menuPrice - atClick) <= onePixel, chart.menuPrice + " vs " + atClick)
        const expected = chart.roundPrice(chart.menuPrice)
        verify(entry.text.indexOf(chart.formatPrice(expected)) >= 0, entry.text)
        verify(entry.enabled)
        mouseClick(entry)
        tryCompare(AlertCenter.rules, "count", before + 1)
        tryCompare(chart.alertMenu, "opened", false)
        // The rule: a crossing of the token's trade price at that level, drawn on the chart.
        tryVerify(() => levelsOf(chart).length === 1)
        const line = levelsOf(chart)[0]
        compare(line.rule.kind, "price-cross")
        compare(line.rule.provider, "conyr")
        compare(line.rule.subject, subject)
        compare(line.rule.metric, "price")
        compare(line.rule.level, expected)
        verify(line.rule.enabled)
        verify(line.visible)
        verify(Math.abs(line.y + line.height / 2 - y) < 2, "line at " + line.y + ", clicked at " + y)
        removeRulesOf(subject)
        tryVerify(() => levelsOf(chart).length === 0)
    }

    function test_dragALevelChangesTheRule() {
        const subject = "DragLevelMint11"
        removeRulesOf(subject)
        const item = makeChart(subject)
        const chart = item.chart
        const area = chart.plotArea
        compare(chart.createCrossAlert(chart.binder.priceAtFraction(0.25)), "")
        tryVerify(() => levelsOf(chart).length === 1)
        const line = levelsOf(chart)[0]
        const id = line.rule.id
        const oldLevel = line.rule.level
        const startY = line.y + line.height / 2
        const handle = findChild(line, "alertLevelHandle")
        verify(handle)
        // Over the line the crosshair stays (the line takes presses, not hover).
        mouseMove(area, area.width * 0.6, startY)
        tryCompare(chart, "pointerInside", true)
        // Drag it 80 px down: a lower price, saved in the rule on release. (Positions are
        // given in the plot's coordinates: the handle itself moves with the drag.)
        const x = 30
        mousePress(handle, x, handle.height / 2)
        mouseMove(area, x, startY + 20)
        mouseMove(area, x, startY + 50)
        mouseMove(area, x, startY + 80)
        verify(line.dragging)
        const onePixel = Math.abs(chart.binder.priceAtFraction(0) - chart.binder.priceAtFraction(1)) / area.height
        verify(Math.abs(line.shownLevel - chart.binder.priceAtFraction((startY + 80) / area.height)) <= onePixel)
        mouseRelease(area, x, startY + 80)
        tryVerify(() => levelsOf(chart).length === 1 && levelsOf(chart)[0].rule.level < oldLevel)
        const moved = levelsOf(chart)[0]
        compare(moved.rule.id, id)
        const expected = chart.binder.priceAtFraction((startY + 80) / area.height)
        verify(Math.abs(moved.rule.level - expected) / expected < 0.002, moved.rule.level + " vs " + expected)
        verify(Math.abs(moved.y + moved.height / 2 - (startY + 80)) < 3)
        // A disabled rule is not drawn.
        AlertCenter.setRuleEnabled(id, false)
        tryVerify(() => levelsOf(chart).length === 0)
        removeRulesOf(subject)
    }

    function test_channelRuleHasTwoDraggableLevels() {
        const subject = "ChannelMint1111"
        removeRulesOf(subject)
        const item = makeChart(subject)
        const chart = item.chart
        const area = chart.plotArea
        const rule = AlertCenter.newRule("channel-enter")
        rule.provider = "conyr"
        rule.subject = subject
        rule.metric = "price"
        rule.level = chart.roundPrice(chart.binder.priceAtFraction(0.6))
        rule.upperLevel = chart.roundPrice(chart.binder.priceAtFraction(0.2))
        compare(AlertCenter.saveRule(rule), "")
        tryVerify(() => levelsOf(chart).length === 2)
        const upper = levelsOf(chart).filter(l => l.field === "upperLevel")[0]
        verify(upper)
        const lower = levelsOf(chart).filter(l => l.field === "level")[0]
        verify(upper.y < lower.y)
        const before = upper.rule.upperLevel
        const startY = upper.y + upper.height / 2
        const handle = findChild(upper, "alertLevelHandle")
        mousePress(handle, 40, handle.height / 2)
        mouseMove(area, 40, startY - 10)
        mouseMove(area, 40, startY - 30)
        mouseRelease(area, 40, startY - 30)
        // The upper level rose; the lower one stayed.
        tryVerify(() => {
            const lines = levelsOf(chart)
            return lines.length === 2 && lines[0].rule.upperLevel > before
        })
        compare(levelsOf(chart)[0].rule.level, rule.level)
        removeRulesOf(subject)
    }

    function test_logScaleMapsByRatio() {
        const item = createTemporaryObject(chartComponent, testCase.Window.window.contentItem)
        const chart = item.chart
        item.series.reset("token:LogMint:ohlcv:filtered:1m", minute)
        for (let i = 0; i < 30; ++i) {
            const p = Math.pow(10, i / 29 * 2) // 1 … 100
            item.series.addBar(t0 + i * minute, p, p * 1.01, p * 0.99, p, 5)
        }
        item.series.flush()
        tryCompare(chart, "candleCount", 30)
        const b = chart.binder
        // Linear: 10 sits far below the middle between 1 and 100.
        verify(b.yFraction(10) - (b.yFraction(1) + b.yFraction(100)) / 2 > 0.2)
        chart.logScale = true
        tryCompare(b, "logScale", true)
        compare(b.candles.count, 30) // the sets were rebuilt in log space
        verify(Math.abs(b.yFraction(10) - (b.yFraction(1) + b.yFraction(100)) / 2) < 1e-9)
        verify(Math.abs(b.yFraction(2) - b.yFraction(1) - (b.yFraction(20) - b.yFraction(10))) < 1e-9)
        verify(Math.abs(b.priceAtFraction(b.yFraction(42)) - 42) < 1e-9)
        verify(Math.abs(b.axisMax - Math.log10(b.yMax)) < 1e-9)
        // The labels are prices, not their logarithms.
        verify(b.priceTicks.length >= 2)
        for (const t of b.priceTicks)
            verify(t.value >= 1 && t.value <= b.yMax, t.label)
        chart.logScale = false
        tryCompare(b, "logScale", false)
        verify(Math.abs(b.priceAtFraction(b.yFraction(42)) - 42) < 1e-9)
    }
}
