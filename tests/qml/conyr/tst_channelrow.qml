import QtQuick
import QtTest
import Tidewatch

// One subscribed channel row: its middle column says that nothing has arrived yet, shows
// the latest payload of a generic (uncatalogued) channel as fields, counts payloads not understood
// with the latest sample, and gives the reason of a refusal.
TestCase {
    id: testCase
    name: "ChannelRow"
    when: windowShown
    width: 900
    height: 60

    Component {
        id: rowComponent
        ChannelRow {
            width: 900
            channel: "pool:58oQChx4yWmvKdwLLZzBi4ChoCc2fqCUWBkwMihLYQo2:stats"
            kind: "generic"
            symbol: ""
            variant: ""
            interval: ""
            state: "subscribed"
            error: ""
            rate: 0
            lastMessageAge: -1
            muted: false
            drops: 0
            gaps: 0
            notUnderstood: 0
            sample: ""
            problem: ""
            index: 0
        }
    }

    /// The text items under item whose text is exactly text (the TestCase itself is not
    /// shown in a window here, so visibility is not checked).
    function shown(item, text) {
        let found = 0
        for (let i = 0; i < item.children.length; ++i) {
            const child = item.children[i]
            if (child.text !== undefined && child.text === text)
                ++found
            found += shown(child, text)
        }
        return found
    }

    function test_noDataYet() {
        const row = createTemporaryObject(rowComponent, testCase)
        verify(row)
        compare(row.note, "no data yet")
        compare(shown(row, "no data yet"), 1)
    }

    function test_genericChannelShowsItsLatestPayload() {
        const sample = "{\"liquidity_usd\":\"1250000.5\",\"n\":3}"
        const row = createTemporaryObject(rowComponent, testCase, {sample: sample, lastMessageAge: 500})
        verify(row)
        // The row reads the payload as fields; its tooltip keeps the raw JSON.
        const readable = "liquidity_usd 1250000.5 · n 3"
        compare(row.note, readable)
        compare(shown(row, readable), 1)
        compare(shown(row, "no data yet"), 0)
    }

    function test_notUnderstoodCountsAndShowsTheSample() {
        const sample = "{\"signature\":\"5hX\",\"seq\":42}"
        const row = createTemporaryObject(rowComponent, testCase, {
            channel: "token:EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v:trades", kind: "trades", symbol: "USDC",
            notUnderstood: 2, sample: sample, problem: "A trade without a valid price", lastMessageAge: 200})
        verify(row)
        compare(row.note, "2 payload(s) not understood, latest: " + sample)
        compare(shown(row, row.note), 1)
    }

    function test_rejectedShowsTheReason() {
        const row = createTemporaryObject(rowComponent, testCase, {state: "rejected", error: "Subscription limit reached (max 50)",
                                                                    notUnderstood: 3, sample: "{}"})
        verify(row)
        compare(row.note, "Subscription limit reached (max 50)")
    }
}
