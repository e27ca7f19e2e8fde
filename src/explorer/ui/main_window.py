"""The main window: search and filters on the left, results in the middle, the profile on the right.

Keyboard first: Ctrl+F or / focuses search, Down moves into the results,
Enter opens a profile, Alt+Left / Alt+Right go back and forward, Esc clears
the search. File prints or exports the open profile (Ctrl+P, Ctrl+E) or the
occupations selected in the results or the recent list (printing.py). Size,
splitter positions, filters and recent profiles are kept per user (settings.py).
"""

from __future__ import annotations

import json
from dataclasses import asdict
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QKeySequence,
    QShortcut,
    QShowEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from explorer.data.catalog import OccupationFilter, choices, load_catalog
from explorer.data.repository import CareerData
from explorer.search.engine import SearchResult

if TYPE_CHECKING:
    from explorer.ui.profile.view import ProfileView
from explorer.ui import settings as user_settings
from explorer.ui.about import show_about
from explorer.ui.browse.filter_panel import FilterPanel, filter_from_dict
from explorer.ui.browse.history import History
from explorer.ui.browse.results_model import (
    CODE_ROLE,
    MATCHED_COLUMN,
    MATCHED_ROLE,
    ResultsModel,
    ResultsProxy,
)
from explorer.ui.browse.search_service import SearchService
from explorer.ui.printing.actions import ReportActions
from explorer.ui.profile.warm_up import ProfileWarmUp

TYPING_PAUSE_MS = 120
SEARCH_PLACEHOLDER = "Search occupations: try “nurse”, “coder” or “fixes cars”"


class MainWindow(QMainWindow):
    """Top-level window of Career Explorer."""

    def __init__(self, data: CareerData, search_service: SearchService | None = None) -> None:
        super().__init__()
        self.data = data
        self.setWindowTitle("Career Explorer")
        self.settings = user_settings.open_settings()
        self.catalog = load_catalog(data)
        self._by_code = {row.code: row for row in self.catalog}
        self.history = History()
        self.search_service = search_service or SearchService(data.path, self)
        self.search_service.results.connect(self._show_results)
        self.search_service.failed.connect(self._search_failed)
        self._last_result: SearchResult | None = None

        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(SEARCH_PLACEHOLDER)
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setAccessibleName("Search occupations")
        self.search_box.installEventFilter(self)
        self.suggestion = QLabel()
        self.suggestion.setAccessibleName("Search suggestion")
        self.suggestion.setVisible(False)
        self.count_label = QLabel()
        self.count_label.setAccessibleName("Number of occupations shown")
        self.match_label = QLabel()
        self.match_label.setWordWrap(True)
        self.match_label.setAccessibleName("Why the selected occupation matched")
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setAccessibleName("No results")
        self.empty_label.setVisible(False)

        self.model = ResultsModel(self)
        self.proxy = ResultsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = self._make_table()
        self.filters = FilterPanel(choices(self.catalog))
        self.filters.setAccessibleName("Filters")
        # The profile pane (and pyqtgraph with it) is built on first use, so the
        # window is up sooner; until then a short hint holds its place.
        self._profile: ProfileView | None = None
        self.warm_up = ProfileWarmUp(lambda: self.profile.warm_up_steps(), self)
        self.profile_hint = QLabel("<h2>Choose an occupation</h2><p>Search or browse, then "
                                   "press Enter or double-click an occupation to see what the "
                                   "work is, what it pays and how many jobs there will be.</p>")
        self.profile_hint.setWordWrap(True)
        self.profile_hint.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.profile_hint.setMargin(12)

        self.recent_model = QStandardItemModel(self)
        self.recent_list = QListView()
        self.recent_list.setModel(self.recent_model)
        self.recent_list.setAccessibleName("Recently viewed occupations")
        self.recent_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Several at once for a batch report; a plain click still opens one.
        self.recent_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.recent_list.clicked.connect(self._recent_clicked)
        self.recent_list.activated.connect(self._open_index)
        self.recent_list.installEventFilter(self)
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(self.filters)
        recent_box = QWidget()
        recent_column = QVBoxLayout(recent_box)
        recent_column.addWidget(QLabel("<b>Recently viewed</b>"))
        recent_column.addWidget(self.recent_list, 1)
        left_column.addWidget(recent_box, 1)

        results = QWidget()
        column = QVBoxLayout(results)
        column.addWidget(self.search_box)
        column.addWidget(self.suggestion)
        column.addWidget(self.count_label)
        column.addWidget(self.table, 1)
        column.addWidget(self.match_label)
        column.addWidget(self.empty_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        for widget, stretch in ((left, 0), (results, 2), (self.profile_hint, 3)):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(self.splitter.indexOf(widget), stretch)
        self.setCentralWidget(self.splitter)

        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self._run_search)
        self.search_box.textChanged.connect(self._typing.start)
        self.filters.changed.connect(self._apply_filter)
        self.table.selectionModel().currentRowChanged.connect(self._show_match)
        self.table.activated.connect(self._open_index)
        self.table.doubleClicked.connect(self._open_index)
        self.table.installEventFilter(self)
        self._selection_source: QAbstractItemView = self.table
        self.suggestion.linkActivated.connect(self.search_box.setText)
        for signal in (self.search_box.textEdited, self.filters.changed,
                       self.table.selectionModel().currentRowChanged):
            signal.connect(self.warm_up.note_input)

        self._make_actions()  # also fills the recent list
        for view in (self.table, self.recent_list):
            view.selectionModel().selectionChanged.connect(self._update_report_actions)
        self.model.set_rows(self.catalog)
        self._restore()
        self._update_count()

    # -- construction ---------------------------------------------------------------

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.proxy)
        table.setAccessibleName("Occupations")
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setSortingEnabled(True)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        metrics = table.fontMetrics()
        widths = ("Registered Nurses, etc", "$239,200 or more", "Growth 2024–34",
                  "Openings a year", "High school diploma or equivalent")
        for column, sample in enumerate(widths):
            table.setColumnWidth(column, metrics.horizontalAdvance(sample) + 24)
        table.setColumnHidden(MATCHED_COLUMN, True)
        return table

    def _make_actions(self) -> None:
        self.reports = ReportActions(self.data, self.settings, self, self.catalog)
        status = self.statusBar()  # also shows what the menu item under the mouse does
        self.reports.message.connect(lambda text: status.showMessage(text, 15_000))
        file_menu = self.menuBar().addMenu("&File")
        self.print_action = QAction("&Print…", self, shortcut=QKeySequence.StandardKey.Print,
                                    enabled=False, triggered=lambda: self.reports.print_reports(
                                        self._open_codes()))
        self.preview_action = QAction("Print Pre&view…", self, enabled=False,
                                      triggered=lambda: self.reports.preview_reports(
                                          self._open_codes()))
        self.export_action = QAction("&Export PDF…", self, shortcut=QKeySequence("Ctrl+E"),
                                     enabled=False, triggered=lambda: self.reports.export_pdf(
                                         self._open_codes()))
        self.print_selected_action = QAction(
            "Print &Selected Occupations…", self, enabled=False,
            triggered=lambda: self.reports.print_reports(self.selected_codes()))
        self.export_selected_action = QAction(
            "Export Se&lected as PDF…", self, enabled=False,
            triggered=lambda: self.reports.export_pdf(self.selected_codes()))
        for action, tip in (
                (self.print_action, "Print the open profile"),
                (self.preview_action, "See the open profile as it will print"),
                (self.export_action, "Save the open profile as a PDF"),
                (self.print_selected_action, "Print the occupations selected in the results "
                 "(or in the recent list) in one document"),
                (self.export_selected_action, "Save the occupations selected in the results "
                 "(or in the recent list) as one PDF")):
            action.setStatusTip(tip)
        # A new search empties the selection without a selectionChanged; look again.
        file_menu.aboutToShow.connect(self._update_report_actions)
        file_menu.addActions([self.print_action, self.preview_action, self.export_action])
        file_menu.addSeparator()
        file_menu.addActions([self.print_selected_action, self.export_selected_action])
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self, shortcut=QKeySequence.StandardKey.Quit,
                              triggered=self.close)
        file_menu.addAction(quit_action)
        go = self.menuBar().addMenu("&Go")
        self.back_action = QAction("&Back", self, shortcut=QKeySequence("Alt+Left"),
                                   triggered=self.go_back, enabled=False)
        self.forward_action = QAction("&Forward", self, shortcut=QKeySequence("Alt+Right"),
                                      triggered=self.go_forward, enabled=False)
        find = QAction("&Find occupation", self, shortcut=QKeySequence.StandardKey.Find,
                       triggered=self.focus_search)
        go.addActions([self.back_action, self.forward_action, find])
        self.recent_menu = self.menuBar().addMenu("&Recent")
        self._fill_recent_menu()
        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(QAction("&About Career Explorer", self,
                                    triggered=lambda: show_about(self, self.data)))
        QShortcut(QKeySequence("/"), self, activated=self.focus_search,
                  context=Qt.ShortcutContext.WindowShortcut)

    # -- search and filters -------------------------------------------------------------

    def focus_search(self) -> None:
        """Put the cursor in the search box, with its text selected."""
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _run_search(self) -> None:
        text = self.search_box.text()
        if not text.strip():
            self._last_result = None
            self.model.set_rows(self.catalog)
            self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
            self.table.setColumnHidden(MATCHED_COLUMN, True)
            self.suggestion.setVisible(False)
            self._update_count()
            return
        self.search_service.request(text)

    def _show_results(self, result: SearchResult) -> None:
        if result.query != self.search_box.text():
            return
        self._last_result = result
        rows = [self._by_code[h.code] for h in result.hits if h.code in self._by_code]
        self.model.set_rows(rows, [h.matched for h in result.hits if h.code in self._by_code])
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setColumnHidden(MATCHED_COLUMN, False)
        if result.suggestion:
            self.suggestion.setText(
                f"Nothing matches “{escape(result.query.strip()[:60])}”. Did you mean "
                f'<a href="{escape(result.suggestion)}">{escape(result.suggestion)}</a>? '
                "Showing results for it.")
        self.suggestion.setVisible(bool(result.suggestion))
        self._update_count()
        if self.proxy.rowCount():
            self.table.selectRow(0)

    def _show_match(self, current: QModelIndex, _previous: QModelIndex) -> None:
        matched = current.data(MATCHED_ROLE) if current.isValid() else ""
        title = self.proxy.index(current.row(), 0).data() if current.isValid() else ""
        self.match_label.setText(f"<small><b>{escape(title)}</b> matched "
                                 f"{escape(matched)}</small>" if matched else "")

    def _search_failed(self, message: str) -> None:
        QMessageBox.critical(self, "Career Explorer", f"Search failed.\n\n{message}")

    def _apply_filter(self, occupation_filter: OccupationFilter) -> None:
        self.proxy.set_filter(occupation_filter)
        self.settings.setValue(user_settings.FILTERS, json.dumps(asdict(occupation_filter)))
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        searching = bool(self.search_box.text().strip())
        filtered = not self.proxy.occupation_filter.is_empty()
        if searching:
            self.count_label.setText(f"{shown:,} of {total:,} matching occupations")
        else:
            self.count_label.setText(f"{shown:,} of {len(self.catalog):,} occupations")
        if shown:
            self.empty_label.setVisible(False)
            return
        if searching and total:
            text = "No occupation matches both the search and the filters. Reset the filters."
        elif searching:
            text = ("Nothing matches that search. Check the spelling, try fewer or other "
                    "words (a job title, “fixes cars”, “works with animals”), or clear it.")
        else:
            text = "No occupation matches these filters. Loosen or reset them."
        self.empty_label.setText(text if filtered or searching else "")
        self.empty_label.setVisible(True)

    # -- profiles and history ------------------------------------------------------------

    @property
    def profile(self) -> ProfileView:
        """The profile pane, built the first time it is needed."""
        if self._profile is None:
            from explorer.ui.profile.view import ProfileView

            # The student's own home state, else the one the lab's administrator set.
            home = str(user_settings.resolved_value(self.settings, user_settings.HOME_STATE,
                                                    "") or "")
            self._profile = ProfileView(self.data, self.catalog, home or None)
            self._profile.related_requested.connect(self.open_profile)
            self._profile.home_state_changed.connect(
                lambda abbr: self.settings.setValue(user_settings.HOME_STATE, abbr))
            if user_settings.locked_by_admin(user_settings.HOME_STATE):
                self._profile.states.home.setEnabled(False)
                self._profile.states.home.setToolTip("Set for this computer by its "
                                                     "administrator.")
            sizes = self.splitter.sizes()
            self.splitter.replaceWidget(2, self._profile)
            self.profile_hint.deleteLater()
            self.splitter.setSizes(sizes)
        return self._profile

    def _open_index(self, index: QModelIndex) -> None:
        code = index.data(CODE_ROLE)
        if code:
            self.open_profile(code)

    def _recent_clicked(self, index: QModelIndex) -> None:
        """A plain click opens the profile; Ctrl or Shift only selects, for a batch report."""
        extend = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        if not QApplication.keyboardModifiers() & extend:
            self._open_index(index)

    # -- printing --------------------------------------------------------------------------

    def _open_codes(self) -> list[str]:
        code = self._profile.code if self._profile is not None else None
        return [code] if code else []

    def selected_codes(self) -> list[str]:
        """The occupations selected in the results, top to bottom, or in the recent list
        when it had the focus last (or when only it has a selection)."""
        views = [self._selection_source, self.table, self.recent_list]
        for view in dict.fromkeys(views):
            rows = sorted(view.selectionModel().selectedRows(), key=QModelIndex.row)
            codes = [str(code) for index in rows if (code := index.data(CODE_ROLE))]
            if codes:
                return codes
        return []

    def _update_report_actions(self) -> None:
        is_open = bool(self._open_codes())
        for action in (self.print_action, self.preview_action, self.export_action):
            action.setEnabled(is_open)
        any_selected = any(view.selectionModel().hasSelection()
                           for view in (self.table, self.recent_list))
        self.print_selected_action.setEnabled(any_selected)
        self.export_selected_action.setEnabled(any_selected)

    def open_profile(self, code: str, remember: bool = True) -> bool:
        """Show an occupation's profile; False if the code is unknown."""
        if not self.profile.show_occupation(code):
            return False
        if remember:
            self.history.visit(code)
        recent = user_settings.remember_recent(self.settings, code)
        self._fill_recent_menu(recent)
        self._update_history_actions()
        self._update_report_actions()
        return True

    def go_back(self) -> None:
        """Show the previous profile."""
        code = self.history.back()
        if code:
            self.open_profile(code, remember=False)

    def go_forward(self) -> None:
        """Show the next profile again."""
        code = self.history.forward()
        if code:
            self.open_profile(code, remember=False)

    def _update_history_actions(self) -> None:
        self.back_action.setEnabled(self.history.can_go_back())
        self.forward_action.setEnabled(self.history.can_go_forward())

    def _fill_recent_menu(self, codes: list[str] | None = None) -> None:
        """Show the recent profiles in the Recent menu and in the list under the filters."""
        self.recent_menu.clear()
        self.recent_model.clear()
        codes = codes if codes is not None else user_settings.recent_codes(self.settings)
        for number, code in enumerate(c for c in codes if c in self._by_code):
            title = self._by_code[code].title
            action = self.recent_menu.addAction(f"&{(number + 1) % 10} {title}")
            action.triggered.connect(lambda _checked=False, c=code: self.open_profile(c))
            item = QStandardItem(title)
            item.setData(code, CODE_ROLE)
            item.setToolTip(f"{title} ({code})")
            self.recent_model.appendRow(item)
        self.recent_menu.setEnabled(bool(self.recent_menu.actions()))

    # -- keyboard --------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.search_box:  # the results table or the recent list
            if event.type() == QEvent.Type.FocusIn:
                self._selection_source = watched  # where "selected occupations" come from
            return super().eventFilter(watched, event)
        if watched is self.search_box and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key == Qt.Key.Key_Escape:
                self.search_box.clear()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and self.proxy.rowCount():
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                if not self.table.currentIndex().isValid():
                    self.table.selectRow(0)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._typing.stop()
                if self._last_result is None or self._last_result.query != (
                        self.search_box.text()):
                    self._run_search()
                index = self.table.currentIndex()
                if not index.isValid() and self.proxy.rowCount():
                    index = self.proxy.index(0, 0)
                if index.isValid():
                    self._open_index(index)
                return True
        return super().eventFilter(watched, event)

    # -- settings -----------------------------------------------------------------------------

    def _restore(self) -> None:
        geometry = self.settings.value(user_settings.GEOMETRY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        splitter = self.settings.value(user_settings.SPLITTER)
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([230, 420, 630])  # the profile needs the room
        try:
            saved = json.loads(str(self.settings.value(user_settings.FILTERS, "{}")))
        except ValueError:
            saved = {}
        self.filters.set_filter(filter_from_dict(saved if isinstance(saved, dict) else {}))

    def showEvent(self, event: QShowEvent) -> None:
        """Once on screen, get the profile pane ready in idle time."""
        super().showEvent(event)
        self.warm_up.start()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue(user_settings.GEOMETRY, self.saveGeometry())
        self.settings.setValue(user_settings.SPLITTER, self.splitter.saveState())
        self.settings.sync()
        self.search_service.shutdown()
        super().closeEvent(event)

    def matched_text(self, proxy_row: int) -> str:
        """Why the result on a row matched ("alternate title: Coder")."""
        return str(self.proxy.index(proxy_row, 0).data(MATCHED_ROLE) or "")
