pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// One subscribed channel: what it is, its state, rate, last-message age, drops and gaps,
// payloads not understood (count and latest sample), a mute switch and a remove button.
Rectangle {
    id: root
    required property string channel
    required property string kind
    required property string symbol
    required property string variant
    required property string interval
    required property string state
    required property string error
    required property double rate
    required property double lastMessageAge
    required property bool muted
    required property double drops
    required property double gaps
    required property double notUnderstood
    required property string sample
    required property string problem
    required property int index

    signal muteToggled(bool muted)
    signal removeClicked()
    signal chartClicked()

    readonly property color stateColor: state === "subscribed" ? Theme.up : (state === "rejected" ? Theme.down : Theme.warning)
    // What the middle column says: why it was refused or is unconfirmed, what was not
    // understood, the latest generic payload, or that nothing has arrived yet.
    readonly property string note: state === "rejected" || state === "unconfirmed" ? error
        : notUnderstood > 0 ? qsTr("%n payload(s) not understood, latest: %1", "", notUnderstood).arg(sample)
        : kind === "generic" && sample.length > 0 ? ConyrWorkspace.readablePayload(sample)
        : lastMessageAge < 0 ? qsTr("no data yet")
        : ""

    function ageText(ms) {
        if (ms < 0) return qsTr("—")
        if (ms < 1000) return qsTr("now")
        if (ms < 60000) return qsTr("%1 s").arg(Math.floor(ms / 1000))
        return qsTr("%1 min").arg(Math.floor(ms / 60000))
    }

    height: 30
    color: index % 2 === 0 ? "transparent" : Qt.rgba(Theme.border.r, Theme.border.g, Theme.border.b, 0.25)

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: 4
        spacing: Theme.spacing

        Rectangle {
            width: 8; height: 8; radius: 4
            color: root.stateColor
            ToolTip.visible: stateHover.hovered
            ToolTip.text: root.state === "rejected" || root.state === "unconfirmed" ? root.error
                        : (root.state === "subscribed" ? qsTr("Subscribed") : qsTr("Waiting for the server to confirm"))
            HoverHandler { id: stateHover }
        }
        Label {
            Layout.preferredWidth: 58
            text: root.symbol.length > 0 ? root.symbol
                : root.channel.startsWith("wallet:") ? qsTr("wallet")
                : root.channel.startsWith("token:") ? qsTr("token") : qsTr("other")
            font.bold: true
            elide: Text.ElideRight
            textFormat: Text.PlainText
        }
        Label {
            Layout.preferredWidth: 160
            text: root.kind === "trades" ? qsTr("trades")
                : root.kind === "ticks" ? qsTr("ticks")
                : root.kind === "ohlcv" ? qsTr("candles %1 · %2").arg(root.interval).arg(ConyrWorkspace.variantLabel(root.variant))
                : ConyrWorkspace.channelTitle(root.channel)
            elide: Text.ElideMiddle
            textFormat: Text.PlainText
            ToolTip.visible: nameHover.hovered
            ToolTip.text: root.channel
            HoverHandler { id: nameHover }
        }
        Label {
            Layout.fillWidth: true
            text: root.note
            color: root.state === "rejected" ? Theme.down
                 : (root.state === "unconfirmed" || root.notUnderstood > 0 ? Theme.warning : Theme.muted)
            elide: Text.ElideRight
            font.pixelSize: Theme.fontSmall
            textFormat: Text.PlainText
            ToolTip.visible: noteHover.hovered && root.note.length > 0
            ToolTip.text: root.notUnderstood > 0 ? root.problem + "\n" + root.sample
                        : (root.kind === "generic" && root.sample.length > 0 ? root.sample : root.note)
            HoverHandler { id: noteHover }
        }
        Label {
            Layout.preferredWidth: 62
            horizontalAlignment: Text.AlignRight
            text: DashboardFormat.rate(root.rate)
            font.family: Theme.monoFamily
            font.pixelSize: Theme.fontSmall
            opacity: root.muted ? 0.5 : 1
        }
        Label {
            Layout.preferredWidth: 48
            horizontalAlignment: Text.AlignRight
            text: root.ageText(root.lastMessageAge)
            font.pixelSize: Theme.fontSmall
            color: root.lastMessageAge > 30000 ? Theme.warning : Theme.muted
        }
        Label {
            Layout.preferredWidth: 78
            horizontalAlignment: Text.AlignRight
            text: root.drops > 0 ? qsTr("%1 lost · %2 gaps").arg(root.drops).arg(root.gaps) : qsTr("no loss")
            color: root.drops > 0 ? Theme.warning : Theme.muted
            font.pixelSize: Theme.fontSmall
        }
        ToolButton {
            implicitHeight: 28
            enabled: root.kind !== "generic"
            text: qsTr("Chart")
            font.pixelSize: Theme.fontSmall
            onClicked: root.chartClicked()
        }
        Switch {
            implicitHeight: 28
            checked: !root.muted
            onToggled: root.muteToggled(!checked)
            ToolTip.visible: hovered
            ToolTip.text: checked ? qsTr("Live — switch off to mute without unsubscribing") : qsTr("Muted: still subscribed, not shown")
        }
        ToolButton {
            implicitHeight: 28
            text: "✕"
            onClicked: root.removeClicked()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Unsubscribe")
        }
    }
}
