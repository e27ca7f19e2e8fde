"""The map of all jobs as a page of the right pane: the treemap, the measure its colours
show, the legend, and the same figures as a table (Show as table, Ctrl+T).

The tiles are read from the database the first time the page is opened
(data.jobs_map), not at launch.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QWidget,
)

from explorer.data.jobs_map import JobsMap
from explorer.profile import formatting
from explorer.ui.jobs_map.map_view import JobsMapView
from explorer.ui.jobs_map.measures import MISSING_COLOUR, Measure, measures
from explorer.ui.widgets.fitted_columns import FittedColumns
from explorer.ui.widgets.flow_layout import FlowLayout
from explorer.ui.widgets.table_panel import TablePanel

_ANY_INDEX = QModelIndex | QPersistentModelIndex
CODE_ROLE = Qt.ItemDataRole.UserRole + 1
#: Short, so that four columns fit a 1024-pixel screen's pane.
COLUMNS = ("Occupation", "Group", "Jobs")
SHORT = {"Median pay": "Pay", "Typical education": "Education"}


class JobsTableModel(QAbstractTableModel):
    """The map's tiles as rows: title, group, jobs and the measure the colours show."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._map = JobsMap((), 0)
        self._measure: Measure | None = None

    def set_map(self, jobs: JobsMap, measure: Measure) -> None:
        """Show these tiles with this measure's figures."""
        self.beginResetModel()
        self._map, self._measure = jobs, measure
        self.endResetModel()

    def rowCount(self, parent: _ANY_INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._map.tiles)

    def columnCount(self, parent: _ANY_INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section < len(COLUMNS):
            return COLUMNS[section]
        name = self._measure.name if self._measure is not None else "Figure"
        return SHORT.get(name, name)

    def data(self, index: _ANY_INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._map.tiles):
            return None
        tile = self._map.tiles[index.row()]
        if role == CODE_ROLE:
            return tile.code
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == 0:
            return tile.title
        if column == 1:
            return tile.major_group_title
        if column == 2:
            return formatting.count(tile.jobs)
        return self._measure.text(tile) if self._measure is not None else ""


class JobsMapPage(TablePanel):
    """The page: title and Show as table, measure, legend, the map or table, the source."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Map of all jobs")
        self.title.setText("<h2>A map of all jobs</h2>")
        self.toggle.setAccessibleName("Show the map of all jobs as a table")
        self.jobs = JobsMap((), 0)
        self._year = ""
        self._measures: dict[str, Measure] = {}
        self.measure = QComboBox()
        self.measure.setAccessibleName("Color shows")
        self.measure.currentIndexChanged.connect(self._measure_changed)
        self.home_button = QPushButton("Back to Home")
        pair = QWidget()  # the measure and its label, and Back to Home: wrapping when narrow
        row = FlowLayout(pair, spacing=6)  # the box under its label at a large font
        colour = QLabel("Color shows:")
        colour.setBuddy(self.measure)
        row.addWidget(colour)
        row.addWidget(self.measure)
        controls = QWidget()
        flow = FlowLayout(controls, spacing=8)
        flow.addWidget(pair)
        flow.addWidget(self.home_button)
        self.body.addWidget(controls)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setAccessibleName("Legend")
        self.body.addWidget(self.legend)
        self.view = JobsMapView()
        self.table_model = JobsTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.table_model)
        self.table.setAccessibleName("Table: every occupation's jobs")
        self.table.verticalHeader().hide()
        # Names take the room left; the group (as wide as a short one's name), then the
        # figure, then the jobs give way in a narrow pane (a large font).
        self.columns = FittedColumns(
            self.table, {1: "Production Occupations"}, (1, 3, 2), essential=3, in_view=0
        )
        self.table.activated.connect(self._open_row)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.table)
        self.body.addWidget(self.stack, 1)
        self.body.addWidget(self.source)
        self.open_requested = self.view.open_requested

    def set_map(self, jobs: JobsMap, source: str, year: str) -> None:
        """Show the tiles (most jobs first) with the source line; `year` is the year the
        jobs were counted (the projections' first year)."""
        self.jobs = jobs
        self._year = year
        self._measures = measures(jobs.tiles)
        blocked = self.measure.blockSignals(True)
        self.measure.clear()
        for key, measure in self._measures.items():
            self.measure.addItem(measure.name, key)
        self.measure.blockSignals(blocked)
        first = self._measures["pay"]
        self.view.set_tiles(jobs.tiles, first)
        self.table_model.set_map(jobs, first)
        self._show_legend(first)
        left_out = f" {jobs.left_out} occupations with no jobs figure are not shown."
        self.source.setText(f"<small>{escape(source)}{left_out if jobs.left_out else ''}</small>")

    def _measure_changed(self, _index: int) -> None:
        measure = self._measures.get(str(self.measure.currentData()))
        if measure is not None:
            self.view.set_measure(measure)
            self.table_model.set_map(self.jobs, measure)
            self._show_legend(measure)

    def _show_legend(self, measure: Measure) -> None:
        # Each square framed in the theme's text colour: the lightest and darkest steps
        # of a scale stand out from any background (3:1 or more).
        frame = self.palette().color(QPalette.ColorRole.WindowText).name()
        keys = [
            f'<span style="background-color:{frame}; color:{colour}">■</span>&nbsp;{escape(text)}'
            for text, colour in [
                *zip(measure.legend, measure.colours, strict=False),
                ("not available", MISSING_COLOUR),
            ]
        ]
        self.legend.setText(
            f"<small>Each tile is an occupation, its size its jobs in {self._year}. "
            f"{' '.join(keys)}</small>"
        )

    def changeEvent(self, event: QEvent) -> None:
        """A new theme: the legend's squares framed in its text colour."""
        super().changeEvent(event)
        measure = self._measures.get(str(self.measure.currentData()))
        if event.type() == QEvent.Type.PaletteChange and measure is not None:
            self._show_legend(measure)

    def show_table(self, as_table: bool) -> None:
        """Switch between the map and its table."""
        self.stack.setCurrentWidget(self.table if as_table else self.view)
        self.toggle.setText("Show as map" if as_table else "Show as table")

    def _open_row(self, index: QModelIndex) -> None:
        code = index.data(CODE_ROLE)
        if code:
            self.open_requested.emit(str(code))
