import QtQuick
import QtQuick.Controls

// A Menu as wide as its widest item: Material's Menu is 200 px whatever its texts, and a
// longer (or German) entry is cut off.
Menu {
    id: menu
    property real widestItem: 0
    function measure() {
        let w = 0
        for (let i = 0; i < menu.count; ++i) {
            const item = menu.itemAt(i)
            if (item !== null)
                w = Math.max(w, item.implicitWidth)
        }
        widestItem = w
    }
    width: Math.max(implicitWidth, widestItem + leftPadding + rightPadding)
    onAboutToShow: measure()
}
