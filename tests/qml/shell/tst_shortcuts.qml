import QtQuick
import QtQuick.Controls
import QtTest
import Tidewatch

// The window's keyboard shortcuts, typed into the real window (Main.qml).
Item {
    Component { id: mainComponent; Main {} }

    TestCase {
        id: test
        name: "Shortcuts"
        when: windowShown

        property var w: null

        function walk(o, pred) {
            if (o === null || o === undefined)
                return null
            if (pred(o))
                return o
            const kids = o.data !== undefined ? o.data : (o.children !== undefined ? o.children : [])
            for (let i = 0; i < kids.length; ++i) {
                const r = walk(kids[i], pred)
                if (r !== null)
                    return r
            }
            if (o.item !== undefined && o.item !== null && o.item !== o)
                return walk(o.item, pred)
            return null
        }
        function walkAll(o, pred, out) {
            if (o === null || o === undefined)
                return out
            if (pred(o))
                out.push(o)
            const kids = o.data !== undefined ? o.data : (o.children !== undefined ? o.children : [])
            for (let i = 0; i < kids.length; ++i)
                walkAll(kids[i], pred, out)
            return out
        }
        function byName(root, name) { return walk(root, o => o.objectName === name) }

        function init() {
            w = createTemporaryObject(mainComponent, null)
            verify(w !== null)
            w.requestActivate()
            tryVerify(() => w.active, 3000, "the window has the keyboard")
            tryVerify(() => w.currentPage() !== null, 5000, "the first page is loaded")
        }
        function showAndWait(name) {
            w.showPage(name)
            compare(w.currentPageName, name)
            tryVerify(() => w.currentPage() !== null, 5000, name + " loaded")
            return w.currentPage()
        }

        function test_nextAndPreviousPageWrap() {
            w.showPageAt(0)
            keyClick(Qt.Key_Tab, Qt.ControlModifier)
            compare(w.currentPageIndex, 1)
            keyClick(Qt.Key_PageDown, Qt.ControlModifier)
            compare(w.currentPageIndex, 2)
            keyClick(Qt.Key_PageUp, Qt.ControlModifier)
            compare(w.currentPageIndex, 1)
            w.showPageAt(w.pageCount - 1)
            keyClick(Qt.Key_Tab, Qt.ControlModifier)
            compare(w.currentPageIndex, 0, "Ctrl+Tab on the last page wraps to the first")
            keyClick(Qt.Key_Backtab, Qt.ControlModifier | Qt.ShiftModifier)
            compare(w.currentPageIndex, w.pageCount - 1, "Ctrl+Shift+Tab on the first page wraps to the last")
        }

        function test_ctrlNumberOpensThatPage() {
            w.showPageAt(0)
            keyClick(Qt.Key_3, Qt.ControlModifier)
            compare(w.currentPageIndex, 2)
            compare(w.currentPageName, "api-console")
            keyClick(Qt.Key_1, Qt.ControlModifier)
            compare(w.currentPageName, "dashboard")
        }

        function test_findFocusesThePageFilter() {
            const page = showAndWait("tweets")
            const field = byName(page, "searchFilter")
            verify(field !== null)
            verify(!field.activeFocus)
            keySequence(StandardKey.Find)
            tryVerify(() => field.activeFocus, 2000, "Find focuses the tweet search")
        }

        function test_pauseTogglesTheTimeline() {
            const page = showAndWait("tweets")
            const paused = page.tweets.paused
            keyClick(Qt.Key_P, Qt.ControlModifier)
            compare(page.tweets.paused, !paused)
            keyClick(Qt.Key_P, Qt.ControlModifier)
            compare(page.tweets.paused, paused)
        }

        function test_acknowledgeAll() {
            tryVerify(() => AlertCenter.unacknowledgedCount > 0, 3000, "the fixture's alerts are there")
            keyClick(Qt.Key_A, Qt.ControlModifier | Qt.ShiftModifier)
            tryCompare(AlertCenter, "unacknowledgedCount", 0)
        }

        function test_dialogListsExactlyTheBoundShortcuts() {
            const shortcuts = byName(w, "shortcuts")
            const dialog = byName(w, "shortcutsDialog")
            verify(shortcuts !== null && dialog !== null)
            keyClick(Qt.Key_F1)
            tryVerify(() => dialog.opened, 2000, "F1 opens the list")

            // What is bound: entry id → the Shortcut items' native texts.
            let bound = ({})
            const items = shortcuts.boundShortcuts()
            verify(items.length >= 18, "every shortcut is bound (" + items.length + ")")
            for (let i = 0; i < items.length; ++i) {
                verify(items[i].nativeText.length > 0)
                const id = items[i].entryId
                bound[id] = (bound[id] || []).concat([items[i].nativeText])
            }
            // What the dialog shows: entry id → its key caps.
            let shown = ({})
            const rows = walkAll(dialog.contentItem, o => o.objectName === "shortcutRow", [])
            for (let r = 0; r < rows.length; ++r) {
                verify(shown[rows[r].entryId] === undefined, rows[r].entryId + " is listed once")
                const caps = walkAll(rows[r], o => o.keyText !== undefined, []).map(c => c.keyText)
                shown[rows[r].entryId] = caps
            }
            compare(JSON.stringify(shown, Object.keys(shown).sort()), JSON.stringify(bound, Object.keys(bound).sort()))
            // The ones the task names are among them.
            for (const id of ["next-page", "previous-page", "page-3", "find", "pause", "acknowledge-all",
                              "settings", "full-screen", "shortcuts", "quit"])
                verify(bound[id] !== undefined, id + " is bound")
            compare(bound["next-page"].length, 2)
            compare(bound["page-3"], ["Ctrl+3"])
            dialog.close()
        }

        function test_helpMenuOpensTheDialog() {
            const dialog = byName(w, "shortcutsDialog")
            const button = byName(w, "helpButton")
            verify(button !== null)
            const menu = byName(button, "helpMenu")
            verify(menu !== null)
            mouseClick(button)
            tryVerify(() => menu.opened, 2000, "Help opens its menu")
            const item = menu.itemAt(0)
            compare(item.objectName, "shortcutsMenuItem")
            mouseClick(item)
            tryVerify(() => dialog.opened, 2000)
            dialog.close()
        }

        function test_questionMarkIsTextInATextField() {
            const dialog = byName(w, "shortcutsDialog")
            const page = showAndWait("tweets")
            const field = byName(page, "searchFilter")
            field.forceActiveFocus()
            tryVerify(() => field.activeFocus)
            keyClick("?")
            compare(field.text, "?", "the ? went into the field")
            verify(!dialog.opened && !dialog.visible, "typing ? in a text field does not open the list")
            // Out of the field the same key opens it: the test above does not pass by accident.
            field.focus = false
            w.contentItem.forceActiveFocus()
            keyClick("?")
            tryVerify(() => dialog.opened, 2000, "? outside a text field opens the list")
            dialog.close()
        }
    }
}
