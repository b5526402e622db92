import QtQuick
import QtTest
import Tidewatch

Item {
    id: root
    width: 1480
    height: 920

    ApiConsolePage {
        id: page
        anchors.fill: parent
    }

    TestCase {
        name: "ApiConsolePage"
        when: windowShown

        function test_showsTheReply() {
            verify(page.live)
            compare(AlliumConsole.shownState, "success")
            compare(AlliumConsole.shownRoundTripMs, 7)
            const tree = findChild(page, "responseTree")
            verify(tree.count >= 3)
        }

        function test_bodyErrorsShowWhereTheyAre() {
            const body = findChild(page, "bodyEdit")
            const error = findChild(page, "bodyError")
            const send = findChild(page, "sendButton")
            body.text = "{\n  \"blockchain\": \"ethereum\",\n  \"limit\" 10\n}"
            verify(error.visible)
            verify(error.text.indexOf("Line 3") === 0)
            verify(!send.enabled)
            body.text = "[1, 2]"
            verify(error.text.indexOf("object") >= 0)
            body.text = "{\"blockchain\": \"base\"}"
            verify(!error.visible)
            verify(send.enabled)
        }

        function test_sendWithoutConnectionSaysWhy() {
            const reason = AlliumConsole.send("GET", "/api/v1/developer/assets", "{}")
            verify(reason.length > 0)
            verify(AlliumConsole.send("FETCH", "/x", "").length > 0)
            verify(AlliumConsole.send("GET", "no-slash", "").length > 0)
        }

        function test_examplesFillTheComposer() {
            page.load("POST", "/api/v1/developer/trading/hyperliquid/info/fills", "{\"type\": \"userFills\"}")
            compare(findChild(page, "pathField").text, "/api/v1/developer/trading/hyperliquid/info/fills")
            verify(AlliumConsole.examples.length >= 2)
        }
    }
}
