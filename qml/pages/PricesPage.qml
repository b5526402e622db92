pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// The Predikt VWAP price board and the billing balance of the selected Predikt profile.
Pane {
    id: page
    /// True once the page shows live data.
    property bool live: session !== null && session.board.totalUpdates > 0

    readonly property var session: PrediktWorkspace.current
    readonly property var connection: session ? session.connection : null
    /// What adding the typed symbols would do to this connection's quota and bill, before it
    /// does (SubscriptionsOverview's what-if; read again whenever the board or the field changes).
    readonly property var addWhatIf: {
        if (!session)
            return null
        void session.symbolCount
        return SubscriptionsOverview.previewPrediktSymbols(session.profileId, addField.text)
    }
    readonly property bool addAllowed: addWhatIf === null || !addWhatIf.known || addWhatIf.ok

    padding: Theme.padding * 2

    /// Reconnect (the window's refresh shortcut), as the page's Reconnect button does.
    function refresh() {
        if (page.session !== null)
            page.session.reconnect()
    }

    EmptyState {
        anchors.centerIn: parent
        visible: page.session === null
        title: qsTr("Prices")
        explanation: qsTr("Add a Predikt profile with your API key to watch VWAP prices and your billing balance here.")
        actionText: qsTr("Open Connections")
        onActionTriggered: if (typeof window !== "undefined") window.showPage("connections")
    }

    ColumnLayout {
        anchors.fill: parent
        visible: page.session !== null
        spacing: Theme.padding

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Prices")
            subtitle: page.session
                      ? qsTr("Predikt VWAP feed · %1 · %2 tier%3%4").arg(page.session.name).arg(page.session.tierName)
                        .arg(page.session.accountId.length > 0 ? qsTr(" · account %1").arg(page.session.accountId) : "")
                        .arg(page.session.connectionId.length > 0 ? qsTr(" · connection %1").arg(page.session.connectionId) : "")
                      : ""

            FitComboBox {
                visible: PrediktWorkspace.profileNames.length > 1
                model: PrediktWorkspace.profileNames
                currentIndex: PrediktWorkspace.currentIndex
                onActivated: index => PrediktWorkspace.currentIndex = index
                Accessible.name: qsTr("Predikt profile")
            }
            Rectangle {
                width: 10; height: 10; radius: 5
                color: page.connection ? Theme.stateColor(page.connection.state) : Theme.muted
            }
            Label {
                objectName: "stateLabel"
                text: page.connection ? ConnectionStates.text(page.connection.state) : qsTr("Waiting for the key")
                color: Theme.muted
            }
            Button {
                text: qsTr("Reconnect")
                enabled: page.connection !== null
                onClicked: page.session.reconnect()
            }
        }

        // Why the server is disconnecting (balance): shown prominently until reconnecting.
        Rectangle {
            objectName: "disconnectBanner"
            Layout.fillWidth: true
            visible: page.session !== null && page.session.ledger.disconnectReason.length > 0
            implicitHeight: disconnectRow.implicitHeight + 2 * Theme.padding
            radius: Theme.radius
            color: Theme.down
            RowLayout {
                id: disconnectRow
                anchors.fill: parent
                anchors.margins: Theme.padding
                spacing: Theme.padding
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        text: qsTr("Predikt disconnected this feed")
                        color: "white"
                        font.bold: true
                        font.pixelSize: Theme.fontTitle - 2
                    }
                    Label {
                        Layout.fillWidth: true
                        text: page.session ? page.session.ledger.disconnectReason : ""
                        color: "white"
                        wrapMode: Text.WordWrap
                        textFormat: Text.PlainText
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Top up your balance on the Predikt billing page, then reconnect.")
                        color: "white"
                        wrapMode: Text.WordWrap
                    }
                }
                Button {
                    text: qsTr("Reconnect")
                    onClicked: page.session.reconnect()
                }
            }
        }

        // Connection trouble (auth, limits) and rejected symbols.
        Rectangle {
            Layout.fillWidth: true
            readonly property string text: {
                if (!page.session)
                    return ""
                if (page.session.notice.length > 0)
                    return page.session.notice
                if (page.session.problem.length > 0)
                    return page.session.problem
                if (page.connection && (page.connection.state === Connection.Reconnecting || page.connection.state === Connection.Failed))
                    return page.connection.reason
                return ""
            }
            visible: text.length > 0 && !(page.session && page.session.ledger.disconnectReason.length > 0)
            implicitHeight: noticeRow.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.banner
            RowLayout {
                id: noticeRow
                anchors.fill: parent
                anchors.margins: Theme.spacing
                Label {
                    objectName: "noticeLabel"
                    Layout.fillWidth: true
                    text: parent.parent.text
                    color: "#3b3000"
                    wrapMode: Text.WordWrap
                    textFormat: Text.PlainText
                }
                ToolButton {
                    visible: page.session !== null && page.session.notice.length > 0
                    text: "✕"
                    onClicked: page.session.dismissNotice()
                    Accessible.name: qsTr("Dismiss")
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.padding

            Pane {
                Layout.fillWidth: true
                Layout.fillHeight: true
                padding: Theme.padding
                background: Rectangle {
                    color: Theme.surfaceRaised
                    border.color: Theme.border
                    radius: Theme.radius
                }
                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacing

                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        Label {
                            text: qsTr("VWAP board")
                            font.bold: true
                            font.pixelSize: Theme.fontTitle - 2
                        }
                        Label {
                            objectName: "capLabel"
                            text: page.session ? qsTr("%1 of %n symbol(s)", "", page.session.symbolCap).arg(page.session.symbolCount) : ""
                            color: page.session && page.session.symbolCount >= page.session.symbolCap ? Theme.warning : Theme.muted
                        }
                        Item { Layout.fillWidth: true }
                        TextField {
                            id: addField
                            objectName: "addField"
                            Layout.preferredWidth: 220
                            Layout.minimumWidth: 110
                            Layout.fillWidth: true
                            Layout.maximumWidth: 220
                            placeholderText: qsTr("Add symbols, e.g. WIF, RAY")
                            enabled: page.session !== null && page.session.symbolCount < page.session.symbolCap
                            onAccepted: if (addButton.enabled) addButton.clicked()
                            Accessible.name: qsTr("Symbols to add")
                        }
                        Button {
                            id: addButton
                            objectName: "addButton"
                            text: qsTr("Add")
                            enabled: addField.enabled && addField.text.trim().length > 0 && page.addAllowed
                            onClicked: if (page.session.addSymbols(addField.text)) addField.clear()
                            ToolTip.visible: hovered && !page.addAllowed
                            ToolTip.text: page.addWhatIf ? page.addWhatIf.text : ""
                        }
                    }
                    // The what-if: "Adding WIF makes it 6/10 symbols on this connection; no extra
                    // cost …", or why not (the tier's cap) when it would not fit.
                    Label {
                        objectName: "addWhatIf"
                        Layout.fillWidth: true
                        visible: text.length > 0
                        text: page.addWhatIf !== null && page.addWhatIf.known ? page.addWhatIf.text : ""
                        color: page.addAllowed ? Theme.muted : Theme.warning
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.WordWrap
                        textFormat: Text.PlainText
                    }
                    PriceBoardHeader {
                        Layout.fillWidth: true
                        compact: board.compact
                        Layout.leftMargin: Theme.spacing
                        Layout.rightMargin: Theme.spacing
                    }
                    ListView {
                        id: board
                        objectName: "board"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        clip: true
                        spacing: 2
                        model: page.session ? page.session.board : null
                        ScrollBar.vertical: ScrollBar {}
                        /// Below 760 px the full row's columns (sparkline, 1 h, source, age) do not fit.
                        /// Set after the layout pass that changed the width, not bound to it: Qt 6.4
                        /// ignores the header's re-layout requested from inside that pass, and the
                        /// header would keep the other mode's column positions.
                        property bool compact: false
                        function updateCompact() {
                            compact = width > 0 && width < 760
                        }
                        onWidthChanged: compactCheck.restart()
                        // a Timer, not Qt.callLater: it goes with the page if that is destroyed first
                        Timer { id: compactCheck; interval: 0; onTriggered: board.updateCompact() }
                        delegate: PriceRow {
                            width: board.width
                            compact: board.compact
                            onRemoveRequested: symbol => page.session.removeSymbol(symbol)
                        }
                        Label {
                            anchors.centerIn: parent
                            visible: board.count === 0
                            text: qsTr("No symbols yet: add one above.")
                            color: Theme.muted
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Prices are volume-weighted averages published every 5 s. A row turns stale after two missed updates.")
                        color: Theme.muted
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.WordWrap
                    }
                }
            }

            BillingPanel {
                Layout.preferredWidth: page.width < 1100 ? 280 : 340
                Layout.fillHeight: true
                ledger: page.session ? page.session.ledger : null
            }
        }
    }
}
