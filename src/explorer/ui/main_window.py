"""The main window: filters on the left, search and results in the middle, and on the right
Home (at launch and on Alt+Home), a profile or the interest quiz.

Keyboard first: Ctrl+F or / focuses search, Down moves into the results,
Enter opens a profile (so does the row a click or an arrow key picks),
Alt+Left / Alt+Right go back and forward, Esc clears the search. File prints
or exports the open profile (Ctrl+P, Ctrl+Shift+E) or the occupations selected in
the results or the recent list. Size, splitter positions and recent profiles
are kept per user (settings.py); filters are not (a launch on a shared login
starts with none), and a bar above the results says which are on. Focus
starts in the search box.

The window only lays things out and connects its controllers, each a QObject
owning its widgets and state: SearchController (search box and results),
FilterController (the filter panel), RecentController (history and recent
profiles), HomeController (the right pane's pages and Home), QuizController (the
quiz's screens), ProfilePane (the lazily built profile) and PrintMenu (printing).
The attributes tests and benchmarks use (search_box, table, proxy, profile…)
delegate to them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from explorer.data.catalog import choices, load_catalog, pathways_by_cluster
from explorer.data.repository import CareerData
from explorer.profile.quick import bright_outlook_rule
from explorer.profile.sources import releases
from explorer.search.engine import SearchResult
from explorer.ui import focus_ring, window_fit
from explorer.ui import settings as user_settings
from explorer.ui.announce import announce
from explorer.ui.browse.filter_controller import FilterController
from explorer.ui.browse.recent_controller import RecentController
from explorer.ui.browse.search_controller import SearchController
from explorer.ui.browse.search_service import SearchService
from explorer.ui.compare.controller import CompareController
from explorer.ui.home.controller import HomeController
from explorer.ui.mylist.window_parts import MyListParts
from explorer.ui.printing.menu import PrintMenu
from explorer.ui.profile.pane_controller import ProfilePane
from explorer.ui.quiz.controller import QuizController
from explorer.ui.view_menu import ViewMenu
from explorer.ui.widgets.splitter_keys import SplitterKeys
from explorer.ui.window_menus import APP_TITLE, make_menus

if TYPE_CHECKING:
    from explorer.ui.jobs_map.page import JobsMapPage
    from explorer.ui.profile.view import ProfileView


class MainWindow(QMainWindow):
    """Top-level window of Career Explorer."""

    def __init__(self, data: CareerData, search_service: SearchService | None = None) -> None:
        super().__init__()
        focus_ring.install()  # one clear focus ring on every control (issue 17)
        self.data = data
        self.setWindowTitle(APP_TITLE)
        self._shown = False
        self.settings = user_settings.open_settings()
        # The user's theme and text size, set before any widget is made (View menu).
        self.view_menu = ViewMenu(self.settings, self)
        self.catalog = load_catalog(data)
        self._by_code = {row.code: row for row in self.catalog}
        self.search_service = search_service or SearchService(data.path, self)

        known = releases(data)
        self.search = SearchController(
            self.catalog, self._by_code, self.search_service, self, known.projections
        )
        self.filter_controller = FilterController(
            choices(self.catalog),
            self.search.set_filter,
            self,
            bright_outlook_rule(known),
            pathways_by_cluster(self.catalog),
        )
        self.recent = RecentController(self.settings, self._by_code, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.home = HomeController(self.catalog, self.search, self.filter_controller.panel, self)
        self.pane = ProfilePane(data, self.catalog, self.settings, self.home.add_page, self)
        self.quiz = QuizController(
            data, self.settings, self.home.show_page, self.home.show_home, self.open_profile, self
        )
        self.home.connect_quiz(self.quiz.open)
        self.home.home_shown.connect(self._name_quiz_button)
        self._name_quiz_button()
        self.home.page.show_map_choice(True)
        self.home.page.map_requested.connect(self.show_jobs_map)
        self.jobs_map: JobsMapPage | None = None
        self.printing = PrintMenu(
            data,
            self.settings,
            self,
            self.catalog,
            self.pane.open_code,
            [self.search.table, self.recent.recent_list],
        )

        self.compare = CompareController(
            data,
            self._by_code,
            self.search.table,
            lambda: user_settings.resolved_value(self.settings, user_settings.HOME_STATE, "") or "",
            lambda: user_settings.report_paper.read(self.settings),
            self.open_profile,
            self,
        )

        # What tests, benchmarks and the smoke test reach for.
        search = self.search
        self.search_box, self.suggestion = search.search_box, search.suggestion
        self.count_label, self.match_label = search.count_label, search.match_label
        self.empty_label = search.empty_label
        self.model, self.proxy, self.table = search.model, search.proxy, search.table
        self.filters = self.filter_controller.panel
        self.history, self.recent_menu = self.recent.history, self.recent.recent_menu
        self.recent_model, self.recent_list = self.recent.recent_model, self.recent.recent_list
        self.back_action, self.forward_action = self.recent.back_action, self.recent.forward_action
        self.warm_up = self.pane.warm_up
        self.reports = self.printing.reports
        self.print_action, self.preview_action = (
            self.printing.print_action,
            self.printing.preview_action,
        )
        self.export_action = self.printing.export_action
        self.print_selected_action = self.printing.print_selected_action
        self.export_selected_action = self.printing.export_selected_action
        self._make_my_list()

        self._lay_out()
        self._make_menus()
        self.search.open_requested.connect(self.open_profile)
        self.search.filter_offered.connect(self.filters.set_filter)
        self.recent.open_requested.connect(self.open_profile)
        self.my_list.open_requested.connect(self.open_profile)
        self.pane.related_requested.connect(self.open_profile)
        self.filters.changed.connect(self.search.cancel_pending_open)
        for signal in (
            self.search_box.textEdited,
            self.filters.changed,
            self.table.selectionModel().currentRowChanged,
        ):
            signal.connect(self.warm_up.note_input)
        self._restore()

    # -- construction ---------------------------------------------------------------

    def _lay_out(self) -> None:
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(self.filters)
        # Recently viewed and My list share the room under the filters, a button each.
        self.lists = self.my_list_parts.place(self.recent_list, self.search.table)
        # Room for a few careers with their notes; a short screen scrolls the pane to them.
        self.lists.setMinimumHeight(self.fontMetrics().height() * 13)
        left_column.addWidget(self.lists, 1)
        # A short screen (1280×720 at 150%) scrolls the filters rather than the window.
        left_scroll = QScrollArea()
        left_scroll.setWidget(left)
        left_scroll.setWidgetResizable(True)
        left_scroll.setFrameShape(QFrame.Shape.NoFrame)
        left_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left_scroll.setMinimumWidth(
            left.minimumSizeHint().width() + left_scroll.verticalScrollBar().sizeHint().width()
        )
        left_scroll.setAccessibleName("Filters and recently viewed")
        left = self.filters_pane = left_scroll
        # A narrow screen starts with the filters folded away (the results need the room);
        # this button, or Go > Show filters, brings them back.
        self.show_filters_action = QAction("Show &filters", self, checkable=True)
        self.show_filters_action.setChecked(True)
        self.show_filters_action.toggled.connect(self.filters_pane.setVisible)
        self.show_filters_action.toggled.connect(self._unfold_filters)
        filters_button = QToolButton()
        filters_button.setDefaultAction(self.show_filters_action)
        filters_button.setAccessibleName("Show the filters")
        for widget, stretch in (
            (left, 0),
            (self.search.widget(self.filter_controller.bar, filters_button), 2),
            (self.home.stack, 3),
        ):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(self.splitter.indexOf(widget), stretch)
        self.setCentralWidget(self.splitter)
        self.splitter_keys = SplitterKeys(
            self.splitter,
            ["Divider between the filters and the results", "Divider before the profile"],
            self,
        )

    def _make_menus(self) -> None:
        make_menus(self)

    def _make_my_list(self) -> None:
        """My list (issue 15): its controller, panel, File menu actions and stars."""
        self.my_list_parts = MyListParts(
            self,
            {row.code: row.title for row in self.catalog},
            self.reports,
            self.pane,
            self.quiz,
            self.settings,
            self._name_quiz_button,
        )
        parts = self.my_list_parts
        self.my_list, self.my_list_panel = parts.controller, parts.panel
        self.my_list_menu, self.profile_star = parts.menu, parts.star

    def show_my_list(self) -> None:
        """Bring the My list panel into view, its list focused (Go > My list)."""
        self.show_filters_action.setChecked(True)
        self._unfold_filters(True)
        self.my_list_parts.show_panel(self.filters_pane)

    def _unfold_filters(self, shown: bool) -> None:
        """Showing the filters (or My list) opens the pane if it was dragged shut: once
        the splitter has placed it, give it its width back from the widest pane."""

        def unfold() -> None:
            sizes = window_fit.unfolded_sizes(
                self.splitter.sizes(), self.filters_pane.minimumWidth()
            )
            if sizes is not None and self.filters_pane.isVisible():
                self.splitter.setSizes(sizes)

        if shown:
            QTimer.singleShot(0, self, unfold)

    # -- what the controllers share -------------------------------------------------------

    @property
    def profile(self) -> ProfileView:
        """The profile pane, built the first time it is needed."""
        return self.pane.profile

    @property
    def _profile(self) -> ProfileView | None:
        """The profile pane if it has been built, else None."""
        return self.pane.view

    @property
    def _last_result(self) -> SearchResult | None:
        """The search whose results are shown (None while browsing everything)."""
        return self.search.last_result

    def open_profile(self, code: str, remember: bool = True) -> bool:
        """Show an occupation's profile, named in the window title; False if the code is
        unknown. An Enter still waiting for its search's answer is forgotten."""
        self.search.cancel_pending_open()
        if not self.profile.show_occupation(code):
            return False
        summary = self._by_code.get(code)
        self.setWindowTitle(f"{summary.title if summary else code} — {APP_TITLE}")
        self.home.show_page(self.profile)
        announce(self.profile.heading, f"Profile: {self.profile.heading.accessibleName()}")
        self.search.show_open(code)
        self.recent.visited(code, remember)
        self.printing.update()
        self.my_list_parts.profile_shown()
        return True

    def open_comparison(self, codes: list[str]) -> bool:
        """Compare two to four occupations side by side, in the comparison window (My
        list and the results' Compare action call this); False, and nothing shown, for
        fewer than two, more than four or an unknown code."""
        return self.compare.open_codes(codes)

    def show_jobs_map(self) -> None:
        """The map of all jobs in the right pane (read from the data the first time)."""
        if self.jobs_map is None:
            from explorer.data.jobs_map import jobs_map
            from explorer.ui.jobs_map.page import JobsMapPage

            known = releases(self.data)
            self.jobs_map = JobsMapPage()
            self.jobs_map.set_map(
                jobs_map(self.data),
                f"Jobs, growth and education: BLS Employment Projections {known.projections};"
                f" median pay: BLS OEWS, {known.oews}.",
                known.projections.split("–")[0],
            )
            self.jobs_map.open_requested.connect(self.open_profile)
            self.jobs_map.home_button.clicked.connect(self.home.show_home)
        self.home.show_page(self.jobs_map)
        self.setWindowTitle(f"Map of all jobs — {APP_TITLE}")
        self.jobs_map.view.setFocus()

    def _name_quiz_button(self) -> None:
        text = self.quiz.entry_text()
        self.home.page.quiz_button.setText(text)
        self.home.page.quiz_button.setAccessibleName(text)

    def go_back(self) -> None:
        """Show the previous profile."""
        self.recent.go_back()

    def go_forward(self) -> None:
        """Show the next profile again."""
        self.recent.go_forward()

    def focus_search(self) -> None:
        """Put the cursor in the search box, with its text selected."""
        self.search.focus_search()

    def selected_codes(self) -> list[str]:
        """The occupations selected in the results, or in the recent list (PrintMenu)."""
        return self.printing.selected_codes()

    def matched_text(self, proxy_row: int) -> str:
        """Why the result on a row matched ("alternate title: Coder")."""
        return self.search.matched_text(proxy_row)

    # -- settings and the window's life -------------------------------------------------------

    def _restore(self) -> None:
        geometry = user_settings.geometry.read(self.settings)
        restored = window_fit.restore_or_place(self, geometry.data())
        splitter = user_settings.splitter.read(self.settings)
        if not (restored and not splitter.isEmpty() and self.splitter.restoreState(splitter)):
            window_fit.set_proportionate(self.splitter, self.width())
        self.show_filters_action.setChecked(window_fit.room_for_filters(self.width(), self.font()))

    def apply_text_size(self) -> None:
        """Larger text needs more room: fold the filters away where the results would be
        too narrow (and bring them back when the text is smaller again)."""
        self.show_filters_action.setChecked(window_fit.room_for_filters(self.width(), self.font()))

    def showEvent(self, event: QShowEvent) -> None:
        """Once on screen, put the cursor in the search box (the first time) and get the
        profile pane ready in idle time."""
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            self.search_box.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
        self.warm_up.start()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save the size and layout, stop the warm-up and the search thread."""
        self.pane.stop()
        self.my_list_parts.close()
        user_settings.geometry.write(self.settings, self.saveGeometry())
        user_settings.splitter.write(self.settings, self.splitter.saveState())
        self.settings.sync()
        self.search_service.shutdown()
        super().closeEvent(event)
