import QtQuick
import QtQuick.Controls
import QtTest
import Tidewatch

// The Connections and Settings pages in the room a window of the minimum width (960) leaves
// them beside the navigation (184): nothing sticks out on the right, the connection cards'
// statistics start at the same x on every card, and a card's buttons follow the state.
Item {
    id: root
    width: 960 - Theme.navWidth
    height: 640

    Component {
        id: connectionsComponent
        ConnectionsPage {
            anchors.fill: parent
        }
    }
    Component {
        id: settingsComponent
        SettingsPage {
            anchors.fill: parent
        }
    }

    Component {
        id: comboComponent
        FitComboBox {
            width: 90 // narrower than its texts, as in a crowded row
            textRole: "label"
            model: [{ label: "Both directions" }, { label: "1× (as recorded)" }, { label: "Sent" }]
        }
    }
    Component {
        id: menuComponent
        FitMenu {
            MenuItem { text: "A rule that watches the balance of a Predikt key run out within a day" }
            MenuItem { text: "Short" }
        }
    }

    TestCase {
        id: test
        name: "PageFit"
        when: windowShown

        function collect(item, objectName, out) {
            if (item === null || item === undefined)
                return out
            if (item.objectName === objectName)
                out.push(item)
            const kids = item.children !== undefined && item.children !== null ? item.children : []
            for (let i = 0; i < kids.length; ++i)
                collect(kids[i], objectName, out)
            return out
        }
        function visibleOnes(list) {
            return list.filter(x => x.visible)
        }
        function cardNamed(page, name) {
            const list = findChild(page, "profileList")
            for (let i = 0; i < list.count; ++i) {
                list.positionViewAtIndex(i, ListView.Contain)
                const card = list.itemAtIndex(i)
                if (card !== null && card.name === name)
                    return card
            }
            return null
        }
        /// Every visible control, text, rectangle or image under `item` whose right edge lies
        /// beyond the page's (1 px of rounding allowed), as "Type 'text': right edge" texts. Content that
        /// scrolls sideways on purpose (a Flickable wider inside than outside) is skipped.
        function overflowing(page, item, out) {
            if (item === null || item === undefined || !item.visible || item.opacity === 0)
                return out
            // what a person sees: controls, texts, boxes, images (not the blur of a shadow)
            const seen = item instanceof Control || item instanceof Text || item instanceof Rectangle
                         || item instanceof Image
            if (seen && item.width > 0 && item.height > 0) {
                const p = item.mapToItem(page, 0, 0)
                if (p.x + item.width > page.width + 1 || p.x < -1) {
                    const label = item.text !== undefined ? item.text : item.objectName
                    out.push(String(item).split("(")[0] + " '" + label + "': x " + Math.round(p.x)
                             + ", right edge " + Math.round(p.x + item.width) + " > " + page.width)
                }
            }
            if (item instanceof Flickable && item.contentWidth > item.width + 1)
                return out
            const kids = item.children !== undefined && item.children !== null ? item.children : []
            for (let i = 0; i < kids.length; ++i)
                overflowing(page, kids[i], out)
            return out
        }

        function test_comboBoxAndMenuAreAsWideAsTheirTexts() {
            const box = createTemporaryObject(comboComponent, root)
            // its own width follows the widest entry, not Material's 120 px
            verify(box.implicitWidth > 120, "implicit width " + box.implicitWidth)
            // squeezed by a layout, its list still shows every entry whole
            box.popup.open()
            tryVerify(() => box.popup.opened, 2000)
            verify(box.popup.width >= box.implicitContentWidth + 32,
                   "popup " + box.popup.width + " for text " + box.implicitContentWidth)
            box.popup.close()

            const menu = createTemporaryObject(menuComponent, root)
            menu.open()
            tryVerify(() => menu.opened, 2000)
            const item = menu.itemAt(0)
            verify(menu.width >= item.implicitWidth, "menu " + menu.width + " for item " + item.implicitWidth)
            verify(menu.width > 200)
            menu.close()
        }

        function test_connectionsPageFitsTheMinimumWidth() {
            const page = createTemporaryObject(connectionsComponent, root)
            verify(page !== null)
            tryVerify(() => page.live, 10000, "the demo stream opens")
            const list = findChild(page, "profileList")
            // every card, brought into view in turn, fits
            for (let i = 0; i < list.count; ++i) {
                list.positionViewAtIndex(i, ListView.Contain)
                waitForRendering(list)
                const card = list.itemAtIndex(i)
                verify(card !== null)
                // (the cards lay out in a second pass after a width change)
                tryVerify(() => overflowing(page, card, []).length === 0, 2000,
                          card.name + ": " + overflowing(page, card, []).join("; "))
            }
            const bad = overflowing(page, page, [])
            verify(bad.length === 0, bad.join("; "))
        }

        function test_settingsPageFitsTheMinimumWidth() {
            const page = createTemporaryObject(settingsComponent, root)
            verify(page !== null)
            waitForRendering(page)
            const bad = overflowing(page, page, [])
            verify(bad.length === 0, bad.join("; "))
        }

        function test_statisticsStartAtTheSameXOnEveryCard() {
            const page = createTemporaryObject(connectionsComponent, root)
            const stream = cardNamed(page, "Demo stream")
            tryVerify(() => stream.connectionCount === 1, 5000)
            const streamIn = visibleOnes(collect(stream, "inStat", []))[0]
            const streamRate = visibleOnes(collect(stream, "rateStat", []))[0]
            const streamState = visibleOnes(collect(stream, "stateName", []))[0]
            const x = (item, card) => Math.round(item.mapToItem(card, 0, 0).x)
            const expected = [x(streamIn, stream), x(streamRate, stream), x(streamState, stream)]
            // a card with a longer URL and a failure reason: the same columns
            const broken = cardNamed(page, "Broken feed")
            tryVerify(() => broken.connectionCount === 1, 5000)
            const brokenIn = visibleOnes(collect(broken, "inStat", []))[0]
            const brokenRate = visibleOnes(collect(broken, "rateStat", []))[0]
            const brokenState = visibleOnes(collect(broken, "stateName", []))[0]
            compare([x(brokenIn, broken), x(brokenRate, broken), x(brokenState, broken)], expected)
            // the In value stays inside its column, clear of Out
            verify(streamIn.width <= Theme.connectionColumns.traffic)
            verify(x(streamRate, stream) - x(streamIn, stream) >= Theme.connectionColumns.traffic * 2)
        }

        function test_cardButtonsFollowTheConnectionState() {
            const page = createTemporaryObject(connectionsComponent, root)
            const card = cardNamed(page, "Demo stream")
            tryVerify(() => card.connectionCount === 1, 5000)
            const state = visibleOnes(collect(card, "stateName", []))[0]
            const connectButton = findChild(card, "connectButton")
            const disconnectButton = findChild(card, "disconnectButton")
            const toggle = visibleOnes(collect(card, "toggleButton", []))[0]
            tryCompare(state, "text", "Open", 10000)
            // open: only disconnecting makes sense
            tryVerify(() => !connectButton.enabled, 2000, "Connect is off on an open connection")
            verify(disconnectButton.enabled)
            compare(toggle.text, "Disconnect")

            mouseClick(disconnectButton)
            tryCompare(state, "text", "Closed", 5000)
            tryVerify(() => connectButton.enabled, 2000, "Connect comes on once closed")
            verify(!disconnectButton.enabled, "Disconnect is off on a closed connection")
            compare(toggle.text, "Connect")

            mouseClick(connectButton)
            tryCompare(state, "text", "Open", 10000)
            tryVerify(() => !connectButton.enabled, 2000)
            verify(disconnectButton.enabled)
        }
    }
}
