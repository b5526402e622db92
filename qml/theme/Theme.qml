pragma Singleton
import QtQuick
import QtQuick.Controls.Material
import Tidewatch

// Spacing, type sizes and the colours that carry meaning (up/down, severity, state).
QtObject {
    // Follows the theme chosen in Settings; a singleton's own Material attached object does
    // not see the window's Material.theme, so it only answers for "system".
    readonly property bool dark: AppSettings.theme === "dark"
                                 || (AppSettings.theme === "system" && Material.theme === Material.Dark)
    readonly property int spacing: 8
    readonly property int padding: 12
    readonly property int radius: 6
    readonly property int navWidth: 184

    readonly property int fontSmall: 11
    readonly property int fontBody: 13
    readonly property int fontTitle: 18
    readonly property string monoFamily: "DejaVu Sans Mono"

    readonly property color up: dark ? "#4cc38a" : "#1a7f4b"
    readonly property color down: dark ? "#ff6b6b" : "#c62828"
    readonly property color warning: dark ? "#ffb74d" : "#b26a00"
    readonly property color info: dark ? "#64b5f6" : "#1565c0"
    readonly property color muted: dark ? "#9aa4ad" : "#5f6b76"
    readonly property color surface: dark ? "#1e2328" : "#f6f8fa"
    readonly property color surfaceRaised: dark ? "#262c33" : "#ffffff"
    readonly property color border: dark ? "#38414a" : "#d8dee4"
    readonly property color banner: dark ? "#5d4a00" : "#fff4c2"
    readonly property color bannerText: dark ? "#fff4c2" : "#3b3000"
    /// Body text on surface and surfaceRaised (the toolbar uses it too).
    readonly property color text: dark ? "#e6e9ec" : "#1f2328"

    /// Column widths of a connection's statistics (ConnectionRow), so that each column starts
    /// at the same x on every card. Wide enough for "1,234,567 · 999.9 MiB" and for the German
    /// captions ("Neuverbindungen"); together (704 px with spacing) they fit a card in a
    /// window of the minimum width, 960.
    readonly property QtObject connectionColumns: QtObject {
        readonly property int state: 200
        readonly property int button: 120
        readonly property int traffic: 160
        readonly property int rate: 56
        readonly property int age: 90
        readonly property int ping: 56
        readonly property int reconnects: 100
        readonly property int relayCount: 110
    }

    /// The colour of a ConnectionStates.Tone.
    function toneColor(tone) {
        switch (tone) {
        case ConnectionStates.Good: return up
        case ConnectionStates.Pending: return warning
        case ConnectionStates.Bad: return down
        default: return muted
        }
    }
    /// The colour of a Connection.State: its role comes from C++ (ConnectionStates), like its text.
    function stateColor(state) {
        return toneColor(ConnectionStates.tone(state))
    }
    function severityColor(severity) {
        switch (severity) {
        case "critical": return down
        case "warning": return warning
        default: return info
        }
    }
}
