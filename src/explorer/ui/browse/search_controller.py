"""Search as you type: the search box, the results table and the labels around it.

SearchController owns the results model, proxy and table (after Anki's
browser Table: one QObject with the model, the view and their state). Each
key asks SearchService (a worker thread, which skips a query already typed
past) once the event loop has handled the keys waiting (TYPING_PAUSE_MS is 0),
and shows the answer to the latest query: results follow the last key within
a search's time, not after a pause. Down moves into the results, Enter
opens the current (or first) result, Esc clears the search; opening is
`open_requested`, so the window decides what a profile is.

Enter opens a row of the list for exactly the text in the box. When the answer
for that text has not arrived yet, Enter is remembered (`pending_open`) and the
first result opens when it arrives; changing the text, or opening something
else (`cancel_pending_open`), forgets it. A stale list is never opened from.

A wish that is really a filter ("no college") comes with an offer line under the
search box, "Show only: no degree needed"; its link emits `filter_offered` with the
filters on plus that one, and the line hides while the filters hold it.

The row the student picks is the profile shown, and the highlighted row is
always the profile shown (RowPicker, row_picker.py): a picked row opens once the
moves pause; a new search's first row is where Down and Enter go, highlighted
only once open; a profile opened elsewhere highlights its row, if listed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from explorer.data.catalog import OccupationFilter, OccupationSummary
from explorer.search.engine import FilterOffer, SearchResult
from explorer.ui.announce import announce
from explorer.ui.browse.link_line import link_line
from explorer.ui.browse.results_model import (
    CODE_ROLE,
    MATCHED_COLUMN,
    MATCHED_ROLE,
    ResultsModel,
    ResultsProxy,
    widest_values,
)
from explorer.ui.browse.row_picker import RowPicker
from explorer.ui.browse.search_service import SearchService
from explorer.ui.widgets.fitted_columns import FittedColumns
from explorer.ui.widgets.flow_layout import FlowLayout
from explorer.ui.widgets.sort_keys import add_sort_keys

TYPING_PAUSE_MS = 0
SEARCH_PLACEHOLDER = "Search: try “nurse”, “coder” or “fixes cars”"
#: The results' columns to hide first when the table is narrow (a 1024-pixel screen).
HIDE_ORDER = (MATCHED_COLUMN, 4, 3, 2, 1)
MATCHED_SAMPLE = "alternate title: Registered Nurse (RN)"
GROWTH_COLUMN = 2


class SearchController(QObject):
    """The search box and the results; emits `open_requested` with a code to show."""

    open_requested = Signal(str)
    #: The filters to put on when the student takes the offer line's link.
    filter_offered = Signal(object)

    def __init__(
        self,
        catalog: Sequence[OccupationSummary],
        by_code: Mapping[str, OccupationSummary],
        search_service: SearchService,
        parent: QWidget,
        projections: str = "",
    ) -> None:
        super().__init__(parent)
        self.window = parent
        self.catalog = catalog
        self._by_code = by_code
        self.search_service = search_service
        search_service.results.connect(self.show_results)
        search_service.failed.connect(self._search_failed)
        self.last_result: SearchResult | None = None
        #: The text whose first result opens once its answer arrives (Enter came first).
        self.pending_open: str | None = None

        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(SEARCH_PLACEHOLDER)
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setAccessibleName("Search occupations")
        self.search_box.installEventFilter(self)
        # Large: Home points at it as the first thing to use.
        font = self.search_box.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.search_box.setFont(font)
        # "Did you mean …?" and "Show only: …": a Tab stop each; Enter follows the link.
        self.suggestion = link_line("Search suggestion", self._take_suggestion)
        self.offer = link_line("Search filter offer", self._take_offer)
        self.count_label = QLabel()
        self._count_said = ""  # the count a screen reader was last told
        self.count_label.setAccessibleDescription("Number of occupations shown")
        self.match_label = QLabel()
        self.match_label.setWordWrap(True)
        self.match_label.setAccessibleDescription("Why the selected occupation matched")
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setAccessibleDescription("No results")
        self.empty_label.setVisible(False)

        self.model = ResultsModel(self)
        # "Growth 2024–34": the projections' years, as the database names them.
        self.model.headers[GROWTH_COLUMN] = f"Growth\n{projections}".strip()
        self.proxy = ResultsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = self._make_table()
        self.table.selectionModel().currentRowChanged.connect(self._show_match)
        self.table.activated.connect(self.open_index)
        # pressed comes after the click moved the current row: forget only a waiting Enter.
        self.table.pressed.connect(self._forget_enter)
        self.rows = RowPicker(self.table, self.proxy, self.model)
        self.rows.open_requested.connect(self._row_opens)

        self.typing = QTimer(self)
        self.typing.setSingleShot(True)
        self.typing.setInterval(TYPING_PAUSE_MS)
        self.typing.timeout.connect(self.run_search)
        self.search_box.textChanged.connect(self.typing.start)
        self.search_box.textChanged.connect(self._text_changed)
        self.model.set_rows(catalog)
        self.update_count()

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.proxy)
        table.setAccessibleName("Occupations")
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setSortingEnabled(True)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)  # one Tab stop; the arrows move inside
        table.horizontalHeader().setHighlightSections(False)  # headings keep one weight
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        samples = widest_values(self.catalog, table.fontMetrics())
        samples[MATCHED_COLUMN] = MATCHED_SAMPLE
        self.columns = FittedColumns(table, samples, HIDE_ORDER)
        self.columns.set_available(MATCHED_COLUMN, False)
        add_sort_keys(table)  # Ctrl+Shift+S or the menu key: sort by a column
        return table

    def widget(
        self, above_results: QWidget | None = None, beside_count: QWidget | None = None
    ) -> QWidget:
        """The results column: search box, suggestion, offer, `above_results` (the
        filters-on bar), count (with `beside_count` at its right), table and the two
        labels."""
        column_widget = QWidget()
        column = QVBoxLayout(column_widget)
        count_row = FlowLayout(spacing=6, stretch=0)  # the button under it if need be
        count_row.addWidget(self.count_label)
        if beside_count is not None:
            count_row.addWidget(beside_count)
        for widget in (self.search_box, self.suggestion, self.offer, above_results):
            if widget is not None:
                column.addWidget(widget)
        column.addLayout(count_row)
        for widget, stretch in ((self.table, 1), (self.match_label, 0), (self.empty_label, 0)):
            column.addWidget(widget, stretch)
        return column_widget

    # -- searching --------------------------------------------------------------------

    def focus_search(self) -> None:
        """Put the cursor in the search box, with its text selected."""
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def run_search(self) -> None:
        """Search for the box's text now (every occupation when it is empty)."""
        text = self.search_box.text()
        if not text.strip():
            self.last_result = None
            self.model.set_rows(self.catalog)
            self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
            self.columns.set_available(MATCHED_COLUMN, False)
            self.suggestion.setVisible(False)
            self._show_offer()
            self.update_count()
            return
        self.search_service.request(text)

    def show_all(self, column: int = -1, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Every occupation, no search, sorted by `column` (-1: title order); Home's
        clusters and lists show their occupations this way, their filter set apart."""
        self.pending_open = None
        self.search_box.clear()
        self.typing.stop()
        self.run_search()
        self.table.sortByColumn(column, order)
        self.table.scrollToTop()

    def show_results(self, result: SearchResult) -> None:
        """Show a search's hits, best first, if the box still holds its query."""
        if result.query != self.search_box.text():
            return
        self.last_result = result
        hits = [h for h in result.hits if h.code in self._by_code]
        self.model.set_rows([self._by_code[h.code] for h in hits], [h.matched for h in hits])
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.columns.set_available(MATCHED_COLUMN, True)
        if result.suggestion:
            self.suggestion.setText(
                f"Nothing matches “{escape(result.query.strip()[:60])}”. Did you mean "
                f'<a href="{escape(result.suggestion)}">{escape(result.suggestion)}</a>? '
                "Showing results for it."
            )
        self.suggestion.setVisible(bool(result.suggestion))
        if result.suggestion:
            announce(self.suggestion, f"Did you mean {result.suggestion}? Showing results for it.")
        self._show_offer()
        self.update_count()
        if self.proxy.rowCount():
            self.rows.point_at_first_row()
        if self.pending_open == result.query:
            self.pending_open = None
            if self.proxy.rowCount():
                self.open_index(self.proxy.index(0, 0))

    def set_filter(self, occupation_filter: OccupationFilter) -> None:
        """Narrow the results to the filter."""
        self.proxy.set_filter(occupation_filter)
        self._show_offer()
        self.update_count()

    def _offer(self) -> FilterOffer | None:
        """The filter the shown search offers, unless the filters on hold it already."""
        offer = self.last_result.offer if self.last_result is not None else None
        if offer is None or self.proxy.occupation_filter.includes(offer.filter):
            return None
        return offer

    def _show_offer(self) -> None:
        offer = self._offer()
        if offer is not None:
            self.offer.setText(f'Show only: <a href="offer">{escape(offer.label)}</a>')
        self.offer.setVisible(offer is not None)

    def _take_offer(self, *_args: object) -> None:
        offer = self._offer()
        if offer is not None:
            self.filter_offered.emit(self.proxy.occupation_filter.plus(offer.filter))

    def matched_text(self, proxy_row: int) -> str:
        """Why the result on a row matched ("alternate title: Coder")."""
        return str(self.proxy.index(proxy_row, 0).data(MATCHED_ROLE) or "")

    def open_index(self, index: QModelIndex) -> None:
        """Ask for the profile of the occupation at index (of any view with CODE_ROLE)."""
        self.rows.cancel()
        code = index.data(CODE_ROLE)
        if code:
            self.open_requested.emit(str(code))

    def cancel_pending_open(self, *_args: object) -> None:
        """Forget an Enter that waits for its answer and a row about to open (the
        student did something else)."""
        self.pending_open = None
        self.rows.cancel()

    def _forget_enter(self, *_args: object) -> None:
        self.pending_open = None

    def _text_changed(self, text: str) -> None:
        self.rows.cancel()
        if self.pending_open is not None and text != self.pending_open:
            self.pending_open = None

    def show_open(self, code: str) -> None:
        """The window opened `code`: highlight its row if the list has it, else none."""
        self.rows.show_open(code)

    def _row_opens(self, code: str) -> None:
        self.pending_open = None
        self.open_requested.emit(code)

    def _show_match(self, current: QModelIndex, _previous: QModelIndex) -> None:
        matched = current.data(MATCHED_ROLE) if current.isValid() else ""
        title = self.proxy.index(current.row(), 0).data() if current.isValid() else ""
        self.match_label.setText(
            f"<small><b>{escape(title)}</b> matched {escape(matched)}</small>" if matched else ""
        )

    def _take_suggestion(self) -> None:
        """Search for the spelling suggested; the cursor goes back to the search box."""
        if self.last_result is not None and self.last_result.suggestion:
            self.search_box.setText(self.last_result.suggestion)
            self.search_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def _search_failed(self, message: str) -> None:
        QMessageBox.critical(self.window, "Career Explorer", f"Search failed.\n\n{message}")

    def update_count(self) -> None:
        """Say how many occupations are shown, or why none are."""
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        searching = bool(self.search_box.text().strip())
        filtered = not self.proxy.occupation_filter.is_empty()
        if searching and not total:
            self.count_label.setText("No matching occupations")
        elif searching:
            self.count_label.setText(f"{shown:,} of {total:,} matching occupations")
        else:
            self.count_label.setText(f"{shown:,} of {len(self.catalog):,} occupations")
        if self.count_label.text() != self._count_said:
            self._count_said = self.count_label.text()
            announce(self.count_label, self._count_said)
        # An empty white table says nothing: the advice below takes its place.
        self.table.setVisible(bool(shown))
        if shown:
            self.empty_label.setVisible(False)
            return
        if searching and total:
            text = "No occupation matches both the search and the filters. Reset the filters."
        elif searching:
            text = (
                "Nothing matches that search. Check the spelling, try fewer or other "
                "words (a job title, “fixes cars”, “works with animals”), or clear it."
            )
        else:
            text = "No occupation matches these filters. Loosen or reset them."
        self.empty_label.setText(text if filtered or searching else "")
        self.empty_label.setVisible(True)

    # -- keyboard ----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Esc, Down and Enter in the search box."""
        if (
            watched is self.search_box
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and self._key_in_search_box(event.key())
        ):
            return True
        return super().eventFilter(watched, event)

    def _key_in_search_box(self, key: int) -> bool:
        if key == Qt.Key.Key_Escape:
            self.search_box.clear()
            self.match_label.clear()
            return True
        if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and self.proxy.rowCount():
            self.pending_open = None  # the student went to the rows instead
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            self.rows.pick(max(0, self.table.currentIndex().row()))  # opens, as any row picked
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._enter_in_search_box()
            return True
        return False

    def _enter_in_search_box(self) -> None:
        """Open the current (or first) row of the list for exactly the box's text; if
        that list has not arrived yet, open its first row when it does."""
        self.typing.stop()
        self.pending_open = None
        text = self.search_box.text()
        if not text.strip():
            self.run_search()  # the whole catalog, at once
        elif self.last_result is None or self.last_result.query != text:
            self.pending_open = text
            self.run_search()
            return
        index = self.table.currentIndex()
        if not index.isValid() and self.proxy.rowCount():
            index = self.proxy.index(0, 0)
        if index.isValid():
            self.open_index(index)
