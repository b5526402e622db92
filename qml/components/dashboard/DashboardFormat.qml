pragma Singleton
import QtQuick

// Number formatting shared by the dashboard tiles.
QtObject {
    /// A price with sensible precision: two decimals from 100 up, six significant digits
    /// below (so a token at 0.0000276 does not read as 0.0000).
    function price(value) {
        const v = Number(value)
        if (!isFinite(v))
            return "—"
        if (Math.abs(v) >= 100)
            return v.toLocaleString(Qt.locale(), "f", 2)
        if (v === 0)
            return "0"
        const digits = Math.min(12, Math.max(2, 5 - Math.floor(Math.log10(Math.abs(v)))))
        return v.toLocaleString(Qt.locale(), "f", digits)
    }
}
