import QtQuick
import QtQuick.Controls
import QtTest
import Tidewatch

// The key dialog names what it stores: an API key for a provider profile, the NATS
// password, the NATS token or the NKey seed for a relay profile, by its credential kind.
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
        name: "KeyDialog"
        when: windowShown

        property var page: null
        property var saved: []

        function init() {
            page = createTemporaryObject(pageComponent, root)
            verify(page !== null)
            waitForRendering(page)
        }
        function cleanupTestCase() {
            for (let i = 0; i < saved.length; ++i)
                ProfileStore.remove(saved[i])
        }

        function relayProfile(name, options) {
            const id = ProfileStore.save({
                "name": name, "kind": "relay", "url": "nats://127.0.0.1:4222", "auth": "none",
                "subscriptions": "tidewatch.>", "options": options
            })
            verify(id.length > 0, ProfileStore.lastError)
            saved.push(id)
            return id
        }
        function openDialog(id, name) {
            const dialog = findChild(page, "keyDialog")
            dialog.openFor(id, name)
            tryVerify(() => dialog.opened, 3000)
            return dialog
        }
        function words(dialog) {
            return {
                "title": dialog.title,
                "explanation": findChild(dialog.contentItem, "keyDialogExplanation").text,
                "placeholder": findChild(dialog.contentItem, "keyDialogField").placeholderText,
                "save": findChild(dialog.contentItem, "keyDialogSave").text,
                "remove": findChild(dialog.contentItem, "keyDialogRemove").text
            }
        }
        function noApiKey(w) {
            for (const key in w)
                verify(w[key].indexOf("API key") < 0 && w[key].indexOf("The key ") < 0, key + ": " + w[key])
        }

        function test_aProviderProfileAsksForTheApiKey() {
            const id = ProfileStore.save({
                "name": "Conyr for the key dialog", "kind": "conyr", "url": "wss://api.conyr.ai/ws", "auth": "bearer"
            })
            verify(id.length > 0, ProfileStore.lastError)
            saved.push(id)
            const dialog = openDialog(id, "Conyr for the key dialog")
            const w = words(dialog)
            compare(w.title, "Key for Conyr for the key dialog")
            compare(w.placeholder, "Paste the API key")
            compare(w.save, "Save key")
            dialog.close()
        }

        function test_aRelayPasswordIsTheNatsPassword() {
            const id = relayProfile("Relay with a password", {"natsAuth": "user", "natsUser": "desk"})
            const dialog = openDialog(id, "Relay with a password")
            const w = words(dialog)
            compare(w.title, "NATS password for Relay with a password")
            compare(w.placeholder, "Paste the NATS password")
            compare(w.save, "Save password")
            compare(w.remove, "Remove password")
            verify(w.explanation.indexOf("NATS password of the user desk") >= 0, w.explanation)
            noApiKey(w)
            // The field still hides what is typed.
            compare(findChild(dialog.contentItem, "keyDialogField").echoMode, TextInput.Password)
            dialog.close()
        }

        function test_aRelayTokenIsTheNatsToken() {
            const id = relayProfile("Relay with a token", {"natsAuth": "token"})
            const dialog = openDialog(id, "Relay with a token")
            const w = words(dialog)
            compare(w.title, "NATS token for Relay with a token")
            compare(w.placeholder, "Paste the NATS token")
            compare(w.save, "Save token")
            verify(w.explanation.indexOf("NATS token") >= 0, w.explanation)
            noApiKey(w)
            dialog.close()
        }

        function test_aRelayNkeyIsTheNkeySeed() {
            const id = relayProfile("Relay with an NKey", {
                "natsAuth": "nkey", "natsNkey": "UDXU4RCSJNZOIQHZNWXHXORDPRTGNJAHAHFRGZNEEJCPQTT2M7NLCNF4"
            })
            const dialog = openDialog(id, "Relay with an NKey")
            const w = words(dialog)
            compare(w.title, "NKey seed for Relay with an NKey")
            verify(w.placeholder.indexOf("NKey seed") >= 0, w.placeholder)
            compare(w.save, "Save seed")
            verify(w.explanation.indexOf("public NKey stays in the profile") >= 0, w.explanation)
            noApiKey(w)
            dialog.close()
        }

        function test_theWordsFollowTheProfileWhenItsKindChanges() {
            const id = relayProfile("Relay that changes", {"natsAuth": "token"})
            let dialog = openDialog(id, "Relay that changes")
            compare(words(dialog).title, "NATS token for Relay that changes")
            dialog.close()
            tryVerify(() => !dialog.visible, 3000)
            const fields = ProfileStore.get(id)
            fields.options = {"natsAuth": "user", "natsUser": "ops"}
            verify(ProfileStore.save(fields).length > 0, ProfileStore.lastError)
            dialog = openDialog(id, "Relay that changes")
            compare(words(dialog).title, "NATS password for Relay that changes")
            dialog.close()
        }
    }
}
