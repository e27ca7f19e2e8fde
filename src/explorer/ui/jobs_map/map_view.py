"""The treemap itself: one tile per BLS occupation, its area in proportion to its 2024
jobs, the occupation groups outlined and named where they have room.

Hover shows a tile's figures; a click or Enter opens its profile (`open_requested`
carries the O*NET code). The arrow keys move from tile to tile in order of jobs
(Left/Up to the larger, Right/Down to the smaller), Home and End to the first and
last; the tile with the keyboard's focus is outlined and named to screen readers.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from explorer.data.jobs_map import JobsTile
from explorer.profile import formatting
from explorer.ui.jobs_map.layout import Box, nested
from explorer.ui.jobs_map.measures import Measure
from explorer.ui.widgets import item_access


class JobsMapView(QWidget):
    """Tiles grouped by occupation group; `measure` colours them."""

    open_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName("Map of all jobs")
        item_access.expose(self, JobItems(self))  # each job a list item
        self.tiles: tuple[JobsTile, ...] = ()
        self.measure: Measure | None = None
        self.groups: list[tuple[str, list[int]]] = []
        self.group_boxes: list[Box] = []
        self.boxes: dict[int, Box] = {}
        self.current = 0

    def set_tiles(self, tiles: Sequence[JobsTile], measure: Measure) -> None:
        """Show these tiles (most jobs first), coloured by `measure`."""
        self.tiles = tuple(tiles)
        order: dict[str, list[int]] = {}
        for index, tile in enumerate(self.tiles):
            order.setdefault(tile.major_group_title, []).append(index)
        self.groups = sorted(order.items(), key=lambda g: -sum(self.tiles[i].jobs for i in g[1]))
        self.current = 0
        self.set_measure(measure)
        self._lay_out()

    def set_measure(self, measure: Measure) -> None:
        """Colour the tiles by another measure."""
        self.measure = measure
        self.update()

    def _lay_out(self) -> None:
        values = [[float(self.tiles[i].jobs) for i in members] for _, members in self.groups]
        self.group_boxes, inner = nested(values, Box(0, 0, self.width(), self.height()))
        self.boxes = {
            index: box
            for (_, members), boxes in zip(self.groups, inner, strict=True)
            for index, box in zip(members, boxes, strict=True)
        }
        self._describe()

    def tile_at(self, point: QPointF) -> int | None:
        """The index of the tile under a point, if any."""
        for index, box in self.boxes.items():
            if box.contains(point.x(), point.y()):
                return index
        return None

    def tile_text(self, index: int) -> str:
        """A tile's figures in words (its tooltip and what a screen reader hears)."""
        tile = self.tiles[index]
        lines = [
            f"{tile.title} ({tile.major_group_title})",
            f"Jobs: {formatting.count(tile.jobs)}",
            f"Median pay: {formatting.annual_pay(tile.annual_median, None, frozenset())}",
            f"Growth: {formatting.growth(tile.growth_category, tile.change_percent)}",
            f"Typical education: {tile.typical_education or formatting.NOT_AVAILABLE}",
        ]
        return "\n".join(lines)

    def _describe(self) -> None:
        if self.tiles:
            text = self.tile_text(self.current).replace("\n", "; ")
            self.setAccessibleDescription(f"Tile {self.current + 1} of {len(self.tiles)}: {text}")
            self.setAccessibleName(f"Map of all jobs; at {self.tiles[self.current].title}")

    def sizeHint(self) -> QSize:
        """Room for the map on a wide pane."""
        return QSize(600, 480)

    def minimumSizeHint(self) -> QSize:
        """Small enough for a 1024-pixel screen's pane."""
        return QSize(200, 240)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Lay the tiles out again for the new size."""
        super().resizeEvent(event)
        self._lay_out()

    def paintEvent(self, _event: QPaintEvent) -> None:
        """Tiles, group outlines and names, and the focused tile's outline."""
        if self.measure is None:
            return
        painter = QPainter(self)
        thin = QPen(QColor("white"), 0.5)
        painter.setPen(thin)
        for index, box in self.boxes.items():
            painter.setBrush(QColor(self.measure.colour(self.tiles[index])))
            painter.drawRect(QRectF(box.x, box.y, box.w, box.h))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor("#222"), 2))
        metrics = painter.fontMetrics()
        for (name, _), box in zip(self.groups, self.group_boxes, strict=True):
            rect = QRectF(box.x, box.y, box.w, box.h)
            painter.drawRect(rect)
            if box.w > metrics.horizontalAdvance("Occupations") and box.h > metrics.height() * 2:
                short = name.removesuffix(" Occupations")
                text = metrics.elidedText(short, Qt.TextElideMode.ElideRight, int(box.w) - 6)
                label = rect.adjusted(3, 2, -3, 0)
                label.setHeight(metrics.height())
                painter.fillRect(label, QColor(255, 255, 255, 200))
                painter.drawText(label, Qt.AlignmentFlag.AlignLeft, text)
        if self.hasFocus() and self.current in self.boxes:
            box = self.boxes[self.current]
            painter.setPen(QPen(QColor("black"), 3))
            painter.drawRect(QRectF(box.x, box.y, box.w, box.h).adjusted(1, 1, -1, -1))
        painter.end()

    def event(self, event: QEvent) -> bool:
        """Hover: the tile's figures."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.tile_at(QPointF(event.pos()))
            if index is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.tile_text(index), self)
            return True
        return super().event(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """A click opens the tile's profile."""
        index = self.tile_at(event.position())
        if index is not None and event.button() == Qt.MouseButton.LeftButton:
            self.current = index
            self._describe()
            self.open_requested.emit(self.tiles[index].code)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrows, Home and End move; Enter opens."""
        key, last = event.key(), len(self.tiles) - 1
        moves: dict[int, int] = {
            Qt.Key.Key_Left: self.current - 1,
            Qt.Key.Key_Up: self.current - 1,
            Qt.Key.Key_Right: self.current + 1,
            Qt.Key.Key_Down: self.current + 1,
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: last,
        }
        if key in moves and self.tiles:
            self.current = max(0, min(last, moves[key]))
            self._describe()
            self.update()
            item_access.focus_moved(self)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.tiles:
            self.open_requested.emit(self.tiles[self.current].code)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Show which tile the keys are on."""
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Hide the keyboard's outline."""
        super().focusOutEvent(event)
        self.update()


class JobItems:
    """What a screen reader is told about the map's jobs (item_access.PaintedItems)."""

    def __init__(self, view: JobsMapView) -> None:
        self.view = view

    def access_keys(self) -> list[str]:
        """Every tile's place, most jobs first."""
        return [str(index) for index in range(len(self.view.tiles)) if index in self.view.boxes]

    def access_item(self, key: str) -> tuple[str, str, str]:
        """A job's title, its number of jobs and all its figures."""
        tile = self.view.tiles[int(key)]
        text = self.view.tile_text(int(key)).replace("\n", "; ")
        return tile.title, f"{formatting.count(tile.jobs)} jobs", text

    def access_rect(self, key: str) -> QRect:
        """Where a job's tile is."""
        box = self.view.boxes[int(key)]
        return QRectF(box.x, box.y, box.w, box.h).toAlignedRect()

    def access_selected(self, key: str) -> bool:
        """The tile with the keyboard is the one Enter opens."""
        return key == str(self.view.current)

    def access_current(self) -> str:
        """The keyboard's tile."""
        return str(self.view.current) if self.view.tiles else ""

    def access_key_at(self, point: QPointF) -> str:
        """The tile under a point."""
        index = self.view.tile_at(point)
        return "" if index is None else str(index)
