pragma Singleton
import QtQuick

// The one way a price, an amount or a count is written, on every page: the trades tape, the
// chart's readout and last-price tag, the Prices board and the dashboard tiles show the same
// number the same way, in the locale's digits and decimal mark ("0,00002315" in German).
// Never an exponent: a token at 0.00002315 reads as that, not 2.315e-5.
// Every function takes the locale as an optional last argument (tests pass Qt.locale("de_DE")).
QtObject {
    /// Decimals price() writes: 2 from 1000 up, 4 from 1 up, and below 1 enough for four
    /// significant digits (0.8538, 0.00002315), at most 12. (The step is at 1000, not 100,
    /// so a readout of a token trading around 100 does not mix 99.0000 with 103.00.)
    function priceDecimals(p) {
        const a = Math.abs(Number(p))
        if (!isFinite(a) || a === 0)
            return 0
        if (a >= 1000)
            return 2
        if (a >= 1)
            return 4
        return Math.min(12, Math.max(4, 3 - Math.floor(Math.log10(a))))
    }
    function price(p, locale) {
        const v = Number(p)
        if (p === undefined || p === null || !isFinite(v))
            return "—"
        if (v === 0)
            return "0"
        return v.toLocaleString(locale || Qt.locale(), "f", priceDecimals(v))
    }
    /// A price as a number, rounded as price() writes it: an alert level made from the chart
    /// is the level the label shows (not 0.0000231546…).
    function roundPrice(p) {
        const v = Number(p)
        return isFinite(v) ? Number(v.toFixed(priceDecimals(v))) : v
    }
    /// An amount or volume, short: 1.52B, 3.40M, 12.5k, 640, 2.50, 0.0031.
    function amount(v, locale) {
        const n = Number(v)
        if (v === undefined || v === null || !isFinite(n))
            return "—"
        const l = locale || Qt.locale()
        const a = Math.abs(n)
        if (a >= 1e9)
            return (n / 1e9).toLocaleString(l, "f", 2) + "B"
        if (a >= 1e6)
            return (n / 1e6).toLocaleString(l, "f", 2) + "M"
        if (a >= 1e4)
            return (n / 1e3).toLocaleString(l, "f", 1) + "k"
        if (a >= 100)
            return n.toLocaleString(l, "f", 0)
        if (a >= 1 || a === 0)
            return n.toLocaleString(l, "f", a === 0 ? 0 : 2)
        return n.toLocaleString(l, "f", Math.min(12, 1 - Math.floor(Math.log10(a)))) // two significant digits
    }
    /// A whole count with the locale's group separator: 26,567,769 (26.567.769 in German).
    function count(n, locale) {
        const v = Number(n)
        if (n === undefined || n === null || !isFinite(v))
            return "—"
        return Math.round(v).toLocaleString(locale || Qt.locale(), "f", 0)
    }
}
