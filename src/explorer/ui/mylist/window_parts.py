"""Everything My list adds to the main window, made and wired in one place.

MyListParts makes the controller (one per window), the panel and the two-button
switch it shares with Recently viewed, the File menu's actions, the star in the
profile heading, and puts stars in the results, in every occupation list a profile
makes (Similar Occupations) and in the quiz's matches when those are made. The
window keeps only a few lines: it makes this, places `lists`, adds `menu` to File,
and calls `profile_shown` after a profile opens and `close` when it closes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt, QTimer
from PySide6.QtWidgets import QMainWindow, QMessageBox, QScrollArea, QTableView, QWidget

from explorer.quiz.progress import QuizRecord
from explorer.ui import settings as user_settings
from explorer.ui.announce import tell
from explorer.ui.mylist.controller import MyListController
from explorer.ui.mylist.menu import MyListMenu
from explorer.ui.mylist.panel import MyListPanel
from explorer.ui.mylist.plan import MyPlan
from explorer.ui.mylist.side_lists import SideLists
from explorer.ui.mylist.star import StarButton
from explorer.ui.mylist.view_stars import install_stars
from explorer.ui.printing.actions import ReportActions

if TYPE_CHECKING:
    from explorer.ui.profile.pane_controller import ProfilePane
    from explorer.ui.profile.view import ProfileView
    from explorer.ui.quiz.controller import QuizController


class MyListParts(QObject):
    """My list's controller, panel, menu actions and stars, wired to the window's parts."""

    def __init__(
        self,
        window: QMainWindow,
        titles: Mapping[str, str],
        reports: ReportActions,
        pane: ProfilePane,
        quiz: QuizController,
        settings: QSettings,
        quiz_changed: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self._window, self._pane, self._quiz = window, pane, quiz
        self._settings, self._quiz_changed = settings, quiz_changed
        self.controller = MyListController(titles, self)
        self.panel = MyListPanel(self.controller)
        self.panel.set_compare(getattr(window, "open_comparison", None))
        self.menu = MyListMenu(
            self.controller,
            reports,
            window,
            pane.open_code,
            lambda: quiz.record,
            self.set_quiz_record,
            lambda text: tell(window.statusBar(), text),
        )
        self.plan = MyPlan(
            reports.data,
            self.controller,
            settings,
            window,
            lambda: quiz.record,
            self.panel.selected_codes,
            lambda text: tell(window.statusBar(), text),
        )
        self.menu.plan = self.plan.save
        self.menu.update()
        self.star = StarButton()
        self.star.clicked.connect(self.menu.toggle_open)
        self.lists = SideLists()
        self.lists.setObjectName("sideLists")
        self.controller.changed.connect(self.profile_shown)
        self.controller.changed.connect(self._name_button)
        self.controller.problem.connect(self._problem)
        pane.built.connect(self._in_profile)
        quiz.matches_made.connect(lambda view: install_stars(view, self.controller))
        if self.controller.loading_message:
            QTimer.singleShot(0, lambda: self._problem(self.controller.loading_message))

    def place(self, recent: QWidget, results: QTableView) -> SideLists:
        """Recently viewed and My list under one switch (placed by the window), and
        stars in the results."""
        self.lists.add_page(recent, "Recently viewed", "The profiles you opened last")
        self.lists.add_page(self.panel, "My list", "The careers you starred, with your notes")
        self._name_button()
        install_stars(results, self.controller)
        return self.lists

    def show_panel(self, scroll: QScrollArea) -> None:
        """Bring the panel into view in the scrolling pane, its list focused."""
        self.lists.show_page(self.panel)
        scroll.ensureWidgetVisible(self.lists)
        self.panel.table.setFocus()

    def profile_shown(self) -> None:
        """A profile opened (or the list changed): the heading's star and Ctrl+D follow."""
        code = self._pane.open_code()
        self.star.setVisible(bool(code))
        if code:
            self.star.show_state(self.controller.title(code), self.controller.contains(code))
        self.menu.update()

    def close(self) -> None:
        """The window closes: write a change still waiting."""
        if self.controller.pending():
            self.controller.flush()

    def set_quiz_record(self, record: QuizRecord) -> None:
        """A quiz record that came with an opened list: kept as this user's own."""
        self._quiz.record = record
        user_settings.quiz_record.write(self._settings, record)
        self._settings.sync()
        self._quiz_changed()

    def _in_profile(self, view: ProfileView) -> None:
        view.header.addWidget(self.star, 0, Qt.AlignmentFlag.AlignTop)
        view.list_made.connect(lambda table: install_stars(table, self.controller))

    def _name_button(self) -> None:
        count = len(self.controller.codes())
        self.lists.button(1).setText(f"My list ({count})" if count else "My list")

    def _problem(self, text: str) -> None:
        QMessageBox.warning(self._window, "My list", text)
