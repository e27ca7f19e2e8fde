"""Recently viewed profiles and back/forward, like a web browser.

RecentController owns the History, the Recent menu, the list of recent
profiles under the filters (a QListView on a QStandardItemModel) and the Back
and Forward actions. It never shows a profile itself: it emits
`open_requested(code, remember)`, and the window calls `visited` once a
profile is on screen.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QModelIndex, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QApplication, QListView, QMenu, QWidget

from explorer.data.catalog import OccupationSummary
from explorer.ui import settings as user_settings
from explorer.ui.browse.history import History
from explorer.ui.browse.results_model import CODE_ROLE


class RecentController(QObject):
    """History, the Recent menu and list, Back and Forward; `open_requested(code, remember)`
    asks the window to show a profile (remember is False when going back or forward)."""

    open_requested = Signal(str, bool)

    def __init__(
        self, settings: QSettings, by_code: Mapping[str, OccupationSummary], window: QWidget
    ) -> None:
        super().__init__(window)
        self.settings = settings
        self._by_code = by_code
        self.history = History()
        self.recent_menu = QMenu("&Recent", window)
        self.recent_model = QStandardItemModel(self)
        self.recent_list = QListView()
        self.recent_list.setModel(self.recent_model)
        self.recent_list.setAccessibleName("Recently viewed occupations")
        # A long title is elided (whole in its tooltip), never a sideways scroll bar.
        self.recent_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.recent_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.recent_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Several at once for a batch report; a plain click still opens one.
        self.recent_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.recent_list.clicked.connect(self._clicked)
        self.recent_list.activated.connect(self._open_index)
        self.back_action = QAction("&Back", self, shortcut=QKeySequence("Alt+Left"), enabled=False)
        self.back_action.triggered.connect(self.go_back)
        self.forward_action = QAction(
            "&Forward", self, shortcut=QKeySequence("Alt+Right"), enabled=False
        )
        self.forward_action.triggered.connect(self.go_forward)
        self.fill()

    def visited(self, code: str, remember: bool = True) -> None:
        """A profile is on screen: record it (in the history too when `remember`)."""
        if remember:
            self.history.visit(code)
        self.fill(user_settings.remember_recent(self.settings, code))
        self.back_action.setEnabled(self.history.can_go_back())
        self.forward_action.setEnabled(self.history.can_go_forward())

    def go_back(self) -> None:
        """Show the previous profile."""
        code = self.history.back()
        if code:
            self.open_requested.emit(code, False)

    def go_forward(self) -> None:
        """Show the next profile again."""
        code = self.history.forward()
        if code:
            self.open_requested.emit(code, False)

    def fill(self, codes: list[str] | None = None) -> None:
        """Show the recent profiles in the Recent menu and in the list under the filters."""
        self.recent_menu.clear()
        self.recent_model.clear()
        codes = codes if codes is not None else user_settings.recent_codes(self.settings)
        for number, code in enumerate(c for c in codes if c in self._by_code):
            title = self._by_code[code].title
            action = self.recent_menu.addAction(f"&{(number + 1) % 10} {title}")
            action.triggered.connect(
                lambda _checked=False, c=code: self.open_requested.emit(c, True)
            )
            item = QStandardItem(title)
            item.setData(code, CODE_ROLE)
            item.setToolTip(f"{title} ({code})")
            self.recent_model.appendRow(item)
        self.recent_menu.setEnabled(bool(self.recent_menu.actions()))

    def _open_index(self, index: QModelIndex) -> None:
        code = index.data(CODE_ROLE)
        if code:
            self.open_requested.emit(str(code), True)

    def _clicked(self, index: QModelIndex) -> None:
        """A plain click opens the profile; Ctrl or Shift only selects, for a batch report."""
        extend = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        if not QApplication.keyboardModifiers() & extend:
            self._open_index(index)
