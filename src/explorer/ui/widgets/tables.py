"""The read-only, sortable table view the profile's tabs share.

Qt model/view: a source model behind a sort proxy; the view selects whole
rows, never edits, and sorts by whatever the proxy says is the order.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from explorer.ui.widgets.sort_keys import add_sort_keys


def read_only_table(
    model: QAbstractItemModel, proxy: QSortFilterProxyModel, name: str
) -> QTableView:
    """A view of model through proxy: sortable by clicking a heading, unsorted at first,
    whole rows selected, one line a row, named `name` for screen readers."""
    proxy.setSourceModel(model)
    table = QTableView()
    table.setModel(proxy)
    table.setAccessibleName(name)
    table.setSortingEnabled(True)
    table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)  # one Tab stop; the arrows move inside
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    add_sort_keys(table)  # Ctrl+Shift+S or the menu key: sort by a column
    return table
