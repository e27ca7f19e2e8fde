"""HomeController: the right pane's pages (Home, the profile, the quiz) and what Home's
choices do.

The right pane is a stack. Home is on top at launch and whenever the student asks
for it (Alt+Home, Go ▸ Home, the toolbar's Home button); opening a profile shows
the profile. A cluster tile or a list to browse puts its filter (and sort) on the
results in the middle column, through the filter panel, so the "filters on" bar
says what is shown and Clear undoes it; an example search fills the search box.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStackedWidget, QWidget

from explorer.data.catalog import OccupationFilter, OccupationSummary
from explorer.ui.browse.filter_panel import FilterPanel
from explorer.ui.browse.search_controller import SearchController
from explorer.ui.home.browse_lists import BROWSE_LISTS
from explorer.ui.home.home_page import HomePage


def cluster_counts(catalog: Sequence[OccupationSummary]) -> list[tuple[str, int]]:
    """Each career cluster with how many occupations it has, by name."""
    counts = Counter(cluster for row in catalog for cluster in {c for c, _ in row.clusters})
    return sorted(counts.items())


class HomeController(QObject):
    """Owns the right pane's stack and Home; `home_shown` fires each time Home comes back."""

    home_shown = Signal()

    def __init__(
        self,
        catalog: Sequence[OccupationSummary],
        search: SearchController,
        filters: FilterPanel,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._search, self._filters = search, filters
        self.stack = QStackedWidget()
        self.stack.setObjectName("rightPane")
        self.page = HomePage(cluster_counts(catalog))
        self.stack.addWidget(self.page)
        self.page.example_chosen.connect(self.search_for)
        self.page.cluster_chosen.connect(self.show_cluster)
        self.page.list_chosen.connect(self.show_list)
        self.home_action = QAction("Ho&me", self, shortcut=QKeySequence("Alt+Home"))
        self.home_action.setStatusTip("Show Home: example searches, the quiz, clusters, lists")
        self.home_action.triggered.connect(self.show_home)

    def add_page(self, widget: QWidget) -> None:
        """Put a page in the pane's stack (the profile, the quiz), not shown yet."""
        if self.stack.indexOf(widget) < 0:
            self.stack.addWidget(widget)

    def show_page(self, widget: QWidget) -> None:
        """Show one of the pane's pages."""
        self.add_page(widget)
        self.stack.setCurrentWidget(widget)

    def showing_home(self) -> bool:
        """Whether Home is the page on screen."""
        return self.stack.currentWidget() is self.page

    def show_home(self) -> None:
        """Bring Home back, at its top."""
        self.stack.setCurrentWidget(self.page)
        self.page.verticalScrollBar().setValue(0)
        self.home_shown.emit()

    def search_for(self, text: str) -> None:
        """An example search: put it in the search box, which searches as typing does."""
        self._search.search_box.setText(text)
        self._search.focus_search()

    def show_cluster(self, cluster: str) -> None:
        """A cluster tile: every occupation in the cluster, in title order."""
        self._search.show_all()
        self._filters.set_filter(OccupationFilter(cluster=cluster))

    def show_list(self, key: str) -> None:
        """A list to browse: its filter on and its column sorted, largest first."""
        chosen = next(b for b in BROWSE_LISTS if b.key == key)
        self._search.show_all(chosen.sort_column, Qt.SortOrder.DescendingOrder)
        self._filters.set_filter(chosen.occupation_filter)

    def connect_quiz(self, start: Callable[[], None]) -> None:
        """What "Take the interest quiz" does."""
        self.page.quiz_requested.connect(start)
