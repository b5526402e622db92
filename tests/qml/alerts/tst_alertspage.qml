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
            compare(kinds.length, 12)
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
    }
}
