import QtQuick
import QtQuick.Controls
import Tidewatch

// One alert rule's level on the chart: a dashed line with a tag; drag it up or down to move
// the level (saved on release). The parent is the plot; the chart gives the mapping.
Item {
    id: root

    /// The rule as AlertCenter's rule model gives it (its "rule" role).
    property var rule: ({})
    /// The level this line shows (the rule's level, or its upper level for a channel).
    property string field: "level"
    /// Price → 0 (top) … 1 (bottom) of the parent, and back; they change with the view.
    property var fractionOf: price => 0.5
    property var priceAt: fraction => 0
    property var formatPrice: price => String(price)
    /// Re-evaluates the position when the view moves (the chart passes a changing value).
    property int viewRevision: 0

    readonly property double level: rule && rule[field] !== undefined ? Number(rule[field]) : NaN
    readonly property real levelY: viewRevision >= 0 && parent ? fractionOf(level) * parent.height : 0
    property bool dragging: false
    property real dragY: 0
    readonly property real lineY: dragging ? dragY : levelY
    /// While dragging: the price under the line.
    readonly property double shownLevel: dragging && parent && parent.height > 0 ? priceAt(dragY / parent.height) : level

    /// Emitted on release after a drag: the rule's new level.
    signal moved(double price)

    width: parent ? parent.width : 0
    height: 11
    y: lineY - height / 2
    visible: isFinite(level) && lineY >= 0 && parent && lineY <= parent.height

    Canvas {
        id: dashes
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        height: 2
        onWidthChanged: requestPaint()
        onPaint: {
            const ctx = getContext("2d")
            ctx.reset()
            ctx.fillStyle = Theme.warning
            for (let x = 0; x < width; x += 9)
                ctx.fillRect(x, 0, 5, root.dragging ? 2 : 1)
        }
        Connections {
            target: root
            function onDraggingChanged() { dashes.requestPaint() }
        }
    }
    Rectangle {
        anchors.left: parent.left
        anchors.leftMargin: 4
        anchors.verticalCenter: parent.verticalCenter
        width: tag.implicitWidth + 10
        height: tag.implicitHeight + 2
        radius: 3
        color: Theme.warning
        Label {
            id: tag
            anchors.centerIn: parent
            text: qsTr("alert %1").arg(root.formatPrice(root.shownLevel))
            color: "white"
            font.pixelSize: Theme.fontSmall
            font.family: Theme.monoFamily
            textFormat: Text.PlainText
        }
        // The rule's name on the tag only (hovering the line itself keeps the crosshair).
        ToolTip.visible: tagHover.hovered && !handle.pressed
        ToolTip.text: qsTr("%1 — drag to change the level").arg(root.rule ? root.rule.name : "")
        HoverHandler {
            id: tagHover
        }
    }
    MouseArea {
        id: handle
        objectName: "alertLevelHandle"
        anchors.fill: parent
        cursorShape: Qt.SizeVerCursor
        // No hover here: the chart's crosshair keeps following the pointer across the line.
        preventStealing: true
        onPressed: {
            root.dragY = root.levelY
            root.dragging = true
        }
        onPositionChanged: event => {
            if (!pressed || !root.parent)
                return
            const p = handle.mapToItem(root.parent, event.x, event.y)
            root.dragY = Math.max(0, Math.min(root.parent.height, p.y))
        }
        onReleased: {
            const moved = Math.abs(root.dragY - root.levelY) >= 1
            const price = root.shownLevel
            root.dragging = false
            if (moved)
                root.moved(price)
        }
        onCanceled: root.dragging = false
    }
}
