import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Tidewatch

// Subscriptions: every live subscription of every profile in one table — what it is, its
// rate and last message, the quota it uses and what it costs — with the totals per key above.
// Export… and Import… share what a team watches as a subscription set (JSON, never a key).
//
// No "pragma ComponentBehavior: Bound" here: Qt 6.4 cannot create a ListView's header from a
// bound component ("Component is not ready"), and the headers must be the lists' own to line
// up with the rows. The delegates (SubscriptionRow, KeyTotalRow) declare their roles as
// required properties all the same.
Pane {
    id: page
    /// True once the page shows live data.
    property bool live: SubscriptionsOverview.rows.count > 0 && SubscriptionsOverview.flowing

    readonly property int figureWidth: Math.max(150, Math.min(260, (width - 300) / 3))
    /// Below this width quota and cost share one column, one above the other.
    readonly property bool stacked: width < 1250
    readonly property int columnWidth: stacked ? Math.max(200, Math.min(320, width - 560))
                                               : Math.max(160, Math.min(280, (width - 480) / 2))

    /// The "Last message" column fits its header in every language.
    readonly property int ageWidth: Math.max(84, Math.ceil(ageHeader.advanceWidth) + 2)
    TextMetrics {
        id: ageHeader
        font.bold: true
        font.pixelSize: Theme.fontSmall
        text: qsTr("Last message")
    }

    padding: Theme.padding

    Component.onCompleted: {
        SubscriptionsOverview.watching = true
        // Monitors and rules are listed over REST; list them once if no page has yet.
        if (!TweetsSubscriptionsController.loaded && !TweetsSubscriptionsController.loading)
            TweetsSubscriptionsController.refresh()
    }
    Component.onDestruction: SubscriptionsOverview.watching = false
    /// The window's refresh shortcut: read the state again, and the monitors and rules.
    function refresh() {
        SubscriptionsOverview.refresh()
        if (!TweetsSubscriptionsController.loading)
            TweetsSubscriptionsController.refresh()
    }

    EmptyState {
        anchors.centerIn: parent
        visible: SubscriptionsOverview.keys.count === 0
        title: qsTr("Subscriptions")
        explanation: qsTr("Add a profile with your API key: its topics, channels, symbols, monitors and rules appear here with their quota and cost.")
        actionText: qsTr("Open Connections")
        onActionTriggered: if (typeof window !== "undefined") window.showPage("connections")
    }

    ColumnLayout {
        anchors.fill: parent
        visible: SubscriptionsOverview.keys.count > 0
        spacing: Theme.spacing

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Subscriptions")
            subtitle: qsTr("Every live subscription of every profile, with the quota it uses and what it costs")
            RowLayout {
                spacing: Theme.spacing
                Label {
                    objectName: "optionalText"
                    visible: text.length > 0
                    text: SubscriptionsOverview.optionalText
                    color: Theme.muted
                    font.pixelSize: Theme.fontSmall
                }
                Button {
                    objectName: "pauseOptional"
                    text: qsTr("Pause all optional")
                    enabled: SubscriptionsOverview.optionalActive > 0
                    onClicked: SubscriptionsOverview.pauseAllOptional()
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Pauses tweets monitors and rules, mutes Conyr channels and stops the Allium stream marked optional. Predikt symbols stay: Predikt bills the connection, not the symbol.")
                }
                // Subscription sets: what a team watches, as a file (no keys).
                Button {
                    id: setButton
                    objectName: "setMenuButton"
                    text: qsTr("Share…")
                    onClicked: setMenu.open()
                    ToolTip.visible: hovered && !setMenu.visible
                    ToolTip.text: qsTr("Export or import a subscription set: every profile's subscriptions as JSON, without keys")
                    FitMenu {
                        id: setMenu
                        y: setButton.height
                        MenuItem {
                            objectName: "exportSet"
                            text: qsTr("Export…")
                            onTriggered: exportDialog.open()
                        }
                        MenuItem {
                            objectName: "importSet"
                            text: qsTr("Import…")
                            onTriggered: importDialog.open()
                        }
                    }
                }
            }
            ColumnLayout {
                spacing: 0
                Label {
                    objectName: "totalUsd"
                    Layout.alignment: Qt.AlignRight
                    text: SubscriptionsOverview.usdText
                    font.bold: true
                }
                Label {
                    objectName: "totalCredits"
                    Layout.alignment: Qt.AlignRight
                    text: SubscriptionsOverview.creditsText
                    color: Theme.muted
                }
            }
        }

        // What the last export or import did.
        Label {
            objectName: "setStatus"
            Layout.fillWidth: true
            visible: text.length > 0
            text: SubscriptionsOverview.setStatus
            color: SubscriptionsOverview.setFailed ? Theme.warning : Theme.muted
            wrapMode: Text.WordWrap
            textFormat: Text.PlainText
        }

        // Totals per key
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(keyList.contentHeight + 2, page.height * 0.35)
            color: Theme.surfaceRaised
            border.color: Theme.border
            radius: Theme.radius
            clip: true
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: 1
                spacing: 0
                ListView {
                    id: keyList
                    objectName: "keyList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: SubscriptionsOverview.keys
                    boundsBehavior: Flickable.StopAtBounds
                    headerPositioning: ListView.OverlayHeader
                    // Laid out like KeyTotalRow so the titles line up.
                    header: Rectangle {
                        width: keyList.width
                        height: 28
                        z: 2
                        color: Theme.surfaceRaised
                        RowLayout {
                            anchors.fill: parent
                            anchors.leftMargin: Theme.spacing
                            anchors.rightMargin: Theme.spacing
                            spacing: Theme.spacing
                            Label { Layout.preferredWidth: 64; text: qsTr("Provider"); font.bold: true; font.pixelSize: Theme.fontSmall }
                            Label { Layout.fillWidth: true; Layout.minimumWidth: 80; text: qsTr("Key (profile) · tier"); font.bold: true; font.pixelSize: Theme.fontSmall; elide: Text.ElideRight }
                            Label { Layout.preferredWidth: page.figureWidth; text: qsTr("Connections"); font.bold: true; font.pixelSize: Theme.fontSmall }
                            Label { Layout.preferredWidth: page.figureWidth; text: qsTr("Subscriptions"); font.bold: true; font.pixelSize: Theme.fontSmall }
                            Label { Layout.preferredWidth: page.figureWidth; text: qsTr("Cost of the key"); font.bold: true; font.pixelSize: Theme.fontSmall }
                        }
                    }
                    ScrollBar.vertical: ScrollBar {}
                    delegate: KeyTotalRow {
                        width: keyList.width
                        figureWidth: page.figureWidth
                    }
                }
            }
        }

        // Every subscription, grouped by key
        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            color: Theme.surfaceRaised
            border.color: Theme.border
            radius: Theme.radius
            clip: true
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: 1
                spacing: 0
                ListView {
                    id: rowList
                    objectName: "rowList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: SubscriptionsOverview.rows
                    boundsBehavior: Flickable.StopAtBounds
                    headerPositioning: ListView.OverlayHeader
                    // The column titles, laid out like the rows (SubscriptionRow) so they line up.
                    header: Rectangle {
                        width: rowList.width
                        height: 29
                        z: 2
                        color: Theme.surfaceRaised
                        RowLayout {
                            anchors.fill: parent
                            anchors.leftMargin: Theme.spacing
                            anchors.rightMargin: Theme.spacing
                            anchors.bottomMargin: 1
                            spacing: Theme.spacing
                            Item { implicitWidth: 8 }
                            Label { Layout.fillWidth: true; Layout.minimumWidth: 120; text: qsTr("What"); font.bold: true; font.pixelSize: Theme.fontSmall }
                            Label { Layout.preferredWidth: 96; text: qsTr("Priority"); font.bold: true; font.pixelSize: Theme.fontSmall; leftPadding: 8 }
                            Label { Layout.preferredWidth: 64; horizontalAlignment: Text.AlignRight; text: qsTr("Rate"); font.bold: true; font.pixelSize: Theme.fontSmall }
                            Label { objectName: "ageHeader"; Layout.preferredWidth: page.ageWidth; horizontalAlignment: Text.AlignRight; text: qsTr("Last message"); font.bold: true; font.pixelSize: Theme.fontSmall; elide: Text.ElideRight }
                            Label { Layout.preferredWidth: page.columnWidth; text: page.stacked ? qsTr("Quota used · cost") : qsTr("Quota used"); font.bold: true; font.pixelSize: Theme.fontSmall }
                            Label { visible: !page.stacked; Layout.preferredWidth: page.columnWidth; text: qsTr("Cost"); font.bold: true; font.pixelSize: Theme.fontSmall }
                        }
                        Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.border }
                    }
                    ScrollBar.vertical: ScrollBar {}
                    delegate: SubscriptionRow {
                        id: subscriptionRow
                        width: rowList.width
                        onPriorityToggled: optional => SubscriptionsOverview.setOptional(subscriptionRow.priorityKey, optional)
                        quotaWidth: page.columnWidth
                        ageWidth: page.ageWidth
                        costWidth: page.columnWidth
                        stacked: page.stacked
                    }
                }
                Label {
                    visible: rowList.count === 0
                    Layout.alignment: Qt.AlignHCenter
                    Layout.bottomMargin: Theme.padding
                    text: qsTr("Nothing subscribed yet.")
                    color: Theme.muted
                }
            }
        }
    }

    FileDialog {
        id: exportDialog
        title: qsTr("Export the subscription set")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("Subscription sets (*.json)")]
        selectedFile: "file:///" + SubscriptionsOverview.suggestedSetName()
        onAccepted: SubscriptionsOverview.exportSet(selectedFile)
    }
    FileDialog {
        id: importDialog
        title: qsTr("Import a subscription set")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Subscription sets (*.json)"), qsTr("All files (*)")]
        onAccepted: {
            const check = SubscriptionsOverview.checkImport(selectedFile)
            if (check.ok) {
                confirmImport.summary = check.summary
                confirmImport.count = check.count
                confirmImport.open()
            }
        }
    }
    // What the import adds, before it does.
    Dialog {
        id: confirmImport
        objectName: "confirmImport"
        property string summary: ""
        property int count: 0
        title: qsTr("Import the subscription set")
        modal: true
        anchors.centerIn: parent
        width: Math.min(560, page.width - 64)
        Label {
            objectName: "importSummary"
            width: parent.width
            text: confirmImport.summary
            wrapMode: Text.WordWrap
            textFormat: Text.PlainText
        }
        footer: DialogButtonBox {
            Button {
                text: qsTr("Cancel")
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
            Button {
                objectName: "applyImport"
                text: qsTr("Add them")
                enabled: confirmImport.count > 0
                highlighted: true
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            }
        }
        onAccepted: SubscriptionsOverview.applyImport()
    }
}
