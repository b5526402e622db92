pragma ComponentBehavior: Bound
import QtQml
import QtQuick
import Tidewatch

// The window's keyboard shortcuts: ONE table (`entries`) from which both the Shortcut items
// and the Help → Keyboard shortcuts dialog are made, so the dialog cannot list a key that is
// not bound, nor miss one that is.
//
// Each entry: { id, group, text, keys, run(), available() }. `keys` holds StandardKey values
// (so macOS gets ⌘ and its own conventions) and portable strings ("Ctrl+1": ⌘1 on macOS).
// A key the platform has no binding for, or that an earlier entry already took, is dropped
// before anything is bound.
Item {
    id: root

    /// The window: pageCount, pageTitle(i), currentPageIndex, showPageAt(i), currentPage(),
    /// openSettings(), toggleFullScreen(), openShortcuts(), quit().
    required property var shell

    /// Groups in the order the dialog shows them.
    readonly property var groups: [
        { id: "navigation", title: qsTr("Navigation") },
        { id: "pages", title: qsTr("Pages") },
        { id: "alerts", title: qsTr("Alerts") },
        { id: "window", title: qsTr("Window") }
    ]

    readonly property bool mac: Qt.platform.os === "osx"

    function page() { return root.shell.currentPage() }
    function pageHas(name) {
        const p = root.page()
        return p !== null && typeof p[name] === "function"
    }
    function step(delta) {
        const n = root.shell.pageCount
        if (n > 0)
            root.shell.showPageAt((root.shell.currentPageIndex + delta + n) % n)
    }

    readonly property var entries: {
        let list = [
            { id: "next-page", group: "navigation", text: qsTr("Next page"),
              // ⌘Tab belongs to macOS (the application switcher): there it is ⌃Tab.
              keys: [root.mac ? "Meta+Tab" : "Ctrl+Tab", "Ctrl+PgDown"],
              run: () => root.step(1) },
            { id: "previous-page", group: "navigation", text: qsTr("Previous page"),
              keys: [root.mac ? "Meta+Shift+Tab" : "Ctrl+Shift+Tab", "Ctrl+PgUp"],
              run: () => root.step(-1) }
        ]
        const pages = Math.min(9, root.shell.pageCount)
        for (let i = 0; i < pages; ++i) {
            const index = i
            list.push({ id: "page-" + (i + 1), group: "navigation",
                        text: qsTr("Go to %1").arg(root.shell.pageTitle(i)),
                        keys: ["Ctrl+" + (i + 1)],
                        run: () => root.shell.showPageAt(index) })
        }
        list.push(
            { id: "settings", group: "navigation", text: qsTr("Open Settings"),
              keys: [StandardKey.Preferences, "Ctrl+,"],
              run: () => root.shell.openSettings() },
            { id: "find", group: "pages", text: qsTr("Search: focus the page's filter field"),
              keys: [StandardKey.Find],
              available: () => root.pageHas("focusFilter"),
              run: () => root.page().focusFilter() },
            { id: "pause", group: "pages", text: qsTr("Pause or resume the live view (Tweets, Streams, Markets)"),
              keys: ["Ctrl+P"],
              available: () => root.pageHas("togglePause"),
              run: () => root.page().togglePause() },
            { id: "refresh", group: "pages", text: qsTr("Reconnect or refresh the page's data (Tweets, Prices, Subscriptions)"),
              keys: [StandardKey.Refresh, "F5"],
              available: () => root.pageHas("refresh"),
              run: () => root.page().refresh() },
            { id: "acknowledge-all", group: "alerts", text: qsTr("Acknowledge all alerts"),
              keys: ["Ctrl+Shift+A"],
              available: () => AlertCenter.unacknowledgedCount > 0,
              run: () => AlertCenter.acknowledgeAll() },
            { id: "full-screen", group: "window", text: qsTr("Full screen on or off"),
              // StandardKey.FullScreen has several keys on Linux and Windows, and a Shortcut binds
              // one of them: there F11, the key people know; macOS's own (⌃⌘F) there.
              keys: root.mac ? [StandardKey.FullScreen] : ["F11"],
              run: () => root.shell.toggleFullScreen() },
            { id: "shortcuts", group: "window", text: qsTr("Show the keyboard shortcuts"),
              // "?" is text: a focused text field takes it, so it only opens the list elsewhere.
              keys: [StandardKey.HelpContents, "F1", "?"],
              run: () => root.shell.openShortcuts() },
            { id: "quit", group: "window", text: qsTr("Quit Tidewatch"),
              keys: [StandardKey.Quit, "Ctrl+Q"],
              run: () => root.shell.quit() })
        return list
    }

    // Reads the platform's text for a key (a StandardKey has no text of its own in QML).
    Shortcut { id: probe; enabled: false }
    function keyText(key) {
        probe.sequence = key
        const text = probe.nativeText
        probe.sequence = ""
        return text
    }

    /// What is bound: one row per key, { entry, key, text }, in table order. Filled by
    /// rebuild(), not by a binding: reading the probe's text while setting its sequence
    /// would make a binding depend on what it writes.
    property var bindings: []
    // Shortcuts of an older table linger until their deferred deletion; with the same keys
    // they would make every key ambiguous (and none would fire), so only the current
    // generation is enabled.
    property int generation: 0
    property bool completed: false
    function rebuild() {
        const generation = root.generation + 1
        let out = []
        let taken = ({})
        for (let i = 0; i < root.entries.length; ++i) {
            const entry = root.entries[i]
            for (let k = 0; k < entry.keys.length; ++k) {
                const text = root.keyText(entry.keys[k])
                if (text.length === 0)
                    continue // no binding for this StandardKey on this platform
                if (taken[text] !== undefined) {
                    if (taken[text] !== entry.id)
                        console.warn("Shortcut", text, "of", entry.id, "is already", taken[text])
                    continue
                }
                taken[text] = entry.id
                out.push({ entry: entry, key: entry.keys[k], text: text, generation: generation })
            }
        }
        root.generation = generation
        root.bindings = out
    }
    onEntriesChanged: if (completed) rebuild()
    Component.onCompleted: { completed = true; rebuild() }

    /// The native key texts bound for an entry (what the dialog shows).
    function keysOf(entryId) {
        return root.bindings.filter(b => b.entry.id === entryId).map(b => b.text)
    }
    function entriesIn(groupId) {
        return root.entries.filter(e => e.group === groupId && root.keysOf(e.id).length > 0)
    }

    /// The Shortcut items themselves (for tests: compared with the dialog's rows).
    function boundShortcuts() {
        let out = []
        for (let i = 0; i < instantiator.count; ++i) {
            const s = instantiator.objectAt(i)
            if (s !== null)
                out.push(s)
        }
        return out
    }

    Instantiator {
        id: instantiator
        model: root.bindings
        Shortcut {
            required property var modelData
            readonly property string entryId: modelData.entry.id
            sequence: modelData.key
            enabled: root.enabled && modelData.generation === root.generation
                     && (modelData.entry.available === undefined || modelData.entry.available())
            onActivated: modelData.entry.run()
            onActivatedAmbiguously: console.warn("Shortcut", nativeText, "is bound twice")
        }
    }
}
