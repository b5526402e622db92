pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// The live record table: a header with the topic's columns and one row per record, newest
// on top. Gap and re-org markers show inline as a coloured band with their sentence.
// Selection follows the record (by sequence), not the row, since rows move as records arrive.
Rectangle {
    id: root
    property var model: null              // AlliumStreamModel
    property var columnTitles: []
    property var columnWidths: []
    property int selectedSequence: -1
    /// True while the user looks at older rows: new records then do not scroll the view.
    readonly property bool pinned: list.contentY > 4
    signal recordSelected(int sequence, int row)

    color: Theme.surfaceRaised
    border.color: Theme.border
    radius: Theme.radius
    clip: true

    readonly property real totalWeight: {
        let t = 0
        for (let i = 0; i < columnWidths.length; ++i) t += columnWidths[i]
        return t > 0 ? t : 1
    }
    /// The table is never narrower than its columns need (about 8 px per weight unit, which
    /// fits a block number or a gas amount): a narrower window scrolls it sideways instead
    /// of cutting the numbers.
    readonly property real tableWidth: Math.max(list.width, totalWeight * 8 + 20)
    function widthOf(i) {
        return (root.tableWidth - 20) * (root.columnWidths[i] || 10) / root.totalWeight
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 1
        spacing: 0

        // Header
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: 30
            color: Theme.surface
            clip: true
            Row {
                x: 14 - list.contentX
                anchors.verticalCenter: parent.verticalCenter
                Repeater {
                    model: root.columnTitles
                    delegate: Label {
                        required property string modelData
                        required property int index
                        width: root.widthOf(index)
                        text: modelData
                        font.bold: true
                        font.pixelSize: Theme.fontSmall
                        color: Theme.muted
                        elide: Text.ElideRight
                        textFormat: Text.PlainText
                    }
                }
            }
            Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.border }
        }

        ListView {
            id: list
            objectName: "recordList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            model: root.model
            clip: true
            reuseItems: true
            boundsBehavior: Flickable.StopAtBounds
            contentWidth: root.tableWidth
            flickableDirection: Flickable.AutoFlickIfNeeded
            ScrollBar.vertical: ScrollBar { }
            // shown for as long as columns lie outside, so that a cut column reads as "scroll"
            ScrollBar.horizontal: ScrollBar { policy: list.contentWidth > list.width + 1 ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded }

            delegate: Rectangle {
                id: row
                required property int index
                required property var cells
                required property string marker
                required property string note
                required property var sequence

                width: root.tableWidth
                height: marker.length > 0 ? 46 : 26
                color: row.sequence === root.selectedSequence ? Qt.rgba(Theme.info.r, Theme.info.g, Theme.info.b, 0.16)
                                                              : (index % 2 ? Theme.surface : "transparent")

                Rectangle {
                    // The marker band: amber for gaps, red for re-orgs, blue for a resume
                    // after a pause (blocks not asked for, not lost).
                    visible: row.marker.length > 0
                    width: 4
                    height: parent.height
                    color: row.marker === "reorg" ? Theme.down : (row.marker === "resumed" ? Theme.info : Theme.warning)
                }
                Label {
                    visible: row.marker.length > 0
                    x: 14
                    y: 3
                    width: parent.width - 20
                    text: (row.marker === "reorg" ? "⚠ " : (row.marker === "resumed" ? "▶ " : "⋯ ")) + row.note
                    color: row.marker === "reorg" ? Theme.down : (row.marker === "resumed" ? Theme.info : Theme.warning)
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    elide: Text.ElideRight
                    textFormat: Text.PlainText
                }
                Row {
                    x: 14
                    anchors.bottom: parent.bottom
                    anchors.bottomMargin: 5
                    Repeater {
                        model: row.cells
                        delegate: Label {
                            required property string modelData
                            required property int index
                            width: root.widthOf(index)
                            text: modelData
                            font.family: Theme.monoFamily
                            font.pixelSize: Theme.fontSmall + 1
                            elide: Text.ElideRight
                            textFormat: Text.PlainText
                        }
                    }
                }
                MouseArea {
                    anchors.fill: parent
                    onClicked: root.recordSelected(row.sequence, row.index)
                }
            }
        }
    }
}
