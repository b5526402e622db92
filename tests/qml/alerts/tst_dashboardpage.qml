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
        DashboardPage { anchors.fill: parent }
    }

    TestCase {
        name: "DashboardPage"
        when: windowShown

        function tiles(page) {
            const out = []
            for (let i = 0; i < page.tiles.count; ++i)
                out.push(page.tiles.itemAt(i))
            return out
        }

        function init() {
            DashboardLayout.resetToDefault()
        }

        function test_defaultTilesShowData() {
            const page = createTemporaryObject(pageComponent, root)
            verify(page)
            tryCompare(DashboardLayout, "count", 7)
            tryVerify(() => tiles(page).length === 7)
            tryVerify(() => DashboardFeed.revision > 0)
            const byType = {}
            for (const t of tiles(page))
                byType[t.type] = t
            tryCompare(byType.price, "shownSubject", "BTC")
            tryCompare(byType.candles, "shownSubject", "ETH-USD")
            tryCompare(byType.blocks, "shownSubject", "ethereum.blocks")
            tryCompare(byType.balance, "shownSubject", "demo-predikt")
            const price = DashboardFeed.price("")
            compare(price.price, 106)
            compare(price.history.length, 12)
            const b = DashboardFeed.balance("")
            compare(b.burnPerHour, 2)
            compare(b.hoursLeft, 78 / 2)
            compare(DashboardFeed.tweets().total, 12)
            compare(DashboardFeed.blocks("", 6).blocks.length, 6)
        }

        function test_addMoveRemovePersisted() {
            const page = createTemporaryObject(pageComponent, root)
            tryVerify(() => tiles(page).length === 7)
            const id = DashboardLayout.addTile("price", "NOPE-USD")
            verify(id.length > 0)
            tryVerify(() => tiles(page).length === 8)
            // A tile following a subject that never arrives says what it waits for.
            const added = tiles(page).find(t => t.tileId === id)
            compare(added.shownSubject, "")
            DashboardLayout.moveTile(id, 0)
            tryVerify(() => tiles(page).some(t => t.tileId === id && t.index === 0))
            DashboardLayout.setWide(id, true)
            tryVerify(() => tiles(page).find(t => t.tileId === id).wide)
            DashboardLayout.removeTile(id)
            tryVerify(() => tiles(page).length === 7)
            compare(DashboardLayout.addTile("nonsense"), "")
        }

        function followItems(menu) {
            const out = []
            for (let i = 0; i < menu.count; ++i)
                out.push(menu.itemAt(i))
            return out
        }

        /// As a person opens it: the tile's menu, then its Follow entry.
        function openFollow(tile) {
            tile.tileMenu.open()
            tryCompare(tile.tileMenu, "opened", true)
            mouseClick(tile.tileMenu.itemAt(0))
            tryCompare(tile.followMenu, "opened", true)
        }

        function test_followNamesTokensAndIsOneChoice() {
            const page = createTemporaryObject(pageComponent, root)
            tryVerify(() => tiles(page).length === 7)
            const tile = tiles(page).find(t => t.type === "price")
            const mint = "So11111111111111111111111111111111111111112"
            openFollow(tile)
            tryVerify(() => tile.followMenu.count >= 3)
            let items = followItems(tile.followMenu)
            const texts = items.map(i => i.text)
            // The token by its symbol and the start of its mint, not a bare 44-character mint.
            verify(texts.indexOf("SOL — So111…") >= 0, texts.join(" | "))
            verify(texts.indexOf(mint) < 0, texts.join(" | "))
            verify(texts.indexOf("BTC") >= 0, texts.join(" | "))
            // One exclusive group: every choice in it, one checked.
            compare(tile.followGroup.exclusive, true)
            compare(tile.followGroup.buttons.length, items.length)
            compare(items.filter(i => i.checked).length, 1)
            verify(items[0].checked) // "the first one that arrives"
            // The states at the moment the choice is triggered (the menu closes with it).
            function choose(item) {
                const seen = {}
                const note = () => {
                    seen.chosen = item.checked
                    seen.groupChose = tile.followGroup.checkedButton === item
                }
                item.triggered.connect(note)
                tryCompare(tile.followMenu, "opened", true)
                // Later than a double-click after the click that opened the menu.
                mouseClick(item, item.width / 2, item.height / 2, Qt.LeftButton, Qt.NoModifier, Qt.styleHints.mouseDoubleClickInterval + 50)
                tryVerify(() => seen.chosen !== undefined)
                return seen
            }
            let seen = choose(items.find(i => i.text === "SOL — So111…"))
            compare(seen.chosen, true)
            compare(seen.groupChose, true) // and "the first one" no longer
            tryCompare(tile, "subject", mint)
            // Choosing the chosen one again keeps it chosen (a plain checkable item unchecked itself).
            tryCompare(tile.followMenu, "visible", false)
            openFollow(tile)
            tryVerify(() => followItems(tile.followMenu).some(i => i.text === "SOL — So111…" && i.checked))
            seen = choose(followItems(tile.followMenu).find(i => i.text === "SOL — So111…"))
            compare(seen.chosen, true)
            compare(seen.groupChose, true)
            compare(tile.subject, mint)
            tile.followMenu.close()
            tile.tileMenu.close()
            DashboardLayout.setSubject(tile.tileId, "")
        }

        function test_emptyDashboardOffersDefaults() {
            const page = createTemporaryObject(pageComponent, root)
            for (const t of tiles(page))
                DashboardLayout.removeTile(t.tileId)
            tryCompare(DashboardLayout, "count", 0)
            DashboardLayout.resetToDefault()
            tryCompare(DashboardLayout, "count", 7)
        }
    }
}
