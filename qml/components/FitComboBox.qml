import QtQuick
import QtQuick.Controls

// A ComboBox as wide as its widest entry (not the Material default of 120 px, which cuts
// "Both directions" to "Both directi"), and a popup at least that wide even where a layout
// gives the box less room, so that every entry can be read in full.
ComboBox {
    id: control
    implicitContentWidthPolicy: ComboBox.WidestText
    // a MenuItem's own padding (16 px each side) around the widest text, plus a little air
    popup.width: Math.max(control.width, control.implicitContentWidth + 40)
    ToolTip.visible: hovered && control.width < control.implicitWidth && control.displayText.length > 0
    ToolTip.text: control.displayText
    ToolTip.delay: 600
}
