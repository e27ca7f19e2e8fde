"""The My list panel under Recently viewed: the careers a student starred, with notes.

A table (MyListModel: occupation, note, day added) and a row of buttons. Enter or a
double-click on a title opens the profile; the note is edited in place (double-click
it, or F2) and kept as typed, a key at a time; rows move by drag and drop, by Move
up / Move down or Alt+Up / Alt+Down, and a click on a heading puts the whole list in
that column's order (again: the other way). Delete or Remove takes a career off.
Compare opens two to four selected careers side by side, where the window has a
comparison (MainWindow.open_comparison); otherwise the button stays disabled.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from explorer.ui.mylist.controller import MyListController
from explorer.ui.mylist.model import NOTE_COLUMN, MyListModel
from explorer.ui.widgets.fitted_columns import SharedRoom
from explorer.ui.widgets.flow_layout import FlowLayout

_ANY_INDEX = QModelIndex | QPersistentModelIndex
#: How many careers a comparison shows side by side.
COMPARE_MIN, COMPARE_MAX = 2, 4
EMPTY_TEXT = "Press a star ☆ beside a career, or Ctrl+D in its profile, to keep it here."


class NoteDelegate(QStyledItemDelegate):
    """A one-line editor for a note whose every key is kept (not only on Enter)."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: _ANY_INDEX
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setAccessibleName("Note")
        editor.setPlaceholderText("Your note")
        editor.textEdited.connect(lambda _text: self.commitData.emit(editor))
        return editor


class MyListPanel(QWidget):
    """The heading, the list and its buttons; the controller does every change."""

    def __init__(self, controller: MyListController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.model = MyListModel(controller, self)
        self.table = QTableView()
        self.table.setObjectName("myListTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName("My list")
        self.table.setItemDelegateForColumn(NOTE_COLUMN, NoteDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setTabKeyNavigation(False)
        # A narrow pane: titles and notes wrap to two lines (every row as tall: measuring
        # each row's text again at every star made starring slow); the rest is in the tooltip.
        self.table.setWordWrap(True)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().lineSpacing() * 2 + 8)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.verticalHeader().hide()
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setDragDropOverwriteMode(False)
        self.table.setDropIndicatorShown(True)
        header = self.table.horizontalHeader()
        self.shared = SharedRoom(self.table, 0, 1)  # titles and notes, half each
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(False)
        header.sectionClicked.connect(self._sort)
        self._sorted: tuple[int, bool] | None = None
        self.table.activated.connect(self._activated)
        self.table.installEventFilter(self)

        self.empty = QLabel(EMPTY_TEXT)
        self.empty.setWordWrap(True)
        self.up_button = self._button("Up", "Move up (Alt+Up)", lambda: self._move(-1))
        self.down_button = self._button("Down", "Move down (Alt+Down)", lambda: self._move(1))
        self.remove_button = self._button("Remove", "Remove from My list (Delete)", self.remove)
        self.compare_button = self._button("Compare", "", self._compare)
        self._compare_with: Callable[[list[str]], object] | None = None
        buttons = FlowLayout(spacing=6)  # onto two rows in a narrow pane (a large font)
        for button in (self.up_button, self.down_button, self.remove_button, self.compare_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._update)
        self._update()

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setAccessibleName(name or text)
        button.setToolTip(name or text)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # -- what the window connects ---------------------------------------------------------

    def set_compare(self, compare: Callable[[list[str]], object] | None) -> None:
        """Where Compare sends the selected codes (None: the window has no comparison)."""
        self._compare_with = compare
        self._update()

    def selected_codes(self) -> list[str]:
        """The selected careers, in the list's order."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.code(row) for row in rows]

    def remove(self) -> None:
        """Take the selected careers off the list (the one with the cursor when none is)."""
        codes = self.selected_codes() or self._current_codes()
        row = min((self.model.row_of(c) or 0 for c in codes), default=0)
        for code in codes:
            self.controller.remove(code)
        if self.model.rowCount():
            self._select(self.model.code(min(row, self.model.rowCount() - 1)))

    # -- inside --------------------------------------------------------------------------

    def _current_codes(self) -> list[str]:
        index = self.table.currentIndex()
        return [self.model.code(index.row())] if index.isValid() else []

    def _move(self, offset: int) -> None:
        codes = self.selected_codes() or self._current_codes()
        if len(codes) != 1:
            return
        self.controller.move(codes[0], offset)
        self._select(codes[0])

    def _select(self, code: str) -> None:
        row = self.model.row_of(code)
        if row is None:
            return
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.selectRow(row)

    def _sort(self, column: int) -> None:
        descending = self._sorted == (column, False)
        self._sorted = (column, descending)
        self.controller.sort_by(column, descending)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid() and index.column() != NOTE_COLUMN:
            self.controller.open_requested.emit(self.model.code(index.row()))

    def _compare(self) -> None:
        codes = self.selected_codes()
        if self._compare_with is not None and COMPARE_MIN <= len(codes) <= COMPARE_MAX:
            self._compare_with(codes)

    def _update(self, *_args: object) -> None:
        count = self.model.rowCount()
        self.empty.setVisible(count == 0)
        selected = len(self.selected_codes())
        one = selected == 1 or (selected == 0 and self.table.currentIndex().isValid())
        self.up_button.setEnabled(one and count > 1)
        self.down_button.setEnabled(one and count > 1)
        self.remove_button.setEnabled(count > 0 and (selected > 0 or one))
        can_compare = self._compare_with is not None
        self.compare_button.setEnabled(can_compare and COMPARE_MIN <= selected <= COMPARE_MAX)
        tip = (
            f"Compare the {selected} selected careers side by side"
            if self.compare_button.isEnabled()
            else "Select two to four careers (Ctrl+click) to compare them side by side"
            if can_compare
            else "Comparing careers side by side is not in this version yet"
        )
        self.compare_button.setToolTip(tip)
        self.compare_button.setAccessibleDescription(tip)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Alt+Up / Alt+Down move the career with the cursor; Delete removes it."""
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key, modifiers = event.key(), event.modifiers()
            if modifiers == Qt.KeyboardModifier.AltModifier and key in (
                Qt.Key.Key_Up,
                Qt.Key.Key_Down,
            ):
                self._move(-1 if key == Qt.Key.Key_Up else 1)
                return True
            if (
                key == Qt.Key.Key_Delete
                and not modifiers
                and self.table.state() != QAbstractItemView.State.EditingState
            ):
                self.remove()
                return True
        return super().eventFilter(watched, event)
