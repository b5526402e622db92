import QtQuick
import QtQuick.Controls
import QtTest
import Tidewatch

TestCase {
    id: testCase
    name: "PricesPage"
    when: windowShown
    width: 1296; height: 880

    Component {
        id: pageComponent
        PricesPage { width: testCase.width; height: testCase.height }
    }
    Component {
        id: sparkComponent
        Sparkline { width: 160; height: 36 }
    }

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
        if (item.contentItem && item.contentItem !== item) {
            const found = findByName(item.contentItem, name)
            if (found)
                return found
        }
        return null
    }

    function test_1_goesLiveWithTheDemoSymbols() {
        const page = createTemporaryObject(pageComponent, testCase)
        verify(page !== null)
        tryVerify(() => page.live, 10000, "the page shows live prices")
        const board = findByName(page, "board")
        verify(board !== null)
        compare(board.count, 5) // SOL BTC ETH JUP BONK
        tryVerify(() => PrediktWorkspace.current.board.liveCount === 5, 5000)
        const cap = findByName(page, "capLabel")
        // ("symbol(s)": the English plural forms are not loaded in this test)
        verify(/^5 of 10 symbol/.test(cap.text), cap.text)
        // the first hour is charged at connect: the balance is known
        const balance = findByName(page, "balanceLabel")
        tryVerify(() => balance.text === "$49.90", 5000, "balance " + balance.text)
        compare(findByName(page, "ledgerList").count, 1)
        verify(findByName(page, "forecastLabel").text.indexOf("days") > 0)
        verify(!findByName(page, "disconnectBanner").visible)
        // the one state word of every page (ConnectionStates), not a page's own
        compare(findByName(page, "stateLabel").text, ConnectionStates.text(Connection.Open))
        compare(findByName(page, "stateLabel").text, "Open")
    }

    function test_2_addAndRemoveSymbols() {
        const page = createTemporaryObject(pageComponent, testCase)
        tryVerify(() => page.live, 10000)
        const session = PrediktWorkspace.current
        const field = findByName(page, "addField")
        field.text = "wif, ray"
        field.accepted()
        tryCompare(session, "symbolCount", 7)
        compare(field.text, "")
        tryVerify(() => session.board.liveCount === 7, 5000)
        // over the cap: refused locally with a clear notice
        verify(!session.addSymbols("A1 A2 A3 A4"))
        verify(session.notice.indexOf("10") >= 0)
        const notice = findByName(page, "noticeLabel")
        compare(notice.text, session.notice)
        compare(notice.textFormat, Text.PlainText)
        session.dismissNotice()
        session.removeSymbol("WIF")
        session.removeSymbol("RAY")
        tryCompare(session, "symbolCount", 5)
    }

    function test_2b_whatIfBeforeAdding() {
        // The demo profile is STANDARD (10 symbols per connection) with 5 symbols.
        const page = createTemporaryObject(pageComponent, testCase)
        tryVerify(() => page.live, 10000)
        const session = PrediktWorkspace.current
        tryCompare(session, "symbolCount", 5)
        const field = findByName(page, "addField")
        const whatIf = findByName(page, "addWhatIf")
        const add = findByName(page, "addButton")
        const noExtra = "no extra cost: Predikt bills $0.10 per connection-hour, not per symbol."
        compare(whatIf.text, "One more symbol makes it 6/10 symbols on this connection; " + noExtra)
        field.text = "wif"
        compare(whatIf.text, "Adding WIF makes it 6/10 symbols on this connection; " + noExtra)
        verify(add.enabled)
        field.text = "wif, ray sol"
        // ("Adding 2 symbols": the English plural forms are not loaded in this test)
        verify(/^Adding 2 symbol.* makes it 7\/10 symbols on this connection; /.test(whatIf.text), whatIf.text)
        field.text = "sol"
        compare(whatIf.text, "Already on the board.")
        verify(!add.enabled)
        // Over the tier's cap: the reason, and Add refuses before anything is sent.
        field.text = "A1 A2 A3 A4 A5 A6"
        compare(whatIf.text, "Only 5 more fit: 5/10 symbols on this connection. The STANDARD tier allows 10 symbols per connection.")
        compare(whatIf.color, Theme.warning)
        verify(!add.enabled)
        field.accepted()
        compare(session.symbolCount, 5)
        compare(session.notice, "")
        field.text = ""
    }

    function test_3_threshold() {
        const page = createTemporaryObject(pageComponent, testCase)
        const ledger = PrediktWorkspace.current.ledger
        const field = findByName(page, "thresholdField")
        field.text = "60.00"
        field.editingFinished()
        compare(ledger.warningThresholdUsd, 60)
        tryVerify(() => ledger.belowThreshold)
        field.text = "5"
        field.editingFinished()
        verify(!ledger.belowThreshold)
    }

    function xIn(item, root) {
        return item.mapToItem(root, 0, 0).x
    }

    function test_5_headerMatchesTheRowsWideAndNarrow() {
        // In the window's content item: a TestCase is not a visible parent, and the columns
        // that hide and show are what this looks at.
        const page = createTemporaryObject(pageComponent, testCase.parent)
        verify(page.visible)
        tryVerify(() => page.live, 10000)
        const board = findByName(page, "board")
        const ageTitle = findByName(page, "ageTitle")
        const priceTitle = findByName(page, "priceTitle")
        function row() { return board.itemAtIndex(0) }
        tryVerify(() => row() !== null, 5000)
        // wide (1296 px): every column, the header's over the rows'
        tryVerify(() => !board.compact && ageTitle.visible, 2000)
        waitForRendering(page)
        compare(xIn(ageTitle, page), xIn(findByName(row(), "ageLabel"), page))
        compare(xIn(priceTitle, page) + priceTitle.width,
                xIn(findByName(row(), "priceLabel"), page) + findByName(row(), "priceLabel").width)
        // a 1024-px window: compact rows, the remove button inside the board
        page.width = 1024 - Theme.navWidth
        tryVerify(() => board.compact, 2000)
        waitForRendering(page)
        verify(!ageTitle.visible)
        const remove = findByName(row(), "removeButton")
        verify(xIn(remove, board) + remove.width <= board.width)
        compare(xIn(priceTitle, page) + priceTitle.width,
                xIn(findByName(row(), "priceLabel"), page) + findByName(row(), "priceLabel").width)
        // and back
        page.width = testCase.width
        tryVerify(() => !board.compact, 2000)
        waitForRendering(page)
        compare(xIn(ageTitle, page), xIn(findByName(row(), "ageLabel"), page))
    }

    function test_6_subscriptionSetRoundTripThroughTheWorkspace() {
        // The live set target: export the demo profile's symbols, take one away, import the
        // set back: it says what it adds, then the board has it again. No key in the file.
        const session = PrediktWorkspace.current
        tryCompare(session, "symbolCount", 5)
        const file = "tst_pricespage-set.json" // in the working directory (the build's tests folder)
        compare(SubscriptionsOverview.exportSet(file), "")
        session.removeSymbol("JUP")
        tryCompare(session, "symbolCount", 4)
        const check = SubscriptionsOverview.checkImport(file)
        verify(check.ok, check.error)
        compare(check.count, 1)
        verify(check.summary.indexOf("to Demo Predikt") > 0, check.summary)
        compare(session.symbolCount, 4) // nothing before applying
        SubscriptionsOverview.applyImport()
        tryCompare(session, "symbolCount", 5)
        verify(session.symbols.indexOf("JUP") >= 0)
        compare(SubscriptionsOverview.checkImport(file).count, 0)
    }

    function test_4_sparklinePaints() {
        const spark = createTemporaryObject(sparkComponent, testCase)
        spark.points = [1, 2, 1.5, 3]
        waitForRendering(spark)
        verify(spark.available)
    }
}
