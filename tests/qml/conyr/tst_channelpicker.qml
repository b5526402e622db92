import QtQuick
import QtTest
import Tidewatch

// The channel picker: every catalog family is listed with the tier it needs; those the
// profile's tier (Layer 1 without a profile) cannot use are disabled and say why; choosing one
// shows what subscribing would do before it does.
TestCase {
    id: testCase
    name: "ChannelPicker"
    when: windowShown
    width: 900
    height: 640

    Component {
        id: pickerComponent
        Item {
            id: host
            property alias picker: picker
            property var asked: []
            width: 900
            height: 640
            ChannelPicker {
                id: picker
                width: 860
                height: 600
                catalog: ConyrWorkspace.catalog
                tokens: ConyrWorkspace.tokens
                streamedIntervals: ConyrWorkspace.streamedIntervals
                variants: ConyrWorkspace.variants
                preview: function(entryId, subject, view, interval) {
                    host.asked.push([entryId, subject, view, interval])
                    return subject.length > 0 ? ({ok: true, name: "token:" + subject + ":trades", quotaText: "8/50 channels on this connection",
                                                   costText: "no extra cost"})
                                              : ({ok: false, error: "Enter a token mint address."})
                }
            }
        }
    }

    function delegateFor(list, entryId) {
        for (let y = 0; y < list.contentHeight; y += 20) {
            list.contentY = Math.min(y, Math.max(0, list.contentHeight - list.height))
            for (let i = 0; i < list.contentItem.children.length; ++i) {
                const d = list.contentItem.children[i]
                if (d.entryId === entryId)
                    return d
            }
        }
        return null
    }

    function test_disabledChannelShowsItsReason() {
        const host = createTemporaryObject(pickerComponent, testCase)
        verify(host)
        host.picker.open()
        tryCompare(host.picker, "opened", true)
        compare(ConyrWorkspace.catalog.tier, "layer1")
        const list = findChild(host.picker.contentItem, "catalogList")
        verify(list)
        compare(list.count, ConyrWorkspace.catalog.count)

        const pnl = delegateFor(list, "wallet-pnl")
        verify(pnl, "the wallet PnL row is listed")
        compare(findChild(pnl, "delegate").enabled, false)
        compare(pnl.requiredTier, "Layer 2")
        const reason = findChild(pnl, "reason")
        verify(reason.visible)
        compare(reason.text, "Needs Layer 2; this profile's tier is Layer 1.")

        const security = delegateFor(list, "token-security")
        compare(findChild(security, "delegate").enabled, false)
        compare(findChild(security, "reason").text, "Needs Layer 3; this profile's tier is Layer 1.")

        const planned = delegateFor(list, "token-holders")
        compare(findChild(planned, "delegate").enabled, false)
        compare(findChild(planned, "reason").text, "Planned by Conyr, not live yet.")

        const trades = delegateFor(list, "trades")
        compare(findChild(trades, "delegate").enabled, true)
        compare(trades.requiredTier, "Layer 1")
        compare(findChild(trades, "reason").visible, false)
    }

    function test_choiceShowsWhatIfBeforeSubscribing() {
        const host = createTemporaryObject(pickerComponent, testCase)
        host.picker.open()
        tryCompare(host.picker, "opened", true)
        host.picker.entryId = "trades"
        const button = findChild(host.picker.contentItem, "subscribeButton")
        const whatIf = findChild(host.picker.contentItem, "whatIf")
        const subject = findChild(host.picker.contentItem, "subject")
        subject.editText = ""
        compare(button.enabled, false)
        compare(whatIf.text, "Enter a token mint address.")
        subject.editText = "So11111111111111111111111111111111111111112"
        tryCompare(button, "enabled", true)
        compare(whatIf.text, "Subscribing makes it 8/50 channels on this connection; no extra cost.")
        let asked = null
        host.picker.subscribeRequested.connect((e, s, v, i) => asked = [e, s, v, i])
        mouseClick(button)
        compare(asked, ["trades", "So11111111111111111111111111111111111111112", "", ""])
    }

    function test_candlesAskForViewAndTimeframe() {
        const host = createTemporaryObject(pickerComponent, testCase)
        host.picker.open()
        tryCompare(host.picker, "opened", true)
        host.picker.entryId = "ohlcv"
        findChild(host.picker.contentItem, "subject").editText = "SOL"
        const last = host.asked[host.asked.length - 1]
        compare(last[0], "ohlcv")
        compare(last[1], "So11111111111111111111111111111111111111112")
        compare(last[2], "filtered")
        compare(last[3], "1m")
        // The view is asked for by its id and shown by its (translated) label.
        compare(findChild(host.picker.contentItem, "viewBox").displayText, "filtered")
        compare(ConyrWorkspace.variantLabel("full"), "full")
        compare(ConyrWorkspace.variantLabel("organic"), "organic") // a view we do not know: its id
    }
}
