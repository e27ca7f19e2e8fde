"""What a screen reader finds in the tile map: a list with one item per state.

The map paints its 54 tiles itself, so Qt alone shows a screen reader one
node. PySide6 lets Python subclass QAccessibleWidget and QAccessibleInterface
and install a factory (QAccessible.installFactory), so the map's node becomes a
list whose children are the states: each with its name ("Texas"), its value
(the figure on the tile, "$92,460" or "not available"), a description (what
the tooltip says), its place on screen, and its states (selected, focused).
The map's own name follows the keyboard's state ("Tile map: Annual median
wage; at Texas $92,460"), and moving between tiles sends a Focus event for the
new child, so a screen reader says each state as the arrows reach it.

The factory answers only for TileMap (by class name, as Qt asks); every other
widget keeps Qt's own interface.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QRect
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface, QWindow
from PySide6.QtWidgets import QAccessibleWidget

if TYPE_CHECKING:
    from explorer.ui.widgets.tile_map import TileMap

_installed = False
#: The interfaces made, by map: Qt's cache owns them, Python must keep them alive too.
_made: dict[int, MapAccess] = {}


class StateItem(QAccessibleInterface):
    """One state's tile, a list item of the map's interface."""

    def __init__(self, owner: MapAccess, abbr: str) -> None:
        super().__init__()
        self.owner, self.abbr = owner, abbr

    def _map(self) -> TileMap:
        return self.owner.tile_map

    def isValid(self) -> bool:
        return self.abbr in self._map().tiles

    def object(self) -> QObject | None:
        return None

    def window(self) -> QWindow | None:
        return self.owner.window()

    def relations(self, _match: object = None) -> list[object]:
        return []

    def focusChild(self) -> QAccessibleInterface | None:
        return None

    def childAt(self, _x: int, _y: int) -> QAccessibleInterface | None:
        return None

    def parent(self) -> QAccessibleInterface:
        return self.owner

    def child(self, _index: int) -> QAccessibleInterface | None:
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, _child: QAccessibleInterface) -> int:
        return -1

    def text(self, kind: QAccessible.Text) -> str:
        tile_map = self._map()
        if not self.isValid():
            return ""
        if kind == QAccessible.Text.Name:
            return tile_map.tiles[self.abbr].name
        if kind == QAccessible.Text.Value:
            return tile_map.tiles[self.abbr].figure.text
        if kind == QAccessible.Text.Description:
            return tile_map.tile_text(self.abbr)
        return ""

    def setText(self, _kind: QAccessible.Text, _text: str) -> None:
        pass  # read only

    def rect(self) -> QRect:
        tile_map = self._map()
        if not self.isValid():
            return QRect()
        local = tile_map.tile_rect(self.abbr).toAlignedRect()
        return QRect(tile_map.mapToGlobal(local.topLeft()), local.size())

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.ListItem

    def state(self) -> QAccessible.State:
        tile_map = self._map()
        state = QAccessible.State()
        state.focusable = True
        state.selectable = True
        state.selected = self.abbr == tile_map.selected
        state.focused = tile_map.hasFocus() and self.abbr == tile_map.focus_abbr
        state.invisible = not tile_map.isVisible()
        return state


class MapAccess(QAccessibleWidget):
    """The tile map as a list of its states."""

    def __init__(self, tile_map: TileMap) -> None:
        super().__init__(tile_map, QAccessible.Role.List, "")
        self.tile_map = tile_map
        self._items: dict[str, StateItem] = {}

    def items(self) -> list[StateItem]:
        """One item per tile, in the map's order (made once per state, then reused)."""
        for abbr in self.tile_map.tiles:
            if abbr not in self._items:
                self._items[abbr] = StateItem(self, abbr)
        return [self._items[abbr] for abbr in self.tile_map.tiles]

    def childCount(self) -> int:
        return len(self.tile_map.tiles)

    def child(self, index: int) -> QAccessibleInterface | None:
        items = self.items()
        return items[index] if 0 <= index < len(items) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        abbrs = list(self.tile_map.tiles)
        abbr = getattr(child, "abbr", None)
        return abbrs.index(abbr) if abbr in abbrs else -1

    def focusChild(self) -> QAccessibleInterface | None:
        if self.tile_map.hasFocus() and self.tile_map.focus_abbr in self.tile_map.tiles:
            return self.child(list(self.tile_map.tiles).index(self.tile_map.focus_abbr))
        return None

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:
        point = self.tile_map.mapFromGlobal(QPoint(x, y)).toPointF()
        abbr = self.tile_map.tile_at(point)
        return self.child(list(self.tile_map.tiles).index(abbr)) if abbr else None


def _factory(key: str, obj: QObject) -> QAccessibleInterface | None:
    from explorer.ui.widgets.tile_map import TileMap

    if key != "TileMap" or not isinstance(obj, TileMap):
        return None
    access = _made.get(id(obj))
    if access is None:
        access = _made[id(obj)] = MapAccess(obj)
        obj.destroyed.connect(functools.partial(_made.pop, id(obj), None))
    return access


def install() -> None:
    """Give every TileMap its list of states (once per program)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def focus_moved(tile_map: TileMap) -> None:
    """Tell screen readers the keyboard's state changed (the map's name changed too)."""
    abbrs = list(tile_map.tiles)
    QAccessible.updateAccessibility(QAccessibleEvent(tile_map, QAccessible.Event.NameChanged))
    if tile_map.hasFocus() and tile_map.focus_abbr in abbrs:
        event = QAccessibleEvent(tile_map, QAccessible.Event.Focus)
        event.setChild(abbrs.index(tile_map.focus_abbr))
        QAccessible.updateAccessibility(event)


def selection_changed(tile_map: TileMap) -> None:
    """Tell screen readers which state is selected now."""
    abbrs = list(tile_map.tiles)
    if tile_map.selected in abbrs:
        event = QAccessibleEvent(tile_map, QAccessible.Event.Selection)
        event.setChild(abbrs.index(tile_map.selected))
        QAccessible.updateAccessibility(event)
