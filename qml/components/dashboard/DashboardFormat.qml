pragma Singleton
import QtQuick

// Number formatting shared by the dashboard tiles and the pages' rate columns.
QtObject {
    /// A message rate in the locale's digits: per second from 0.1/s up ("2.0/s", "48/s"),
    /// per minute below, so a block every 12 s reads "5.0/min", not "0.0/s".
    function rate(perSecond) {
        const v = Number(perSecond)
        if (!isFinite(v) || v < 0)
            return qsTr("—")
        if (v > 0 && v < 0.1) {
            const perMinute = v * 60
            return qsTr("%1/min").arg(perMinute.toLocaleString(Qt.locale(), "f", perMinute < 10 ? 1 : 0))
        }
        return qsTr("%1/s").arg(v.toLocaleString(Qt.locale(), "f", v < 10 ? 1 : 0))
    }

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
