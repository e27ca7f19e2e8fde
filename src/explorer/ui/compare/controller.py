"""CompareController: the "Compare" action and the comparison window.

The action (Go ▸ Compare selected, Ctrl+Shift+C, and the results' context menu)
is enabled while two to four occupations are selected in the results (the same keys
with another number selected say so in the status bar);
open_codes builds the comparison (profile.compare, with the student's home
state) and shows it in the one comparison window, made on first use.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QTableView, QWidget

from explorer.data.catalog import OccupationSummary
from explorer.data.repository import CareerData
from explorer.profile.compare import MAX_CAREERS, MIN_CAREERS
from explorer.ui.announce import tell
from explorer.ui.browse.results_model import CODE_ROLE

if TYPE_CHECKING:  # made on first use: the window, its charts and the rows wait till then
    from explorer.ui.compare.window import CompareWindow

STATUS_TIP = "Compare the 2 to 4 occupations selected in the results side by side"


class CompareController(QObject):
    """Owns the Compare action and the comparison window."""

    def __init__(
        self,
        data: CareerData,
        catalog: Mapping[str, OccupationSummary],
        table: QTableView,
        home_state: Callable[[], object],
        paper: Callable[[], str],
        open_profile: Callable[[str], object],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._data, self._catalog, self._table = data, catalog, table
        self._home_state, self._paper, self._open_profile = home_state, paper, open_profile
        self._parent = parent
        self.window: CompareWindow | None = None
        self.action = QAction("&Compare selected", self, shortcut=QKeySequence("Ctrl+Shift+C"))
        self.action.setStatusTip(STATUS_TIP)
        self.action.setEnabled(False)
        self.action.triggered.connect(lambda: self.open_codes(self.selected_codes()))
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        table.addAction(self.action)
        table.selectionModel().selectionChanged.connect(self.update)
        # The same keys while Compare is greyed out say why, rather than nothing.
        self._why_not = QShortcut(QKeySequence("Ctrl+Shift+C"), table)
        self._why_not.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._why_not.activated.connect(self._explain)

    def selected_codes(self) -> list[str]:
        """The codes selected in the results, top to bottom."""
        rows = sorted(self._table.selectionModel().selectedRows(), key=QModelIndex.row)
        return [str(index.data(CODE_ROLE)) for index in rows]

    def update(self, *_args: object) -> None:
        """Enable Compare for two to four selected occupations."""
        count = len(self._table.selectionModel().selectedRows())
        self.action.setEnabled(MIN_CAREERS <= count <= MAX_CAREERS)
        self._why_not.setEnabled(not self.action.isEnabled())

    def _explain(self) -> None:
        """Ctrl+Shift+C with fewer than two or more than four selected: say so."""
        count = len(self._table.selectionModel().selectedRows())
        text = (
            f"Select two to four occupations to compare ({count} selected);"
            " Ctrl+click or Shift+click selects more than one."
        )
        if isinstance(self._parent, QMainWindow):
            tell(self._parent.statusBar(), text)

    def open_codes(self, codes: Sequence[str]) -> bool:
        """Show the comparison of codes; False (and nothing shown) for a wrong number of
        codes or an unknown one."""
        from explorer.profile.compare import CompareError, build_comparison
        from explorer.ui.compare.window import CompareWindow

        try:
            comparison = build_comparison(
                self._data, list(codes), self._catalog, str(self._home_state() or "") or None
            )
        except CompareError:
            return False
        if self.window is None:
            from explorer.reports import page_setup

            self.window = CompareWindow(page_setup(self._data), self._paper(), self._parent)
            self.window.open_requested.connect(self._open)
        self.window.paper = self._paper()
        self.window.set_comparison(comparison)
        if not self.window.isVisible():
            self.window.show()
            self.window.place()
        _bring_forward(self.window)
        return True

    def _open(self, code: str) -> None:
        """A career's name clicked: its profile in the main window, brought forward."""
        self._open_profile(code)
        _bring_forward(self._parent)


def _bring_forward(widget: QWidget) -> None:
    """Raise and activate a window (the offscreen platform, of tests and the lab check,
    cannot raise one and warns)."""
    if QGuiApplication.platformName() != "offscreen":
        widget.raise_()
    widget.activateWindow()
