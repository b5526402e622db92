import QtQuick
import QtQuick.Controls
import QtTest
import Tidewatch

Item {
    id: root
    width: 1296
    height: 860

    Component {
        id: pageComponent
        SettingsPage {
            anchors.fill: parent
        }
    }

    TestCase {
        name: "SettingsPage"
        when: windowShown

        function test_settingsAreShownAndChange() {
            const page = createTemporaryObject(pageComponent, root)
            verify(page !== null)
            compare(findChild(page, "settingsPath").text, AppSettings.settingsFile)
            verify(AppSettings.settingsFile.length > 0)

            const warning = findChild(page, "fallbackWarning")
            verify(!warning.visible)
            const fallback = findChild(page, "fallbackSwitch")
            mouseClick(fallback)
            verify(AppSettings.plaintextFallback)
            verify(warning.visible, "turning the opt-in on shows a warning")
            mouseClick(fallback)
            verify(!AppSettings.plaintextFallback)
            verify(!warning.visible)

            const size = findChild(page, "maxMessageSize")
            compare(size.value, AppSettings.maxMessageSizeMiB)
            AppSettings.maxMessageSizeMiB = 8
            compare(size.value, 8)
            AppSettings.resetConnectionDefaults()
            compare(size.value, 16)

            const theme = findChild(page, "themeBox")
            AppSettings.theme = "dark"
            compare(theme.currentValue, "dark")
            AppSettings.theme = "system"
        }
    }
}
