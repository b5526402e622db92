import QtQml.Models
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import QtQuick.Window
import Tidewatch

ApplicationWindow {
    id: window

    /// Set from the command line (--page).
    property string initialPage: ""
    /// True when the current page shows live data (used by --screenshot).
    readonly property bool pageLive: pages.currentItem !== null && pages.currentItem.item !== null
                                     && pages.currentItem.item.live === true

    /// The name of the page shown (for the perf probe and tests).
    readonly property string currentPageName: pages.currentIndex >= 0 && pages.currentIndex < pageList.count
                                              ? pageList.get(pages.currentIndex).name : ""

    function indexOfPage(name) {
        for (let i = 0; i < pageList.count; ++i) {
            if (pageList.get(i).name === name)
                return i
        }
        return -1
    }
    function showPage(name) {
        // "page/section" opens a section of the page too (e.g. tweets/subscriptions).
        const parts = String(name).split("/")
        for (let i = 0; i < pageList.count; ++i) {
            if (pageList.get(i).name === parts[0]) {
                pages.currentIndex = i
                const page = pages.currentItem !== null ? pages.currentItem.item : null
                if (parts.length > 1 && page !== null && page.showSection !== undefined)
                    page.showSection(parts[1])
                return
            }
        }
        console.warn("Unknown page:", name)
    }
    // The shell as AppShortcuts sees it.
    readonly property int pageCount: pageList.count
    readonly property int currentPageIndex: pages.currentIndex
    function pageTitle(i) { return window.pageTitles[pageList.get(i).name] }
    function showPageAt(i) {
        if (i >= 0 && i < pageList.count)
            pages.currentIndex = i
    }
    /// The current page's item (null while it loads).
    function currentPage() { return pages.currentItem !== null ? pages.currentItem.item : null }
    function openSettings() { showPage("settings") }
    function openShortcuts() { shortcutsDialog.open() }
    // Full screen and back to what the window was before (maximized or not).
    property int visibilityBeforeFullScreen: Window.Windowed
    function toggleFullScreen() {
        if (window.visibility === Window.FullScreen) {
            window.visibility = window.visibilityBeforeFullScreen
        } else {
            window.visibilityBeforeFullScreen = window.visibility === Window.Maximized ? Window.Maximized : Window.Windowed
            window.showFullScreen()
        }
    }
    function quit() { Qt.quit() }

    /// The demo banner's "Add a real key…": the Connections page with the profile editor open.
    function addRealKey() {
        showPage("connections")
        const page = pages.currentItem !== null ? pages.currentItem.item : null
        if (page !== null && page.startAddProfile !== undefined)
            page.startAddProfile()
    }

    width: 1480
    height: 920
    minimumWidth: 960
    minimumHeight: 600
    visible: true
    title: AppController.demoMode ? qsTr("Tidewatch — demo data") : qsTr("Tidewatch")
    Material.theme: AppSettings.theme === "dark" ? Material.Dark
                    : AppSettings.theme === "light" ? Material.Light : Material.System
    Material.accent: Material.Teal

    Component.onCompleted: {
        TrayIcon.attach(window)
        if (initialPage.length > 0)
            showPage(initialPage)
    }
    // Close to tray: with the setting on and a tray present, closing only hides the window.
    onClosing: close => {
        if (TrayIcon.shouldHideOnClose()) {
            close.accepted = false
            window.hide()
        }
    }

    ListModel {
        id: pageList
        ListElement { name: "dashboard"; file: "pages/DashboardPage.qml" }
        ListElement { name: "streams"; file: "pages/StreamsPage.qml" }
        ListElement { name: "api-console"; file: "pages/ApiConsolePage.qml" }
        ListElement { name: "markets"; file: "pages/MarketsPage.qml" }
        ListElement { name: "prices"; file: "pages/PricesPage.qml" }
        ListElement { name: "tweets"; file: "pages/TweetsPage.qml" }
        ListElement { name: "subscriptions"; file: "pages/SubscriptionsPage.qml" }
        ListElement { name: "alerts"; file: "pages/AlertsPage.qml" }
        ListElement { name: "connections"; file: "pages/ConnectionsPage.qml" }
        ListElement { name: "settings"; file: "pages/SettingsPage.qml" }
    }
    // Titles live here (not in the ListModel) so that they are translated.
    readonly property var pageTitles: ({
        "dashboard": qsTr("Dashboard"),
        "streams": qsTr("Streams"),
        "api-console": qsTr("API Console"),
        "markets": qsTr("Markets"),
        "prices": qsTr("Prices"),
        "tweets": qsTr("Tweets"),
        "subscriptions": qsTr("Subscriptions"),
        "alerts": qsTr("Alerts"),
        "connections": qsTr("Connections"),
        "settings": qsTr("Settings")
    })

    AppShortcuts {
        id: shortcuts
        objectName: "shortcuts"
        shell: window
    }
    ShortcutsDialog {
        id: shortcutsDialog
        objectName: "shortcutsDialog"
        shortcuts: shortcuts
    }

    header: ToolBar {
        // Always the app's own colours: left to Material, a toolbar takes the primary colour
        // (indigo) once the demo banner goes, with the banner's text colour still inherited.
        Material.background: AppController.demoMode ? Theme.banner : Theme.surfaceRaised
        Material.foreground: AppController.demoMode ? Theme.bannerText : Theme.text
        Material.primary: Theme.surfaceRaised
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.padding
            anchors.rightMargin: Theme.padding
            spacing: Theme.spacing
            Image {
                source: "qrc:/qt/qml/Tidewatch/resources/icons/tidewatch.svg"
                sourceSize: Qt.size(24, 24)
            }
            Label {
                text: qsTr("Tidewatch")
                font.bold: true
                font.pixelSize: Theme.fontTitle
            }
            Label {
                visible: AppController.demoMode
                Layout.fillWidth: true
                text: qsTr("Demo data from the built-in simulator. Add a profile with your own API key to watch the real feeds.")
                elide: Text.ElideRight
                textFormat: Text.PlainText
            }
            Item { Layout.fillWidth: !AppController.demoMode }
            Button {
                visible: AppController.demoMode
                flat: true
                text: qsTr("Add a real key…")
                onClicked: window.addRealKey()
            }
            Label {
                text: qsTr("%1 of %n connection(s) open", "", ConnectionRegistry.count).arg(ConnectionRegistry.openCount)
                color: ConnectionRegistry.troubleCount > 0 ? Theme.warning : (AppController.demoMode ? Theme.bannerText : Theme.muted)
            }
            ToolButton {
                id: helpButton
                objectName: "helpButton"
                text: qsTr("Help")
                onClicked: helpMenu.open()
                FitMenu {
                    id: helpMenu
                    objectName: "helpMenu"
                    y: helpButton.height
                    MenuItem {
                        objectName: "shortcutsMenuItem"
                        text: qsTr("Keyboard shortcuts…")
                        onTriggered: window.openShortcuts()
                    }
                }
            }
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Pane {
            Layout.fillHeight: true
            Layout.preferredWidth: Theme.navWidth
            padding: 0
            Material.elevation: 2
            ListView {
                id: nav
                anchors.fill: parent
                anchors.topMargin: Theme.spacing
                model: pageList
                currentIndex: pages.currentIndex
                delegate: NavButton {
                    required property string name
                    required property int index
                    width: nav.width
                    text: window.pageTitles[name]
                    current: pages.currentIndex === index
                    badge: name === "alerts" ? AlertCenter.unacknowledgedCount : 0
                    onClicked: pages.currentIndex = index
                }
            }
        }

        // The pages. Only the current page is in the window: the others are kept on a shelf
        // outside the scene, so that their models keep filling without a single repaint
        // (items outside a window are neither polished nor rendered). A StackLayout would
        // only hide them, and hidden items still schedule frames whenever they change.
        Item {
            id: pages
            Layout.fillWidth: true
            Layout.fillHeight: true
            // The first page is the one asked for on the command line: no other page loads before it.
            property int currentIndex: Math.max(0, window.indexOfPage(window.initialPage))
            readonly property Loader currentItem: pageLoaders.count > currentIndex ? pageLoaders.objectAt(currentIndex) : null
            readonly property Item shelf: Item {}

            // An Instantiator, not a Repeater: the pages' parents change, and a Repeater insists
            // on stacking its delegates as siblings.
            Instantiator {
                id: pageLoaders
                model: pageList
                Loader {
                    required property string file
                    required property int index
                    readonly property bool current: pages.currentIndex === index
                    property bool visited: false
                    // A hidden window (closed to the tray) keeps even its current page on the shelf.
                    parent: current && window.visible ? pages : pages.shelf
                    width: pages.width
                    height: pages.height
                    // Pages load when first shown and stay loaded, so their models keep filling.
                    active: visited
                    source: Qt.resolvedUrl(file)
                    onCurrentChanged: if (current) visited = true
                    Component.onCompleted: if (current) visited = true
                }
            }
        }
    }
}
