"""Fit a table's columns to its width, whatever the screen: nothing clipped, nothing lost.

The first column (an occupation's name) takes the room that is left, and a
name too long for it is elided on screen but whole in its tooltip and for a
screen reader (the model's data). Every other column is as wide as its
heading and its widest expected value, so a heading is never elided. When the
table is too narrow for all of them, columns hide in a set order (least
needed first) and come back as the table widens. The heading's context menu
(right-click) lists every column: a student can bring one back, or hide one,
and that choice is kept while the program runs.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView, QMenu, QStyle, QTableView

from explorer.ui.widgets.sort_keys import fill_sort_menu

#: Room beyond a heading's own size hint, so a rounding never elides it.
HEADING_PADDING = 4
#: Room beside a value for the cell margins.
VALUE_PADDING = 12
#: A column with no sample is measured over at most this many rows.
MEASURED_ROWS = 100
#: The essential columns keep a table as wide as they need at up to this font size; at a
#: larger one (18 points on a 1024-pixel screen, issue 17 item 8) no wider than they
#: would at this size, so they may hide like the rest rather than push the window wider.
NORMAL_POINTS = 9.0  # the default font (as window_fit.FILTERS_FONT_POINTS)


class FittedColumns(QObject):
    """Keeps `table`'s columns fitted to its width (see the module docstring).

    `samples` gives, per column, the widest value expected (measured with the
    table's font; a column without one is measured over the rows it shows).
    `hide_order` lists the columns to hide first when room is short.
    `name_sample` sets how narrow the first column may become to make room for
    the `essential` first columns to keep, `comfortable_name` for any further one;
    the table is never narrower than the first `in_view` of them (all by default)."""

    def __init__(
        self,
        table: QTableView,
        samples: Mapping[int, str],
        hide_order: Sequence[int],
        name_sample: str = "Nurse Midwives",
        comfortable_name: str = "Licensed Practical and Licensed",
        essential: int = 2,
        in_view: int | None = None,
    ) -> None:
        super().__init__(table)
        self.table = table
        self.samples = dict(samples)
        self.hide_order = list(hide_order)
        self.name_sample = name_sample
        self.comfortable_name = comfortable_name
        self.essential = essential
        #: How many of the essential columns set the table's minimum width (all, unless a
        #: narrow pane may hide them too, as a large font's can: issue 17 item 8).
        self.in_view = essential if in_view is None else in_view
        #: Columns with nothing to show at the moment (the program's choice).
        self.unavailable: set[int] = set()
        #: The student's choices from the heading's menu.
        self.chosen_hidden: set[int] = set()
        self.chosen_shown: set[int] = set()
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._menu)
        header.setToolTip("Right-click to choose which columns to show")
        table.viewport().installEventFilter(self)
        model = table.model()
        model.headerDataChanged.connect(self.fit)
        model.modelReset.connect(self.fit)

    def set_available(self, column: int, available: bool) -> None:
        """Say whether a column has anything to show now (e.g. why a result matched,
        only while searching); an unavailable column stays hidden."""
        if available:
            self.unavailable.discard(column)
        else:
            self.unavailable.add(column)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Fit again whenever the table's viewport changes size."""
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def width_needed(self, column: int) -> int:
        """The width a column needs for its heading and its widest value, unelided (the
        sample given, else the widest value of a short table's rows)."""
        metrics = self.table.fontMetrics()
        if column in self.samples:
            texts = self.samples[column].split("\n")
        else:
            model = self.table.model()
            rows = min(model.rowCount(), MEASURED_ROWS)
            texts = [str(model.index(row, column).data() or "") for row in range(rows)]
        widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
        return max(self._heading_width(column), widest + VALUE_PADDING)

    def name_width(self) -> int:
        """The narrowest the first column may be."""
        return self._name_width(self.name_sample)

    def _name_width(self, sample: str) -> int:
        advance = self.table.fontMetrics().horizontalAdvance(sample)
        return max(self._heading_width(0), advance + VALUE_PADDING)

    def _heading_width(self, column: int) -> int:
        return heading_width(self.table, column)

    def fit(self, *_args: object) -> None:
        """Show the columns that fit, in order of need, each wide enough to read."""
        columns = range(1, self.table.model().columnCount())
        budget = self.table.viewport().width() - self.name_width()
        keep_order = [c for c in columns if c not in self.hide_order] + list(
            reversed(self.hide_order)
        )
        wanted = [c for c in keep_order if c not in self.unavailable | self.chosen_hidden]
        wanted.sort(key=lambda c: c not in self.chosen_shown)  # the student's picks first
        self._keep_essentials_in_view(wanted[: self.in_view])
        shown: set[int] = set()
        room = True  # once a column does not fit, the less needed ones stay out too
        # Past the first `essential` columns, a column shows only if the names keep a
        # comfortable width: most titles whole beats one more figure.
        comfort = self._name_width(self.comfortable_name) - self.name_width()
        for place, column in enumerate(wanted):
            width = self.width_needed(column)
            extra = comfort if place >= self.essential else 0
            room = room and width + extra <= budget
            if room or column in self.chosen_shown:
                shown.add(column)
                budget -= width
                self.table.setColumnWidth(column, width)
        for column in columns:
            hidden = column not in shown
            if self.table.isColumnHidden(column) != hidden:
                self.table.setColumnHidden(column, hidden)

    def _keep_essentials_in_view(self, essentials: list[int]) -> None:
        """The table is never narrower than its names and first columns: a splitter or a
        small screen cannot squeeze out, say, the pay and growth of the results (at a
        font larger than NORMAL_POINTS, only as wide as at that size)."""
        table = self.table
        scroll_bar = table.verticalScrollBar().sizeHint().width()
        width = self.name_width() + sum(self.width_needed(c) for c in essentials)
        width += scroll_bar + 2 * table.frameWidth()
        points = table.font().pointSizeF()
        if points > NORMAL_POINTS:  # a large font: no more room than at a normal one
            width = round(width * NORMAL_POINTS / points)
        if table.minimumWidth() != width:
            table.setMinimumWidth(width)

    def hidden_for_room(self) -> list[int]:
        """Columns hidden only because the table is too narrow for them."""
        return [
            c
            for c in range(1, self.table.model().columnCount())
            if self.table.isColumnHidden(c) and c not in self.unavailable | self.chosen_hidden
        ]

    def choose(self, column: int, shown: bool) -> None:
        """The student shows or hides a column from the heading's menu."""
        (self.chosen_shown if shown else self.chosen_hidden).add(column)
        (self.chosen_hidden if shown else self.chosen_shown).discard(column)
        self.fit()

    def _menu(self, position: QPoint) -> None:
        menu = QMenu(self.table)
        model = self.table.model()
        for column in range(1, model.columnCount()):
            if column in self.unavailable:
                continue
            heading = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            action = menu.addAction(heading)
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(column))
            action.toggled.connect(lambda on, c=column: self.choose(c, on))
        if self.table.isSortingEnabled():  # the same sorts as Ctrl+Shift+S, by heading
            fill_sort_menu(menu.addMenu("Sort by"), self.table)
        menu.exec(self.table.horizontalHeader().mapToGlobal(position))


def heading_width(table: QTableView, column: int) -> int:
    """A heading's words (its longest line), its margins and room for the sort arrow.
    Worked out here: QHeaderView's own hint differs for a hidden column, which would
    make the columns flicker in and out."""
    header = table.horizontalHeader()
    heading = str(table.model().headerData(column, Qt.Orientation.Horizontal) or "")
    font = header.font()
    font.setBold(True)  # some styles draw the sorted column's heading in bold
    metrics = QFontMetrics(font)
    words = max(metrics.horizontalAdvance(line) for line in heading.split("\n"))
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    return words + 3 * margin + arrow + HEADING_PADDING


class SharedRoom(QObject):
    """Two columns share the room the others leave, half each, but the `first` (which
    stretches) is never narrower than its heading while the `second` can give way: a
    large font in a narrow pane (issue 17 item 8) keeps "Occupation" whole."""

    def __init__(self, table: QTableView, first: int, second: int) -> None:
        super().__init__(table)
        self.table, self.first, self.second = table, first, second
        header = table.horizontalHeader()
        header.setSectionResizeMode(first, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(second, QHeaderView.ResizeMode.Interactive)
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Share the room again whenever the table's viewport changes size."""
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        """Give the second column its share (see the class docstring)."""
        table = self.table
        others = sum(
            table.columnWidth(c)
            for c in range(table.model().columnCount())
            if c not in (self.first, self.second) and not table.isColumnHidden(c)
        )
        room = table.viewport().width() - others
        share = min(room // 2, room - heading_width(table, self.first))
        table.setColumnWidth(self.second, max(share, heading_width(table, self.second)))
