import QtQuick
import QtQuick.Controls
import QtTest
import Tidewatch

// A tweet's text (and author, and source name) that looks like markup is rendered as plain
// text: the tags stay visible characters, nothing is bold, no link, no image.
TestCase {
    id: testCase
    name: "TweetMarkup"
    when: windowShown
    visible: true // the page's items are visible only when their ancestors are
    width: 900
    height: 600

    readonly property string markup: '<b>bold</b> <img src="file:///nonexistent/tidewatch-test.png"> <a href="https://evil.example">click</a>'

    Component {
        id: delegateComponent
        TweetDelegate {
            width: 860
            index: 0
            tweetId: "1234567890123456789"
            author: "<b>mallory</b>"
            tweetText: testCase.markup
            tweetType: "original"
            sourceKind: "filter_rule"
            sourceName: "<i>tag</i>"
            sourceKey: "filter_rule:rule-1"
            latencyMs: 850
            deliveryMs: 30
            timeText: "12:00:00"
            link: "https://x.com/mallory/status/1234567890123456789"
        }
    }
    Component {
        id: pageComponent
        TweetsPage { width: 1296; height: 860 }
    }
    Component {
        id: detailsComponent
        TweetDetailsDialog { }
    }
    Text { id: plainReference; textFormat: Text.PlainText; visible: false }
    Text { id: richReference; textFormat: Text.RichText; visible: false }

    function findChild(item, name) {
        if (!item)
            return null
        if (item.objectName === name)
            return item
        const kids = item.children !== undefined ? item.children : []
        for (let i = 0; i < kids.length; ++i) {
            const found = findChild(kids[i], name)
            if (found)
                return found
        }
        if (item.contentItem !== undefined && item.contentItem !== item) {
            const inContent = findChild(item.contentItem, name)
            if (inContent)
                return inContent
        }
        return null
    }

    function findAll(item, name, out) {
        if (!item)
            return out
        if (item.objectName === name)
            out.push(item)
        const kids = item.children !== undefined ? item.children : []
        for (let i = 0; i < kids.length; ++i)
            findAll(kids[i], name, out)
        return out
    }

    function test_delegateShowsMarkupAsPlainText() {
        const d = createTemporaryObject(delegateComponent, testCase)
        verify(d)
        const label = findChild(d, "tweetText")
        verify(label, "the text label")
        compare(label.textFormat, Text.PlainText)
        compare(label.text, markup)

        // Laid out as plain text: every character of the tags takes space, exactly as in a
        // plain-text reference, and far more than the same string rendered as rich text.
        plainReference.font = label.font
        plainReference.text = markup
        richReference.font = label.font
        richReference.text = markup
        fuzzyCompare(label.implicitWidth, plainReference.implicitWidth, 1)
        verify(richReference.implicitWidth < plainReference.implicitWidth * 0.6,
               "rich text would hide the tags: " + richReference.implicitWidth + " vs " + plainReference.implicitWidth)

        // No link anywhere on the label (the rich reference has one where "click" is).
        for (let x = 1; x < label.width; x += 6)
            compare(label.linkAt(x, label.height / 2), "")
        compare(label.hoveredLink, "")

        const author = findChild(d, "tweetAuthor")
        compare(author.textFormat, Text.PlainText)
        compare(author.text, "@<b>mallory</b>")
    }

    function test_pageRendersTheTimelinePlain() {
        const page = createTemporaryObject(pageComponent, testCase)
        verify(page)
        tryCompare(page, "live", true)
        const list = findChild(page, "timeline")
        verify(list)
        tryVerify(() => list.count >= 2)
        let labels = []
        tryVerify(() => (labels = findAll(list, "tweetText", [])).length >= 2)
        let sawMarkup = false
        for (const label of labels) {
            compare(label.textFormat, Text.PlainText)
            if (label.text === markup)
                sawMarkup = true
        }
        verify(sawMarkup, "the markup tweet is in the timeline, verbatim")
    }

    function test_filterBarListsSourcesAndSearches() {
        const page = createTemporaryObject(pageComponent, testCase)
        verify(page)
        const sources = findChild(page, "sourceFilter")
        verify(sources)
        tryCompare(sources, "count", 3) // all, the monitor and the rule of the test data
        const search = findChild(page, "searchFilter")
        verify(search)
        search.forceActiveFocus()
        for (const c of "bold")
            keyClick(c)
        tryCompare(TweetsWorkspace.timeline, "count", 1)
        compare(TweetsWorkspace.timeline.search, "bold")
        TweetsWorkspace.timeline.clearFilters()
        compare(TweetsWorkspace.timeline.count, TweetsWorkspace.allTweets.count)
    }

    function test_detailsShowTheFullRecordAsPlainText() {
        const dialog = createTemporaryObject(detailsComponent, testCase)
        verify(dialog)
        // The markup tweet the test main put into the workspace.
        dialog.show("filter_rule:rule-1", "1900000000000000002")
        tryVerify(() => dialog.opened)
        verify(dialog.found)
        compare(dialog.record.link, "https://x.com/mallory/status/1900000000000000002")
        const text = findChild(dialog.contentItem, "detailsText")
        verify(text)
        compare(text.textFormat, Text.PlainText)
        compare(text.text, markup)
        dialog.close()

        dialog.show("filter_rule:rule-1", "1")
        verify(!dialog.found)
    }

    function test_pauseShowsNewCountAndResumeInsertsThem() {
        const page = createTemporaryObject(pageComponent, testCase)
        verify(page)
        const before = TweetsWorkspace.allTweets.count
        TweetsWorkspace.allTweets.paused = true
        const bar = findChild(page, "pendingLabel")
        verify(bar)
        tryVerify(() => bar.visible)
        verify(bar.text.indexOf("Paused") === 0, bar.text)
        TweetsWorkspace.allTweets.paused = false
        tryVerify(() => !bar.visible)
        compare(TweetsWorkspace.allTweets.count, before)
    }
}
