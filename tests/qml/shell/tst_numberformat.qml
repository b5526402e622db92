import QtQuick
import QtTest
import Tidewatch

// One number format (issue 16): a price reads the same on the trades tape, the chart, the
// Prices board and the dashboard, never with an exponent, and with the locale's decimal mark.
TestCase {
    name: "NumberFormat"
    when: windowShown
    width: 400; height: 300

    readonly property var en: Qt.locale("en_US")
    readonly property var de: Qt.locale("de_DE")

    Component {
        id: tape
        TradesTape {}
    }

    function test_prices_data() {
        return [
            { tag: "BONK", value: 0.00002315, en: "0.00002315", de: "0,00002315" },
            { tag: "tiny", value: 0.0000028981, en: "0.000002898", de: "0,000002898" },
            { tag: "below one", value: 0.85381, en: "0.8538", de: "0,8538" },
            { tag: "one to 100", value: 25.5, en: "25.5000", de: "25,5000" },
            { tag: "SOL", value: 187.254, en: "187.2540", de: "187,2540" },
            { tag: "BTC", value: 64250.5, en: "64,250.50", de: "64.250,50" },
            { tag: "negative", value: -0.0125, en: "-0.01250", de: "-0,01250" },
            { tag: "zero", value: 0, en: "0", de: "0" },
            { tag: "not a number", value: NaN, en: "—", de: "—" },
        ]
    }
    function test_prices(row) {
        compare(NumberFormat.price(row.value, en), row.en)
        compare(NumberFormat.price(row.value, de), row.de)
        verify(NumberFormat.price(row.value, en).indexOf("e") < 0, "no exponent")
    }

    function test_everyPageSharesIt() {
        const t = createTemporaryObject(tape, this)
        verify(t !== null)
        for (const v of [0.00002315, 0.0000289812, 0.8538, 187.25, 64250.5]) {
            const expected = NumberFormat.price(v)
            compare(t.formatPrice(v), expected, "trades tape")
            compare(PriceFormat.price(v), expected, "Prices board")
            compare(DashboardFormat.price(v), expected, "dashboard tiles")
        }
    }

    function test_roundPriceIsWhatIsShown() {
        compare(NumberFormat.roundPrice(0.0000231546), 0.00002315)
        compare(NumberFormat.roundPrice(187.25491), 187.2549)
        compare(NumberFormat.price(NumberFormat.roundPrice(0.0000231546), en), NumberFormat.price(0.0000231546, en))
    }

    function test_amounts_data() {
        return [
            { tag: "billions", value: 1.52e9, en: "1.52B", de: "1,52B" },
            { tag: "millions", value: 3.4e6, en: "3.40M", de: "3,40M" },
            { tag: "thousands", value: 12345, en: "12.3k", de: "12,3k" },
            { tag: "hundreds", value: 640.4, en: "640", de: "640" },
            { tag: "units", value: 2.5, en: "2.50", de: "2,50" },
            { tag: "fraction", value: 0.0031, en: "0.0031", de: "0,0031" },
            { tag: "zero", value: 0, en: "0", de: "0" },
        ]
    }
    function test_amounts(row) {
        compare(NumberFormat.amount(row.value, en), row.en)
        compare(NumberFormat.amount(row.value, de), row.de)
    }

    function test_counts() {
        compare(NumberFormat.count(26567769, en), "26,567,769")
        compare(NumberFormat.count(26567769, de), "26.567.769")
        compare(NumberFormat.count(undefined, en), "—")
    }
}
