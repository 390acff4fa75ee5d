import QtQuick
import Kiosk

// An opening quotation mark drawn as a shape (not a glyph), so its size is exact in every
// font and language.
Canvas {
    id: mark
    property color color: Style.accent
    implicitWidth: 120 * Style.unit
    implicitHeight: 80 * Style.unit
    onColorChanged: requestPaint()
    onWidthChanged: requestPaint()
    onHeightChanged: requestPaint()

    onPaint: {
        const ctx = getContext("2d")
        ctx.reset()
        ctx.fillStyle = mark.color
        const r = Math.min(width / 5.2, height / 3.1)
        for (const cx of [r * 1.2, r * 3.8]) {
            const cy = height - r * 1.05
            ctx.beginPath()
            ctx.arc(cx, cy, r, 0, 2 * Math.PI)
            ctx.fill()
            // the tail rising up and to the right
            ctx.beginPath()
            ctx.moveTo(cx - r, cy)
            ctx.quadraticCurveTo(cx - r * 1.05, cy - r * 2.1, cx + r * 0.9, cy - r * 2.75)
            ctx.lineTo(cx + r * 1.05, cy - r * 2.35)
            ctx.quadraticCurveTo(cx - r * 0.05, cy - r * 1.8, cx + r * 0.1, cy - r * 0.6)
            ctx.closePath()
            ctx.fill()
        }
    }
}
