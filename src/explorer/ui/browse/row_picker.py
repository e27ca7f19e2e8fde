"""Which result row is picked: the row the student moves to opens, and the highlighted row
is always the profile shown.

A click or an arrow key that moves the current row opens that row once the
moves pause (ROW_PAUSE_MS), so arrowing through rows opens only the last; the
program's own moves (a new search's first row, the row of a profile opened
elsewhere) open nothing; Ctrl or Shift only extends the selection (batch
reports). A new search's first row is current, where Down and Enter go, but
not highlighted until it is open.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QTableView

from explorer.ui.browse.results_model import CODE_ROLE, ResultsModel, ResultsProxy

ROW_PAUSE_MS = 150


class RowPicker(QObject):
    """Watches `table` (over `proxy` of `model`); emits `open_requested` with the code of
    the row the student picked, once their moves pause."""

    open_requested = Signal(str)

    def __init__(self, table: QTableView, proxy: ResultsProxy, model: ResultsModel) -> None:
        super().__init__(table)
        self.table, self.proxy, self.model = table, proxy, model
        self._automatic = False  # True while the program itself moves the current row
        self._chosen: str | None = None
        self.pause = QTimer(self)
        self.pause.setSingleShot(True)
        self.pause.setInterval(ROW_PAUSE_MS)
        self.pause.timeout.connect(self._open_chosen)
        table.selectionModel().currentRowChanged.connect(self._row_chosen)

    @contextmanager
    def program_moves(self) -> Iterator[None]:
        """Moves of the current row made inside this block open nothing."""
        self._automatic = True
        try:
            yield
        finally:
            self._automatic = False

    def point_at_first_row(self) -> None:
        """A new list: row 0 is current (Down and Enter go there), highlighted only once
        it is open."""
        with self.program_moves():
            self.table.clearSelection()
            self.table.selectionModel().setCurrentIndex(
                self.proxy.index(0, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )

    def pick(self, row: int) -> None:
        """The student went to `row` (Down from the search box): highlight it and open
        it once the moves pause."""
        with self.program_moves():
            self.table.selectRow(row)
        self._chosen = str(self.proxy.index(row, 0).data(CODE_ROLE) or "") or None
        self.pause.start()

    def show_open(self, code: str) -> None:
        """The window opened `code`: highlight its row if the list has it, else none."""
        source_row = self.model.row_of(code)
        index = (
            self.proxy.mapFromSource(self.model.index(source_row, 0))
            if source_row is not None
            else QModelIndex()
        )
        with self.program_moves():
            if not index.isValid():  # Down and Enter go to the first row again
                self.table.clearSelection()
                self.table.selectionModel().clearCurrentIndex()
            elif not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
                self.table.selectRow(index.row())

    def cancel(self) -> None:
        """Forget a row about to open (the student did something else)."""
        self.pause.stop()

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """The student moved the current row (a click, an arrow key): open it once the
        moves pause. Not for the program's own moves, nor while extending a selection."""
        extend = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        if (
            self._automatic
            or not current.isValid()
            or not self.table.hasFocus()
            or QApplication.keyboardModifiers() & extend
        ):
            return
        self._chosen = str(current.data(CODE_ROLE) or "") or None
        self.pause.start()

    def _open_chosen(self) -> None:
        if self._chosen:
            self.open_requested.emit(self._chosen)
