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
        ConnectionsPage {
            anchors.fill: parent
        }
    }

    TestCase {
        id: test
        name: "ConnectionsPage"
        when: windowShown

        property var page: null

        function collect(item, objectName, out) {
            if (item === null || item === undefined)
                return out
            if (item.objectName === objectName)
                out.push(item)
            const kids = item.children !== undefined && item.children !== null ? item.children : []
            let contentIsChild = false
            for (let i = 0; i < kids.length; ++i) {
                contentIsChild = contentIsChild || kids[i] === item.contentItem
                collect(kids[i], objectName, out)
            }
            if (item.contentItem !== undefined && item.contentItem !== null && !contentIsChild)
                collect(item.contentItem, objectName, out)
            return out
        }
        function visibleOnes(list) {
            return list.filter(x => x.visible)
        }
        function cardNamed(name) {
            // Cards are created as they scroll into view: bring the named one in.
            const list = findChild(page, "profileList")
            for (let i = 0; i < list.count; ++i) {
                list.positionViewAtIndex(i, ListView.Contain)
                const card = list.itemAtIndex(i)
                if (card !== null && card.name === name)
                    return card
            }
            return null
        }

        function init() {
            page = createTemporaryObject(pageComponent, root)
            verify(page !== null)
            waitForRendering(page)
        }

        function test_everyProfileIsListed() {
            const list = findChild(page, "profileList")
            verify(list !== null)
            compare(list.count, ProfileStore.count)
            verify(ProfileStore.count >= 7)
            // The list grows the page taller than the window: scroll to check every card exists.
            for (let i = 0; i < list.count; ++i) {
                list.positionViewAtIndex(i, ListView.Contain)
                verify(list.itemAtIndex(i) !== null, "card " + i)
            }
        }

        function test_liveConnectionShowsMovingStatistics() {
            tryVerify(() => page.live, 10000, "the demo stream opens")
            const card = cardNamed("Demo stream")
            verify(card !== null)
            tryVerify(() => card.connectionCount === 1, 5000)
            const stateLabel = visibleOnes(collect(card, "stateName", []))[0]
            compare(stateLabel.text, "Open")
            const inStat = visibleOnes(collect(card, "inStat", []))[0]
            const before = inStat.value
            tryVerify(() => inStat.value !== before, 10000, "incoming statistics update live")
            const rate = visibleOnes(collect(card, "rateStat", []))[0]
            tryVerify(() => Number(rate.value) > 0, 10000)
        }

        function test_connectionsWithoutAProfileAreListedToo() {
            const section = findChild(page, "unassigned")
            tryVerify(() => section.visible, 5000)
            tryVerify(() => visibleOnes(collect(section, "otherConnection", [])).length === 1, 5000)
            // Rows of profiled connections are not repeated there.
            compare(visibleOnes(collect(section, "otherConnection", []))[0].name, "Loose connection")
        }

        function test_failureReasonIsShown() {
            const card = cardNamed("Broken feed")
            verify(card !== null)
            tryVerify(() => card.connectionCount === 1, 5000)
            tryVerify(() => visibleOnes(collect(card, "reason", [])).length === 1, 10000, "a refused connection says why")
            verify(visibleOnes(collect(card, "reason", []))[0].text.length > 5)
            const state = visibleOnes(collect(card, "stateName", []))[0]
            verify(state.text === "Reconnecting" || state.text === "Connecting" || state.text === "Failed", state.text)
        }

        function test_disconnectAndConnectARow() {
            const card = cardNamed("Demo stream")
            tryVerify(() => card.connectionCount === 1, 5000)
            const button = visibleOnes(collect(card, "toggleButton", []))[0]
            const state = visibleOnes(collect(card, "stateName", []))[0]
            tryCompare(state, "text", "Open", 10000)
            compare(button.text, "Disconnect")
            mouseClick(button)
            tryCompare(state, "text", "Closed", 5000)
            compare(button.text, "Connect")
            mouseClick(button)
            tryCompare(state, "text", "Open", 10000)
        }

        function test_profileConnectDisconnectButtons() {
            const card = cardNamed("Demo stream")
            tryVerify(() => card.connectionCount === 1, 5000)
            const state = visibleOnes(collect(card, "stateName", []))[0]
            tryCompare(state, "text", "Open", 10000)
            mouseClick(findChild(card, "disconnectButton"))
            tryCompare(state, "text", "Closed", 5000)
            mouseClick(findChild(card, "connectButton"))
            tryCompare(state, "text", "Open", 10000)
            // Profiles without connections cannot be connected from here.
            const conyr = cardNamed("Demo Conyr")
            compare(conyr.connectionCount, 0)
            verify(!findChild(conyr, "connectButton").enabled)
        }

        function test_editorPrefillsDocumentedEndpointAndAuth() {
            page.startAddProfile()
            const editor = findChild(page, "profileEditor")
            tryVerify(() => editor.opened, 3000)
            const kindBox = findChild(editor.contentItem, "kindBox")
            const urlField = findChild(editor.contentItem, "urlField")
            const authBox = findChild(editor.contentItem, "authBox")
            const kinds = ProfileStore.providerKinds()
            for (let i = 0; i < kinds.length; ++i) {
                kindBox.currentIndex = i
                editor.kindChosen()
                compare(urlField.text, kinds[i].url)
                compare(authBox.count, ProfileStore.authMethods(kinds[i].id).length)
            }
            // The key field never echoes what is typed.
            compare(findChild(editor.contentItem, "keyField").echoMode, TextInput.Password)
            editor.close()
        }

        function test_addProfileThroughTheEditor() {
            const before = ProfileStore.count
            page.startAddProfile()
            const editor = findChild(page, "profileEditor")
            tryVerify(() => editor.opened, 3000)
            const kinds = ProfileStore.providerKinds()
            const kindBox = findChild(editor.contentItem, "kindBox")
            for (let i = 0; i < kinds.length; ++i) {
                if (kinds[i].id === "tweets")
                    kindBox.currentIndex = i
            }
            editor.kindChosen()
            findChild(editor.contentItem, "nameField").text = "My tweets"
            findChild(editor.contentItem, "urlField").text = "wss://tweets.example.org/v1/twitter/stream"
            findChild(editor.contentItem, "subscriptionsField").text = "rule-1\nrule-2"
            mouseClick(findChild(editor.contentItem, "saveButton"))
            tryVerify(() => !editor.visible, 3000)
            compare(ProfileStore.count, before + 1)
            findChild(page, "profileList").positionViewAtEnd()
            const card = cardNamed("My tweets")
            verify(card !== null)
            compare(card.kind, "tweets")
            compare(card.subscriptions.length, 2)
            // Not a demo: the card asks the keychain whether a key exists (never for the key).
            tryVerify(() => card.keyState !== "checking", 20000)
        }

        function test_validationErrorsShowInTheEditor() {
            const before = ProfileStore.count
            page.startAddProfile()
            const editor = findChild(page, "profileEditor")
            tryVerify(() => editor.opened, 3000)
            findChild(editor.contentItem, "nameField").text = "Bad URL"
            findChild(editor.contentItem, "urlField").text = "https://not-a-websocket.example.org"
            mouseClick(findChild(editor.contentItem, "saveButton"))
            const error = findChild(editor.contentItem, "editorError")
            tryVerify(() => error.visible, 2000)
            verify(error.text.indexOf("ws://") >= 0, error.text)
            verify(editor.visible, "the editor stays open so the user can fix it")
            compare(ProfileStore.count, before)
            editor.close()
        }

        function test_removeAProfile() {
            const id = ProfileStore.save({ "name": "Short-lived", "kind": "conyr", "url": "wss://api.conyr.ai/ws", "auth": "bearer" })
            verify(id.length > 0)
            const list = findChild(page, "profileList")
            list.positionViewAtEnd()
            waitForRendering(list)
            const card = cardNamed("Short-lived")
            verify(card !== null)
            card.removeRequested(id, "Short-lived")
            const dialog = findChild(page, "removeDialog")
            tryVerify(() => dialog.opened, 3000)
            compare(dialog.profileId, id)
            dialog.accept()
            tryVerify(() => cardNamed("Short-lived") === null, 3000)
            compare(Object.keys(ProfileStore.get(id)).length, 0)
        }

        function test_plaintextWarningFollowsTheSwitch() {
            const warning = findChild(page, "plaintextWarning")
            verify(!warning.visible)
            AppSettings.plaintextFallback = true
            verify(warning.visible)
            verify(warning.text.indexOf(KeyStore.fallbackFile) >= 0)
            AppSettings.plaintextFallback = false
            verify(!warning.visible)
        }
    }
}
