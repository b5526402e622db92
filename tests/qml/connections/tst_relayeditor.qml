import QtQuick
import QtQuick.Controls
import QtTest
import Tidewatch

// The profile editor's "Relay (NATS)" kind: NATS fields instead of the key method and tier,
// the credential's secret in the key field (never an option), and the fields read back.
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
        name: "RelayEditor"
        when: windowShown

        property var page: null

        function init() {
            page = createTemporaryObject(pageComponent, root)
            verify(page !== null)
            waitForRendering(page)
        }

        function chooseRelay(editor) {
            const kindBox = findChild(editor.contentItem, "kindBox")
            for (let i = 0; i < editor.kinds.length; ++i) {
                if (editor.kinds[i].id === "relay")
                    kindBox.currentIndex = i
            }
            editor.kindChosen()
            verify(editor.relay)
        }

        function test_relayProfileThroughTheEditor() {
            page.startAddProfile()
            const editor = findChild(page, "profileEditor")
            tryVerify(() => editor.opened, 3000)
            chooseRelay(editor)
            const urlField = findChild(editor.contentItem, "urlField")
            compare(urlField.text, "nats://127.0.0.1:4222")
            // No key method and no tier for NATS; its own credential choices instead.
            verify(!findChild(editor.contentItem, "authBox").visible)
            verify(!findChild(editor.contentItem, "tierField").visible)
            const natsAuthBox = findChild(editor.contentItem, "natsAuthBox")
            verify(natsAuthBox.visible)
            const keyField = findChild(editor.contentItem, "keyField")
            natsAuthBox.currentIndex = 0 // no credentials: nothing to enter
            verify(!keyField.visible)
            natsAuthBox.currentIndex = 1 // user and password
            verify(keyField.visible)
            compare(keyField.echoMode, TextInput.Password)
            verify(findChild(editor.contentItem, "natsUserField").visible)

            findChild(editor.contentItem, "nameField").text = "Desk relay"
            urlField.text = "nats://relay.example.org:4222"
            findChild(editor.contentItem, "natsUserField").text = "alice"
            findChild(editor.contentItem, "streamField").text = "TEAM"
            findChild(editor.contentItem, "subscriptionsField").text = "tidewatch.conyr.team.>"
            mouseClick(findChild(editor.contentItem, "saveButton"))
            tryVerify(() => !editor.visible, 3000)

            let id = ""
            for (let i = 0; i < ProfileStore.count; ++i) {
                const p = ProfileStore.get(ProfileStore.data(ProfileStore.index(i, 0), ProfileStore.IdRole))
                if (p.name === "Desk relay")
                    id = p.id
            }
            verify(id.length > 0)
            compare(ProfileStore.get(id).kind, "relay")
            const fields = RelayWorkspace.profileFields(id)
            compare(fields.natsAuth, "user")
            compare(fields.natsUser, "alice")
            compare(fields.stream, "TEAM")
            verify(RelayWorkspace.needsSecret(id))

            // Editing shows what was saved.
            editor.openForEdit(id)
            tryVerify(() => editor.opened, 3000)
            verify(editor.relay)
            compare(findChild(editor.contentItem, "natsUserField").text, "alice")
            compare(findChild(editor.contentItem, "streamField").text, "TEAM")
            editor.close()
            ProfileStore.remove(id)
        }

        function cardOf(id) {
            const list = findChild(page, "profileList")
            for (let i = 0; i < ProfileStore.count; ++i) {
                if (ProfileStore.data(ProfileStore.index(i, 0), ProfileStore.IdRole) !== id)
                    continue
                list.positionViewAtIndex(i, ListView.Contain) // a card out of view is not made
                return list.itemAtIndex(i)
            }
            return null
        }

        function addRelay(name, authIndex, user) {
            page.startAddProfile()
            const editor = findChild(page, "profileEditor")
            tryVerify(() => editor.opened, 3000)
            chooseRelay(editor)
            findChild(editor.contentItem, "natsAuthBox").currentIndex = authIndex
            findChild(editor.contentItem, "nameField").text = name
            if (user.length > 0)
                findChild(editor.contentItem, "natsUserField").text = user
            mouseClick(findChild(editor.contentItem, "saveButton"))
            tryVerify(() => !editor.visible, 3000)
            for (let i = 0; i < ProfileStore.count; ++i) {
                const p = ProfileStore.get(ProfileStore.data(ProfileStore.index(i, 0), ProfileStore.IdRole))
                if (p.name === name)
                    return p.id
            }
            fail("the relay profile " + name + " was not stored")
            return ""
        }

        // The card's secret button names the relay's own secret, and is not there when the
        // relay needs none (it said "Enter key…" on every relay profile).
        function test_theCardNamesTheRelaysSecret() {
            const withPassword = addRelay("Password relay", 1, "alice")
            const open = addRelay("Open relay", 0, "")
            tryVerify(() => cardOf(withPassword) !== null, 3000)
            const passwordButton = findChild(cardOf(withPassword), "keyButton")
            tryVerify(() => passwordButton.visible, 3000)
            tryCompare(passwordButton, "text", "Enter password…", 3000)
            tryVerify(() => cardOf(open) !== null, 3000)
            verify(!findChild(cardOf(open), "keyButton").visible, "no secret, no button")
            ProfileStore.remove(withPassword)
            ProfileStore.remove(open)
        }

        function test_aUserWithoutANameIsRefused() {
            page.startAddProfile()
            const editor = findChild(page, "profileEditor")
            tryVerify(() => editor.opened, 3000)
            chooseRelay(editor)
            findChild(editor.contentItem, "natsAuthBox").currentIndex = 1
            findChild(editor.contentItem, "nameField").text = "Nameless user"
            mouseClick(findChild(editor.contentItem, "saveButton"))
            tryVerify(() => editor.error.length > 0, 3000)
            verify(editor.visible)
            editor.close()
        }
    }
}
