import QtQuick
import QtQuick.Controls
import QtTest
import Tidewatch

// The AlertsPage in the room a window of the minimum width (960) leaves it beside the
// navigation: no control, text or box reaches beyond its right edge.
Item {
    id: root
    width: 960 - Theme.navWidth
    height: 640

    Component {
        id: pageComponent
        AlertsPage { anchors.fill: parent }
    }

    TestCase {
        name: "AlertsPageFit"
        when: windowShown

        /// Every visible control, text, rectangle or image under `item` whose right edge lies
        /// beyond the page's (1 px of rounding allowed). Content that scrolls sideways on
        /// purpose (a Flickable wider inside than outside) is skipped.
        function overflowing(page, item, out) {
            if (item === null || item === undefined || !item.visible || item.opacity === 0)
                return out
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

        function test_fitsTheMinimumWidth() {
            const page = createTemporaryObject(pageComponent, root)
            verify(page !== null)
            tryVerify(() => page.live, 15000, "the page shows its data")
            waitForRendering(page)
            // (rows switch to their narrow layout in a second pass after a width change)
            tryVerify(() => overflowing(page, page, []).length === 0, 3000,
                      overflowing(page, page, []).join("; "))
        }
    }
}
