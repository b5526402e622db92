import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtTest
import Tidewatch

// The rule editor builds a composite rule: kind "Composite", the combination, the time
// between steps, conditions each with their own kind, scope and parameters (added and
// removed without losing what was typed), saved through AlertCenter as the expected rule.
// The editor is also saved as PNG in light and dark (for looking at; not compared).
Item {
    id: root
    width: 1296
    height: 900
    Material.theme: AppSettings.theme === "dark" ? Material.Dark : Material.Light

    Rectangle {
        anchors.fill: parent
        color: Theme.surface
    }

    Component {
        id: pageComponent
        AlertsPage { anchors.fill: parent }
    }

    TestCase {
        name: "RuleComposite"
        when: windowShown

        function openEditor(kind) {
            const page = createTemporaryObject(pageComponent, root)
            tryVerify(() => page.live)
            const dialog = page.ruleEditor
            dialog.edit(AlertCenter.newRule(kind))
            tryVerify(() => dialog.opened)
            return dialog
        }
        function choose(box, id) {
            const index = box.model.findIndex(k => k.id === id)
            verify(index >= 0, id)
            box.currentIndex = index
            compare(box.currentValue, id)
        }
        function condition(dialog, index) {
            const c = findChild(dialog.contentItem, "condition" + index)
            verify(c, "condition " + index)
            return c
        }
        function savedRule(name) {
            const rules = AlertCenter.rules
            for (let i = 0; i < rules.count; ++i) {
                const r = rules.data(rules.index(i, 0), AlertRuleModel.RuleRole)
                if (r.name === name)
                    return { rule: r, summary: rules.data(rules.index(i, 0), AlertRuleModel.SummaryRole) }
            }
            return null
        }
        // Fills the editor with "a tweet from Tech Leaders mentioning SOL, then SOL moves 3 %".
        function fillSequence(dialog, name) {
            findChild(dialog.contentItem, "ruleName").text = name
            choose(findChild(dialog.contentItem, "ruleCombine"), "sequence")
            findChild(dialog.contentItem, "ruleWithinSec").text = "45"
            const first = condition(dialog, 0)
            choose(findChild(first, "conditionKind"), "tweet-match")
            choose(findChild(first, "ruleProvider"), "tweets")
            tryVerify(() => findChild(first, "ruleKeywords").visible)
            verify(!findChild(first, "ruleLevel").visible, "a tweet has no level")
            findChild(first, "ruleKeywords").text = "SOL, solana"
            findChild(first, "ruleMonitor").text = "Tech Leaders"
            const second = condition(dialog, 1)
            choose(findChild(second, "conditionKind"), "percent-change")
            choose(findChild(second, "ruleProvider"), "predikt")
            findChild(second, "ruleSubject").text = "SOL"
            findChild(second, "ruleThreshold").text = "3"
            findChild(second, "ruleWindowSec").text = "60"
            choose(findChild(second, "ruleDirection"), "up")
        }

        function test_buildsASequenceRule() {
            const dialog = openEditor("composite")
            compare(findChild(dialog.contentItem, "ruleSubject").visible, false, "the scope is each condition's")
            fillSequence(dialog, "Tweet then SOL up")
            // Add a third condition and remove it again: what was typed stays.
            findChild(dialog.contentItem, "addCondition").clicked()
            tryVerify(() => findChild(dialog.contentItem, "condition2") !== null)
            compare(dialog.conditions.length, 3)
            findChild(condition(dialog, 2), "removeCondition").clicked()
            tryCompare(dialog.conditions, "length", 2)
            compare(findChild(condition(dialog, 0), "ruleMonitor").text, "Tech Leaders")
            verify(!findChild(condition(dialog, 0), "removeCondition").enabled, "two conditions are the least")

            findChild(dialog.footer, "saveRuleButton").clicked()
            compare(dialog.error, "")
            tryVerify(() => !dialog.opened)
            const saved = savedRule("Tweet then SOL up")
            verify(saved, "saved")
            const r = saved.rule
            compare(r.kind, "composite")
            compare(r.combine, "sequence")
            compare(r.withinSec, 45)
            compare(r.conditions.length, 2)
            compare(r.conditions[0], { "kind": "tweet-match", "provider": "tweets", "keywords": ["SOL", "solana"], "monitor": "Tech Leaders" })
            compare(r.conditions[1], { "kind": "percent-change", "provider": "predikt", "subject": "SOL", "threshold": 3, "windowSec": 60,
                                       "direction": "up", "hysteresisPct": 0.5 })
            compare(saved.summary, "tweets · any subject · tweet with keywords SOL, solana, monitor Tech Leaders, then "
                                   + "predikt · SOL · price rises 3% within 60 s (each step within 45 s)")
            // Editing it again shows the same conditions.
            dialog.edit(r)
            tryVerify(() => dialog.opened)
            compare(findChild(condition(dialog, 1), "ruleSubject").text, "SOL")
            compare(findChild(condition(dialog, 0), "conditionKind").currentValue, "tweet-match")
            compare(dialog.collect().conditions.length, 2)
            dialog.close()
            AlertCenter.removeRule(r.id)
        }

        function test_badInputKeepsTheDialogOpenWithTheReason() {
            const dialog = openEditor("composite")
            fillSequence(dialog, "No window")
            findChild(dialog.contentItem, "ruleWithinSec").text = "0"
            findChild(dialog.footer, "saveRuleButton").clicked()
            compare(dialog.error, "A sequence needs a time between its steps (withinSec) of at least one second.")
            verify(dialog.opened)
            findChild(dialog.contentItem, "ruleWithinSec").text = "60"
            findChild(condition(dialog, 0), "ruleKeywords").text = ""
            findChild(condition(dialog, 0), "ruleMonitor").text = ""
            findChild(dialog.footer, "saveRuleButton").clicked()
            compare(dialog.error, "Condition 1: Give at least one keyword, an author, a monitor or a rule.")
            verify(savedRule("No window") === null)
            dialog.close()
        }

        function test_conditionsCanNotBeComposite() {
            const dialog = openEditor("composite")
            const kinds = findChild(condition(dialog, 0), "conditionKind").model.map(k => k.id)
            verify(kinds.indexOf("composite") < 0)
            verify(kinds.indexOf("tweet-match") >= 0)
            for (let i = 2; i < 8; ++i)
                findChild(dialog.contentItem, "addCondition").clicked()
            compare(dialog.conditions.length, 8)
            verify(!findChild(dialog.contentItem, "addCondition").enabled, "eight conditions are the most")
            dialog.close()
        }

        function test_screenshots() {
            const dir = AlertCenter.storageFolder
            for (const theme of ["light", "dark"]) {
                AppSettings.theme = theme
                const dialog = openEditor("composite")
                dialog.Material.theme = theme === "dark" ? Material.Dark : Material.Light
                fillSequence(dialog, "Tweet then SOL up")
                waitForRendering(root)
                const image = grabImage(root)
                verify(image.width > 0)
                image.save(dir + "/rule-composite-" + theme + ".png")
                dialog.close()
            }
            AppSettings.theme = "light"
        }
    }
}
