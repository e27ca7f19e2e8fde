"""The State Data explorer of the profile: the tile map, every state's figures, the
selected state's pay against the nation, and the top metro and nonmetro areas.

All numbers come from explorer.profile.state_map and explorer.profile.states (plain
data built from two queries:
the states arrive with the Occupation, the areas are read once per occupation);
selecting a state reads that state's percentiles. The map and the state table
select together. A student's home state, when set, is selected whenever an
occupation opens.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from explorer.data.records import AreaFigures, Occupation
from explorer.data.repository import CareerData
from explorer.profile import state_map as state_data
from explorer.profile import states as state_section
from explorer.profile.formatting import figures_for
from explorer.profile.pay import hourly_only as is_hourly_only
from explorer.profile.sources import releases
from explorer.profile.state_map import MEASURES, StateRow
from explorer.ui.profile.map_panel import MapPanel
from explorer.ui.profile.state_tables import (
    ABBR_ROLE,
    AreaTableModel,
    StateTableModel,
    fit_rows,
    make_table,
)
from explorer.ui.widgets.chart_panel import ChartPanel
from explorer.ui.widgets.chart_style import key_html
from explorer.ui.widgets.fitted_columns import FittedColumns
from explorer.ui.widgets.flow_layout import FlowLayout

_ANY_INDEX = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class StateTab(QWidget):
    """State Data: map, state table, pay against the nation, top areas.

    Emits `home_state_changed` (an abbreviation, "" for none) when the student
    picks a home state; the owner saves it and passes it back with set_home_state.
    """

    home_state_changed = Signal(str)

    def __init__(
        self, data: CareerData, home_state: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.data = data
        self.releases = releases(data)
        self.occupation: Occupation | None = None
        self.home_state = home_state or None
        self.selected = ""
        self.rows: list[StateRow] = []
        self.areas: tuple[AreaFigures, ...] = ()
        self._syncing = False
        self._auto_hourly = False
        self._key: tuple[list[str], bool] | None = None  # the key's series, and if shown
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)

        self.measure = QComboBox()
        self.measure.setAccessibleName("Color the map by")
        for measure in MEASURES:
            self.measure.addItem(measure.label, measure.key)
        self.measure.setCurrentIndex(3)  # median annual wage
        self.home = QComboBox()
        self.home.setAccessibleName("Home state")
        self.home.addItem("none", "")
        for abbr, name in sorted(state_data.STATE_NAMES.items(), key=lambda kv: kv[1]):
            self.home.addItem(name, abbr)
        self.clear = QPushButton("Whole U.S.")
        self.clear.setAccessibleName("Clear the selected state and show the whole U.S.")
        # A row on a wide pane, wrapping onto more rows on a narrow one (a 1024-pixel screen).
        controls = self.controls = QWidget()
        flow = FlowLayout(controls, spacing=8)
        # Alt+V and Alt+T: letters no filter, profile tab or menu uses.
        for text, widget in (
            ("Color the map by &value:", self.measure),
            ("Home s&tate:", self.home),
        ):
            pair = QWidget()
            pair_row = FlowLayout(pair, spacing=6)  # the box under its label at a large font
            label = QLabel(text)
            label.setBuddy(widget)
            pair_row.addWidget(label)
            pair_row.addWidget(widget)
            flow.addWidget(pair)
        flow.addWidget(self.clear)
        column.addWidget(controls)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleDescription("Selected state")
        column.addWidget(self.summary)
        # Everything below the summary, hidden when BLS publishes nothing to show.
        self.details = QWidget()
        inner = QVBoxLayout(self.details)
        inner.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.details)

        self.map_panel = MapPanel()
        self.map = self.map_panel.map
        inner.addWidget(self.map_panel)

        self.state_model = StateTableModel(self)
        self.state_proxy, self.state_table = make_table(self.state_model, "Every state")
        fit_rows(self.state_table, 12)
        self.state_columns = FittedColumns(
            self.state_table, {}, (3, 2), "Wyoming", "District of Columbia", essential=1
        )
        inner.addWidget(
            _wrapped(
                f"<b>Every state and territory, {self.releases.oews}</b> "
                "(click a heading to sort; click a row to select the state)"
            )
        )
        inner.addWidget(self.state_table)
        inner.addWidget(
            _wrapped(
                f"<small>{self.releases.oews_source}. Location quotient: the "
                "state's share of jobs in this occupation divided by the "
                "U.S. share (above 1.00: more common than in the U.S.)."
                "</small>"
            )
        )

        self.percentiles = ChartPanel()
        inner.addWidget(self.percentiles)
        self.series_key = _wrapped("")
        self.series_key.setAccessibleDescription("Chart key")
        inner.addWidget(self.series_key)

        self.area_title = QLabel()
        self.area_title.setWordWrap(True)
        self.by_employment = QRadioButton("By jobs")
        self.by_wage = QRadioButton("By wage")
        self.by_employment.setChecked(True)
        group = QButtonGroup(self)
        area_header = FlowLayout(spacing=6, stretch=0)  # buttons under the title if need be
        area_header.addWidget(self.area_title)
        for button in (self.by_employment, self.by_wage):
            group.addButton(button)
            area_header.addWidget(button)
        inner.addLayout(area_header)
        self.area_model = AreaTableModel(self)
        self.area_proxy, self.area_table = make_table(
            self.area_model, "Top metro and nonmetro areas"
        )
        self.area_columns = FittedColumns(  # names narrow before the wage hides
            self.area_table, {}, (1, 2, 3), name_sample="Bend, OR", essential=1
        )
        self.area_note = QLabel()
        self.area_note.setWordWrap(True)
        inner.addWidget(self.area_table)
        inner.addWidget(self.area_note)
        column.addStretch(1)

        self.measure.currentIndexChanged.connect(self._measure_changed)
        self.home.activated.connect(self._home_chosen)
        self.clear.clicked.connect(lambda: self.select_state(""))
        self.map.state_selected.connect(self.select_state)
        self.state_table.selectionModel().selectionChanged.connect(self._table_selected)
        self.by_wage.toggled.connect(self._show_areas)
        self.set_home_state(self.home_state)

    # -- public API ------------------------------------------------------------------

    def show_occupation(self, occupation: Occupation) -> None:
        """Fill the tab for occupation; the home state, if any, opens selected."""
        self.occupation = occupation
        soc = occupation.wage_soc_code
        self.details.setVisible(soc is not None)
        self.controls.setVisible(soc is not None)  # nothing to color or choose without data
        self.rows = state_data.state_rows(occupation.states, soc is not None)
        self.areas = self.data.areas(soc) if soc else ()
        # Hourly-only occupations (actors) show hourly wages, as the Pay tab does; the
        # next occupation goes back to annual wages unless the student chose hourly.
        hourly_only = is_hourly_only(occupation.wages)
        wanted = (
            "hourly_median"
            if hourly_only and self.measure_key() == "annual_median"
            else "annual_median"
            if self._auto_hourly and not hourly_only
            else None
        )
        if wanted:
            self.measure.blockSignals(True)
            self.measure.setCurrentIndex(self.measure.findData(wanted))
            self.measure.blockSignals(False)
            self._auto_hourly = wanted == "hourly_median"
        self._syncing = True
        self.state_model.set_rows(self.rows)
        self._syncing = False
        self.map_panel.set_map(state_data.map_data(self.rows, self.measure_key(), self.releases))
        known = {r.abbr for r in self.rows}
        self.selected = "\0"  # force _apply
        self._apply(self.home_state if self.home_state in known else "")

    def lock_home_state(self, reason: str) -> None:
        """The administrator set the home state: the student cannot change it (reason says
        why, as the box's tooltip)."""
        self.home.setEnabled(False)
        self.home.setToolTip(reason)

    def set_home_state(self, abbr: str | None) -> None:
        """Set the home state (None or "" for none) without emitting home_state_changed."""
        self.home_state = abbr or None
        index = self.home.findData(abbr or "")
        self.home.setCurrentIndex(max(index, 0))

    def select_state(self, abbr: str) -> None:
        """Select a state on the map and in the table ("" for the whole U.S.)."""
        if abbr != self.selected:
            self._apply(abbr)

    def measure_key(self) -> str:
        """The measure the map is coloured by ("annual_median")."""
        return str(self.measure.currentData())

    def changeEvent(self, event: QEvent) -> None:
        """A new theme: the chart key's squares take its colours."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._show_key()

    # -- internals -------------------------------------------------------------------

    def _hourly(self) -> bool:
        wages = self.occupation.wages if self.occupation else None
        return self.measure_key() == "hourly_median" or is_hourly_only(wages)

    def _apply(self, abbr: str) -> None:
        self.selected = abbr
        self.map.set_selected(abbr)
        self._select_row(abbr)
        self.clear.setVisible(bool(abbr))  # only when there is a state to clear
        self._show_percentiles()
        self._show_areas()
        self._show_summary()

    def _select_row(self, abbr: str) -> None:
        self._syncing = True
        row = self.state_model.row_of(abbr)
        if row < 0:
            self.state_table.clearSelection()
        else:
            index = self.state_proxy.mapFromSource(self.state_model.index(row, 0))
            self.state_table.selectRow(index.row())
            self.state_table.scrollTo(index)
        self._syncing = False

    def _table_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self._syncing or not selected.indexes():
            return
        self.select_state(str(selected.indexes()[0].data(ABBR_ROLE)))

    def _measure_changed(self) -> None:
        self._auto_hourly = False
        if self.occupation is None:
            return
        self.map_panel.set_map(state_data.map_data(self.rows, self.measure_key(), self.releases))
        self.map.set_selected(self.selected)
        self._show_percentiles()
        self._show_areas()

    def _home_chosen(self) -> None:
        abbr = str(self.home.currentData() or "")
        self.home_state = abbr or None
        self.home_state_changed.emit(abbr)
        if abbr and self.occupation is not None:
            self.select_state(abbr)

    def _show_percentiles(self) -> None:
        occupation = self.occupation
        if occupation is None:
            return
        soc, name = occupation.wage_soc_code, self._name(self.selected)
        wages = self.data.state_wages(soc, self.selected) if soc and self.selected else None
        chart = state_section.percentiles_vs_nation(
            name or None, wages, occupation.wages, self._hourly(), self.releases
        )
        self.percentiles.set_chart(chart)
        self._key = ([series.name for series in chart.series], not chart.is_empty())
        self._show_key()

    def _show_key(self) -> None:
        """The graph has no key: its title names the bars by position, this line by colour."""
        if self._key is not None:
            self.series_key.setText(key_html(self._key[0], self.palette()))
            self.series_key.setVisible(self._key[1])

    def _show_areas(self) -> None:
        if self.occupation is None:
            return
        by = "wage" if self.by_wage.isChecked() else "employment"
        rows = state_section.top_areas(self.areas, by, self.selected or None, self._hourly())
        self.area_model.set_rows(rows, self._hourly())
        fit_rows(self.area_table, max(len(rows), 1))
        place = f"in {self._name(self.selected)}" if self.selected else "in the U.S."
        ranking = "with the most jobs" if by == "employment" else "that pay the most"
        self.area_title.setText(
            f"<b>Metro and nonmetro areas {escape(place)} {ranking}"
            f"</b> (top {state_section.AREA_LIMIT})"
        )
        if not self.occupation.wage_soc_code:
            note = state_data.no_data_reason("", published=False)
        elif not rows:
            note = f"BLS published no area figures for this occupation {place}."
        else:
            note = ""
        parts = [escape(note)] if note else []
        parts.append(
            "Metro areas that cross state lines count in every state they "
            "cover. A nonmetro area is the rural part of a state."
        )
        self.area_note.setText(f"<small>{' '.join(parts)}<br>{self.releases.oews_source}</small>")
        self.area_table.setVisible(bool(rows))

    def _show_summary(self) -> None:
        occupation = self.occupation
        if occupation is None:
            return
        lines = []
        wages = occupation.wages
        if occupation.wage_soc_code is None:
            lines.append(state_data.no_data_reason("", published=False))
        elif whose := figures_for(
            occupation.code, occupation.wage_soc_code, occupation.wage_soc_title
        ):
            lines.append(f"{whose}.")
        if is_hourly_only(wages):
            lines.append(
                "BLS publishes hourly wages only for this occupation: it is "
                "usually paid by the hour, not a year-round salary."
            )
        row = next((r for r in self.rows if r.abbr == self.selected), None)
        if row is None:
            if wages is not None:
                lines.append(
                    "U.S.: "
                    + "; ".join(
                        f"{label}: {state_data.format_measure(value, key)}"
                        for label, key, value in (
                            ("jobs", "employment", wages.employment),
                            ("median annual wage", "annual_median", wages.annual.median),
                            ("median hourly wage", "hourly_median", wages.hourly.median),
                        )
                        if value is not None
                    )
                    + "."
                )
            if wages is not None:
                lines.append(
                    "Showing the whole U.S. Click a state on the map or in the "
                    "table to see its pay and its areas."
                )
            text = "<br>".join(escape(line) for line in lines)
        else:
            facts = "; ".join(
                f"{m.short}: {f.text}"
                + (f" ({f.why})" if f.why and f.value is None and f.sort_value is None else "")
                for m, f in ((m, row.figures[m.key]) for m in MEASURES)
            )
            text = "<br>".join(
                [*(escape(line) for line in lines), f"<b>{escape(row.name)}</b>: {escape(facts)}."]
            )
        self.summary.setText(text)

    def _name(self, abbr: str) -> str:
        row = next((r for r in self.rows if r.abbr == abbr), None)
        return row.name if row else state_data.STATE_NAMES.get(abbr, abbr)
