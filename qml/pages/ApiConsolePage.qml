pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// Allium APIs over one WebSocket: compose a request, see the reply as a JSON tree with its
// status and round-trip time, re-send from the history, keep requests per profile.
Pane {
    id: page
    /// True once the page shows live data.
    property bool live: AlliumConsole.history.count > 0 && AlliumConsole.shownState !== "pending"
                        && AlliumConsole.shownState.length > 0
    property var bodyCheck: AlliumConsole.validateBody(bodyEdit.text)
    property string sendError: ""
    readonly property var methods: ["GET", "POST", "PUT", "PATCH", "DELETE"]

    padding: Theme.padding

    function load(method, path, body) {
        methodBox.currentIndex = Math.max(0, methods.indexOf(method))
        pathField.text = path
        bodyEdit.text = body
    }
    /// Find (the window's shortcut): the request path.
    function focusFilter() {
        pathField.forceActiveFocus(Qt.ShortcutFocusReason)
        pathField.selectAll()
    }
    function sendNow() {
        sendError = AlliumConsole.send(methodBox.currentText, pathField.text, bodyEdit.text)
    }

    // In demo mode, ask one example so the console shows what a reply looks like.
    Timer {
        interval: 300
        repeat: true
        running: AppController.demoMode && AlliumConsole.history.count === 0
        onTriggered: if (AlliumConsole.state === 2) page.sendNow()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("API Console")
            subtitle: AlliumConsole.status

            FitComboBox {
                Layout.maximumWidth: 260
                model: AlliumConsole.profiles
                textRole: "name"
                valueRole: "id"
                currentIndex: {
                    const list = AlliumConsole.profiles
                    for (let i = 0; i < list.length; ++i)
                        if (list[i].id === AlliumConsole.profileId) return i
                    return -1
                }
                onActivated: AlliumConsole.profileId = currentValue
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Profile")
            }
            ColumnLayout {
                Layout.preferredWidth: 200
                Layout.maximumWidth: 240
                spacing: 2
                Label {
                    id: inFlightLabel
                    Layout.fillWidth: true
                    text: qsTr("In flight %1 / %2 · queued %3").arg(AlliumConsole.inFlight).arg(AlliumConsole.maxInFlight).arg(AlliumConsole.queued)
                    font.pixelSize: Theme.fontSmall
                    elide: Text.ElideRight
                    ToolTip.visible: inFlightHover.hovered && truncated
                    ToolTip.text: text
                    HoverHandler { id: inFlightHover }
                }
                ProgressBar {
                    Layout.fillWidth: true
                    from: 0
                    to: AlliumConsole.maxInFlight
                    value: AlliumConsole.inFlight
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing

            // Composer, saved requests
            ColumnLayout {
                // a small window gives the response tree and the history more of its width
                // its own width, not a share of the row (a layout fills by default)
                Layout.fillWidth: false
                Layout.preferredWidth: page.width < 1200 ? 380 : 560
                Layout.fillHeight: true
                spacing: Theme.spacing

                Frame {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    padding: Theme.padding
                    background: Rectangle { color: Theme.surfaceRaised; border.color: Theme.border; radius: Theme.radius }

                    ColumnLayout {
                        anchors.fill: parent
                        spacing: Theme.spacing
                        RowLayout {
                            Layout.fillWidth: true
                            FitComboBox {
                                id: methodBox
                                objectName: "methodBox"
                                model: page.methods
                            }
                            TextField {
                                id: pathField
                                objectName: "pathField"
                                Layout.fillWidth: true
                                Layout.minimumWidth: 120
                                ToolTip.visible: hovered && contentWidth > width - leftPadding - rightPadding
                                ToolTip.text: text
                                text: "/api/v1/developer/assets"
                                placeholderText: qsTr("/api/v1/developer/…")
                                font.family: Theme.monoFamily
                                onAccepted: page.sendNow()
                            }
                        }
                        // Examples sit beside the body's caption: the path keeps the row's width.
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: Theme.spacing
                            Label {
                                Layout.fillWidth: true
                                text: methodBox.currentText === "GET" ? qsTr("Query parameters (JSON object)") : qsTr("Body (JSON object)")
                                color: Theme.muted
                                font.pixelSize: Theme.fontSmall
                                elide: Text.ElideRight
                            }
                            Button {
                                objectName: "examplesButton"
                                text: qsTr("Examples")
                                flat: true
                                onClicked: examplesMenu.open()
                                FitMenu {
                                    id: examplesMenu
                                    Repeater {
                                        model: AlliumConsole.examples
                                        delegate: MenuItem {
                                            required property var modelData
                                            text: modelData.title
                                            onTriggered: page.load(modelData.method, modelData.path, modelData.body)
                                        }
                                    }
                                }
                            }
                        }
                        ScrollView {
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            Layout.minimumHeight: 120
                            TextArea {
                                id: bodyEdit
                                objectName: "bodyEdit"
                                text: "{\n  \"blockchain\": \"ethereum\",\n  \"limit\": \"10\"\n}"
                                font.family: Theme.monoFamily
                                font.pixelSize: Theme.fontBody
                                textFormat: TextEdit.PlainText
                                selectByMouse: true
                                background: Rectangle {
                                    color: Theme.surface
                                    border.color: page.bodyCheck.ok ? Theme.border : Theme.down
                                    radius: 4
                                }
                                // The error at its spot: a band on the line, a marker at the column.
                                Rectangle {
                                    visible: !page.bodyCheck.ok
                                    readonly property rect at: bodyEdit.positionToRectangle(page.bodyCheck.offset)
                                    x: 0
                                    y: at.y
                                    width: bodyEdit.width
                                    height: at.height
                                    color: Qt.rgba(Theme.down.r, Theme.down.g, Theme.down.b, 0.12)
                                    Rectangle {
                                        x: parent.at.x
                                        width: 2
                                        height: parent.height
                                        color: Theme.down
                                    }
                                }
                            }
                        }
                        Label {
                            objectName: "bodyError"
                            Layout.fillWidth: true
                            visible: !page.bodyCheck.ok || page.sendError.length > 0
                            text: !page.bodyCheck.ok ? page.bodyCheck.message : page.sendError
                            color: Theme.down
                            wrapMode: Text.WordWrap
                            textFormat: Text.PlainText
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            TextField {
                                id: saveName
                                Layout.fillWidth: true
                                placeholderText: qsTr("Name to save this request as")
                            }
                            Button {
                                text: qsTr("Save")
                                enabled: saveName.text.trim().length > 0 && page.bodyCheck.ok
                                onClicked: if (AlliumConsole.saveRequest(saveName.text, methodBox.currentText, pathField.text, bodyEdit.text)) saveName.text = ""
                            }
                            Button {
                                objectName: "sendButton"
                                text: qsTr("Send")
                                highlighted: true
                                enabled: page.bodyCheck.ok
                                onClicked: page.sendNow()
                            }
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            Switch {
                                checked: AlliumConsole.resendIdempotent
                                onToggled: AlliumConsole.resendIdempotent = checked
                            }
                            Label {
                                Layout.fillWidth: true
                                text: AlliumConsole.resendIdempotent
                                      ? qsTr("If the connection drops, GET, PUT and DELETE still waiting are sent again after the reconnect; POST and PATCH fail with the reason (they may have run).")
                                      : qsTr("If the connection drops, every request still waiting fails with the reason; nothing is sent twice.")
                                wrapMode: Text.WordWrap
                                font.pixelSize: Theme.fontSmall
                                color: Theme.muted
                            }
                        }
                    }
                }

                Frame {
                    Layout.fillWidth: true
                    Layout.preferredHeight: 190
                    padding: Theme.padding
                    background: Rectangle { color: Theme.surfaceRaised; border.color: Theme.border; radius: Theme.radius }
                    ColumnLayout {
                        anchors.fill: parent
                        Label { text: qsTr("Saved requests of this profile"); font.bold: true }
                        ListView {
                            id: savedList
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            clip: true
                            model: AlliumConsole.savedRequests
                            ScrollBar.vertical: ScrollBar { }
                            delegate: ItemDelegate {
                                id: savedRow
                                required property int index
                                required property string name
                                required property string method
                                required property string path
                                required property string body
                                width: ListView.view.width
                                height: 30
                                onClicked: page.load(method, path, body)
                                ToolTip.visible: hovered
                                ToolTip.delay: 600
                                ToolTip.text: savedRow.name + "\n" + savedRow.method + " " + savedRow.path
                                contentItem: RowLayout {
                                    // the name whole while it fits (down to 140 px), the request in what is left
                                    Label {
                                        // (an item that does not fill keeps its preferred width, room or not)
                                        Layout.fillWidth: true
                                        Layout.minimumWidth: Math.min(implicitWidth, 140)
                                        Layout.maximumWidth: implicitWidth
                                        Layout.preferredWidth: implicitWidth
                                        text: savedRow.name; font.bold: true; textFormat: Text.PlainText
                                        elide: Text.ElideRight
                                    }
                                    Label {
                                        Layout.fillWidth: true
                                        Layout.minimumWidth: 60
                                        Layout.preferredWidth: 0
                                        text: savedRow.method + " " + savedRow.path
                                        color: Theme.muted
                                        elide: Text.ElideMiddle
                                        textFormat: Text.PlainText
                                    }
                                    ToolButton { text: "✕"; onClicked: AlliumConsole.savedRequests.remove(savedRow.index) }
                                }
                            }
                            Label {
                                anchors.centerIn: parent
                                visible: savedList.count === 0
                                text: qsTr("Nothing saved yet: name a request and press Save.")
                                color: Theme.muted
                            }
                        }
                    }
                }
            }

            // Response and history: what the composer leaves (its own, wider preferred width
            // would squeeze the composer until its texts no longer fit in German)
            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: 0
                Layout.fillHeight: true
                spacing: Theme.spacing

                Frame {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    padding: Theme.padding
                    background: Rectangle { color: Theme.surfaceRaised; border.color: Theme.border; radius: Theme.radius }
                    ColumnLayout {
                        anchors.fill: parent
                        RowLayout {
                            Layout.fillWidth: true
                            Label {
                                text: AlliumConsole.shownTitle.length > 0 ? AlliumConsole.shownTitle : qsTr("Response")
                                font.bold: true
                                font.family: Theme.monoFamily
                                elide: Text.ElideMiddle
                                Layout.fillWidth: true
                                textFormat: Text.PlainText
                            }
                            AlliumChip {
                                visible: AlliumConsole.shownState.length > 0
                                text: AlliumConsole.shownState
                                tint: AlliumConsole.shownState === "success" ? Theme.up
                                      : (AlliumConsole.shownState === "pending" ? Theme.muted : Theme.down)
                            }
                            AlliumChip {
                                visible: AlliumConsole.shownRoundTripMs >= 0
                                text: qsTr("%1 ms").arg(AlliumConsole.shownRoundTripMs)
                                tint: Theme.info
                            }
                            // small buttons with tooltips (as the chart's zoom): the composer keeps its width
                            ToolButton {
                                text: "+"
                                onClicked: AlliumConsole.responseTree.expandAll()
                                ToolTip.visible: hovered
                                ToolTip.text: qsTr("Expand all")
                                Accessible.name: qsTr("Expand all")
                            }
                            ToolButton {
                                text: "−"
                                onClicked: AlliumConsole.responseTree.collapseAll()
                                ToolTip.visible: hovered
                                ToolTip.text: qsTr("Collapse")
                                Accessible.name: qsTr("Collapse")
                            }
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: AlliumConsole.shownState === "error" || AlliumConsole.shownState === "failed"
                            text: AlliumConsole.shownStatusText
                            color: Theme.down
                            wrapMode: Text.WordWrap
                            textFormat: Text.PlainText
                        }
                        AlliumJsonTree {
                            objectName: "responseTree"
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            model: AlliumConsole.responseTree
                        }
                    }
                }

                Frame {
                    Layout.fillWidth: true
                    Layout.preferredHeight: 260
                    padding: Theme.padding
                    background: Rectangle { color: Theme.surfaceRaised; border.color: Theme.border; radius: Theme.radius }
                    ColumnLayout {
                        anchors.fill: parent
                        RowLayout {
                            Label { text: qsTr("History"); font.bold: true }
                            Label {
                                Layout.fillWidth: true
                                text: AlliumConsole.counters
                                color: Theme.muted
                                font.pixelSize: Theme.fontSmall
                                elide: Text.ElideRight
                                horizontalAlignment: Text.AlignRight
                            }
                        }
                        AlliumHistoryList {
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            model: AlliumConsole.history
                            shownId: AlliumConsole.shownRequestId
                            onShow: row => AlliumConsole.showHistory(row)
                            onResend: row => AlliumConsole.resend(row)
                        }
                    }
                }
            }
        }
    }
}
