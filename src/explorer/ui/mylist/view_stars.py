"""A star in every row of a list or table of occupations (results, Similar Occupations,
quiz matches), kept in step with My list.

`install_stars(view, controller)` gives the view's title column a StarDelegate,
which draws the star (filled or hollow, the shape not only the colour) as the
cell's decoration for any row carrying a code (CODE_ROLE): a click on the star
toggles it without opening or selecting the row; Space toggles the current row's
(except straight after a letter: typing a title to find its row keeps its spaces).
The row's accessible description says what Space does ("Add Registered Nurses to
My list"), through the model's `star_words` hook (ResultsModel, MatchesModel).
On `starred(code)`, each view repaints only the star cells of that code's rows
among those it shows (no model reset, no whole repaint), so every star follows a
click within a frame.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QElapsedTimer,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from explorer.ui.browse.results_model import CODE_ROLE
from explorer.ui.mylist.controller import MyListController
from explorer.ui.mylist.star import star_icon

_ANY_INDEX = QModelIndex | QPersistentModelIndex


class StarDelegate(QStyledItemDelegate):
    """Draws a row's star as its title cell's decoration."""

    def __init__(self, controller: MyListController, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._controller = controller
        self._view = view
        self.side = round(view.fontMetrics().height() * 1.1)
        self._one_line = isinstance(view, QTableView)

    def initStyleOption(self, option: QStyleOptionViewItem, index: _ANY_INDEX) -> None:
        super().initStyleOption(option, index)
        code = index.data(CODE_ROLE)
        if not code:
            return
        ratio = self._view.devicePixelRatioF()
        option.icon = star_icon(self._controller.contains(str(code)), self.side, ratio)
        option.decorationSize = QSize(self.side, self.side)
        option.decorationPosition = QStyleOptionViewItem.Position.Left
        # Beside a one-line title; at the first line of a two-line entry (quiz matches).
        vertical = Qt.AlignmentFlag.AlignVCenter if self._one_line else Qt.AlignmentFlag.AlignTop
        option.decorationAlignment = Qt.AlignmentFlag.AlignLeft | vertical
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration

    def star_rect(self, index: QModelIndex) -> QRect:
        """Where the star of a row is drawn, in the view's viewport (empty if none)."""
        if not index.data(CODE_ROLE):
            return QRect()
        option = QStyleOptionViewItem()
        option.initFrom(self._view)
        option.rect = self._view.visualRect(index)
        self.initStyleOption(option, index)
        style = self._view.style() or QApplication.style()
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemDecoration, option, self._view)
        return rect.adjusted(-3, -3, 3, 3)  # a finger's margin around it


class _StarEvents(QObject):
    """A view's clicks on stars and its Space key, turned into toggles."""

    def __init__(
        self,
        view: QAbstractItemView,
        delegate: StarDelegate,
        controller: MyListController,
        column: int,
    ) -> None:
        super().__init__(view)
        self._view, self._delegate, self._controller = view, delegate, controller
        self._column = column
        self._pressed = QPersistentModelIndex()
        self._typed = QElapsedTimer()

    def _star_at(self, event: QMouseEvent) -> QModelIndex | None:
        position = event.position().toPoint()
        index = self._view.indexAt(position)
        if index.isValid() and index.column() != self._column:
            index = index.siblingAtColumn(self._column)
        if index.isValid() and self._delegate.star_rect(index).contains(position):
            return index
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            assert isinstance(event, QMouseEvent)
            index = self._star_at(event)
            if index is not None and event.button() == Qt.MouseButton.LeftButton:
                self._pressed = QPersistentModelIndex(index)
                return True  # neither selects nor opens the row
        elif kind == QEvent.Type.MouseButtonRelease and self._pressed.isValid():
            assert isinstance(event, QMouseEvent)
            index = self._star_at(event)
            pressed, self._pressed = self._pressed, QPersistentModelIndex()
            if index is not None and QPersistentModelIndex(index) == pressed:
                self._controller.toggle(str(index.data(CODE_ROLE)))
            return True
        elif kind == QEvent.Type.KeyPress and watched is self._view:
            assert isinstance(event, QKeyEvent)
            typing = self._typed.isValid() and self._typed.elapsed() < (
                QApplication.keyboardInputInterval()
            )
            if event.key() == Qt.Key.Key_Space and not event.modifiers() and not typing:
                code = self._view.currentIndex().data(CODE_ROLE)
                if code:
                    self._controller.toggle(str(code))
                    return True
            elif event.text().strip():
                self._typed.start()  # a title typed to find a row: its spaces are its own
        return False


def _repaint_stars(view: QAbstractItemView, column: int, code: str) -> None:
    """Ask for a repaint of the star cells of code's rows in view ("": the whole view)."""
    viewport = view.viewport()
    if not view.isVisible():
        return  # painted afresh when shown
    if not code:
        viewport.update()
        return
    model = view.model()
    rows = model.rowCount()
    first = view.indexAt(QPoint(1, 1)).row()
    last = view.indexAt(QPoint(1, viewport.height() - 2)).row()
    for row in range(max(first, 0), (last if last >= 0 else rows - 1) + 1):
        index = model.index(row, column)
        if index.data(CODE_ROLE) == code:
            viewport.update(view.visualRect(index))


def install_stars(
    view: QAbstractItemView, controller: MyListController, column: int = 0
) -> StarDelegate:
    """Stars in view's column (the title), following and changing My list."""
    delegate = StarDelegate(controller, view)
    view.setItemDelegateForColumn(column, delegate)
    events = _StarEvents(view, delegate, controller, column)
    view.viewport().installEventFilter(events)
    view.installEventFilter(events)
    controller.starred.connect(lambda code: _repaint_stars(view, column, code))
    model = view.model()
    source = getattr(model, "sourceModel", lambda: model)()
    for each in (model, source):
        if hasattr(each, "star_words"):
            each.star_words = controller.star_words
    return delegate
