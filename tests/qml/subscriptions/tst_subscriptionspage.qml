import QtQuick
import QtTest
import Tidewatch

// The Subscriptions page over a fixed set of profiles (tst_subscriptions_qml.cpp): Conyr
// Layer 2 with 47 channels, Predikt STANDARD with 8 symbols, a tweets key with a monitor of 12
// accounts and a 5 s rule. The figures must be those of the profiles' tiers.
TestCase {
    id: testCase
    name: "SubscriptionsPage"
    when: windowShown
    width: 1400
    height: 900

    Component {
        id: pageComponent
        SubscriptionsPage {
            width: 1400
            height: 900
        }
    }

    function delegatesOf(list) {
        const out = []
        for (let i = 0; i < list.contentItem.children.length; ++i) {
            const d = list.contentItem.children[i]
            if (d.profileName !== undefined || d.what !== undefined)
                out.push(d)
        }
        return out
    }
    function keyRow(list, name) {
        const rows = delegatesOf(list)
        for (let i = 0; i < rows.length; ++i) {
            if (rows[i].profileName === name)
                return rows[i]
        }
        return null
    }

    function test_ratesReadAsAPersonWould() {
        // One formatter for every rate column: a block every 12 s is 5/min, not "0.0/s".
        compare(DashboardFormat.rate(1 / 12), "5.0/min")
        compare(DashboardFormat.rate(0.05), "3.0/min")
        compare(DashboardFormat.rate(0.2), "0.2/s")
        compare(DashboardFormat.rate(0), "0.0/s")
        compare(DashboardFormat.rate(48.4), "48/s")
        compare(DashboardFormat.rate(-1), "—")
    }

    function test_keyTotalsFollowTheTiers() {
        const page = createTemporaryObject(pageComponent, testCase)
        verify(page)
        tryCompare(page, "live", true)
        compare(SubscriptionsOverview.watching, true)
        const keys = findChild(page, "keyList")
        tryCompare(keys, "count", 3)

        tryVerify(() => keyRow(keys, "Desk") !== null)
        const desk = keyRow(keys, "Desk")
        compare(desk.tierLabel, "Layer 2")
        compare(findChild(desk, "connections").text, "1/20 connections of this key")
        compare(findChild(desk, "subscriptions").text, "47/50 channels")
        compare(findChild(desk, "cost").text, "$249.00/month · Layer 2")

        tryVerify(() => keyRow(keys, "Prices") !== null)
        const prices = keyRow(keys, "Prices")
        compare(prices.tierLabel, "STANDARD")
        compare(findChild(prices, "connections").text, "1/2 connections of this key")
        compare(findChild(prices, "subscriptions").text, "8/10 symbols")
        compare(findChild(prices, "cost").text, "$0.10/h · $72.00/month")

        tryVerify(() => keyRow(keys, "Social") !== null)
        const social = keyRow(keys, "Social")
        compare(findChild(social, "connections").text, "1/5 connections of this key")
        // 12 × 1,333 + 10,000
        compare(findChild(social, "cost").text, "25,996 credits/day")

        compare(findChild(page, "totalUsd").text, "$0.4458/h · $321.00/month")
        compare(findChild(page, "totalCredits").text, "25,996 credits/day")
    }

    function test_rowsShowQuotaAndCost() {
        const page = createTemporaryObject(pageComponent, testCase)
        tryCompare(page, "live", true)
        const list = findChild(page, "rowList")
        tryCompare(list, "count", 47 + 8 + 2)
        tryVerify(() => delegatesOf(list).find(d => d.what === "token:mint0:trades") !== undefined)
        const first = delegatesOf(list).find(d => d.what === "token:mint0:trades")
        compare(first.firstOfProfile, true)
        compare(first.profileName, "Desk")
        compare(findChild(first, "quota").text, "47/50 channels on this connection")
        compare(findChild(first, "cost").text, "$5.30/month share of $249.00")
        compare(findChild(first, "rate").text, "2.0/s")
        compare(findChild(first, "age").text, "1 s ago")

        list.positionViewAtEnd()
        tryVerify(() => delegatesOf(list).find(d => d.what === "#sol") !== undefined)
        const rule = delegatesOf(list).find(d => d.what === "#sol")
        compare(findChild(rule, "quota").text, "1/50 rules of this key")
        compare(findChild(rule, "cost").text, "10,000 credits/day")
        tryVerify(() => delegatesOf(list).find(d => d.what === "founders") !== undefined)
        const monitor = delegatesOf(list).find(d => d.what === "founders")
        compare(findChild(monitor, "quota").text, "12/100 accounts in this monitor")
        compare(findChild(monitor, "cost").text, "15,996 credits/day")
    }
}
