import QtQuick
import QtQuick.Controls
import QtTest
import Tidewatch

Item {
    id: root
    width: 1296
    height: 860

    Component {
        id: pageComponent
        AlertsPage { anchors.fill: parent }
    }

    TestCase {
        name: "AlertsPage"
        when: windowShown

        function findByText(item, text) {
            if (!item)
                return null
            if (item.text === text && item.visible)
                return item
            const kids = item.children || []
            for (let i = 0; i < kids.length; ++i) {
                const found = findByText(kids[i], text)
                if (found)
                    return found
            }
            if (item.contentItem && item.contentItem !== item) {
                const found = findByText(item.contentItem, text)
                if (found)
                    return found
            }
            return null
        }

        function test_rulesAndHistoryAreShown() {
            const page = createTemporaryObject(pageComponent, root)
            verify(page)
            tryVerify(() => page.live)
            // Six starter rules plus the test's own (and what other tests added).
            verify(AlertCenter.rules.count >= 7)
            // The price crossed 100 once and six tweets mention an ETF (cooldown 60 s).
            verify(AlertCenter.history.count >= 2)
            verify(findByText(page, qsTr("Acknowledge all")))
        }

        function test_acknowledgeOneThenAll() {
            const page = createTemporaryObject(pageComponent, root)
            tryVerify(() => page.live)
            const before = AlertCenter.unacknowledgedCount
            verify(before >= 2)
            const button = findByText(page, qsTr("Acknowledge"))
            verify(button, "an Acknowledge button per unacknowledged alert")
            mouseClick(button)
            tryCompare(AlertCenter, "unacknowledgedCount", before - 1)
            const all = findByText(page, qsTr("Acknowledge all"))
            mouseClick(all)
            tryCompare(AlertCenter, "unacknowledgedCount", 0)
            verify(!all.enabled)
        }

        function test_editorValidatesAndSaves() {
            const page = createTemporaryObject(pageComponent, root)
            tryVerify(() => page.live)
            const count = AlertCenter.rules.count
            // A volume spike factor of 1 is refused with a reason; the rule is not added.
            const bad = AlertCenter.newRule("volume-spike")
            bad.threshold = 1
            bad.name = "Spike"
            verify(AlertCenter.saveRule(bad).length > 0)
            compare(AlertCenter.rules.count, count)
            const good = AlertCenter.newRule("tweet-match")
            good.name = "From the whale"
            good.author = "whale"
            compare(AlertCenter.saveRule(good), "")
            compare(AlertCenter.rules.count, count + 1)
            const kinds = AlertCenter.ruleKinds()
            compare(kinds.length, 20) // with composite
            verify(kinds.every(k => k.label.length > 0 && k.defaultTemplate.length > 0))
        }

        function test_ruleEditorDialog() {
            const page = createTemporaryObject(pageComponent, root)
            tryVerify(() => page.live)
            const dialog = page.ruleEditor
            verify(dialog, "rule editor")
            const rule = AlertCenter.newRule("price-below")
            dialog.edit(rule)
            tryVerify(() => dialog.opened)
            compare(dialog.kindInfo.id, "price-below")
            verify(dialog.params.indexOf("level") >= 0)
            const fields = dialog.collect()
            compare(fields.kind, "price-below")
            fields.name = ""
            verify(AlertCenter.saveRule(fields).length > 0, "a rule without a name is refused")
            dialog.close()
        }

        function test_channelRuleInTheEditor() {
            const page = createTemporaryObject(pageComponent, root)
            tryVerify(() => page.live)
            const dialog = page.ruleEditor
            const rule = AlertCenter.newRule("channel-enter")
            rule.name = "SOL in 140 .. 160"
            rule.level = 140
            rule.upperLevel = 160
            rule.trigger = "once"
            rule.expiresAt = "2030-01-02T03:04:00.000Z"
            dialog.edit(rule)
            tryVerify(() => dialog.opened)
            verify(dialog.params.indexOf("upperLevel") >= 0)
            verify(findByText(dialog.contentItem, qsTr("Upper level")), "the channel's second level")
            verify(findByText(dialog.contentItem, qsTr("Lower level")))
            const fields = dialog.collect()
            compare(fields.upperLevel, 160)
            compare(fields.trigger, "once")
            compare(fields.expiresAt, "2030-01-02T03:04:00.000Z")
            compare(AlertCenter.saveRule(fields), "")
            const saved = AlertCenter.rules.count
            // An upper level below the lower one is refused with a reason.
            fields.upperLevel = 100
            const problem = AlertCenter.saveRule(fields)
            verify(problem.length > 0, "refused: " + problem)
            compare(AlertCenter.rules.count, saved)
            dialog.close()
        }

        function test_barTriggersInTheEditor() {
            const page = createTemporaryObject(pageComponent, root)
            tryVerify(() => page.live)
            const dialog = page.ruleEditor
            const rule = AlertCenter.newRule("percent-change")
            rule.name = "SOL +3 % within 5 bars, on the close"
            rule.threshold = 3
            rule.trigger = "bar-close"
            rule.barSec = 300
            rule.windowBars = 5
            dialog.edit(rule)
            tryVerify(() => dialog.opened)
            // Bar modes have no cooldown; the bar length and the window in bars are shown.
            compare(findByText(dialog.contentItem, qsTr("Cooldown (s)")), null, "no cooldown for a bar mode")
            verify(findByText(dialog.contentItem, qsTr("Bar length (s)")))
            verify(findByText(dialog.contentItem, qsTr("Or within (bars)")))
            const fields = dialog.collect()
            compare(fields.trigger, "bar-close")
            compare(fields.barSec, 300)
            compare(fields.windowBars, 5)
            compare(AlertCenter.saveRule(fields), "")
            let summary = ""
            for (let row = 0; row < AlertCenter.rules.count; ++row) {
                const index = AlertCenter.rules.index(row, 0)
                if (AlertCenter.rules.data(index, AlertRuleModel.NameRole) === rule.name)
                    summary = AlertCenter.rules.data(index, AlertRuleModel.SummaryRole)
            }
            verify(/5 bar(s|\(s\))? of 5 min/.test(String(summary)), summary) // the English plural file is the app's
            verify(String(summary).indexOf("once per 5 min bar close") >= 0, summary)
            // A bar of 0 s is refused with a reason.
            fields.barSec = 0
            verify(AlertCenter.saveRule(fields).length > 0)
            dialog.close()
        }

        function test_ruleListShowsEachRuleState() {
            const page = createTemporaryObject(pageComponent, root)
            tryVerify(() => page.live)
            // The BTC rule saw the prices (last 106); the list says its state and that value.
            tryVerify(() => findStateLabel(page) !== null, 3000, "a rule's state with its last value, 106")
        }

        // At 1024 px a long state line (a mint as subject) elides: Edit and Delete stay whole
        // on every row, inside the page (they were pushed off and clipped to "E" and "D").
        function test_longStateLinesLeaveTheButtonsWhole() {
            root.width = 1024
            root.height = 700
            const page = createTemporaryObject(pageComponent, root)
            tryVerify(() => page.live)
            tryVerify(() => findLabel(page, "ruleStateLabel", "So1111") !== null, 3000, "the mint rule's state line")
            const state = findLabel(page, "ruleStateLabel", "So1111")
            tryVerify(() => state.truncated, 3000, "the long state line elides")
            const edits = findAll(page, "Edit")
            verify(edits.length >= 2, "an Edit button on each rule")
            for (let i = 0; i < edits.length; ++i) {
                const b = edits[i]
                const right = b.mapToItem(page, b.width, 0).x
                verify(right <= page.width + 0.5, "Edit inside the page: " + right + " > " + page.width)
                verify(b.width >= b.implicitWidth - 0.5, "Edit whole: " + b.width + " < " + b.implicitWidth)
            }
            const deletes = findAll(page, "Delete")
            for (let i = 0; i < deletes.length; ++i) {
                const d = deletes[i]
                verify(d.mapToItem(page, d.width, 0).x <= page.width + 0.5, "Delete inside the page")
                verify(d.width >= d.implicitWidth - 0.5, "Delete whole")
            }
            root.width = 1296
            root.height = 860
        }

        function findAll(item, text) {
            let found = []
            if (!item)
                return found
            if (item.text === text && item.visible && item.width > 0)
                found.push(item)
            const kids = item.children || []
            for (let i = 0; i < kids.length; ++i)
                found = found.concat(findAll(kids[i], text))
            if (item.contentItem && item.contentItem !== item)
                found = found.concat(findAll(item.contentItem, text))
            return found
        }

        function findLabel(item, name, part) {
            if (!item)
                return null
            if (item.objectName === name && item.text.indexOf(part) >= 0)
                return item
            const kids = item.children || []
            for (let i = 0; i < kids.length; ++i) {
                const f = findLabel(kids[i], name, part)
                if (f)
                    return f
            }
            if (item.contentItem && item.contentItem !== item)
                return findLabel(item.contentItem, name, part)
            return null
        }

        function findStateLabel(item) {
            if (!item)
                return null
            if (item.objectName === "ruleStateLabel" && item.text.indexOf("106") >= 0)
                return item
            const kids = item.children || []
            for (let i = 0; i < kids.length; ++i) {
                const f = findStateLabel(kids[i])
                if (f)
                    return f
            }
            if (item.contentItem && item.contentItem !== item)
                return findStateLabel(item.contentItem)
            return null
        }
    }
}
