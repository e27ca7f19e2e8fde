"""What a screen reader finds in a map painted by hand: a list with one item per tile.

The tile map (50 states, DC and the territories) and the map of all jobs paint
their tiles themselves, so Qt alone shows a screen reader one node each. PySide6
lets Python subclass QAccessibleWidget and QAccessibleInterface and install a
factory (QAccessible.installFactory), so such a widget's node becomes a list whose
children are its tiles: each with a name ("Texas"), a value (the figure on the
tile), a description (what its tooltip says), its place on screen and
its states (selected, focused). Moving between tiles sends a Focus event for the
new child, so a screen reader says each tile as the arrows reach it.

A widget takes part with `expose(widget, items)`, `items` answering `PaintedItems`'
questions about its tiles; the factory answers for those widgets only, and every
other widget keeps Qt's own interface. PySide's type stubs say Qt's child lookups
never return None; Qt's C++ returns nullptr for "no such child", which None gives,
hence the `type: ignore[override]` on them.
"""

from __future__ import annotations

import functools
from typing import Any, Protocol

from PySide6.QtCore import QObject, QPoint, QPointF, QRect
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface, QWindow
from PySide6.QtWidgets import QAccessibleWidget, QWidget

_installed = False
#: The interfaces made, by widget: Qt's cache owns them, Python must keep them alive too.
_made: dict[int, ItemsAccess] = {}
#: What each exposed widget says about its tiles, by widget.
_sources: dict[int, PaintedItems] = {}
#: Interfaces of widgets gone: Qt's cache deletes them; Python must not delete them first.
_retired: list[ItemsAccess] = []


class PaintedItems(Protocol):
    """What a widget painting its own tiles tells the accessibility tree about them."""

    def access_keys(self) -> list[str]:
        """Every tile's key, in reading order."""
        ...

    def access_item(self, key: str) -> tuple[str, str, str]:
        """A tile's name, value and description."""
        ...

    def access_rect(self, key: str) -> QRect:
        """Where a tile is, in the widget's coordinates."""
        ...

    def access_selected(self, key: str) -> bool:
        """Whether a tile is selected."""
        ...

    def access_current(self) -> str:
        """The key of the tile the keyboard is on ("" for none)."""
        ...

    def access_key_at(self, point: QPointF) -> str:
        """The key of the tile under a point ("" for none)."""
        ...


class PaintedItem(QAccessibleInterface):
    """One tile, a list item of its widget's interface."""

    def __init__(self, owner: ItemsAccess, key: str) -> None:
        super().__init__()
        self.owner, self.key = owner, key

    def _source(self) -> PaintedItems:
        return self.owner.source

    def isValid(self) -> bool:
        return self.key in self._source().access_keys()

    def relations(self, _match: Any = None) -> list[Any]:
        return []

    def object(self) -> QObject | None:  # type: ignore[override]
        return None

    def window(self) -> QWindow | None:  # type: ignore[override]
        return self.owner.window()

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def childAt(self, _x: int, _y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def parent(self) -> QAccessibleInterface:
        return self.owner

    def child(self, _index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, _child: QAccessibleInterface) -> int:
        return -1

    def text(self, kind: QAccessible.Text) -> str:
        if not self.isValid():
            return ""
        name, value, description = self._source().access_item(self.key)
        return {
            QAccessible.Text.Name: name,
            QAccessible.Text.Value: value,
            QAccessible.Text.Description: description,
        }.get(kind, "")

    def setText(self, _kind: QAccessible.Text, _text: str) -> None:
        pass  # read only

    def rect(self) -> QRect:
        if not self.isValid():
            return QRect()
        local = self._source().access_rect(self.key)
        return QRect(self.owner.widget().mapToGlobal(local.topLeft()), local.size())

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.ListItem

    def state(self) -> QAccessible.State:
        widget, source = self.owner.widget(), self._source()
        state = QAccessible.State()
        state.focusable = True
        state.selectable = True
        state.selected = source.access_selected(self.key)
        state.focused = widget.hasFocus() and self.key == source.access_current()
        state.invisible = not widget.isVisible()
        return state


class ItemsAccess(QAccessibleWidget):
    """A widget painting its own tiles, as a list of them."""

    def __init__(self, widget: QWidget, source: PaintedItems) -> None:
        super().__init__(widget, QAccessible.Role.List, "")
        self.source = source
        self._items: dict[str, PaintedItem] = {}

    def _item(self, key: str) -> PaintedItem:
        item = self._items.get(key)
        if item is None:
            item = self._items[key] = PaintedItem(self, key)
        return item

    def childCount(self) -> int:
        return len(self.source.access_keys())

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        keys = self.source.access_keys()
        return self._item(keys[index]) if 0 <= index < len(keys) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        keys = self.source.access_keys()
        key = getattr(child, "key", None)
        return keys.index(key) if key in keys else -1

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        current = self.source.access_current()
        if self.widget().hasFocus() and current in self.source.access_keys():
            return self._item(current)
        return None

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        point = self.widget().mapFromGlobal(QPoint(x, y)).toPointF()
        key = self.source.access_key_at(point)
        return self._item(key) if key else None


def _factory(_class_name: str, obj: QObject) -> QAccessibleInterface | None:
    source = _sources.get(id(obj))
    if source is None or not isinstance(obj, QWidget):
        return None
    access = _made.get(id(obj))
    if access is None:
        access = _made[id(obj)] = ItemsAccess(obj, source)
    return access


def expose(widget: QWidget, items: PaintedItems) -> None:
    """Show `widget` to screen readers as a list of the tiles `items` describes."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
    _sources[id(widget)] = items
    widget.destroyed.connect(functools.partial(_forget, id(widget)))


def _forget(key: int, *_args: object) -> None:
    _sources.pop(key, None)
    access = _made.pop(key, None)
    if access is not None:
        _retired.append(access)


def _tell(widget: QWidget, kind: QAccessible.Event, key: str) -> None:
    source = _sources.get(id(widget))
    keys = source.access_keys() if source is not None else []
    if key in keys:
        event = QAccessibleEvent(widget, kind)
        event.setChild(keys.index(key))
        QAccessible.updateAccessibility(event)


def focus_moved(widget: QWidget) -> None:
    """Tell screen readers the keyboard's tile changed (and the widget's name with it)."""
    QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.NameChanged))
    source = _sources.get(id(widget))
    if widget.hasFocus() and source is not None:
        _tell(widget, QAccessible.Event.Focus, source.access_current())


def selection_changed(widget: QWidget, key: str) -> None:
    """Tell screen readers which tile is selected now."""
    _tell(widget, QAccessible.Event.Selection, key)
