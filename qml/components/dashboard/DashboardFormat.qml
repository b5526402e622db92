pragma Singleton
import QtQuick
import Tidewatch

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

    /// The app's one price format (NumberFormat): the same text as Markets and Prices.
    function price(value) {
        return NumberFormat.price(value)
    }
}
