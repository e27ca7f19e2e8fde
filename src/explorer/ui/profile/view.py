"""The occupation profile pane: title, quick facts, then a tab per profile section.

The tabs come from the section registry (explorer.profile.registry): each is
a SectionPage drawing what the section's builder returns. Opening a profile
fills only the tab on screen; the others are filled one per idle moment
afterwards (FILL_PAUSE_MS apart, and only once charts can be made without
waiting for pyqtgraph's import), or at once when the student shows one, so a
profile opens in the time of one tab. The window relies
only on `show_occupation(code)`, `code`, the `related_requested` and
`home_state_changed` signals, `lock_home_state` and `warm_up_steps`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from html import escape

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from explorer.data.catalog import OccupationSummary, load_catalog
from explorer.data.repository import CareerData
from explorer.profile.context import ProfileError, SectionContext, make_context
from explorer.profile.quick import (
    bright_outlook_meaning,
    bright_outlook_rule,
    fact_help,
    quick_facts,
)
from explorer.profile.registry import TAB_SECTIONS, build_section
from explorer.profile.sources import releases
from explorer.ui.profile.section_page import SectionPage
from explorer.ui.profile.state_tab import StateTab
from explorer.ui.widgets.capped_scroll import CappedScroll
from explorer.ui.widgets.chart_panel import ChartPanel
from explorer.ui.widgets.quick_facts import QuickFacts
from explorer.ui.widgets.section_strip import SectionStrip

#: The occupation the pane fills its hidden tabs with while warming up.
REHEARSAL_CODE = "29-2072.00"
#: The pause between filling two hidden tabs after a profile opens.
FILL_PAUSE_MS = 15
#: The most of the pane's height the title and quick facts take before they scroll.
TOP_SHARE = 0.4


class ProfileView(QWidget):
    """Shows one occupation; links to other occupations emit `related_requested`, and the
    State Data tab's choice of home state `home_state_changed` (the abbreviation, or "")."""

    related_requested = Signal(str)
    home_state_changed = Signal(str)
    #: A table of occupations was made in a tab (Similar Occupations): see SectionPage.
    list_made = Signal(QWidget)

    def __init__(
        self,
        data: CareerData,
        catalog: Sequence[OccupationSummary] | None = None,
        home_state: str | None = None,
        parent: QWidget | None = None,
        charts_ready: Callable[[], bool] = lambda: True,
    ) -> None:
        super().__init__(parent)
        self.data = data
        self._charts_ready = charts_ready
        #: Tabs not yet filled for the occupation shown, with what to fill them from.
        self._pending: dict[str, SectionContext] = {}
        self._filler = QTimer(self)
        self._filler.setSingleShot(True)
        self._filler.setInterval(FILL_PAUSE_MS)
        self._filler.timeout.connect(self._fill_next)
        self.catalog = {
            row.code: row for row in (catalog if catalog is not None else load_catalog(data))
        }
        self.code: str | None = None
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setAccessibleDescription("Occupation title")
        known = releases(data)
        self.facts = QuickFacts(fact_help(known))
        # The Bright Outlook rule in words on screen, not only in a tooltip (a keyboard or
        # touch user never sees a tooltip).
        self.rule = QLabel(f"<small>{escape(bright_outlook_meaning(known))}</small>")
        self.rule.setToolTip(bright_outlook_rule(known))
        self.rule.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Profile sections")
        self._pages: dict[str, SectionPage] = {}
        self._keys: list[str] = []
        for spec in TAB_SECTIONS:
            page = SectionPage(data, self.catalog, home_state)
            page.open_requested.connect(self.related_requested)
            page.home_state_changed.connect(self.home_state_changed)
            page.list_made.connect(self.list_made)
            page.setAccessibleName(spec.title)
            self._pages[spec.key] = page
            self._keys.append(spec.key)
            self.tabs.addTab(page, spec.tab_label)
        self.tabs.currentChanged.connect(self._tab_shown)
        layout = QVBoxLayout(self)
        #: The title, and beside it what the window adds (My list's star).
        self.header = QHBoxLayout()
        self.header.addWidget(self.heading, 1)
        # The title and quick facts scroll past a share of the pane (large text).
        top = QWidget()
        top_column = QVBoxLayout(top)
        top_column.setContentsMargins(0, 0, 0, 0)
        top_column.addLayout(self.header)
        top_column.addWidget(self.facts)
        top_column.addWidget(self.rule)
        self.top = CappedScroll(top)
        layout.addWidget(self.top)
        # Every section's name in full, wrapping to a second row on a narrow pane.
        self.sections = SectionStrip(self.tabs)
        layout.addWidget(self.sections)
        layout.addWidget(self.tabs, 1)
        self._locked_reason = ""
        self.show_placeholder()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The title and quick facts take at most TOP_SHARE of the pane's height."""
        super().resizeEvent(event)
        self.top.setMaximumHeight(
            max(self.fontMetrics().height() * 4, round(event.size().height() * TOP_SHARE))
        )

    # -- what the window calls --------------------------------------------------------

    def show_placeholder(self) -> None:
        """What the pane says before any occupation is chosen."""
        self.code = None
        self.heading.setAccessibleName("")
        self.heading.setText(
            "<h2>Choose an occupation</h2><p>Search or browse, then press "
            "Enter or click an occupation to see what the work is, "
            "what it pays and how many jobs there will be.</p>"
        )
        self.facts.setVisible(False)
        self.rule.setVisible(False)
        self.sections.setVisible(False)
        self.tabs.setVisible(False)

    def show_occupation(self, code: str) -> bool:
        """Show an occupation; False if the code is unknown."""
        try:
            ctx = make_context(self.data, code, self.catalog)
        except ProfileError:
            return False
        self.code = code
        occupation = ctx.occupation
        self.heading.setText(
            f"<h2>{escape(occupation.title)}</h2><p>{occupation.code} · "
            f"{escape(occupation.major_group.title)}</p>"
        )
        self.heading.setAccessibleName(
            f"{occupation.title}, {occupation.code}, {occupation.major_group.title}"
        )
        self.facts.show_facts(quick_facts(ctx))
        self._pending = dict.fromkeys(self._keys, ctx)
        self._fill(self._keys[max(0, self.tabs.currentIndex())])
        self._filler.start()
        self.facts.setVisible(True)
        self.rule.setVisible(True)
        self.sections.setVisible(True)
        self.tabs.setVisible(True)
        return True

    def lock_home_state(self, reason: str) -> None:
        """The administrator set the home state for this computer: it cannot be changed."""
        self._locked_reason = reason
        self._apply_lock()

    def warm_up_steps(self) -> Iterator[None]:
        """Fill every tab once with a rehearsal occupation, one widget per step: the window
        runs the steps in idle time, so the first profile a student opens does not wait
        for pyqtgraph plots to be made or for what Qt does only the first time."""
        yield  # the pane itself was one step
        try:
            ctx = make_context(self.data, REHEARSAL_CODE, self.catalog)
        except ProfileError:
            return
        for key, page in self._pages.items():
            if self.code is not None:
                return
            yield from self._rehearse(page, key, ctx)
        self._apply_lock()

    # -- what tests and the State Data wiring use -------------------------------------

    def page(self, key: str) -> SectionPage:
        """The tab of section `key` ("pay"), filled for the occupation shown."""
        self._fill(key)
        return self._pages[key]

    @property
    def pages(self) -> dict[str, SectionPage]:
        """Every tab by section key, each filled for the occupation shown."""
        for key in list(self._pending):
            self._fill(key)
        return self._pages

    def fill_pending(self) -> bool:
        """True when every tab is filled for the occupation shown."""
        return not self._pending

    @property
    def states(self) -> StateTab:
        """The State Data explorer (there once an occupation has been shown)."""
        widget = self.page("states").widgets["explorer"]
        assert isinstance(widget, StateTab)
        return widget

    def _rehearse(self, page: SectionPage, key: str, ctx: SectionContext) -> Iterator[None]:
        for _step in page.fill_steps(build_section(key, ctx)):
            if self.code is not None:
                return
            yield

    def _fill(self, key: str) -> None:
        """Fill one tab for the occupation shown, if it is not filled yet."""
        ctx = self._pending.pop(key, None)
        if ctx is not None:
            self._pages[key].show_section(build_section(key, ctx))
            if key == "states":
                self._apply_lock()

    def _lay_out_unseen(self, page: SectionPage) -> None:
        """Lay out and draw a hidden tab once, off screen, at the size it will be shown:
        the text layouts, chart axes and scene updates its first showing would do then
        are done now, in idle time, so switching to it only paints."""
        shown = self.tabs.currentWidget()
        if page is shown or shown is None or not self.isVisible():
            return
        page.resize(shown.size())
        page.grab()  # sizes settle (pending resizes are sent), text is laid out
        panels = page.findChildren(ChartPanel)
        for panel in panels:
            panel.lay_out_unseen()  # charts place their values for that size
        if panels:
            page.grab()  # and their axes and scenes are brought up to date

    def showEvent(self, event: QShowEvent) -> None:
        """Shown again: fill in idle time what is still waiting."""
        super().showEvent(event)
        if self._pending:
            self._filler.start()

    def _tab_shown(self, index: int) -> None:
        if 0 <= index < len(self._keys):
            self._fill(self._keys[index])

    def _fill_next(self) -> None:
        """Fill the next tab in idle time: one a turn, once charts need no waiting."""
        if not self._pending or not self.isVisible():
            return  # a hidden pane fills nothing in idle time (showEvent starts again)
        if self._charts_ready():
            key = next(iter(self._pending))
            self._fill(key)
            self._lay_out_unseen(self._pages[key])
        if self._pending:
            self._filler.start()

    def _apply_lock(self) -> None:
        widget = self._pages["states"].widgets.get("explorer")
        if self._locked_reason and isinstance(widget, StateTab):
            widget.lock_home_state(self._locked_reason)
