"""My list as a table model: title, note and day added, in the student's order.

The note column is edited in place (plain text; every key is kept, see
panel.NoteDelegate). Rows move by drag and drop (a drop hands the new order to
the controller, which owns the list; the model only redraws) or by the panel's
Move up / Move down. Every change arrives through MyListController.changed: the
same codes in the same order repaint, anything else resets the model.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from html import escape

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)

from explorer.ui.browse.results_model import CODE_ROLE
from explorer.ui.mylist.controller import MyListController

COLUMNS = ("Occupation", "Note", "Added")
NOTE_COLUMN = 1
MIME_TYPE = "application/x-career-explorer-codes"
_ANY_INDEX = QModelIndex | QPersistentModelIndex


def _day(day: date) -> str:
    """A day in words ("December 6, 2026"), the same on every system."""
    return f"{day:%B} {day.day}, {day.year}"


class MyListModel(QAbstractTableModel):
    """The controller's list, a row per career."""

    def __init__(self, controller: MyListController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._codes = controller.codes()
        controller.changed.connect(self._changed)

    def code(self, row: int) -> str:
        """The code on a row."""
        return self._codes[row]

    def row_of(self, code: str) -> int | None:
        """The row showing code, if it is on the list."""
        return self._codes.index(code) if code in self._codes else None

    def _changed(self) -> None:
        codes = self.controller.codes()
        if codes == self._codes:
            if codes:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(codes) - 1, len(COLUMNS) - 1)
                )
            return
        old = self._codes
        if len(codes) == len(old) + 1 and codes[:-1] == old:  # a star: one more at the end
            self.beginInsertRows(QModelIndex(), len(old), len(old))
            self._codes = codes
            self.endInsertRows()
            return
        if len(codes) == len(old) - 1:  # a star off, or Remove: one row fewer
            row = next(
                (r for r, (a, b) in enumerate(zip(old, codes, strict=False)) if a != b), len(codes)
            )
            if old[:row] + old[row + 1 :] == codes:
                self.beginRemoveRows(QModelIndex(), row, row)
                self._codes = codes
                self.endRemoveRows()
                return
        self.beginResetModel()
        self._codes = codes
        self.endResetModel()

    def rowCount(self, parent: _ANY_INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._codes)

    def columnCount(self, parent: _ANY_INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return COLUMNS[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"Put the list in order of {COLUMNS[section].lower()}"
        return None

    def flags(self, index: _ANY_INDEX) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )
        if index.column() == NOTE_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _ANY_INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._codes):
            return None
        code = self._codes[index.row()]
        entry = self.controller.entries.entry(code)
        if entry is None:
            return None
        column = index.column()
        title = self.controller.title(code)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (title, entry.note, f"{entry.added:%b} {entry.added.day}")[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == NOTE_COLUMN:
                # A tooltip reads "<b>" as HTML: the note as rich text of its own, shown literally.
                if not entry.note:
                    return "Your note: double-click or press F2 to write one"
                return f"<p style='white-space:pre-wrap'>{escape(entry.note)}</p>"
            return f"{title} ({code}), added {_day(entry.added)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return (title, f"Note: {entry.note or 'none'}", f"Added {_day(entry.added)}")[column]
        if role == CODE_ROLE:
            return code
        return None

    def setData(
        self, index: _ANY_INDEX, value: object, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != NOTE_COLUMN:
            return False
        self.controller.set_note(self._codes[index.row()], str(value or ""))
        return True

    # -- drag and drop -----------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({index.row() for index in indexes if index.isValid()})
        mime = QMimeData()
        mime.setData(MIME_TYPE, QByteArray("\n".join(self._codes[r] for r in rows).encode()))
        return mime

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: _ANY_INDEX,
    ) -> bool:
        """Move the dragged careers before the row dropped on (the end when none); the
        list changes through the controller, so the view removes nothing itself."""
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME_TYPE):
            return False
        moved = [c for c in bytes(data.data(MIME_TYPE).data()).decode().split("\n") if c]
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self._codes))
        before = [c for c in self._codes[:target] if c not in moved]
        after = [c for c in self._codes[target:] if c not in moved]
        order = [*before, *moved, *after]
        # After the drop event ends: the view is still inside it now.
        QTimer.singleShot(0, lambda: self.controller.reorder(order))
        return False
