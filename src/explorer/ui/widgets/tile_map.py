"""The US tile map: one square per state, DC and each territory, coloured by one measure.

TileMap is the graph class: it paints MapData (explorer.profile.state_map) with one
QPainter pass, no widget per tile, and keeps `tiles` and `data` for tests.
Every tile carries its abbreviation and value, so nothing depends on colour or
hovering; the legend below writes each colour's range in the measure's unit.
Click a tile, or move with the arrow keys and press Enter or Space, to select
a state; Esc or a click beside the tiles clears the selection.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from explorer.profile.state_map import (
    GRID_COLUMNS,
    GRID_ROWS,
    NOT_AVAILABLE_COLOUR,
    MapData,
    Tile,
    text_colour,
)
from explorer.ui.focus_ring import ring_colour
from explorer.ui.widgets import item_access
from explorer.ui.widgets.chart_style import ChartColours, colours_for
from explorer.ui.widgets.tile_access import StateItems, neighbour
from explorer.ui.widgets.tile_legend import paint_legend

MAX_TILE_EM = 4.0  # the largest tile, in line heights of the widget's font
#: The smallest tile the map asks for: large text must not make the page scroll sideways.
MIN_TILE_EM = 1.0
MARGIN = 6.0
_ANY_INDEX = QModelIndex | QPersistentModelIndex
_ARROWS = {
    Qt.Key.Key_Left: (0, -1),
    Qt.Key.Key_Right: (0, 1),
    Qt.Key.Key_Up: (-1, 0),
    Qt.Key.Key_Down: (1, 0),
}


class TileMap(QWidget):
    """The tile map and its legend; emits `state_selected` ("" when cleared)."""

    state_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: MapData | None = None
        self.tiles: dict[str, Tile] = {}
        self.selected = ""
        self.focus_abbr = ""  # the keyboard's tile (not Qt's QWidget.cursor())
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(False)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName("Map of the states")
        item_access.expose(self, StateItems(self))  # each state a list item
        self._version = 0  # bumped by set_data: the cached picture is out of date
        self._cache = QPixmap()
        self._cache_key: tuple[object, ...] = ()

    # -- data ------------------------------------------------------------------------

    def set_data(self, data: MapData) -> None:
        """Draw data, keeping the selection; the height follows the legend."""
        self.data, self.tiles = data, dict(data.tiles)
        self._version += 1
        self._describe()
        self.updateGeometry()
        self.update()

    def set_selected(self, abbr: str) -> None:
        """Outline abbr's tile ("" for none) without emitting state_selected."""
        self.selected = abbr if abbr in self.tiles else ""
        if self.selected:
            self.focus_abbr = self.selected
        self._describe()
        self.update()
        item_access.selection_changed(self, self.selected)

    def tile_text(self, abbr: str) -> str:
        """What a tile's tooltip (and the screen reader) says about a state."""
        tile = self.tiles[abbr]
        label = self.data.measure.label if self.data else ""
        text = f"{tile.name}: {label.lower()} {tile.figure.text}"
        return f"{text}. {tile.figure.reason}" if tile.figure.reason else text

    def _describe(self) -> None:
        """Name the map after its measure and the keyboard's state; describe the rest."""
        name = f"Tile map: {self.data.title}" if self.data else "Map of the states"
        if self.focus_abbr in self.tiles:
            tile = self.tiles[self.focus_abbr]
            name = f"{name}; at {tile.name} {tile.figure.text}"
        self.setAccessibleName(name)
        parts = []
        if self.selected in self.tiles:
            parts.append(f"Selected: {self.tile_text(self.selected)}")
        if self.focus_abbr in self.tiles and self.focus_abbr != self.selected:
            parts.append(f"At {self.tile_text(self.focus_abbr)}; press Enter to select")
        self.setAccessibleDescription(
            ". ".join(parts) or "Arrow keys move between states; Enter selects one."
        )

    # -- geometry --------------------------------------------------------------------

    def _em(self) -> float:
        return QFontMetricsF(self.font()).height()

    def _tile_size(self, width: float) -> float:
        return max(12.0, min(MAX_TILE_EM * self._em(), (width - 2 * MARGIN) / GRID_COLUMNS))

    def _origin(self) -> QPointF:
        size = self._tile_size(self.width())
        return QPointF((self.width() - size * GRID_COLUMNS) / 2, MARGIN)

    def tile_rect(self, abbr: str) -> QRectF:
        """Where a state's square is drawn, in widget coordinates."""
        tile = self.tiles[abbr]
        size = self._tile_size(self.width())
        gap = max(2.0, size * 0.06)
        origin = self._origin()
        return QRectF(
            origin.x() + tile.column * size + gap / 2,
            origin.y() + tile.row * size + gap / 2,
            size - gap,
            size - gap,
        )

    def tile_at(self, point: QPointF) -> str:
        """The abbreviation of the tile under point, or ""."""
        return next((abbr for abbr in self.tiles if self.tile_rect(abbr).contains(point)), "")

    def legend_texts(self) -> list[str]:
        """The legend's entries as written ("$27,990 to $47,670", "not available")."""
        return [text for _, text, _ in self._legend_items()]

    def _legend_items(self) -> list[tuple[str, str, bool]]:
        """(colour, text, hatched) of every legend entry."""
        items = [(b.colour, b.text, False) for b in self.data.bins] if self.data else []
        if any(t.bin < 0 for t in self.tiles.values()) or not items:
            items.append((NOT_AVAILABLE_COLOUR, "not available", True))
        return items

    def _legend_layout(self, width: float) -> list[tuple[QRectF, str, str, bool]]:
        """Swatch rectangles and texts, flowed over as many lines as the width needs."""
        metrics = QFontMetricsF(self.font())
        em = metrics.height()
        left = max(MARGIN, (width - self._tile_size(width) * GRID_COLUMNS) / 2)
        top = MARGIN + GRID_ROWS * self._tile_size(width) + em * 0.6 + em * 1.3
        x, y, placed = left, top, []
        for colour, text, hatched in self._legend_items():
            item_width = em * 1.4 + metrics.horizontalAdvance(text) + em
            if x > left and x + item_width > width - MARGIN:
                x, y = left, y + em * 1.4
            placed.append((QRectF(x, y, em, em), text, colour, hatched))
            x += item_width
        return placed

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        em = self._em()
        placed = self._legend_layout(width)
        bottom = placed[-1][0].bottom() if placed else MARGIN + GRID_ROWS * em
        return int(bottom + em * 0.5 + MARGIN)

    def sizeHint(self) -> QSize:
        width = int(GRID_COLUMNS * 3.4 * self._em() + 2 * MARGIN)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        width = int(GRID_COLUMNS * MIN_TILE_EM * self._em())
        return QSize(width, self.heightForWidth(width))

    # -- painting --------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        # The map is drawn once into a picture and the picture reused while nothing it
        # shows changes: repainting 52 tiles and their texts every time a tab is shown
        # or the page scrolls cost more than the rest of the tab.
        ratio = self.devicePixelRatioF()
        key = (self._version, self.size(), ratio, self.selected, self.focus_abbr, self.hasFocus())
        if key != self._cache_key:
            picture = QPixmap(self.size() * ratio)
            picture.setDevicePixelRatio(ratio)
            colours = self.colours()
            picture.fill(QColor(colours.background))
            painter = QPainter(picture)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            if self.tiles:
                width = self.tile_rect(next(iter(self.tiles))).width()
                abbr_font, value_font, metrics = self._fonts(width)
                ink = (abbr_font, value_font, metrics, self._figure_form(metrics, width - 4))
                for abbr in self.tiles:
                    self._paint_tile(painter, abbr, ink, colours)
                if self.focus_abbr in self.tiles and self.hasFocus():
                    # The keyboard's state: a thick ring in the focus colour with white
                    # edges (apart from dark tiles), over any selection's and the tiles beside.
                    ring = self.tile_rect(self.focus_abbr).adjusted(-4, -4, 4, 4)
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.setPen(QPen(QColor("#ffffff"), 7))
                    painter.drawRect(ring)
                    painter.setPen(QPen(ring_colour(self.palette()), 4))
                    painter.drawRect(ring)
            self._paint_legend(painter, colours)
            painter.end()
            self._cache, self._cache_key = picture, key
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._cache)
        painter.end()

    def colours(self) -> ChartColours:
        """The theme's colours the map draws with: background, texts and outlines."""
        return colours_for(self.palette())

    def changeEvent(self, event: QEvent) -> None:
        """A new theme or text size: paint the map again (and size it for the font)."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._version += 1
            self.updateGeometry()
            self.update()

    def _fonts(self, size: float) -> tuple[QFont, QFont, QFontMetricsF]:
        """Bold for the abbreviation, regular for the value; never below 7 pt."""
        abbr_font, value_font = QFont(self.font()), QFont(self.font())
        abbr_font.setBold(True)
        smallest = self.font().pointSizeF() * 0.8 * self.logicalDpiY() / 72
        abbr_font.setPixelSize(max(round(size * 0.28), round(smallest)))
        value_font.setPixelSize(max(round(size * 0.21), round(smallest)))
        return abbr_font, value_font, QFontMetricsF(value_font)

    def _figure_form(self, metrics: QFontMetricsF, room: float) -> str:
        """One form of figure on every tile: "text" ("$92,460") if each fits, else
        "short_text" ("$92.5k"), else "" (the colour and the table tell)."""
        figures = [tile.figure for tile in self.tiles.values()]
        for form in ("text", "short_text"):
            if all(metrics.horizontalAdvance(getattr(f, form)) <= room for f in figures):
                return form
        return ""

    def _paint_tile(
        self,
        painter: QPainter,
        abbr: str,
        ink: tuple[QFont, QFont, QFontMetricsF, str],
        colours: ChartColours,
    ) -> None:
        tile, rect = self.tiles[abbr], self.tile_rect(abbr)
        missing = tile.bin < 0
        painter.setPen(QPen(QColor(colours.axis), 1))
        painter.setBrush(QColor(tile.colour))
        painter.drawRect(rect)
        if missing:
            hatch = QBrush(QColor("#8a8a8a"), Qt.BrushStyle.BDiagPattern)
            painter.fillRect(rect.adjusted(1, 1, -1, -1), hatch)
        abbr_font, value_font, value_metrics, form = ink
        ink_colour = QColor("#222222" if missing else text_colour(tile.colour))
        upper = QRectF(
            rect.left(), rect.top() + rect.height() * 0.08, rect.width(), rect.height() * 0.5
        )
        lower = QRectF(
            rect.left() + 1,
            rect.top() + rect.height() * 0.5,
            rect.width() - 2,
            rect.height() * 0.45,
        )
        painter.setPen(ink_colour)
        painter.setFont(abbr_font)
        painter.drawText(upper, Qt.AlignmentFlag.AlignCenter, abbr)
        painter.setFont(value_font)
        text = getattr(tile.figure, form) if form else ""
        if not text:
            pass
        elif missing:  # a label on grey hatching needs a plain background to be read
            width = value_metrics.horizontalAdvance(text) + 4
            back = QRectF(
                lower.center().x() - width / 2, lower.top() + 1, width, value_metrics.height()
            )
            painter.fillRect(back, QColor(NOT_AVAILABLE_COLOUR))
            painter.drawText(back, Qt.AlignmentFlag.AlignCenter, text)
        else:
            painter.drawText(lower, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, text)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if abbr == self.selected:  # black and white rings show on light and dark tiles
            painter.setPen(QPen(QColor("#000000"), 3))
            painter.drawRect(rect.adjusted(-1.5, -1.5, 1.5, 1.5))
            painter.setPen(QPen(QColor("#ffffff"), 1.5))
            painter.drawRect(rect.adjusted(1.5, 1.5, -1.5, -1.5))

    def _paint_legend(self, painter: QPainter, colours: ChartColours) -> None:
        if self.data is None:
            return
        em = QFontMetricsF(self.font()).height()
        top = MARGIN + GRID_ROWS * self._tile_size(self.width()) + em * 0.6
        left = max(MARGIN, self._origin().x())
        caption = f"{self.data.measure.label} ({self.data.measure.unit})"
        box = QRectF(left, top, self.width() - left - MARGIN, em)
        entries = self._legend_layout(self.width())
        paint_legend(painter, self.font(), box, caption, entries, colours)

    # -- interaction -----------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            abbr = self.tile_at(QPointF(event.pos()))
            if abbr:
                QToolTip.showText(
                    event.globalPos(),
                    self.tile_text(abbr),
                    self,
                    self.tile_rect(abbr).toAlignedRect(),
                )
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        abbr = self.tile_at(event.position())
        size = self._tile_size(self.width())
        on_grid = event.position().y() < MARGIN + GRID_ROWS * size
        if abbr or on_grid:
            self.choose(abbr)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()  # the press did the work

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key in _ARROWS and self.tiles:
            start = self.focus_abbr or self.selected or "WA"
            self.focus_abbr = neighbour(self.tiles, start, *_ARROWS[key])
            self._describe()
            self.update()
            item_access.focus_moved(self)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.focus_abbr:
            self.choose(self.focus_abbr)
        elif key == Qt.Key.Key_Escape and self.selected:
            self.choose("")
        else:
            super().keyPressEvent(event)

    def choose(self, abbr: str) -> None:
        """Select abbr ("" clears) as if the student had clicked it, and emit."""
        self.set_selected(abbr)
        self.state_selected.emit(self.selected)

    def focusInEvent(self, event: QFocusEvent) -> None:
        if not self.focus_abbr:
            self.focus_abbr = self.selected or "WA"
        self._describe()
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)
