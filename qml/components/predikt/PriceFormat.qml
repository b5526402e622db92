pragma Singleton
import QtQuick
import Tidewatch

// Number formatting shared by the Prices page: prices by magnitude, signed percents, money
// and ages.
QtObject {
    /// The app's one price format (NumberFormat): the same text as Markets and the dashboard.
    function price(p) {
        return NumberFormat.price(p)
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
    /// An exact amount given as decimal text ("45.90", "-0.10", "1234.5"): the digits are
    /// kept as they are (no binary rounding), only the separators follow the locale.
    function usdText(text) {
        if (text === undefined || text === null || text.length === 0 || text === "NaN")
            return "—"
        let s = String(text)
        const negative = s.startsWith("-")
        if (negative)
            s = s.substring(1)
        const dot = s.indexOf(".")
        let whole = dot < 0 ? s : s.substring(0, dot)
        const fraction = dot < 0 ? "" : s.substring(dot + 1)
        const group = Qt.locale().groupSeparator
        let grouped = ""
        while (whole.length > 3) {
            grouped = group + whole.substring(whole.length - 3) + grouped
            whole = whole.substring(0, whole.length - 3)
        }
        grouped = whole + grouped
        return (negative ? "−" : "") + "$" + grouped + (fraction.length > 0 ? Qt.locale().decimalPoint + fraction : "")
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
