"""The Similar Occupations tab: related occupations in a sortable table, one click to open.

Reuses the results table's model (pay, growth, openings, education), with
O*NET's relatedness in the last column, and lists other occupations in the
same career pathways below it.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from explorer.data.catalog import OccupationSummary
from explorer.data.records import Occupation
from explorer.ui.browse.results_model import (
    CODE_ROLE,
    COLUMNS,
    MATCHED_COLUMN,
    ResultsModel,
    ResultsProxy,
)
from explorer.ui.widgets.tables import read_only_table

TIER_TEXT = {"Primary-Short": "Most similar", "Primary-Long": "Similar",
             "Supplemental": "Somewhat similar"}
PATHWAY_LIMIT = 30
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


class SimilarTab(QScrollArea):
    """Related occupations; clicking one emits `open_requested` with its code."""

    open_requested = Signal(str)

    def __init__(self, catalog: list[OccupationSummary], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._by_code = {row.code: row for row in catalog}
        self._catalog = catalog
        self.related_model = ResultsModel(self)
        self.pathway_model = ResultsModel(self)
        for model in (self.related_model, self.pathway_model):
            model.headers[1:3] = ["Pay", "Growth"]  # narrow pane: 2024–34 is said below
        self.related_model.headers[MATCHED_COLUMN] = "How similar"
        self.related = _table(self.related_model, "Related occupations")
        self.pathway = _table(self.pathway_model, "Occupations in the same career pathway")
        self.pathway_label = QLabel()
        self.pathway_label.setWordWrap(True)
        title = QLabel("<b>Related occupations</b> (O*NET), click one to open it")
        source = QLabel("<small>Sources: O*NET® 30.1 related occupations and career "
                        "clusters; BLS OEWS May 2025; BLS Employment Projections "
                        "2024–34. Pay: median, May 2025; growth: projected 2024–34. "
                        "Occupations that BLS counts under one code share its pay and "
                        "growth.</small>")
        self.setWidgetResizable(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        for widget in (title, self.related, self.pathway_label, self.pathway, source):
            if isinstance(widget, QLabel):
                widget.setWordWrap(True)
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setWidget(body)
        for table in (self.related, self.pathway):
            table.clicked.connect(self._open)
            table.activated.connect(self._open)
    def show_occupation(self, occupation: Occupation) -> None:
        """Fill both tables for occupation."""
        related = [r for r in occupation.related if r.code in self._by_code]
        self.related_model.set_rows([self._by_code[r.code] for r in related],
                                    [TIER_TEXT.get(r.tier, r.tier) for r in related])
        own = self._by_code.get(occupation.code)
        pathways = {p for _, p in own.clusters} if own else set()
        others = [row for row in self._catalog if row.code != occupation.code
                  and pathways & {p for _, p in row.clusters}]
        others.sort(key=lambda row: (row.employment_rank or 10**6, row.title))
        self.pathway_model.set_rows(others[:PATHWAY_LIMIT])
        self.pathway.setColumnHidden(MATCHED_COLUMN, True)
        for table in (self.related, self.pathway):
            _fit_columns(table)
        names = ", ".join(sorted(pathways)) or "none"
        self.pathway_label.setText(f"<b>Same career pathway</b> ({names}): the "
                                   f"{min(len(others), PATHWAY_LIMIT)} with the most jobs")

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the columns spread over the new width."""
        super().resizeEvent(event)
        for table in (self.related, self.pathway):
            _fit_columns(table)

    def _open(self, index: QModelIndex) -> None:
        code = index.data(CODE_ROLE)
        if code:
            self.open_requested.emit(code)
