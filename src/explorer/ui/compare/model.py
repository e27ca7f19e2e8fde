"""The comparison's figures as a table model: one row per figure, one column per career
(after the first, which names the figure, so a long label wraps like the figures do).

A best value (profile.compare.Row.best) is written with its words ("★ highest")
and in bold, so the mark never rests on colour; a screen reader reads the row's
label, the career and the text.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from explorer.profile.compare import Career, Comparison

_ANY_INDEX = QModelIndex | QPersistentModelIndex
#: The code of a column's career (headerData, horizontal).
CODE_ROLE = Qt.ItemDataRole.UserRole + 1
#: True on a cell holding its row's best value.
BEST_ROLE = Qt.ItemDataRole.UserRole + 2
TOP_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)


def heading(career: Career) -> str:
    """A career's column heading, unwrapped: "A · Registered Nurses" and its code below."""
    return f"{career.letter} · {career.title}\n{career.code}"


class CompareModel(QAbstractTableModel):
    """A Comparison as a table; empty until set_comparison."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.comparison: Comparison | None = None
        self._texts: list[list[str]] = []
        self._headings: list[str] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def code_at(self, column: int) -> str | None:
        """The code of the career in a column (None for the labels' column)."""
        if self.comparison is None or not 1 <= column <= len(self.comparison.careers):
            return None
        return self.comparison.careers[column - 1].code

    def set_comparison(self, comparison: Comparison) -> None:
        """Show comparison's rows and careers."""
        self.beginResetModel()
        self.comparison = comparison
        # Written once: a view asks for each cell's text many times while it sizes rows.
        self._texts = [
            [row.label]
            + [
                f"{row.cells[i]}\n{row.mark}" if i in row.best else row.cells[i]
                for i in range(len(comparison.careers))
            ]
            for row in comparison.rows
        ]
        self._headings = [heading(c) for c in comparison.careers]
        self.endResetModel()

    def set_headings(self, headings: list[str]) -> None:
        """The careers' headings as the view wraps them to its columns ("A · Registered\n
        Nurses\n29-1141.00"); a header does not wrap text itself."""
        if headings != self._headings and len(headings) == len(self._headings):
            self._headings = headings
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 1, len(headings))

    def rowCount(self, parent: _ANY_INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.comparison is None else len(self.comparison.rows)

    def columnCount(self, parent: _ANY_INDEX = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.comparison is None:
            return 0
        return 1 + len(self.comparison.careers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        c = self.comparison
        if c is None:
            return None
        if orientation == Qt.Orientation.Vertical or not 0 <= section <= len(c.careers):
            return None
        if section == 0:
            return "Figure" if role == Qt.ItemDataRole.DisplayRole else None
        career = c.careers[section - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headings[section - 1]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"Open the profile of {career.title}"
        if role == CODE_ROLE:
            return career.code
        return None

    def data(self, index: _ANY_INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        c = self.comparison
        if c is None or not index.isValid():
            return None
        number, column = index.row(), index.column() - 1  # column -1: the labels
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[number][column + 1]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return TOP_LEFT
        row = c.rows[number]
        best = column in row.best
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if best or column < 0 else None
        if role == BEST_ROLE:
            return best
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column < 0:
                return row.label
            mark = f", {row.mark.strip('★ ')}" if best else ""
            return f"{row.label}, {c.careers[column].title}: {row.cells[column]}{mark}"
        return None
