pragma Singleton
import QtQuick

// Number formatting shared by the Prices page: prices by magnitude, signed percents, money
// and ages.
QtObject {
    function price(p) {
        if (p === undefined || p === null || isNaN(p))
            return "—"
        if (p >= 1000)
            return Number(p).toLocaleString(Qt.locale(), 'f', 2)
        if (p >= 1)
            return Number(p).toLocaleString(Qt.locale(), 'f', 3)
        if (p <= 0)
            return "0"
        // four significant digits without an exponent: 0.8538, 0.00002315
        const decimals = Math.min(12, Math.max(4, 3 - Math.floor(Math.log(p) / Math.LN10)))
        return Number(p).toFixed(decimals)
    }
    function percent(v) {
        if (v === undefined || isNaN(v))
            return "—"
        return (v > 0 ? "+" : v < 0 ? "−" : "") + Math.abs(v).toLocaleString(Qt.locale(), 'f', 2) + " %"
    }
    function usd(v) {
        if (v === undefined || isNaN(v))
            return "—"
        return "$" + Number(v).toLocaleString(Qt.locale(), 'f', 2)
    }
    function age(ms) {
        if (ms === undefined || ms < 0)
            return qsTr("waiting")
        const s = Math.floor(ms / 1000)
        if (s < 60)
            return qsTr("%1 s ago").arg(s)
        const m = Math.floor(s / 60)
        if (m < 60)
            return qsTr("%1 min ago").arg(m)
        return qsTr("%1 h ago").arg(Math.floor(m / 60))
    }
    function duration(hours) {
        if (hours === undefined || hours < 0)
            return "—"
        if (hours < 48)
            return qsTr("%1 h").arg(Math.round(hours))
        return qsTr("%1 days").arg((hours / 24).toLocaleString(Qt.locale(), 'f', 1))
    }
    function utc(ms) {
        if (ms === undefined || ms < 0)
            return "—"
        return new Date(ms).toISOString().replace("T", " ").substring(0, 16) + " UTC"
    }
}
