import QtQuick
import QtTest
import Tidewatch

// The filter-rule editor's what-if over the fixed profiles of tst_subscriptions_qml.cpp: the
// "Social" tweets key has a monitor of 12 accounts (15,996 credits/day) and one 5 s rule
// (10,000), so 25,996 credits/day and 1 of its 50 rules. The sentence follows the interval as
// it is typed, before anything is saved.
TestCase {
    id: testCase
    name: "RuleWhatIf"
    when: windowShown
    width: 900
    height: 800

    Component {
        id: dialogComponent
        TweetRuleEditorDialog { profileId: "social" }
    }

    function findChild(item, name) {
        if (!item)
            return null
        if (item.objectName === name)
            return item
        const kids = item.children !== undefined ? item.children : []
        for (let i = 0; i < kids.length; ++i) {
            const found = findChild(kids[i], name)
            if (found)
                return found
        }
        if (item.contentItem !== undefined && item.contentItem !== null && item.contentItem !== item) {
            const inContent = findChild(item.contentItem, name)
            if (inContent)
                return inContent
        }
        if (item.footer !== undefined && item.footer !== null) {
            const inFooter = findChild(item.footer, name)
            if (inFooter)
                return inFooter
        }
        return null
    }

    function test_costAndNewTotalFollowTheInterval() {
        SubscriptionsOverview.refresh()
        const d = createTemporaryObject(dialogComponent, testCase)
        verify(d)
        d.openNew()
        tryCompare(d, "opened", true)
        const interval = findChild(d, "ruleInterval")
        const total = findChild(d, "ruleTotalText")
        interval.text = "5"
        interval.textEdited()
        compare(total.text, "If you create it: this rule costs 10,000 credits/day — your total becomes 35,996 (2/50 rules of this key).")
        interval.text = "0.5"
        interval.textEdited()
        compare(total.text, "If you create it: this rule costs 30,000 credits/day — your total becomes 55,996 (2/50 rules of this key).")
        interval.text = "3600"
        interval.textEdited()
        compare(total.text, "If you create it: this rule costs 100 credits/day — your total becomes 26,096 (2/50 rules of this key).")
        compare(d.whatIf.totalCreditsPerDay, 26096)
        verify(!d.refused)
        interval.text = "100000"
        interval.textEdited()
        compare(total.text, "No pricing tier covers that interval.")
        verify(d.refused)
        verify(!findChild(d, "saveRuleButton").enabled)
    }

    function test_aProfileTheOverviewDoesNotKnowKeepsTheEditorsTotal() {
        const d = createTemporaryObject(dialogComponent, testCase, { profileId: "elsewhere" })
        d.openNew()
        tryCompare(d, "opened", true)
        verify(!d.whatIf.known)
        verify(!d.refused)
    }
}
