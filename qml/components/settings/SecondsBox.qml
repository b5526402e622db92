import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// A duration in seconds (with one decimal) for a setting kept in milliseconds.
RowLayout {
    id: root
    property int ms: 0
    property int minMs: 0
    property int maxMs: 600000
    signal committed(int value)

    spacing: Theme.spacing
    SpinBox {
        id: box
        from: Math.round(root.minMs / 100)
        to: Math.round(root.maxMs / 100)
        stepSize: 10
        editable: true
        value: Math.round(root.ms / 100)
        textFromValue: (value, locale) => Number(value / 10).toLocaleString(locale, "f", 1)
        valueFromText: (text, locale) => Math.round(Number.fromLocaleString(locale, text) * 10)
        validator: DoubleValidator {
            bottom: root.minMs / 1000
            top: root.maxMs / 1000
            decimals: 1
        }
        onValueModified: root.committed(value * 100)
    }
    Label {
        text: qsTr("s")
        color: Theme.muted
    }
}
