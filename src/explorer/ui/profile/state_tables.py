"""The State Data tab's tables as Qt models: every state, the map's numbers, the top areas.

Each sorts by the number it shows, not by its text ("not available" last),
through NumericSortProxy; make_table gives each the same read-only view.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QTableView

from explorer.profile.state_map import MEASURES, MapData, StateRow, Tile
from explorer.profile.states import AreaRow
from explorer.ui.widgets.tables import read_only_table

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ABBR_ROLE = Qt.ItemDataRole.UserRole + 2
_ANY_INDEX = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
R = TypeVar("R")


class NumericSortProxy(QSortFilterProxyModel):
    """Sorts by SORT_ROLE (numbers, not their text); "not available" always last."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def lessThan(self, left: _ANY_INDEX, right: _ANY_INDEX) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a is None or b is None:
            # Qt reverses the order for descending sorts; keep missing figures at the end.
            descending = self.sortOrder() == Qt.SortOrder.DescendingOrder
            return (a is None) == descending and (a is None) != (b is None)
        return a < b


def make_table(model: QAbstractTableModel, name: str) -> tuple[NumericSortProxy, QTableView]:
    """A sortable, read-only, one-row-at-a-time view of model, sorted by number."""
    proxy = NumericSortProxy(model)
    table = read_only_table(model, proxy, name)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    return proxy, table


class _RowsModel(QAbstractTableModel, Generic[R]):
    """A flat table of rows with fixed column headings (HEADERS, or `headers()`)."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[R] = []

    def _reset(self, rows: Iterable[R]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def headers(self) -> tuple[str, ...]:
        """The column headings."""
        return self.HEADERS

    def header_tip(self, section: int) -> str | None:
        """A heading's tooltip (none by default)."""
        return None

    def rowCount(self, parent: _ANY_INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _ANY_INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tip(section)
        return None


class MapTableModel(_RowsModel[Tile]):
    """The map's numbers as a table: state, value, its colour on the map, and why not."""

    HEADERS = ("State", "", "Color on the map", "Note")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.map: MapData | None = None

    def set_map(self, data: MapData) -> None:
        """Show the tiles of data, by state name."""
        self.map = data
        self._reset(sorted(data.tiles.values(), key=lambda t: t.name))

    def headers(self) -> tuple[str, ...]:
        """The headings; the value column is named after the map's measure."""
        label = self.map.measure.label if self.map is not None else ""
        return (self.HEADERS[0], label, *self.HEADERS[2:])

    def data(self, index: _ANY_INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self.map is None:
            return None
        tile, column = self.rows[index.row()], index.column()
        bin_text = self.map.bins[tile.bin].text if tile.bin >= 0 else "not available"
        if role == Qt.ItemDataRole.DisplayRole:
            return (tile.name, tile.figure.text, bin_text, tile.figure.reason)[column]
        if role == SORT_ROLE:
            return (
                tile.name,
                tile.figure.sort_value,
                tile.bin if tile.bin >= 0 else None,
                tile.figure.reason,
            )[column]
        if role == Qt.ItemDataRole.DecorationRole and column == 2:
            return QColor(tile.colour)
        if role == Qt.ItemDataRole.ToolTipRole and tile.figure.reason:
            return tile.figure.reason
        if role == ABBR_ROLE:
            return tile.abbr
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class StateTableModel(_RowsModel[StateRow]):
    """Every state and territory with every measure; missing figures say why."""

    HEADERS = (
        "State",
        "Jobs",
        "Jobs per\n1,000 jobs",
        "Location\nquotient",
        "Median\nannual wage",
        "Median\nhourly wage",
        "Note",
    )
    KEYS = tuple(m.key for m in MEASURES)

    def set_rows(self, rows: list[StateRow]) -> None:
        """Show rows (state_map.state_rows)."""
        self._reset(rows)

    def row_of(self, abbr: str) -> int:
        """The model row of a state, or -1."""
        return next((i for i, r in enumerate(self.rows) if r.abbr == abbr), -1)

    def header_tip(self, section: int) -> str | None:
        """A measure's heading explains its unit."""
        if 0 < section <= len(self.KEYS):
            measure = MEASURES[section - 1]
            return f"{measure.label}: {measure.unit}"
        return None

    def data(self, index: _ANY_INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        figure = row.figures[self.KEYS[column - 1]] if 0 < column <= len(self.KEYS) else None
        if role == Qt.ItemDataRole.DisplayRole:
            return figure.text if figure else row.name if column == 0 else row.note
        if role == SORT_ROLE:
            return figure.sort_value if figure else row.name if column == 0 else (row.note or None)
        if role == Qt.ItemDataRole.ToolTipRole:
            return (figure.reason or None) if figure else (row.note or None)
        if role == ABBR_ROLE:
            return row.abbr
        if role == Qt.ItemDataRole.TextAlignmentRole and figure:
            return _RIGHT
        return None


class AreaTableModel(_RowsModel[AreaRow]):
    """The top metro and nonmetro areas: name, kind, jobs, median wage."""

    HEADERS = ("Area", "Type", "Jobs")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.wage_header = "Median\nannual wage"

    def set_rows(self, rows: list[AreaRow], hourly: bool) -> None:
        """Show rows (states.top_areas), with hourly or annual wages."""
        # On two lines, so the wage fits beside the names in a narrow pane (a large font).
        self.wage_header = f"Median\n{'hourly' if hourly else 'annual'} wage"
        self._reset(rows)

    def headers(self) -> tuple[str, ...]:
        """The headings, the wage column's naming the kind of wage."""
        return (*self.HEADERS, self.wage_header)

    def data(self, index: _ANY_INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        figure = (None, None, row.employment, row.wage)[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return figure.text if figure else (row.area.name, row.kind)[column]
        if role == SORT_ROLE:
            return figure.sort_value if figure else (row.area.name, row.kind)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (figure.reason or None) if figure else row.area.name
        if role == Qt.ItemDataRole.TextAlignmentRole and figure:
            return _RIGHT
        return None


def fit_rows(table: QTableView, rows: int) -> None:
    """Make a table exactly tall enough for `rows` rows, so the page scrolls, not it."""
    height = (
        table.verticalHeader().defaultSectionSize() * rows
        + table.horizontalHeader().sizeHint().height()
        + 2 * table.frameWidth()
        + 2
    )
    table.setFixedHeight(height)
