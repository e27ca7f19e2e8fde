"""Home's lists of choices (the career clusters, the lists to browse): a model and a view
that is always as tall as its items, so Home scrolls as one page and never inside a list.

A choice is activated by a click, Enter or Space; `chosen` carries its key. The
clusters show as a grid of tiles (icon above its name, the name wrapped), the
browse lists as rows with a line that says what each list is.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QFrame, QListView, QSizePolicy, QWidget

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
_ANY_INDEX = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Choice:
    """One item: the key `chosen` carries, its name, what it is, and its icon."""

    key: str
    text: str
    description: str = ""
    icon: QIcon | None = None


class ChoiceModel(QAbstractListModel):
    """A fixed list of choices."""

    def __init__(self, choices: list[Choice], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._choices = list(choices)

    def rowCount(self, parent: _ANY_INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._choices)

    def columnCount(self, parent: _ANY_INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return "Choice"
        return None

    def choice(self, row: int) -> Choice:
        """The choice on a row."""
        return self._choices[row]

    def set_icons(self, icons: list[QIcon | None]) -> None:
        """Give every choice a new icon (a new theme or text size), in order."""
        self._choices = [
            replace(choice, icon=icon) for choice, icon in zip(self._choices, icons, strict=True)
        ]
        if self._choices:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._choices) - 1, 0),
                [Qt.ItemDataRole.DecorationRole],
            )

    def data(self, index: _ANY_INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._choices):
            return None
        choice = self._choices[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return choice.text
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return choice.description or choice.text
        if role == Qt.ItemDataRole.DecorationRole:
            return choice.icon
        if role == KEY_ROLE:
            return choice.key
        return None


class ChoiceView(QListView):
    """Choices as tiles (`tiles`: a grid of icons with their names) or as rows; its height
    is always all of its items'."""

    chosen = Signal(str)

    def __init__(
        self, model: ChoiceModel, tiles: bool, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setModel(model)
        self._tiles = tiles
        self.setAccessibleName(name)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setMouseTracking(True)
        self.setWordWrap(True)
        # Not uniform: the first tile's name is not the longest, and Qt would elide the rest.
        if tiles:
            self.setViewMode(QListView.ViewMode.IconMode)
            self.setMovement(QListView.Movement.Static)
            self.setResizeMode(QListView.ResizeMode.Adjust)
            self.setWrapping(True)
            self.setGridSize(self.tile_size())
            icon = self.fontMetrics().height() * 2
            self.setIconSize(QSize(icon, icon))
        else:
            self.setSpacing(3)  # rows a finger (or a shaky mouse) can pick apart
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        policy.setVerticalPolicy(QSizePolicy.Policy.Minimum)
        self.setSizePolicy(policy)
        self.clicked.connect(self._choose)
        self.activated.connect(self._choose)

    def changeEvent(self, event: QEvent) -> None:
        """Larger or smaller text: tiles and icons sized for the new font."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self._tiles:
            self.setGridSize(self.tile_size())
            icon = self.fontMetrics().height() * 2
            self.setIconSize(QSize(icon, icon))
            self.updateGeometry()

    def tile_size(self) -> QSize:
        """A tile: room for a name of four lines of about 16 characters under its icon."""
        metrics = self.fontMetrics()
        width = metrics.horizontalAdvance("Communications") + metrics.averageCharWidth() * 4
        return QSize(width, metrics.height() * 2 + metrics.lineSpacing() * 5)

    def _rows_height(self, width: int) -> int:
        count = self.model().rowCount()
        if self._tiles:
            grid = self.gridSize()
            columns = max(1, width // max(1, grid.width()))
            return math.ceil(count / columns) * grid.height() + 4
        rows = sum(self.sizeHintForRow(row) for row in range(count))
        return rows + 2 * self.spacing() * count + 4

    def hasHeightForWidth(self) -> bool:
        """The tiles' rows, and so the height, follow the width."""
        return True

    def heightForWidth(self, width: int) -> int:
        """The height of every item at this width (the view has no frame)."""
        return self._rows_height(width)

    def sizeHint(self) -> QSize:
        """As wide as one tile (or a short row), as tall as every item."""
        width = self.gridSize().width() if self._tiles else 200
        return QSize(width, self._rows_height(max(self.width(), width)))

    def minimumSizeHint(self) -> QSize:
        """One tile wide and, like every height here, as tall as its items at its width."""
        width = self.gridSize().width() if self._tiles else 100
        return QSize(width, self._rows_height(max(self.width(), width)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Space chooses the current item, as Enter does."""
        if event.key() == Qt.Key.Key_Space and self.currentIndex().isValid():
            self._choose(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _choose(self, index: QModelIndex) -> None:
        if index.isValid():
            self.chosen.emit(str(index.data(KEY_ROLE)))
