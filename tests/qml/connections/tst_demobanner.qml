import QtQuick
import QtTest
import Tidewatch

// The demo banner's "Add a real key…" opens the Connections page with a new-profile editor.
Item {
    Component { id: mainComponent; Main {} }
    TestCase {
        name: "DemoBanner"
        when: windowShown
        function test_addARealKeyOpensTheEditor() {
            const w = createTemporaryObject(mainComponent, null)
            verify(w !== null)
            w.addRealKey()
            function walk(o) {
                if (o === null || o === undefined) return null
                if (o.objectName === "profileEditor") return o
                const kids = o.data !== undefined ? o.data : (o.children !== undefined ? o.children : [])
                for (let i = 0; i < kids.length; ++i) { const r = walk(kids[i]); if (r !== null) return r }
                if (o.item !== undefined && o.item !== null) return walk(o.item)
                return null
            }
            const page = walk(w.contentItem)
            verify(page !== null, "the Connections page was loaded with its editor")
            tryVerify(() => page.opened, 3000)
            compare(page.profileId, "")
            page.close()
        }
    }
}
