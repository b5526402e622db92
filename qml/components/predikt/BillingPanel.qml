pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// Balance, burn rate, run-out forecast, the user's warning threshold and the ledger of
// hourly charges.
Pane {
    id: root
    /// A BillingLedgerModel.
    required property var ledger

    padding: Theme.padding
    background: Rectangle {
        color: Theme.surfaceRaised
        border.color: root.ledger && root.ledger.belowThreshold ? Theme.warning : Theme.border
        border.width: root.ledger && root.ledger.belowThreshold ? 2 : 1
        radius: Theme.radius
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            text: qsTr("Billing")
            font.bold: true
            font.pixelSize: Theme.fontTitle - 2
        }
        Label {
            text: qsTr("Balance")
            color: Theme.muted
            font.pixelSize: Theme.fontSmall
        }
        Label {
            objectName: "balanceLabel"
            text: root.ledger && root.ledger.hasBalance ? PriceFormat.usdText(root.ledger.balanceText) : "—"
            font.pixelSize: 34
            font.bold: true
            color: root.ledger && root.ledger.belowThreshold ? Theme.warning : Theme.text
        }
        Label {
            Layout.fillWidth: true
            visible: !!root.ledger && !root.ledger.hasBalance
            text: qsTr("Predikt reports the balance with each hourly charge.")
            color: Theme.muted
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontSmall
        }
        Label {
            Layout.fillWidth: true
            visible: !!root.ledger && root.ledger.belowThreshold
            text: qsTr("Below your warning threshold of %1. Top up on the Predikt billing page.")
                  .arg(PriceFormat.usd(root.ledger ? root.ledger.warningThresholdUsd : 0))
            color: Theme.warning
            font.bold: true
            wrapMode: Text.WordWrap
        }

        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.padding
            rowSpacing: 4
            Label { text: qsTr("Burn rate"); color: Theme.muted }
            Label {
                objectName: "burnLabel"
                text: root.ledger && root.ledger.burnPerHourUsd > 0
                      ? qsTr("%1 per hour").arg(PriceFormat.usdText(root.ledger.burnPerHourText)) : "—"
                font.bold: true
            }
            Label { text: qsTr("Runs out in"); color: Theme.muted }
            Label {
                objectName: "forecastLabel"
                text: root.ledger && root.ledger.hoursLeft >= 0 ? PriceFormat.duration(root.ledger.hoursLeft) : "—"
                font.bold: true
            }
            Label { text: qsTr("Around"); color: Theme.muted }
            Label {
                text: root.ledger && root.ledger.runOutAtMs > 0 ? PriceFormat.utc(root.ledger.runOutAtMs) : "—"
            }
            Label { text: qsTr("Charged so far"); color: Theme.muted }
            Label { text: root.ledger ? PriceFormat.usdText(root.ledger.totalChargedText) : "—" }
            Label { text: qsTr("Warn below"); color: Theme.muted }
            RowLayout {
                spacing: 4
                Label { text: "$" }
                TextField {
                    id: thresholdField
                    objectName: "thresholdField"
                    Layout.preferredWidth: 90
                    text: root.ledger ? Number(root.ledger.warningThresholdUsd).toFixed(2) : ""
                    inputMethodHints: Qt.ImhFormattedNumbersOnly
                    validator: DoubleValidator { bottom: 0; top: 1000000; decimals: 2; notation: DoubleValidator.StandardNotation }
                    onEditingFinished: if (root.ledger && acceptableInput) root.ledger.warningThresholdUsd = Number.fromLocaleString(Qt.locale("C"), text.replace(",", "."))
                    Accessible.name: qsTr("Warning threshold in US dollars")
                }
            }
        }

        Label {
            Layout.topMargin: Theme.spacing
            text: qsTr("Hourly charges (%1)").arg(root.ledger ? root.ledger.count : 0)
            font.bold: true
        }
        ListView {
            id: ledgerList
            objectName: "ledgerList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: root.ledger
            ScrollBar.vertical: ScrollBar {}
            delegate: RowLayout {
                id: chargeRow
                required property var timestamp
                required property string amountText
                required property string remainingText
                required property string message
                width: ledgerList.width
                spacing: Theme.spacing
                Label {
                    Layout.fillWidth: true
                    text: PriceFormat.utc(chargeRow.timestamp)
                    font.pixelSize: Theme.fontSmall
                    textFormat: Text.PlainText
                    ToolTip.visible: chargeMouse.containsMouse && chargeRow.message.length > 0
                    ToolTip.text: chargeRow.message
                    MouseArea { id: chargeMouse; anchors.fill: parent; hoverEnabled: true }
                }
                Label {
                    text: "−" + PriceFormat.usdText(chargeRow.amountText)
                    color: Theme.down
                    font.family: Theme.monoFamily
                    font.pixelSize: Theme.fontSmall
                }
                Label {
                    Layout.preferredWidth: 80
                    horizontalAlignment: Text.AlignRight
                    text: PriceFormat.usdText(chargeRow.remainingText)
                    font.family: Theme.monoFamily
                    font.pixelSize: Theme.fontSmall
                }
            }
            Label {
                anchors.centerIn: parent
                visible: ledgerList.count === 0
                text: qsTr("No charges yet")
                color: Theme.muted
            }
        }
    }
}
