"""A list of occupations a student can open from the profile (Similar Occupations).

Reuses the results table's model (pay, growth, openings, education), with a
note column (O*NET's relatedness) where the list has one; one click opens.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from explorer.data.catalog import OccupationSummary
from explorer.profile.blocks import OccupationList
from explorer.ui.browse.results_model import (
    CODE_ROLE,
    COLUMNS,
    MATCHED_COLUMN,
    ResultsModel,
    ResultsProxy,
    widest_values,
)
from explorer.ui.widgets.fitted_columns import FittedColumns
from explorer.ui.widgets.tables import read_only_table

OPENINGS_COLUMN = COLUMNS.index("Openings a year")
EDUCATION_COLUMN = COLUMNS.index("Typical education")


def _table(model: ResultsModel, name: str) -> QTableView:
    table = read_only_table(model, ResultsProxy(model), name)
    # As tall as its rows, inside the tab's own scroll area: no scroll bars within scroll bars.
    table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    # One line a row, every row the same height: wrapping names made each profile
    # measure every row again, the slowest part of opening one.
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    return table


#: The columns to hide first when the pane is narrow.
HIDE_ORDER = (MATCHED_COLUMN, EDUCATION_COLUMN, 2, 1)
_samples: dict[tuple[int, str], dict[int, str]] = {}


def _widest(catalog: Mapping[str, OccupationSummary], metrics: QFontMetrics) -> dict[int, str]:
    """Each figure column's widest value, measured once per catalog and font."""
    key = (id(catalog), _font_key(metrics))
    if key not in _samples:
        _samples[key] = widest_values(catalog.values(), metrics)
    return dict(_samples[key])


def _font_key(metrics: QFontMetrics) -> str:
    """A font's identity for the cache above."""
    return f"{metrics.height()}:{metrics.averageCharWidth()}"


class OccupationListPanel(QWidget):
    """A caption, the occupations in a table as tall as its rows, and a source line;
    clicking one emits `open_requested` with its code."""

    open_requested = Signal(str)

    def __init__(
        self, catalog: Mapping[str, OccupationSummary], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self.model = ResultsModel(self)
        self.model.headers[1:3] = ["Pay", "Growth"]  # narrow pane: the years are said below
        self.table = _table(self.model, "Occupations")
        self.columns = FittedColumns(
            self.table, _widest(catalog, self.table.fontMetrics()), HIDE_ORDER, in_view=0
        )  # in a pane too narrow for pay and growth (a large font), the names stay
        self.columns.unavailable.add(OPENINGS_COLUMN)  # not in the list's figures; keeps it narrow
        self.caption = QLabel()
        self.source = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.caption, self.table, self.source):
            if isinstance(widget, QLabel):
                widget.setWordWrap(True)
            layout.addWidget(widget)
        self.table.clicked.connect(self._open)
        self.table.activated.connect(self._open)

    def show_list(self, block: OccupationList) -> None:
        """Fill the table with the block's occupations and notes."""
        rows = [self._catalog[code] for code in block.codes if code in self._catalog]
        notes = [
            note
            for code, note in zip(block.codes, block.notes, strict=False)
            if code in self._catalog
        ]
        self.model.headers[MATCHED_COLUMN] = block.note_header or "Note"
        metrics = self.table.fontMetrics()
        self.columns.samples[MATCHED_COLUMN] = max(notes, key=metrics.horizontalAdvance, default="")
        self.model.set_rows(rows, notes or None)
        self.columns.set_available(MATCHED_COLUMN, bool(notes))
        self.table.setAccessibleName(_plain(block.caption))
        self.caption.setText(block.caption)
        self.source.setText(f"<small>{block.source}</small>" if block.source else "")
        self.source.setVisible(bool(block.source))

    def _open(self, index: QModelIndex) -> None:
        code = index.data(CODE_ROLE)
        if code:
            self.open_requested.emit(str(code))


def _plain(html: str) -> str:
    """Rich text without its tags, for an accessible name."""
    return re.sub(r"<[^>]+>", "", html)
