"""A list of occupations a student can open from the profile (Similar Occupations).

Reuses the results table's model (pay, growth, openings, education), with a
note column (O*NET's relatedness) where the list has one; one click opens.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QResizeEvent
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
)
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
    table.horizontalHeader().setStretchLastSection(False)  # _fit_columns sizes them all
    table.setColumnHidden(OPENINGS_COLUMN, True)  # not in the list; keeps it narrow
    return table


#: Share of a table's width for each figure column; the occupation takes the rest.
COLUMN_SHARES = {1: 0.16, 2: 0.12, EDUCATION_COLUMN: 0.21, MATCHED_COLUMN: 0.16}


def _fit_columns(table: QTableView) -> None:
    """Spread the columns over the table's width: each figure column its share (never
    narrower than its title), the occupation's name the rest (in full as a tooltip)."""
    width = table.viewport().width()
    header = table.horizontalHeader()
    used = 0
    for column, share in COLUMN_SHARES.items():
        if not table.isColumnHidden(column):
            size = max(int(width * share), header.sectionSizeHint(column))
            table.setColumnWidth(column, size)
            used += size
    table.setColumnWidth(0, max(width - used, header.sectionSizeHint(0)))


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
        self.model.set_rows(rows, notes or None)
        self.table.setColumnHidden(MATCHED_COLUMN, not notes)
        self.table.setAccessibleName(_plain(block.caption))
        self.caption.setText(block.caption)
        self.source.setText(f"<small>{block.source}</small>" if block.source else "")
        self.source.setVisible(bool(block.source))
        _fit_columns(self.table)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the columns spread over the new width."""
        super().resizeEvent(event)
        _fit_columns(self.table)

    def _open(self, index: QModelIndex) -> None:
        code = index.data(CODE_ROLE)
        if code:
            self.open_requested.emit(str(code))


def _plain(html: str) -> str:
    """Rich text without its tags, for an accessible name."""
    return re.sub(r"<[^>]+>", "", html)
