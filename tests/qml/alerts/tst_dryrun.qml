import QtQuick
import QtQuick.Controls
import QtTest
import Tidewatch

// The dry-run panel over a known recording (tests/data/alerts/dryrun-blocks.ndjson: a block
// every 10 s for 590 s, with gaps after blocks 1012, 1032 and 1054; dryrun-silence.ndjson: a
// block every 10 s, silent from 200 s to 400 s, until 600 s).
Item {
    id: root
    width: 1296
    height: 860

    Component {
        id: dialogComponent
        AlertDryRunDialog {}
    }
    Component {
        id: pageComponent
        AlertsPage { anchors.fill: parent }
    }

    TestCase {
        name: "AlertDryRun"
        when: windowShown

        readonly property url recording: Qt.resolvedUrl("../../data/alerts/dryrun-blocks.ndjson")
        readonly property var gapRule: ({ "kind": "block-gap", "name": "gap", "threshold": 1, "cooldownSec": 0 })

        function findByName(item, name) {
            if (!item)
                return null
            if (item.objectName === name)
                return item
            const kids = item.children || []
            for (let i = 0; i < kids.length; ++i) {
                const found = findByName(kids[i], name)
                if (found)
                    return found
            }
            if (item.contentItem && item.contentItem !== item)
                return findByName(item.contentItem, name)
            return null
        }

        function runDialog(rule, file) {
            const dialog = createTemporaryObject(dialogComponent, root)
            verify(dialog)
            dialog.openFor(rule)
            tryCompare(dialog, "opened", true)
            dialog.recording = file
            const run = findByName(dialog.contentItem, "dryRunStart")
            verify(run)
            verify(run.enabled)
            mouseClick(run)
            tryVerify(() => dialog.dryRun.hasResult || dialog.dryRun.error.length > 0, 10000)
            return dialog
        }

        function test_timelineMarksAndList() {
            const dialog = runDialog(gapRule, recording)
            const run = dialog.dryRun
            compare(run.error, "")
            compare(run.frameCount, 60)
            compare(run.spanMs, 590000)
            compare(run.firingCount, 3)
            compare(run.firings.length, run.firingCount)
            // The gaps come at the 13th, 31st and 52nd block (offsets 120 s, 300 s, 510 s).
            const offsets = run.firings.map(f => f.offsetMs)
            compare(offsets, [120000, 300000, 510000])
            compare(run.firings[0].message, "demo: 2 block(s) missing after 1012 (got 1015)")
            compare(findByName(dialog.contentItem, "dryRunSummary").text, run.summary)
            verify(run.summary.indexOf(String(run.firingCount)) >= 0)

            // One mark per firing, in time order along the strip.
            const strip = findByName(dialog.contentItem, "dryRunStrip")
            verify(strip)
            tryVerify(() => strip.width > 100, 5000, "the strip is laid out")
            let lastX = -1
            for (let i = 0; i < run.firingCount; ++i) {
                const mark = findByName(strip, "dryRunMark" + i)
                verify(mark, "mark " + i)
                verify(mark.x > lastX)
                verify(mark.x >= 0 && mark.x + mark.width <= strip.width, "mark " + i + " at " + mark.x + " in " + strip.width)
                // at its share of the span
                fuzzyCompare((mark.x + mark.width / 2 - 6) / (strip.width - 12), offsets[i] / 590000, 0.02)
                lastX = mark.x
            }
            verify(!findByName(strip, "dryRunMark" + run.firingCount))

            // The list holds the same firings; clicking a mark selects its row.
            const list = findByName(dialog.contentItem, "dryRunList")
            compare(list.count, run.firingCount)
            const last = findByName(strip, "dryRunMark" + (run.firingCount - 1))
            mouseMove(last, last.width / 2, last.height / 2)
            tryVerify(() => last.ToolTip.visible)
            verify(last.ToolTip.text.indexOf(run.firings[run.firingCount - 1].message) >= 0)
            mouseClick(last)
            compare(list.currentIndex, run.firingCount - 1)
        }

        function test_silenceInTheMiddleOnTheTimeline() {
            // A stale rule fires in the silence, on the recording's clock (the replay ticks the
            // engine every recorded second), not at the end of the recording.
            const dialog = runDialog({ "kind": "stream-stale", "name": "quiet", "windowSec": 30 },
                                     Qt.resolvedUrl("../../data/alerts/dryrun-silence.ndjson"))
            const run = dialog.dryRun
            compare(run.error, "")
            compare(run.spanMs, 600000)
            compare(run.firingCount, 1)
            compare(run.firings[0].offsetMs, 230000)
            compare(run.firings[0].value, 30)
            const strip = findByName(dialog.contentItem, "dryRunStrip")
            tryVerify(() => strip.width > 100, 5000, "the strip is laid out")
            const mark = findByName(strip, "dryRunMark0")
            verify(mark)
            fuzzyCompare((mark.x + mark.width / 2 - 6) / (strip.width - 12), 230000 / 600000, 0.02)
        }

        function test_badRecordingSaysWhy() {
            const dialog = runDialog(gapRule, Qt.resolvedUrl("tst_dryrun.qml"))
            const error = findByName(dialog.contentItem, "dryRunError")
            verify(error.visible)
            verify(error.text.length > 0)
            verify(!findByName(dialog.contentItem, "dryRunSummary").visible)
        }

        function test_noDataForTheRulesProvider() {
            const dialog = runDialog({ "kind": "price-above", "name": "BTC", "provider": "predikt", "level": 1 }, recording)
            compare(dialog.dryRun.firingCount, 0)
            const notice = findByName(dialog.contentItem, "dryRunNotice")
            verify(notice.visible)
            verify(notice.text.indexOf("predikt") >= 0)
        }

        function test_editorOpensTheDryRun() {
            const page = createTemporaryObject(pageComponent, root)
            page.ruleEditor.edit(AlertCenter.newRule("block-gap"))
            tryCompare(page.ruleEditor, "opened", true)
            const button = findByName(page.ruleEditor.footer, "dryRunButton")
            verify(button)
            mouseClick(button)
            tryCompare(page.dryRunDialog, "opened", true)
            compare(page.dryRunDialog.ruleFields.kind, "block-gap")
            page.dryRunDialog.close()
            page.ruleEditor.close()
        }
    }
}
