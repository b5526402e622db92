import QtQuick
import Tidewatch

// A line over a list of numbers, scaled to fit.
Canvas {
    id: root
    property var values: []
    property color color: Theme.info

    onValuesChanged: requestPaint()
    onWidthChanged: requestPaint()
    onHeightChanged: requestPaint()
    onPaint: {
        const ctx = getContext("2d")
        ctx.reset()
        const v = root.values
        if (!v || v.length < 2)
            return
        let lo = Math.min.apply(null, v), hi = Math.max.apply(null, v)
        if (hi === lo) { hi += 1; lo -= 1 }
        ctx.strokeStyle = root.color
        ctx.lineWidth = 2
        ctx.beginPath()
        for (let i = 0; i < v.length; ++i) {
            const x = i * (width - 2) / (v.length - 1) + 1
            const y = height - 2 - (v[i] - lo) / (hi - lo) * (height - 4)
            if (i === 0) ctx.moveTo(x, y); else ctx.lineTo(x, y)
        }
        ctx.stroke()
    }
}
