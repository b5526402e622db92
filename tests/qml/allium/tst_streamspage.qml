import QtQuick
import QtTest
import Tidewatch

Item {
    id: root
    width: 1480
    height: 920

    StreamsPage {
        id: page
        anchors.fill: parent
    }

    TestCase {
        name: "StreamsPage"
        when: windowShown

        function test_showsTheRecords() {
            verify(page.live)
            const list = findChild(page, "recordList")
            verify(list)
            compare(list.count, 25)
            const table = findChild(page, "recordTable")
            compare(table.columnTitles.length, 7)
            compare(table.columnTitles[0], "Number")
        }

        function test_detailFollowsTheNewestThenTheSelection() {
            const list = findChild(page, "recordList")
            waitForRendering(list)
            mouseClick(list, 60, 40)
            tryVerify(() => page.selectedSequence > 0)
            verify(page.detail.indexOf("\"number\"") >= 0)
        }

        function test_filterJsonIsValidatedAndSynced() {
            const builder = findChild(page, "filterBuilder")
            const json = findChild(page, "filterJson")
            json.text = "{\"field\": \"number\", \"operator\": \"==\", \"value\": 1}"
            verify(builder.problem.indexOf("$.operator") >= 0)
            json.text = "{\"op\": \"AND\", \"conditions\": [{\"field\": \"number\", \"operator\": \">\", \"value\": 21000010}, {\"field\": \"gas_used\", \"operator\": \">=\", \"value\": \"14000000\"}]}"
            compare(builder.problem, "")
            compare(builder.conditionCount, 2)
            const preview = AlliumStreams.previewFilter(json.text, 500)
            compare(preview.total, 25)
            compare(preview.matched, 15)
            compare(AlliumStreams.applyFilter(json.text), "")
            verify(AlliumStreams.appliedFilter.indexOf("21000010") >= 0)
            compare(AlliumStreams.applyFilter(""), "")
            compare(AlliumStreams.appliedFilter, "")
        }

        function test_builderRowsBecomeJson() {
            const r = AlliumStreams.rowsToFilter("OR", [{ field: "value", operator: ">", value: "1000000000000000000" },
                                                         { field: "coin", operator: "in", value: "BTC, ETH" }])
            verify(r.ok)
            const parsed = JSON.parse(r.text)
            compare(parsed.op, "OR")
            compare(parsed.conditions[0].value, "1000000000000000000")
            compare(parsed.conditions[1].value.length, 2)
            const bad = AlliumStreams.rowsToFilter("AND", [{ field: "", operator: "=", value: "3" }])
            verify(!bad.ok)
        }
    }
}
