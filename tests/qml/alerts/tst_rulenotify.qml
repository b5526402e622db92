import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtTest
import Tidewatch

// The rule editor's notification part: notifier choice (desktop, webhook preset,
// Alertmanager) and sound load from a rule and come back in collect(); a Telegram bot token
// goes to the key store, not into the rule. The editor is also saved as PNG in light and
// dark beside the test's alert storage (for looking at; not compared).
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

    SignalSpy {
        id: tokenSpy
        target: AlertCenter.notifiers
        signalName: "webhookTokenStored"
    }

    TestCase {
        name: "RuleNotify"
        when: windowShown

        function editorWith(fields) {
            const page = createTemporaryObject(pageComponent, root)
            tryVerify(() => page.live)
            const dialog = page.ruleEditor
            const rule = AlertCenter.newRule("price-above")
            for (const k in fields)
                rule[k] = fields[k]
            dialog.edit(rule)
            tryVerify(() => dialog.opened)
            return dialog
        }

        function test_loadsAndCollectsChannels() {
            const dialog = editorWith({ "name": "BTC high", "level": 100, "sound": "alarm", "notifyDesktop": false,
                                        "webhookPreset": "discord", "webhookUrl": "https://discord.com/api/webhooks/1/abc",
                                        "alertmanager": true, "alertmanagerLabels": { "team": "desk", "env": "prod" } })
            const fields = dialog.collect()
            compare(fields.sound, "alarm")
            compare(fields.notifyDesktop, false)
            compare(fields.webhookPreset, "discord")
            compare(fields.webhookUrl, "https://discord.com/api/webhooks/1/abc")
            compare(fields.alertmanager, true)
            compare(fields.alertmanagerLabels, "env=prod, team=desk")
            verify(findChild(dialog.contentItem, "alertmanagerLabels").visible)
            verify(!findChild(dialog.contentItem, "telegramChat").visible)
            // "None" turns the webhook off.
            const preset = findChild(dialog.contentItem, "webhookPreset")
            preset.currentIndex = 0
            compare(dialog.collect().webhookUrl, "")
            verify(!findChild(dialog.contentItem, "webhookUrl").visible)
            dialog.close()
        }

        function test_pauseOptionalAction() {
            const dialog = editorWith({ "name": "Balance low", "kind": "balance-below", "level": 10, "actions": ["pause-optional"] })
            const box = findChild(dialog.contentItem, "action-pause-optional")
            verify(box, "the action is offered")
            verify(box.checked)
            compare(dialog.collect().actions, ["pause-optional"])
            box.checked = false
            compare(dialog.collect().actions, [])
            dialog.close()
            const plain = editorWith({ "name": "BTC high", "level": 100 })
            verify(!findChild(plain.contentItem, "action-pause-optional").checked)
            plain.close()
        }

        function test_telegramTokenGoesToTheKeyStore() {
            const dialog = editorWith({ "name": "Telegram rule", "level": 100 })
            const preset = findChild(dialog.contentItem, "webhookPreset")
            preset.currentIndex = preset.model.findIndex(p => p.id === "telegram")
            tryVerify(() => findChild(dialog.contentItem, "telegramChat").visible)
            findChild(dialog.contentItem, "telegramChat").text = "-100123"
            findChild(dialog.contentItem, "telegramToken").text = "424242:qml-test-token"
            tokenSpy.clear()
            const save = findChild(dialog.footer, "saveRuleButton")
            save.clicked()
            tokenSpy.wait(10000)
            compare(tokenSpy.signalArguments[0][1], "", "stored without error")
            tryVerify(() => !dialog.opened)
            const rules = AlertCenter.rules
            let saved = null
            for (let i = 0; i < rules.count; ++i) {
                const r = rules.data(rules.index(i, 0), AlertRuleModel.RuleRole)
                if (r.name === "Telegram rule")
                    saved = r
            }
            verify(saved, "saved")
            compare(saved.webhookPreset, "telegram")
            compare(saved.telegramChatId, "-100123")
            verify(JSON.stringify(saved).indexOf("qml-test-token") < 0, "no token in the rule")
            AlertCenter.removeRule(saved.id)
        }

        function test_screenshots() {
            const dir = AlertCenter.storageFolder
            for (const theme of ["light", "dark"]) {
                AppSettings.theme = theme
                const dialog = editorWith({ "name": "BTC above 70k", "level": 70000, "sound": "beep",
                                            "webhookPreset": "telegram", "telegramChatId": "@desk",
                                            "alertmanager": true, "alertmanagerLabels": { "team": "desk" } })
                // A popup takes its theme from the window (the app sets it there), not from root.
                dialog.Material.theme = theme === "dark" ? Material.Dark : Material.Light
                // Scrolled to the notification part.
                const flick = findChild(dialog.contentItem, "ruleEditorScroll").contentItem
                flick.contentY = Math.max(0, flick.contentHeight - flick.height)
                waitForRendering(root)
                const image = grabImage(root)
                verify(image.width > 0)
                image.save(dir + "/rule-editor-" + theme + ".png")
                dialog.close()
            }
            AppSettings.theme = "light"
        }
    }
}
