import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtTest
import Tidewatch

// What the rule saw, on the Alerts page: a blind rule shows its blind time and why, a fired
// alert opens its context (the events before it), and "Dry run…" on a rule row opens the dry
// run for that rule. The setup (tst_alerts_qml.cpp) made the rule "ETH watch (blind)" blind by
// pausing its stream, and "BTC above 100" fired after a run of BTC prices.
Item {
    id: root
    width: 1296
    height: 860

    Component {
        id: pageComponent
        AlertsPage { anchors.fill: parent }
    }

    TestCase {
        name: "AlertTrust"
        when: windowShown

        function findAll(item, name, out) {
            if (!item)
                return out
            if (item.objectName === name)
                out.push(item)
            const kids = item.children || []
            for (let i = 0; i < kids.length; ++i)
                findAll(kids[i], name, out)
            if (item.contentItem && item.contentItem !== item)
                findAll(item.contentItem, name, out)
            return out
        }
        function findWith(item, name, part) {
            return findAll(item, name, []).find(i => i.visible && String(i.text).indexOf(part) >= 0) || null
        }

        // Tall enough that every rule row is made (a ListView makes only the rows it shows).
        function init() {
            root.height = 2400
        }
        function cleanup() {
            root.height = 860
        }

        function test_blindRuleShowsItsBlindTime() {
            const page = createTemporaryObject(pageComponent, root)
            tryVerify(() => page.live)
            let blindLabel = null
            tryVerify(() => (blindLabel = findWith(page, "ruleBlindLabel", qsTr("paused"))) !== null, 5000,
                      "the blind rule's row says how long it has been blind, and why")
            verify(blindLabel.text.indexOf(qsTr("blind for")) === 0, blindLabel.text)
            verify(findWith(page, "ruleStateLabel", qsTr("blind")), "its state is blind")
        }

        function test_alertContextOpens() {
            const page = createTemporaryObject(pageComponent, root)
            tryVerify(() => page.live)
            let button = null
            tryVerify(() => (button = findAll(page, "alertContextButton", []).find(b => b.visible)) !== undefined, 5000)
            verify(button, "a fired alert offers its context")
            const contexts = findAll(page, "alertContext", [])
            verify(contexts.every(c => !c.visible), "closed at first")
            mouseClick(button)
            tryVerify(() => findAll(page, "alertContext", []).some(c => c.visible))
            const open = findAll(page, "alertContext", []).find(c => c.visible)
            // Its events (the prices or tweets before the alert), each with how long before it.
            let texts = []
            const collect = item => {
                if (item.text !== undefined && item.visible)
                    texts.push(String(item.text))
                for (let i = 0; i < (item.children || []).length; ++i)
                    collect(item.children[i])
            }
            collect(open)
            verify(texts.some(t => t.indexOf(" s before · ") > 0 || t.indexOf("at the alert · ") > 0), JSON.stringify(texts))
            mouseClick(button)
            tryVerify(() => findAll(page, "alertContext", []).every(c => !c.visible))
        }

        function test_dryRunFromARuleRow() {
            const page = createTemporaryObject(pageComponent, root)
            tryVerify(() => page.live)
            wait(300) // the rows settle their layout (narrow or not) after the first pass
            const buttons = findAll(page, "ruleDryRunButton", []).filter(b => b.visible)
            verify(buttons.length >= AlertCenter.rules.count, "every rule row has Dry run…")
            // The top row's button, where it is on the page.
            buttons.sort((a, b) => a.mapToItem(page, 0, 0).y - b.mapToItem(page, 0, 0).y)
            const top = buttons.find(b => b.mapToItem(page, 0, 0).y >= 0)
            mouseClick(top)
            tryCompare(page.dryRunDialog, "opened", true)
            // The dialog runs the rule of that row (as saved, with its id and name).
            verify(page.dryRunDialog.ruleFields.id.length > 0)
            verify(page.dryRunDialog.title.indexOf(page.dryRunDialog.ruleFields.name) >= 0)
            page.dryRunDialog.close()
            tryCompare(page.dryRunDialog, "opened", false)
        }

        function test_contextSecondsSetting() {
            const page = createTemporaryObject(pageComponent, root)
            tryVerify(() => page.live)
            const box = findAll(page, "contextSecondsBox", [])[0]
            verify(box)
            compare(box.value, AlertCenter.contextSeconds)
            const before = AlertCenter.contextSeconds
            AlertCenter.contextSeconds = 120
            compare(box.value, 120)
            AlertCenter.contextSeconds = before
        }

        // The new states in light and dark (AlertCenter.storageFolder/alerts-trust-*.png): the
        // blind rule's line and an alert's context open.
        function test_screenshots() {
            root.width = 1600
            root.height = 1000
            const dir = AlertCenter.storageFolder
            for (const theme of ["light", "dark"]) {
                AppSettings.theme = theme
                const page = createTemporaryObject(pageComponent, root)
                page.Material.theme = theme === "dark" ? Material.Dark : Material.Light
                tryVerify(() => page.live)
                tryVerify(() => findWith(page, "ruleBlindLabel", qsTr("paused")) !== null, 5000)
                const button = findAll(page, "alertContextButton", []).find(b => b.visible)
                verify(button)
                mouseClick(button)
                tryVerify(() => findAll(page, "alertContext", []).some(c => c.visible))
                waitForRendering(root)
                const image = grabImage(root)
                verify(image.width > 0)
                image.save(dir + "/alerts-trust-" + theme + ".png")
                page.destroy()
            }
            AppSettings.theme = "light"
            root.width = 1296
        }
    }
}
