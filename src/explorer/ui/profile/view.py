"""The occupation profile pane: title, quick facts, then the tabs.

The window relies only on `show_occupation(code)` and the `related_requested`
signal; each tab fills itself from the Occupation the pane loads once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from explorer.data.catalog import OccupationSummary, load_catalog
from explorer.data.records import Occupation, OccupationDetails
from explorer.data.repository import CareerData
from explorer.profile.text import quick_facts, what_they_do_html
from explorer.ui.profile.similar_tab import SimilarTab
from explorer.ui.profile.state_tab import StateTab
from explorer.ui.profile.tabs import BecomeTab, OutlookTab, PayTab
from explorer.ui.profile.work_tab import WorkEnvironmentTab
from explorer.ui.widgets.charts import ChartPanel
from explorer.ui.widgets.quick_facts import QuickFacts

#: The occupation the pane fills its hidden tabs with while warming up.
REHEARSAL_CODE = "29-2072.00"


class ProfileView(QWidget):
    """Shows one occupation; links to other occupations emit `related_requested`, and the
    State Data tab's choice of home state `home_state_changed` (the abbreviation, or "")."""

    related_requested = Signal(str)

    def __init__(self, data: CareerData, catalog: list[OccupationSummary] | None = None,
                 home_state: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.code: str | None = None
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName("Occupation title")
        self.facts = QuickFacts()
        self.what = QTextBrowser()
        self.what.setOpenLinks(False)
        self.what.setAccessibleName("What they do")
        self.become = BecomeTab(data)
        self.work = WorkEnvironmentTab(data)
        self.pay = PayTab(data)
        self.outlook = OutlookTab(data)
        self.states = StateTab(data, home_state)
        self.home_state_changed = self.states.home_state_changed
        self.similar = SimilarTab(catalog if catalog is not None else load_catalog(data))
        self.similar.open_requested.connect(self.related_requested)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Profile sections")
        # Seven tabs: narrower padding than the style's, so they fit a half-screen pane.
        # On the tab bar alone: a style sheet on the tab widget would restyle every
        # widget of every tab, which tripled the time to build the pane.
        self.tabs.tabBar().setStyleSheet("QTabBar::tab { padding: 4px 7px; }")
        self.tabs.addTab(self.what, "&What They Do")
        self.tabs.addTab(self.become, "How to &Become One")
        self.tabs.addTab(self.work, "Wor&k Environment")
        self.tabs.addTab(self.pay, "&Pay")
        self.tabs.addTab(self.outlook, "O&utlook")
        self.tabs.addTab(self.states, "St&ate Data")
        self.tabs.addTab(self.similar, "&Similar Occupations")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.facts)
        layout.addWidget(self.tabs, 1)
        self.show_placeholder()

    def warm_up_steps(self) -> Iterator[None]:
        """Make the graph of every chart, then fill each tab once, one step at a time: the
        window runs the steps in idle time, so the first profile a student opens does
        not wait for them."""
        yield  # the pane itself was one step
        for panel in self.findChildren(ChartPanel):
            if not panel.has_graph():
                panel.make_graph()
                yield
        # Fill the hidden tabs once, so that the first profile a student opens does not
        # pay for what Qt and pyqtgraph do only the first time.
        rehearsal = self.data.occupation(REHEARSAL_CODE)
        details = self.data.details(REHEARSAL_CODE)
        if rehearsal is not None and details is not None:
            for fill in self._tab_fillers(rehearsal, details):
                if self.code is not None:
                    return
                fill()
                yield

    def _tab_fillers(self, occupation: Occupation,
                     details: OccupationDetails) -> list[Callable[[], None]]:
        """One call per tab that fills it for occupation."""
        return [lambda: self.what.setHtml(what_they_do_html(occupation, details)),
                lambda: self.become.show_occupation(occupation),
                lambda: self.work.show_occupation(occupation, details),
                lambda: self.pay.show_occupation(occupation),
                lambda: self.outlook.show_occupation(occupation),
                lambda: self.states.show_occupation(occupation),
                lambda: self.similar.show_occupation(occupation)]

    def show_placeholder(self) -> None:
        """What the pane says before any occupation is chosen."""
        self.code = None
        self.heading.setText("<h2>Choose an occupation</h2><p>Search or browse, then press "
                             "Enter or double-click an occupation to see what the work is, "
                             "what it pays and how many jobs there will be.</p>")
        self.facts.setVisible(False)
        self.tabs.setVisible(False)

    def show_occupation(self, code: str) -> bool:
        """Show an occupation; False if the code is unknown."""
        occupation = self.data.occupation(code)
        details = self.data.details(code)
        if occupation is None or details is None:
            return False
        self.code = code
        self.heading.setText(f"<h2>{escape(occupation.title)}</h2><p>{occupation.code} · "
                             f"{escape(occupation.major_group.title)}</p>")
        self.facts.show_facts(quick_facts(occupation, details))
        for fill in self._tab_fillers(occupation, details):
            fill()
        self.facts.setVisible(True)
        self.tabs.setVisible(True)
        return True

    def lock_home_state(self, reason: str) -> None:
        """Keep the student from changing the home state (the administrator set it)."""
        self.states.home.setEnabled(False)
        self.states.home.setToolTip(reason)
