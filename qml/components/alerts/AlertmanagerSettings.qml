import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// Settings: the Prometheus Alertmanager rules send to unless they name their own, and the
// labels every alert sent there carries.
SettingsSection {
    id: root
    readonly property var notifiers: AlertCenter.notifiers
    property string error: ""

    title: qsTr("Prometheus Alertmanager")
    explanation: qsTr("Rules with “Send to Prometheus Alertmanager” use this one unless they name their own. Open alerts are re-sent every minute and resolved when their condition clears; Alertmanager routes them on (Slack, e-mail, PagerDuty …) with grouping, silences and de-duplication.")

    Label { text: qsTr("URL") }
    TextField {
        id: urlField
        objectName: "alertmanagerUrlSetting"
        Layout.fillWidth: true
        text: root.notifiers.alertmanagerUrl
        placeholderText: qsTr("e.g. http://127.0.0.1:9093")
    }

    Label { text: qsTr("Extra labels") }
    TextField {
        id: labelsField
        objectName: "alertmanagerLabelsSetting"
        Layout.fillWidth: true
        text: root.notifiers.alertmanagerLabels
        placeholderText: qsTr("optional: team=desk, env=prod")
    }

    Item { implicitWidth: 1 }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Button {
            objectName: "alertmanagerApply"
            text: qsTr("Apply")
            enabled: urlField.text.trim() !== root.notifiers.alertmanagerUrl || labelsField.text !== root.notifiers.alertmanagerLabels
            onClicked: root.error = root.notifiers.applyAlertmanager(urlField.text, labelsField.text)
        }
        Label {
            objectName: "alertmanagerStatus"
            Layout.fillWidth: true
            text: root.error.length > 0 ? root.error
                  : root.notifiers.alertmanagerStatus.length > 0 ? root.notifiers.alertmanagerStatus
                  : root.notifiers.alertmanagerUrl.length > 0 ? qsTr("Nothing sent yet.")
                  : qsTr("Not set: only rules with their own Alertmanager URL send there.")
            color: root.error.length > 0 ? Theme.down : Theme.muted
            wrapMode: Text.WordWrap
            textFormat: Text.PlainText
        }
    }
}
