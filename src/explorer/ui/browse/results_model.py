"""The results table: a model of occupation summaries and a proxy that filters and sorts.

The source model holds the rows in relevance order (search) or title order
(browsing); the proxy applies the student's filters and column sorting, and
"sorted by relevance" is simply no sort column.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFontMetrics

from explorer.data.catalog import OccupationFilter, OccupationSummary
from explorer.profile import formatting

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
MATCHED_ROLE = Qt.ItemDataRole.UserRole + 3

COLUMNS = (
    "Occupation",
    "Median pay",
    "Growth",
    "Openings a year",
    "Typical education",
    "Why it matched",
)
MATCHED_COLUMN = 5
_ANY_INDEX = QModelIndex | QPersistentModelIndex


def cell_text(row: OccupationSummary, column: int) -> str:
    """What a row shows in a column (all but "Why it matched")."""
    if column == 0:
        return row.title
    if column == 1:
        return formatting.annual_pay(row.annual_median, row.hourly_median, row.median_footnotes)
    if column == 2:
        return formatting.percent_change(row.change_percent)
    if column == 3:
        return formatting.count(row.openings_annual)
    return row.typical_education or formatting.NOT_AVAILABLE


def widest_values(rows: Iterable[OccupationSummary], metrics: QFontMetrics) -> dict[int, str]:
    """The widest text each figure column shows for `rows`, to size the columns once."""
    widest: dict[int, str] = {}
    for column in range(1, MATCHED_COLUMN):
        texts = {cell_text(row, column) for row in rows}
        widest[column] = max(texts, key=metrics.horizontalAdvance, default="")
    return widest


class ResultsModel(QAbstractTableModel):
    """Rows of OccupationSummary, each with the reason it matched the search."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[OccupationSummary] = []
        self._row_of: dict[str, int] = {}
        self._matched: list[str] = []
        #: Column titles; a narrow view may shorten them (the Similar tab does).
        self.headers = list(COLUMNS)
        #: What a row's star does, for its accessible description (ui/mylist/view_stars.py).
        self.star_words: Callable[[str], str] | None = None

    def set_rows(
        self, rows: Sequence[OccupationSummary], matched: Sequence[str] | None = None
    ) -> None:
        """Replace every row (search results or the whole catalog)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._row_of = {row.code: index for index, row in enumerate(self._rows)}
        self._matched = list(matched) if matched is not None else [""] * len(rows)
        self.endResetModel()

    def row_of(self, code: str) -> int | None:
        """The source row showing an occupation, if it is in the list."""
        return self._row_of.get(code)

    def row_at(self, row: int) -> OccupationSummary:
        """The summary shown on a source row."""
        return self._rows[row]

    def rowCount(self, parent: _ANY_INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _ANY_INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: _ANY_INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column, index.row())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, index.row(), column)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == 0:
            return row.title  # whole, however narrow the column and its elided text
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and column == 0 and self.star_words:
            return f"{self.star_words(row.code)}: press Space"
        if role == SORT_ROLE:
            return self._sort_key(row, column, index.row())
        if role == CODE_ROLE:
            return row.code
        if role == MATCHED_ROLE:
            return self._matched[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 2, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: OccupationSummary, column: int, index: int) -> str:
        if column == MATCHED_COLUMN:
            return self._matched[index]
        return cell_text(row, column)

    def _tooltip(self, row: OccupationSummary, index: int, column: int) -> str:
        if column == 0:
            matched = self._matched[index]
            return f"{row.title} ({row.code})" + (f"\nMatched {matched}" if matched else "")
        if column == 2:
            return formatting.growth(row.growth_category, row.change_percent)
        return self._display(row, column, index)

    def _sort_key(self, row: OccupationSummary, column: int, index: int) -> object:
        values = (
            row.title.casefold(),
            row.annual_median,
            row.change_percent,
            row.openings_annual,
            None,
            None,
        )
        if column == 4:
            rank = formatting.education_rank(row.typical_education)
            return rank if rank >= 0 else None
        if column == MATCHED_COLUMN:
            return self._matched[index].casefold()
        return values[column]  # None: not published, sorted last (ResultsProxy.lessThan)


class ResultsProxy(QSortFilterProxyModel):
    """Applies an OccupationFilter; sorts numbers as numbers, missing figures last."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter = OccupationFilter()
        self.setSortRole(SORT_ROLE)

    @property
    def occupation_filter(self) -> OccupationFilter:
        """The filter in force."""
        return self._filter

    def set_filter(self, occupation_filter: OccupationFilter) -> None:
        """Apply a new filter (only when it really changed)."""
        if occupation_filter != self._filter:
            self.beginFilterChange()
            self._filter = occupation_filter
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def lessThan(self, left: _ANY_INDEX, right: _ANY_INDEX) -> bool:
        """Figures in order; a figure BLS did not publish (None) last, whichever the order
        (an hourly-only occupation has no annual median to rank)."""
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a is None or b is None:
            if a is None and b is None:
                return False
            ascending = self.sortOrder() == Qt.SortOrder.AscendingOrder
            return (b is None) if ascending else (a is None)
        return bool(a < b)

    def filterAcceptsRow(self, source_row: int, source_parent: _ANY_INDEX) -> bool:
        model = self.sourceModel()
        assert isinstance(model, ResultsModel)
        return self._filter.accepts(model.row_at(source_row))
