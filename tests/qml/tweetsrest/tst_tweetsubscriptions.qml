import QtQuick
import QtQuick.Controls
import QtTest
import Tidewatch

// The monitor and filter-rule editors against the simulator's REST API: the cost (tier and
// credits per day) is shown before anything is saved, Validate shows the server's verdict and
// its sample tweets, a refused save keeps what was typed and names the field; the view lists
// monitors and rules with status, reason and cost.
TestCase {
    id: testCase
    name: "TweetSubscriptions"
    when: windowShown
    visible: true
    width: 1296
    height: 860

    readonly property TweetsSubscriptionsController controller: TweetsSubscriptionsController

    Component {
        id: ruleDialog
        TweetRuleEditorDialog { controller: testCase.controller }
    }
    Component {
        id: monitorDialog
        TweetMonitorEditorDialog { controller: testCase.controller }
    }
    Component {
        id: viewComponent
        TweetSubscriptionsView { width: 1296; height: 860; dialogParent: testCase }
    }

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
        if (item.footer !== undefined && item.footer !== null) {
            const inFooter = findChild(item.footer, name)
            if (inFooter)
                return inFooter
        }
        return null
    }
    function findAll(item, name, out) {
        if (!item)
            return out
        if (item.objectName === name && out.indexOf(item) < 0)
            out.push(item)
        const kids = item.children !== undefined ? item.children : []
        for (let i = 0; i < kids.length; ++i)
            findAll(kids[i], name, out)
        if (item.contentItem !== undefined && item.contentItem !== item && item.contentItem !== null)
            findAll(item.contentItem, name, out)
        return out
    }
    function edit(field, text) {
        field.text = text
        if (field.textEdited !== undefined)
            field.textEdited()
    }
    function openRuleDialog() {
        const d = createTemporaryObject(ruleDialog, testCase)
        verify(d)
        d.openNew()
        tryCompare(d, "opened", true)
        return d
    }
    function openMonitorDialog() {
        const d = createTemporaryObject(monitorDialog, testCase)
        verify(d)
        d.openNew()
        tryCompare(d, "opened", true)
        return d
    }

    function initTestCase() {
        controller.refresh()
        tryCompare(controller, "loaded", true, 5000)
        verify(controller.monitors.count >= 4)
    }

    function test_rulePricingIsShownBeforeSaving() {
        const d = openRuleDialog()
        const before = controller.rules.count
        edit(findChild(d, "ruleTag"), "qml-pricing")
        findChild(d, "ruleQuery").text = "#qt lang:en"
        const cost = findChild(d, "ruleCostText")
        edit(findChild(d, "ruleInterval"), "5")
        verify(cost.visible)
        verify(cost.text.indexOf("Fast") >= 0, cost.text)
        verify(/10\D?000/.test(cost.text), cost.text)
        edit(findChild(d, "ruleInterval"), "0.5")
        verify(cost.text.indexOf("Turbo") >= 0, cost.text)
        verify(/30\D?000/.test(cost.text), cost.text)
        edit(findChild(d, "ruleInterval"), "3600")
        verify(cost.text.indexOf("Daily") >= 0, cost.text)
        // The effect on the key's total, before anything was sent.
        const total = findChild(d, "ruleTotalText")
        verify(total.visible && total.text.length > 0, total.text)
        compare(controller.rules.count, before)
        // Now save: the server states the same tier.
        const save = findChild(d, "saveRuleButton")
        verify(save.enabled)
        mouseClick(save)
        tryCompare(controller.rules, "count", before + 1, 5000)
        tryCompare(d, "visible", false)
    }

    function test_validateShowsTheSampleResults() {
        const d = openRuleDialog()
        findChild(d, "ruleQuery").text = "from:naval has:media"
        const validate = findChild(d, "validateButton")
        verify(validate.enabled)
        mouseClick(validate)
        const text = findChild(d, "validationText")
        tryVerify(() => d.editor.validated, 5000)
        verify(d.editor.queryValid)
        verify(text.text.length > 0)
        verify(d.editor.sampleCount > 0)
        const samples = findAll(d.contentItem, "sampleTweet", [])
        compare(samples.length, d.editor.sampleCount)
        verify(samples[0].visible)
        verify(samples[0].text.indexOf("from:naval") >= 0, samples[0].text)
        // Editing the query drops the old verdict and its samples.
        findChild(d, "ruleQuery").text = "from:naval has:media lang:en"
        verify(!d.editor.validated)
        compare(findAll(d.contentItem, "sampleTweet", []).length, 0)
    }

    function test_anInvalidQuerySaysWhy() {
        const d = openRuleDialog()
        findChild(d, "ruleQuery").text = "(bitcoin OR"
        mouseClick(findChild(d, "validateButton"))
        tryVerify(() => d.editor.validated, 5000)
        verify(!d.editor.queryValid)
        verify(findChild(d, "validationText").text.indexOf("parenthes") >= 0, findChild(d, "validationText").text)
    }

    function test_ruleFieldsOutOfRangeAreMarked() {
        const d = openRuleDialog()
        edit(findChild(d, "ruleTag"), "x")
        findChild(d, "ruleQuery").text = "bitcoin"
        edit(findChild(d, "ruleInterval"), "0.01")
        verify(d.editor.fieldErrors.interval_seconds !== undefined)
        verify(!findChild(d, "saveRuleButton").enabled)
        verify(findChild(d, "ruleCostText").text.length > 0)
    }

    function test_monitorCostAndARefusedSaveKeepsWhatWasTyped() {
        const d = openMonitorDialog()
        const before = controller.monitors.count
        edit(findChild(d, "monitorName"), "Tech Leaders") // taken: the server answers 409
        findChild(d, "monitorUsernames").text = "naval, @paulg\nsama"
        const cost = findChild(d, "monitorCostText")
        verify(/^3 /.test(cost.text), cost.text)
        verify(/1\D?667/.test(cost.text), cost.text)
        verify(/5\D?001/.test(cost.text), cost.text)
        verify(findChild(d, "monitorTotalText").text.length > 0)
        compare(controller.monitors.count, before)

        mouseClick(findChild(d, "saveMonitorButton"))
        tryVerify(() => d.editor.saveError.length > 0, 5000)
        verify(d.editor.saveError.indexOf("409") >= 0, d.editor.saveError)
        const nameError = findChild(d, "nameError")
        verify(nameError.visible && nameError.text.length > 0)
        verify(d.visible)
        compare(findChild(d, "monitorName").text, "Tech Leaders")
        compare(findChild(d, "monitorUsernames").text, "naval, @paulg\nsama")
        compare(controller.monitors.count, before)

        // Fix the name: the name's message goes, the save succeeds.
        edit(findChild(d, "monitorName"), "QML Founders")
        verify(!nameError.visible)
        mouseClick(findChild(d, "saveMonitorButton"))
        tryCompare(controller.monitors, "count", before + 1, 5000)
        tryCompare(d, "visible", false)
    }

    function test_badUsernamesAreMarkedBeforeSending() {
        const d = openMonitorDialog()
        edit(findChild(d, "monitorName"), "Bad handles")
        findChild(d, "monitorUsernames").text = "good_one, not a handle!"
        const error = findChild(d, "usernamesError")
        verify(error.visible)
        verify(error.text.indexOf("handle!") >= 0, error.text)
        verify(!findChild(d, "saveMonitorButton").enabled)
    }

    function test_viewListsStatusReasonAndCost() {
        const view = createTemporaryObject(viewComponent, testCase)
        verify(view)
        tryCompare(controller, "loading", false, 5000)
        verify(view.wide)
        const monitors = findChild(view, "monitorList")
        const rules = findChild(view, "ruleList")
        tryVerify(() => monitors.count >= 4 && rules.count >= 4, 5000)
        monitors.positionViewAtEnd()
        wait(0)
        const labels = findAll(monitors.contentItem, "statusLabel", [])
        verify(labels.some(l => l.text.indexOf("insufficient credits") >= 0), labels.map(l => l.text).join(" | "))
        const credits = findAll(monitors.contentItem, "monitorCredits", [])
        verify(credits.length > 0 && credits.every(c => c.text.indexOf("credits/day") >= 0))
        verify(findChild(view, "pricingTiers").text.indexOf("Turbo") >= 0)
    }
}
