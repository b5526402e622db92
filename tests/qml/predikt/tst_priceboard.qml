import QtQuick
import QtTest
import Tidewatch

// The price board's header and rows: the same columns at every width, a compact set in a
// narrow board (the remove button stays inside), and back after the window grows.
// An Item around the TestCase: a TestCase itself is not a visible parent.
Item {
    id: root
    width: 1100; height: 300

TestCase {
    id: testCase
    name: "PriceBoard"
    when: windowShown

    Component {
        id: boardComponent
        Column {
            id: board
            readonly property bool compact: width < 760
            property alias header: header
            property alias row: row
            // inset as on the Prices page (the rows have the same margins inside)
            PriceBoardHeader { id: header; x: Theme.spacing; width: board.width - 2 * Theme.spacing; compact: board.compact }
            PriceRow {
                id: row
                width: board.width
                compact: board.compact
                symbol: "SOL"; price: 185.09; hasPrice: true; changeSinceSubscribe: 0.001
                changeHour: -0.002; hourCoverageMinutes: 60; sparkline: [1, 2, 3]; source: "vwap"
                ageMs: 1200; stale: false; live: true; updates: 3; index: 0
            }
        }
    }

    function findByName(item, name) {
        if (item.objectName === name)
            return item
        for (let i = 0; i < item.children.length; ++i) {
            const found = findByName(item.children[i], name)
            if (found)
                return found
        }
        return null
    }
    function xIn(item, root) {
        return item.mapToItem(root, 0, 0).x
    }
    function checkColumnsLineUp(board, stage) {
        const priceTitle = findByName(board.header, "priceTitle")
        const price = findByName(board.row, "priceLabel")
        compare(xIn(priceTitle, board) + priceTitle.width, xIn(price, board) + price.width, "price column's right edge, " + stage)
        const remove = findByName(board.row, "removeButton")
        verify(remove.visible, stage)
        verify(remove.width > 0, stage)
        verify(xIn(remove, board) + remove.width <= board.width,
               "the remove button is inside the board, " + stage + ": " + xIn(remove, board) + " + " + remove.width)
    }

    function test_narrowThenWide() {
        // Created narrow (as a 1024-px window makes it), then widened past the threshold.
        const board = createTemporaryObject(boardComponent, root, {width: 460})
        waitForRendering(board)
        verify(board.compact)
        verify(!findByName(board.header, "hourTitle").visible)
        verify(!findByName(board.row, "hourColumn").visible)
        verify(!findByName(board.row, "ageLabel").visible)
        checkColumnsLineUp(board, "created narrow")

        board.width = 1000
        waitForRendering(board)
        verify(!board.compact)
        verify(findByName(board.header, "hourTitle").visible)
        verify(findByName(board.row, "ageLabel").visible)
        checkColumnsLineUp(board, "widened")
        const ageTitle = findByName(board.header, "ageTitle")
        const age = findByName(board.row, "ageLabel")
        compare(xIn(ageTitle, board), xIn(age, board), "last-update column's left edge")

        board.width = 500
        waitForRendering(board)
        verify(board.compact)
        checkColumnsLineUp(board, "narrowed again")
    }

    function test_createdWithoutWidthThenWide() {
        // A page's first layout pass: the board has no width yet, then the full one.
        const board = createTemporaryObject(boardComponent, root, {width: 0})
        waitForRendering(board)
        board.width = 1000
        waitForRendering(board)
        verify(!board.compact)
        checkColumnsLineUp(board, "first shown wide")
        const ageTitle = findByName(board.header, "ageTitle")
        const age = findByName(board.row, "ageLabel")
        compare(xIn(ageTitle, board), xIn(age, board), "last-update column's left edge")
        const hourTitle = findByName(board.header, "hourTitle")
        verify(hourTitle.visible)
        verify(hourTitle.width > 0)
    }
}
}
