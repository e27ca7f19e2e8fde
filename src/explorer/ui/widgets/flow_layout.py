"""A layout that places its items in a row and wraps them onto the next row when the
row is full, like words in a paragraph (Qt's Flow Layout example, typed).

Used for the profile's section buttons: seven sections fit one row on a wide
screen and two on a 1024-pixel one, with no scroll arrows and nothing cut off;
and for rows of a title and its buttons, so that at a large font (issue 17
item 8) the buttons go under the title instead of pushing the page sideways.
An item wider than the row is narrowed to it (a word-wrapped label then takes
more lines), items in a row are centred on it, and one item (`stretch`) can
take the room its row has left, as a box layout's stretch factor would.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    """Items left to right, wrapping to a new row; its height follows its width."""

    def __init__(
        self, parent: QWidget | None = None, spacing: int = 4, stretch: int | None = None
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        #: The index of the item that takes the room left in its row, if any.
        self.stretch = stretch
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """One row of every item."""
        width = sum(item.sizeHint().width() for item in self._items)
        width += self._spacing * max(0, len(self._items) - 1)
        height = max((item.sizeHint().height() for item in self._items), default=0)
        margins = self.contentsMargins()
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:
        """As narrow as the widest item (one item a row)."""
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Place (or only measure) the items in `rect`; the height they take."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        rows: list[list[tuple[int, QLayoutItem, int]]] = [[]]
        x = 0
        for index, item in enumerate(self._items):
            if item.isEmpty():
                continue
            width = min(item.sizeHint().width(), area.width())
            if rows[-1] and x + width > area.width():
                rows.append([])
                x = 0
            rows[-1].append((index, item, width))
            x += width + self._spacing
        y = area.y()
        for row in rows:
            left = area.width() - sum(w for _, _, w in row) - self._spacing * (len(row) - 1)
            sized = [(i, item, w + left if i == self.stretch else w) for i, item, w in row]
            heights = [_height(item, w) for _, item, w in sized]
            row_height = max(heights, default=0)
            x = area.x()
            for (_, item, width), height in zip(sized, heights, strict=True):
                if move:
                    top = y + (row_height - height) // 2
                    item.setGeometry(QRect(QPoint(x, top), QSize(width, height)))
                x += width + self._spacing
            if row:
                y += row_height + self._spacing
        used = y - self._spacing if any(rows) else y
        return used - rect.y() + margins.bottom()


def _height(item: QLayoutItem, width: int) -> int:
    """The item's height at `width`: more lines for a word-wrapped label made narrower."""
    if item.hasHeightForWidth():
        return max(item.heightForWidth(width), item.minimumSize().height())
    return item.sizeHint().height()
