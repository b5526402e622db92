import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// A mini candle chart of a symbol: candles with volume below and the last price. For a Conyr
// token the bars come from the workspace (its REST backfill, then live), so the tile has
// history from the start; other candles come from the dashboard feed's live bars.
Item {
    id: root
    property string subject
    readonly property int wanted: Math.max(10, Math.floor(width / 9))
    readonly property var snapshot: DashboardFeed.revision >= 0 ? DashboardFeed.candles(subject, wanted) : ({})
    readonly property bool fromFeed: snapshot.candles !== undefined && snapshot.candles.length > 0
    /// Conyr names candle subjects "mint/interval": those have backfilled bars in the workspace.
    readonly property CandleSeriesModel series: fromFeed && snapshot.provider === "conyr"
                                                ? ConyrWorkspace.tileSeries(snapshot.subject) : null
    property int seriesRevision: 0
    readonly property var candles: {
        root.seriesRevision
        const backfilled = root.series && root.series.count > 0 ? root.series.lastBars(root.wanted) : []
        return backfilled.length > 0 ? backfilled : (fromFeed ? snapshot.candles : [])
    }
    readonly property bool ready: candles.length > 0
    readonly property string shownSubject: ready && fromFeed ? snapshot.label : "" // the token's symbol, not its mint

    Connections {
        target: root.series
        function onUpdated() { root.seriesRevision++ }
    }

    DashboardWaiting {
        visible: !root.ready
        what: root.subject.length > 0 ? qsTr("candles of %1").arg(root.subject) : qsTr("candles (Conyr)")
    }
    ColumnLayout {
        anchors.fill: parent
        visible: root.ready
        spacing: 2
        Label {
            readonly property var last: root.ready ? root.candles[root.candles.length - 1] : null
            Layout.fillWidth: true
            elide: Text.ElideRight
            text: last ? qsTr("O %1  H %2  L %3  C %4").arg(DashboardFormat.price(last.o)).arg(DashboardFormat.price(last.h))
                                                      .arg(DashboardFormat.price(last.l)).arg(DashboardFormat.price(last.c)) : ""
            font.family: Theme.monoFamily
            font.pixelSize: Theme.fontSmall
            color: Theme.muted
            textFormat: Text.PlainText
        }
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Canvas {
                id: chart
                objectName: "miniChart"
                anchors.fill: parent
                anchors.rightMargin: lastTag.width + 2
                property var candles: root.candles
                onCandlesChanged: requestPaint()
                onWidthChanged: requestPaint()
                onHeightChanged: requestPaint()
                // The last close's height, for its tag.
                property real lastY: 0
                onPaint: {
                    const ctx = getContext("2d")
                    ctx.reset()
                    const c = candles
                    if (!c || c.length === 0)
                        return
                    let lo = Infinity, hi = -Infinity, vmax = 0
                    for (const k of c) { lo = Math.min(lo, k.l); hi = Math.max(hi, k.h); vmax = Math.max(vmax, k.v || 0) }
                    if (hi === lo) { hi += Math.abs(hi) * 0.01 + 1e-9; lo -= Math.abs(lo) * 0.01 + 1e-9 }
                    // Prices in the top 78 %, volume in the bottom 18 %.
                    const priceHeight = height * 0.78
                    const volumeTop = height * 0.82
                    const step = Math.min(16, width / c.length)
                    const left = width - step * c.length
                    const bodyWidth = Math.max(2, step * 0.6)
                    const y = v => 2 + (hi - v) / (hi - lo) * (priceHeight - 4)
                    for (let i = 0; i < c.length; ++i) {
                        const k = c[i]
                        const x = left + i * step + step / 2
                        const color = k.c >= k.o ? Theme.up : Theme.down
                        if (vmax > 0 && k.v > 0) {
                            const vh = k.v / vmax * (height - volumeTop)
                            ctx.fillStyle = Qt.rgba(Theme.info.r, Theme.info.g, Theme.info.b, 0.35)
                            ctx.fillRect(x - bodyWidth / 2, height - vh, bodyWidth, vh)
                        }
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
                    // The last price as a dotted line across.
                    const last = y(c[c.length - 1].c)
                    ctx.fillStyle = Theme.info
                    for (let x = 0; x < width; x += 6)
                        ctx.fillRect(x, Math.round(last), 3, 1)
                    lastY = last
                }
            }
            Rectangle {
                id: lastTag
                visible: root.ready
                anchors.right: parent.right
                y: Math.max(0, Math.min(parent.height - height, chart.lastY - height / 2))
                width: lastLabel.implicitWidth + 8
                height: lastLabel.implicitHeight + 2
                radius: 3
                color: Theme.info
                Label {
                    id: lastLabel
                    anchors.centerIn: parent
                    text: root.ready ? DashboardFormat.price(root.candles[root.candles.length - 1].c) : "" // as in the OHLC line
                    color: "white"
                    font.pixelSize: Theme.fontSmall
                    font.family: Theme.monoFamily
                    textFormat: Text.PlainText
                }
            }
        }
    }
}
