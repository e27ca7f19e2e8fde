"""The occupations that fit a quiz result, grouped Best / Great / Good fit, as a list model.

Each group starts with a heading row that says what the group means (not
selectable); each occupation row shows its title and why it matched, and carries
its code (CODE_ROLE) for opening its profile.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from explorer.quiz.matching import Match, by_tier
from explorer.quiz.texts import TIER_MEANINGS

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
_ANY_INDEX = QModelIndex | QPersistentModelIndex


class MatchesModel(QAbstractListModel):
    """Heading rows (a tier's meaning) and match rows, best group first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[str | Match] = []
        #: What a row's star does, for its accessible description (ui/mylist/view_stars.py).
        self.star_words: Callable[[str], str] | None = None

    def set_matches(self, matches: Sequence[Match]) -> None:
        """Show these matches, grouped by tier (an empty group has no heading)."""
        self.beginResetModel()
        self._rows = []
        for tier, group in by_tier(matches).items():
            if group:
                self._rows.append(tier)
                self._rows.extend(group)
        self.endResetModel()

    def matches(self) -> list[Match]:
        """The matches shown, in order."""
        return [row for row in self._rows if isinstance(row, Match)]

    def rowCount(self, parent: _ANY_INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _ANY_INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return "Occupations that fit"
        return None

    def flags(self, index: _ANY_INDEX) -> Qt.ItemFlag:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return Qt.ItemFlag.NoItemFlags
        if not isinstance(self._rows[index.row()], Match):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _ANY_INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if isinstance(row, str):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return TIER_MEANINGS.get(row, row)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.title}\n    {row.reason}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row.title}. {row.reason}"
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and self.star_words:
            return f"{self.star_words(row.code)}: press Space"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.title} ({row.code}): {row.reason} Press Enter to open its profile."
        if role == CODE_ROLE:
            return row.code
        return None
