import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// A mini candle chart of the latest candles of a symbol.
Item {
    id: root
    property string subject
    readonly property var snapshot: DashboardFeed.revision >= 0 ? DashboardFeed.candles(subject, Math.max(10, Math.floor(width / 9))) : ({})
    readonly property bool ready: snapshot.candles !== undefined && snapshot.candles.length > 0
    readonly property string shownSubject: ready ? snapshot.label : "" // the token's symbol, not its mint

    DashboardWaiting {
        visible: !root.ready
        what: root.subject.length > 0 ? qsTr("candles of %1").arg(root.subject) : qsTr("candles (Conyr)")
    }
    ColumnLayout {
        anchors.fill: parent
        visible: root.ready
        spacing: 2
        Label {
            readonly property var last: root.ready ? root.snapshot.candles[root.snapshot.candles.length - 1] : null
            text: last ? qsTr("O %1  H %2  L %3  C %4").arg(DashboardFormat.price(last.o)).arg(DashboardFormat.price(last.h))
                                                      .arg(DashboardFormat.price(last.l)).arg(DashboardFormat.price(last.c)) : ""
            font.family: Theme.monoFamily
            font.pixelSize: Theme.fontSmall
            color: Theme.muted
        }
        Canvas {
            id: chart
            Layout.fillWidth: true
            Layout.fillHeight: true
            property var candles: root.ready ? root.snapshot.candles : []
            onCandlesChanged: requestPaint()
            onWidthChanged: requestPaint()
            onHeightChanged: requestPaint()
            onPaint: {
                const ctx = getContext("2d")
                ctx.reset()
                const c = candles
                if (!c || c.length === 0)
                    return
                let lo = Infinity, hi = -Infinity
                for (const k of c) { lo = Math.min(lo, k.l); hi = Math.max(hi, k.h) }
                if (hi === lo) { hi += 1; lo -= 1 }
                // At most 16 px per bar; few bars sit at the right edge, as on a live chart.
                const step = Math.min(16, width / c.length)
                const left = width - step * c.length
                const bodyWidth = Math.max(2, step * 0.6)
                const y = v => height - 2 - (v - lo) / (hi - lo) * (height - 4)
                for (let i = 0; i < c.length; ++i) {
                    const k = c[i]
                    const x = left + i * step + step / 2
                    const color = k.c >= k.o ? Theme.up : Theme.down
                    ctx.strokeStyle = color
                    ctx.fillStyle = color
                    ctx.lineWidth = 1
                    ctx.beginPath()
                    ctx.moveTo(x, y(k.h))
                    ctx.lineTo(x, y(k.l))
                    ctx.stroke()
                    const top = y(Math.max(k.o, k.c)), bottom = y(Math.min(k.o, k.c))
                    ctx.fillRect(x - bodyWidth / 2, top, bodyWidth, Math.max(1, bottom - top))
                }
            }
        }
    }
}
