"""Sorting a table from the keyboard: a "Sort by" menu on Ctrl+Shift+S and the menu key.

Clicking a heading sorts a QTableView, and nothing else does: a student who
cannot use a mouse could not sort at all. `add_sort_keys` gives a sortable
table a menu listing every shown column, each "ascending" and "descending",
and "Original order": opened with Ctrl+Shift+S or the menu key (Shift+F10)
while the table has the focus, or by right-clicking in it. The same entries
can be added to another menu (the results' heading menu) with `fill_sort_menu`.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu, QTableView

#: The keys that open a table's Sort by menu (besides the menu key).
SORT_KEYS = "Ctrl+Shift+S"


def fill_sort_menu(menu: QMenu, table: QTableView) -> None:
    """Add a sort entry per shown column and direction, and "Original order", to menu."""
    model, header = table.model(), table.horizontalHeader()
    for column in range(model.columnCount()):
        if table.isColumnHidden(column):
            continue
        heading = " ".join(str(model.headerData(column, Qt.Orientation.Horizontal) or "").split())
        for order, words in (
            (Qt.SortOrder.AscendingOrder, "ascending"),
            (Qt.SortOrder.DescendingOrder, "descending"),
        ):
            action = menu.addAction(f"{heading}, {words}")
            action.setCheckable(True)
            action.setChecked(
                header.sortIndicatorSection() == column and header.sortIndicatorOrder() == order
            )
            action.triggered.connect(
                lambda _checked=False, c=column, o=order: table.sortByColumn(c, o)
            )
    original = menu.addAction("Original order")
    original.triggered.connect(lambda: table.sortByColumn(-1, Qt.SortOrder.AscendingOrder))


def sort_menu(table: QTableView) -> QMenu:
    """A new "Sort by" menu for table."""
    menu = QMenu("Sort by", table)
    menu.setAccessibleName(f"Sort {table.accessibleName()} by")
    fill_sort_menu(menu, table)
    return menu


def add_sort_keys(table: QTableView) -> None:
    """Let the keyboard (Ctrl+Shift+S, the menu key) and a right-click sort table."""

    def show(position: QPoint | None = None) -> None:
        if position is None:
            current = table.visualRect(table.currentIndex())
            position = current.bottomLeft() if current.isValid() else QPoint(0, 0)
        menu = sort_menu(table)
        menu.exec(table.viewport().mapToGlobal(position))
        menu.deleteLater()

    shortcut = QShortcut(QKeySequence(SORT_KEYS), table)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(show)
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    table.customContextMenuRequested.connect(show)
    description = table.accessibleDescription()
    hint = f"{SORT_KEYS} or the menu key: sort by a column"
    table.setAccessibleDescription(f"{description}. {hint}" if description else hint)
