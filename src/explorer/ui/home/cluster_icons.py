"""An icon for each of the 16 career clusters, drawn here with QPainter.

Drawn by the program rather than taken from an icon font: the Linux bundle is
near its size limit, and 16 small pictures of a few lines each add nothing to
it, need no licence notice and are never fetched. Each is drawn on a 24-unit
grid in the cluster's colour, at whatever size and pixel ratio is asked.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from explorer.ui.contrast import GRAPHIC_RATIO, meeting

Draw = Callable[[QPainter], None]


def _poly(painter: QPainter, *points: tuple[float, float]) -> None:
    painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in points]))


def _leaf(p: QPainter) -> None:
    path = QPainterPath(QPointF(5, 19))
    path.cubicTo(4, 8, 12, 3, 20, 4)
    path.cubicTo(21, 12, 15, 20, 5, 19)
    p.drawPath(path)
    p.drawLine(QPointF(5, 19), QPointF(14, 10))


def _house(p: QPainter) -> None:
    _poly(p, (3, 11), (12, 3), (21, 11))
    p.drawRect(QRectF(6, 11, 12, 10))
    p.drawRect(QRectF(10, 15, 4, 6))


def _note(p: QPainter) -> None:
    p.drawEllipse(QRectF(4, 15, 6, 5))
    p.drawEllipse(QRectF(14, 13, 6, 5))
    p.drawLine(QPointF(10, 17), QPointF(10, 5))
    p.drawLine(QPointF(20, 15), QPointF(20, 3))
    p.drawLine(QPointF(10, 5), QPointF(20, 3))


def _briefcase(p: QPainter) -> None:
    p.drawRoundedRect(QRectF(3, 8, 18, 12), 2, 2)
    p.drawRect(QRectF(9, 4, 6, 4))
    p.drawLine(QPointF(3, 13), QPointF(21, 13))


def _cap(p: QPainter) -> None:
    _poly(p, (2, 9), (12, 4), (22, 9), (12, 14))
    p.drawArc(QRectF(6, 8, 12, 10), 180 * 16, 180 * 16)
    p.drawLine(QPointF(21, 9), QPointF(21, 16))


def _coin(p: QPainter) -> None:
    p.drawEllipse(QRectF(3, 3, 18, 18))
    path = QPainterPath(QPointF(15, 8.5))
    path.cubicTo(13, 6.5, 8.5, 7, 9, 10)
    path.cubicTo(9.5, 13, 15, 11, 15, 14.5)
    path.cubicTo(15, 17, 10.5, 17.5, 9, 15.5)
    p.drawPath(path)
    p.drawLine(QPointF(12, 5.5), QPointF(12, 18.5))


def _columns(p: QPainter) -> None:
    _poly(p, (3, 9), (12, 3), (21, 9))
    for x in (6, 10, 14, 18):
        p.drawLine(QPointF(x, 11), QPointF(x, 18))
    p.drawLine(QPointF(3, 20), QPointF(21, 20))


def _cross(p: QPainter) -> None:
    _poly(p, (9, 3), (15, 3), (15, 9), (21, 9), (21, 15), (15, 15), (15, 21), (9, 21),
          (9, 15), (3, 15), (3, 9), (9, 9))  # fmt: skip


def _cup(p: QPainter) -> None:
    p.drawRoundedRect(QRectF(4, 8, 12, 11), 2, 2)
    p.drawArc(QRectF(13, 10, 7, 6), -90 * 16, 180 * 16)
    p.drawLine(QPointF(3, 21), QPointF(17, 21))
    for x in (7, 10, 13):
        p.drawLine(QPointF(x, 3), QPointF(x, 6))


def _heart(p: QPainter) -> None:
    path = QPainterPath(QPointF(12, 20))
    path.cubicTo(2, 13, 2, 5, 8, 5)
    path.cubicTo(10, 5, 11.5, 6.5, 12, 8)
    path.cubicTo(12.5, 6.5, 14, 5, 16, 5)
    path.cubicTo(22, 5, 22, 13, 12, 20)
    p.drawPath(path)


def _monitor(p: QPainter) -> None:
    p.drawRoundedRect(QRectF(3, 4, 18, 12), 1.5, 1.5)
    p.drawLine(QPointF(12, 16), QPointF(12, 20))
    p.drawLine(QPointF(8, 20), QPointF(16, 20))
    p.drawPolyline(QPolygonF([QPointF(9, 8), QPointF(7, 10), QPointF(9, 12)]))
    p.drawPolyline(QPolygonF([QPointF(15, 8), QPointF(17, 10), QPointF(15, 12)]))


def _shield(p: QPainter) -> None:
    path = QPainterPath(QPointF(12, 3))
    path.lineTo(20, 6)
    path.cubicTo(20, 14, 17, 18, 12, 21)
    path.cubicTo(7, 18, 4, 14, 4, 6)
    path.closeSubpath()
    p.drawPath(path)
    p.drawPolyline(QPolygonF([QPointF(8.5, 12), QPointF(11, 14.5), QPointF(15.5, 9.5)]))


def _gear(p: QPainter) -> None:
    for step in range(8):
        angle = step * math.pi / 4
        inner, outer = 7.0, 10.0
        p.drawLine(
            QPointF(12 + inner * math.cos(angle), 12 + inner * math.sin(angle)),
            QPointF(12 + outer * math.cos(angle), 12 + outer * math.sin(angle)),
        )
    p.drawEllipse(QPointF(12, 12), 7, 7)
    p.drawEllipse(QPointF(12, 12), 2.5, 2.5)


def _megaphone(p: QPainter) -> None:
    _poly(p, (4, 10), (15, 5), (15, 19), (4, 14))
    p.drawLine(QPointF(7, 14), QPointF(8, 20))
    p.drawArc(QRectF(15, 8, 6, 8), -60 * 16, 120 * 16)


def _atom(p: QPainter) -> None:
    for angle in (0, 60, 120):
        p.save()
        p.translate(12, 12)
        p.rotate(angle)
        p.drawEllipse(QPointF(0, 0), 10, 4)
        p.restore()
    p.drawEllipse(QPointF(12, 12), 1.5, 1.5)


def _truck(p: QPainter) -> None:
    p.drawRect(QRectF(2, 6, 12, 10))
    _poly(p, (14, 9), (18, 9), (21, 12.5), (21, 16), (14, 16))
    p.drawEllipse(QPointF(6.5, 18), 2.2, 2.2)
    p.drawEllipse(QPointF(17, 18), 2.2, 2.2)


#: Each cluster's picture and colour (dark enough for white around it and for a
#: grey-scale printout).
ICONS: dict[str, tuple[Draw, str]] = {
    "Agriculture, Food & Natural Resources": (_leaf, "#2e7d32"),
    "Architecture & Construction": (_house, "#8d5a00"),
    "Arts, Audio/Video Technology & Communications": (_note, "#8e24aa"),
    "Business Management & Administration": (_briefcase, "#5d4037"),
    "Education & Training": (_cap, "#1565c0"),
    "Finance": (_coin, "#00695c"),
    "Government & Public Administration": (_columns, "#37474f"),
    "Health Science": (_cross, "#c62828"),
    "Hospitality & Tourism": (_cup, "#ad5700"),
    "Human Services": (_heart, "#c2185b"),
    "Information Technology": (_monitor, "#283593"),
    "Law, Public Safety, Corrections & Security": (_shield, "#1a237e"),
    "Manufacturing": (_gear, "#455a64"),
    "Marketing": (_megaphone, "#d84315"),
    "Science, Technology, Engineering & Mathematics": (_atom, "#00838f"),
    "Transportation, Distribution & Logistics": (_truck, "#4e342e"),
}
#: What a cluster the table does not know gets (a new cluster in a later release).
FALLBACK: tuple[Draw, str] = (_briefcase, "#555555")


def cluster_icon(
    cluster: str, size: int, pixel_ratio: float = 1.0, background: str = "#ffffff"
) -> QIcon:
    """The cluster's icon, `size` pixels square, sharp at `pixel_ratio`; its colour shaded
    until it has 3:1 against `background` (the theme's: a navy icon on black is lightened)."""
    draw, colour = ICONS.get(cluster, FALLBACK)
    colour = meeting(colour, background, GRAPHIC_RATIO).name()
    pixmap = QPixmap(round(size * pixel_ratio), round(size * pixel_ratio))
    pixmap.setDevicePixelRatio(pixel_ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 24, size / 24)
    pen = QPen(QColor(colour), 1.8)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    draw(painter)
    painter.end()
    return QIcon(pixmap)
