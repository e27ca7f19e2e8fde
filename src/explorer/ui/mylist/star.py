"""The star that puts an occupation on My list, drawn here with QPainter.

Filled (on the list) or an outline (not on it): the shape says it, not only the
colour, so it reads in grey print, high contrast and for colour-blind students.
Like the cluster icons (ui/home/cluster_icons.py) it is drawn, never fetched.
StarButton is the profile header's star: a checkable tool button whose accessible
name says what pressing it does ("Add Registered Nurses to My list").
"""

from __future__ import annotations

import functools
import math

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QToolButton, QWidget

#: Gold inside, a dark outline around it: visible on white, on a selected row's
#: highlight, and in a dark theme.
FILL = "#f2b705"
OUTLINE = "#6b4e00"


def _points(size: float) -> QPolygonF:
    """A five-pointed star filling a square of `size`, point up."""
    centre, outer, inner = size / 2, size * 0.48, size * 0.2
    points = []
    for number in range(10):
        radius = outer if number % 2 == 0 else inner
        angle = math.pi / 2 + number * math.pi / 5
        points.append(
            QPointF(
                centre + radius * math.cos(angle), centre + 0.04 * size - radius * math.sin(angle)
            )
        )
    return QPolygonF(points)


@functools.cache
def star_pixmap(filled: bool, size: int, pixel_ratio: float = 1.0) -> QPixmap:
    """The star, `size` pixels square, sharp at `pixel_ratio` (made once per size)."""
    pixmap = QPixmap(round(size * pixel_ratio), round(size * pixel_ratio))
    pixmap.setDevicePixelRatio(pixel_ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor(OUTLINE), max(1.0, size / 12))
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(QColor(FILL) if filled else Qt.BrushStyle.NoBrush)
    painter.drawPolygon(_points(size))
    painter.end()
    return pixmap


def star_icon(filled: bool, size: int, pixel_ratio: float = 1.0) -> QIcon:
    """The star as an icon."""
    return QIcon(star_pixmap(filled, size, pixel_ratio))


def star_words(title: str, starred: bool) -> str:
    """What pressing a star does, as its accessible name and tooltip."""
    return f"Remove {title} from My list" if starred else f"Add {title} to My list"


class StarButton(QToolButton):
    """A star that shows and toggles whether one occupation is on My list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCheckable(True)
        self.setAutoRaise(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        side = round(self.fontMetrics().height() * 1.6)
        self.setIconSize(QSize(side, side))
        self.show_state("", False)

    def show_state(self, title: str, starred: bool) -> None:
        """Draw the star filled or hollow and name what a press does (no signal sent)."""
        self.blockSignals(True)
        self.setChecked(starred)
        self.blockSignals(False)
        side = self.iconSize().width()
        self.setIcon(star_icon(starred, side, self.devicePixelRatioF()))
        words = star_words(title, starred) if title else "My list"
        self.setAccessibleName(words)
        self.setToolTip(f"{words} (Ctrl+D)")
