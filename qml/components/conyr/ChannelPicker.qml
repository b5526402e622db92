pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// Picks a channel from Conyr's catalog: the families on the left (each with the tier it needs;
// those the profile's tier cannot use are disabled with the reason), the token or wallet and,
// for candles, view and timeframe on the right, and what subscribing would do before it does.
Popup {
    id: root
    property ConyrCatalogModel catalog
    property var tokens: []
    property var streamedIntervals: []
    property var variants: []
    /// Returns {ok, name, error, quotaText, costText, note} for the current choice.
    property var preview: function(entryId, subject, view, interval) { return ({}) }

    signal subscribeRequested(string entryId, string subject, string view, string interval)
    signal nameRequested(string name)

    property string entryId: ""
    readonly property var entry: catalog && entryId.length > 0 ? catalog.get(catalog.rowOf(entryId)) : ({})
    readonly property bool wallet: entry.subject === "wallet"
    readonly property var what: entryId.length > 0
                                ? preview(entryId, subject.value(), entry.candles ? view.currentValue : "",
                                          entry.candles ? interval.currentText : "")
                                : ({})

    modal: true
    focus: true
    padding: Theme.padding
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside

    onOpened: {
        if (entryId.length === 0 && catalog)
            entryId = catalog.get(0).entryId
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing
        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: qsTr("Add a channel from Conyr's catalog")
                font.bold: true
                font.pixelSize: Theme.fontBody + 2
            }
            Label {
                text: root.catalog ? qsTr("Tier of this profile: %1").arg(root.catalog.tierLabel) : ""
                color: Theme.muted
            }
            ToolButton {
                text: "✕"
                onClicked: root.close()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Close")
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.padding

            Rectangle {
                Layout.fillHeight: true
                Layout.preferredWidth: Math.min(360, root.availableWidth * 0.5)
                color: "transparent"
                border.color: Theme.border
                radius: Theme.radius
                ListView {
                    id: list
                    objectName: "catalogList"
                    anchors.fill: parent
                    anchors.margins: 1
                    clip: true
                    model: root.catalog
                    boundsBehavior: Flickable.StopAtBounds
                    ScrollBar.vertical: ScrollBar {}
                    delegate: CatalogRow {
                        width: list.width
                        selected: entryId === root.entryId
                        onClicked: root.entryId = entryId
                    }
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.alignment: Qt.AlignTop
                spacing: 6
                Label {
                    Layout.fillWidth: true
                    text: root.entry.title !== undefined ? root.entry.title : ""
                    font.bold: true
                    elide: Text.ElideRight
                }
                Label {
                    Layout.fillWidth: true
                    text: root.entry.description !== undefined ? root.entry.description : ""
                    wrapMode: Text.WordWrap
                    color: Theme.muted
                }
                Label {
                    text: root.wallet ? qsTr("Wallet address") : qsTr("Token (pick one or paste its mint)")
                    font.pixelSize: Theme.fontSmall
                }
                FitComboBox {
                    id: subject
                    objectName: "subject"
                    Layout.fillWidth: true
                    editable: true
                    model: root.wallet ? [] : root.tokens
                    textRole: "symbol"
                    valueRole: "mint"
                    function value() {
                        const i = find(editText)
                        return i >= 0 && !root.wallet ? root.tokens[i].mint : editText.trim()
                    }
                }
                RowLayout {
                    visible: root.entry.candles === true
                    spacing: Theme.spacing
                    Label { text: qsTr("View") }
                    FitComboBox {
                        id: view
                        objectName: "viewBox"
                        Layout.preferredWidth: 110
                        // The view's id goes into the channel name; people read its label.
                        model: root.variants.map(v => ({ id: v, label: ConyrWorkspace.variantLabel(v) }))
                        textRole: "label"
                        valueRole: "id"
                        currentIndex: Math.max(0, root.variants.indexOf("filtered"))
                    }
                    Label { text: qsTr("Timeframe") }
                    FitComboBox {
                        id: interval
                        Layout.preferredWidth: 80
                        model: root.streamedIntervals
                        currentIndex: Math.max(0, root.streamedIntervals.indexOf("1m"))
                    }
                }
                // What subscribing would do, before it does.
                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: whatIf.implicitHeight + 12
                    radius: Theme.radius
                    color: Qt.rgba(Theme.border.r, Theme.border.g, Theme.border.b, 0.3)
                    ColumnLayout {
                        id: whatIf
                        anchors.fill: parent
                        anchors.margins: 6
                        spacing: 2
                        Label {
                            objectName: "whatIfName"
                            Layout.fillWidth: true
                            visible: root.what.name !== undefined
                            text: root.what.name !== undefined ? root.what.name : ""
                            font.family: Theme.monoFamily
                            font.pixelSize: Theme.fontSmall
                            elide: Text.ElideMiddle
                            textFormat: Text.PlainText
                        }
                        Label {
                            objectName: "whatIf"
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                            textFormat: Text.PlainText
                            color: root.what.ok ? Theme.muted : Theme.warning
                            text: root.what.ok ? qsTr("Subscribing makes it %1; %2.").arg(root.what.quotaText).arg(root.what.costText)
                                               : (root.what.error !== undefined ? root.what.error : "")
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: root.what.note !== undefined
                            text: root.what.note !== undefined ? root.what.note : ""
                            wrapMode: Text.WordWrap
                            color: Theme.muted
                            font.pixelSize: Theme.fontSmall
                        }
                    }
                }
                Item { Layout.fillHeight: true }
                RowLayout {
                    Layout.fillWidth: true
                    TextField {
                        id: byName
                        Layout.fillWidth: true
                        placeholderText: qsTr("or any channel name, e.g. wallet:{address}:bundles")
                        selectByMouse: true
                        onAccepted: if (text.trim().length > 0) root.nameRequested(text.trim())
                    }
                    Button {
                        text: qsTr("By name")
                        enabled: byName.text.trim().length > 0
                        onClicked: root.nameRequested(byName.text.trim())
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("Channels outside the catalog are shown as sent")
                    }
                    Button {
                        objectName: "subscribeButton"
                        text: qsTr("Subscribe")
                        highlighted: true
                        enabled: root.what.ok === true
                        onClicked: root.subscribeRequested(root.entryId, subject.value(),
                                                           root.entry.candles ? view.currentValue : "",
                                                           root.entry.candles ? interval.currentText : "")
                    }
                }
            }
        }
    }
}
