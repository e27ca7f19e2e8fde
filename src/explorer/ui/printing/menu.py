"""The File menu's printing: which occupations a Print or Export is about, and when it can run.

PrintMenu makes the File menu's Print, Print Preview, Export PDF and Save as
Web Page actions (for the open profile) and Print Selected / Export Selected /
Save Selected as Web Page (for the occupations selected in the results, or in
the recent list when it had the focus last), enables each only when it has
something to print, and hands the codes to ReportActions, which asks the
questions and does the work.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QMenu, QWidget

from explorer.data.catalog import OccupationSummary
from explorer.data.repository import CareerData
from explorer.ui.browse.results_model import CODE_ROLE
from explorer.ui.printing.actions import ReportActions

ACTION_TIPS = {
    "print": "Print the open profile",
    "preview": "See the open profile as it will print",
    "export": "Save the open profile as a PDF",
    "print_selected": "Print the occupations selected in the results (or in the recent "
    "list) in one document",
    "export_selected": "Save the occupations selected in the results (or in the recent "
    "list) as one PDF",
    "web": "Save the open profile as a web page a screen reader can read",
    "web_selected": "Save the occupations selected in the results (or in the recent "
    "list) as one web page a screen reader can read",
}


class PrintMenu(QObject):
    """The printing actions of the File menu; `open_code()` gives the open profile's code,
    `views` are the item views (results first) whose selection Print Selected uses."""

    def __init__(
        self,
        data: CareerData,
        settings: QSettings,
        window: QWidget,
        catalog: Sequence[OccupationSummary],
        open_code: Callable[[], str | None],
        views: Sequence[QAbstractItemView],
    ) -> None:
        super().__init__(window)
        self.reports = ReportActions(data, settings, window, catalog)
        self._open_code = open_code
        self._views = list(views)
        self._selection_source = self._views[0]
        for view in self._views:
            view.installEventFilter(self)  # the one focused last gives "selected occupations"
            view.selectionModel().selectionChanged.connect(self.update)
        self.print_action = self._action(
            "&Print…",
            "print",
            self.reports.print_reports,
            self.open_codes,
            QKeySequence.StandardKey.Print,
        )
        self.preview_action = self._action(
            "Print Pre&view…", "preview", self.reports.preview_reports, self.open_codes
        )
        self.export_action = self._action(
            "&Export PDF…",
            "export",
            self.reports.export_pdf,
            self.open_codes,
            # Not Ctrl+E: in a Linux line edit that is "end of line", so it did nothing
            # while the search box had the cursor.
            QKeySequence("Ctrl+Shift+E"),
        )
        self.print_selected_action = self._action(
            "Print &Selected Occupations…",
            "print_selected",
            partial(self.reports.print_reports, pdf="Export Selected as PDF"),
            self.selected_codes,
        )
        self.export_selected_action = self._action(
            "Export Se&lected as PDF…",
            "export_selected",
            self.reports.export_pdf,
            self.selected_codes,
        )
        self.web_action = self._action(
            "Save as &Web Page…", "web", self.reports.save_web_page, self.open_codes
        )
        self.web_selected_action = self._action(
            "Save Selected as Web Pa&ge…",
            "web_selected",
            self.reports.save_web_page,
            self.selected_codes,
        )

    def _action(
        self,
        text: str,
        name: str,
        run: Callable[[list[str]], object],
        codes: Callable[[], list[str]],
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = QAction(text, self, enabled=False)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(ACTION_TIPS[name])
        action.triggered.connect(lambda _checked=False: run(codes()))
        return action

    def add_to(self, menu: QMenu) -> None:
        """Put the actions in the File menu, re-checking them each time it opens."""
        # A new search empties the selection without a selectionChanged; look again.
        menu.aboutToShow.connect(self.update)
        menu.addActions(
            [self.print_action, self.preview_action, self.export_action, self.web_action]
        )
        menu.addSeparator()
        menu.addActions(
            [self.print_selected_action, self.export_selected_action, self.web_selected_action]
        )

    def open_codes(self) -> list[str]:
        """The open profile's code, or nothing."""
        code = self._open_code()
        return [code] if code else []

    def selected_codes(self) -> list[str]:
        """The occupations selected in the results, top to bottom, or in the recent list
        when it had the focus last (or when only it has a selection)."""
        for view in dict.fromkeys([self._selection_source, *self._views]):
            rows = sorted(view.selectionModel().selectedRows(), key=QModelIndex.row)
            codes = [str(code) for index in rows if (code := index.data(CODE_ROLE))]
            if codes:
                return codes
        return []

    def update(self, *_args: object) -> None:
        """Enable each action only when it has something to print."""
        is_open = bool(self.open_codes())
        for action in (self.print_action, self.preview_action, self.export_action):
            action.setEnabled(is_open)
        self.web_action.setEnabled(is_open)
        any_selected = any(view.selectionModel().hasSelection() for view in self._views)
        self.print_selected_action.setEnabled(any_selected)
        self.export_selected_action.setEnabled(any_selected)
        self.web_selected_action.setEnabled(any_selected)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Remember which view had the focus last."""
        if event.type() == QEvent.Type.FocusIn and watched in self._views:
            self._selection_source = watched
        return super().eventFilter(watched, event)
