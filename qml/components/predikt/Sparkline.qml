import QtQuick
import Tidewatch

// A small line chart of recent prices: green when the last point is at or above the first.
Canvas {
    id: root
    /// Prices, oldest first.
    property var points: []
    property color upColor: Theme.up
    property color downColor: Theme.down

    implicitWidth: 160
    implicitHeight: 36
    onPointsChanged: requestPaint()
    onWidthChanged: requestPaint()
    onHeightChanged: requestPaint()

    onPaint: {
        const ctx = getContext("2d")
        ctx.reset()
        const n = points ? points.length : 0
        if (n < 2)
            return
        let lo = points[0], hi = points[0]
        for (let i = 1; i < n; ++i) {
            lo = Math.min(lo, points[i])
            hi = Math.max(hi, points[i])
        }
        const span = hi - lo > 0 ? hi - lo : Math.abs(hi) * 0.001 + 1e-12
        const pad = 3
        const w = width - 2 * pad, h = height - 2 * pad
        const x = i => pad + w * i / (n - 1)
        const y = v => pad + h - h * (v - lo) / span
        const colour = points[n - 1] >= points[0] ? upColor : downColor

        ctx.beginPath()
        ctx.moveTo(x(0), y(points[0]))
        for (let i = 1; i < n; ++i)
            ctx.lineTo(x(i), y(points[i]))
        ctx.lineWidth = 1.5
        ctx.strokeStyle = colour
        ctx.stroke()

        ctx.lineTo(x(n - 1), height - pad)
        ctx.lineTo(x(0), height - pad)
        ctx.closePath()
        ctx.globalAlpha = 0.12
        ctx.fillStyle = colour
        ctx.fill()
    }
}
