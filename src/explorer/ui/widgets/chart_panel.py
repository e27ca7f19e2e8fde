"""A chart panel: the chart's title, its graph or its numbers as a table (Ctrl+T), the
source line and the notes; where nothing was published, one line that says why."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QStackedWidget,
    QStyle,
    QTableView,
    QWidget,
)

from explorer.profile.chart_data import ChartData
from explorer.profile.chart_layout import lying
from explorer.profile.chart_words import chart_sentence
from explorer.ui.widgets.chart_table import ChartTableModel
from explorer.ui.widgets.table_panel import TablePanel

if TYPE_CHECKING:
    from explorer.ui.widgets.charts import ChartGraph

#: Room beside a figure for its cell's margins (a cell narrower elides it).
CELL_PADDING = 10


class ChartPanel(TablePanel):
    """A titled chart with its source line and notes, or its numbers as a table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._graph: ChartGraph | None = None
        self._empty = False
        self.table_model = ChartTableModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # one Tab stop; the arrows move inside
        self.table.setModel(self.table_model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setMargin(8)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # Where the graph would be: the chart's background and text colours (the theme's).
        self.empty.setAutoFillBackground(True)
        self.empty.setBackgroundRole(QPalette.ColorRole.Base)
        self.empty.setForegroundRole(QPalette.ColorRole.Text)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.body.addWidget(self.stack, 1)
        self.body.addWidget(self.source)
        self.body.addWidget(self.notes)
        QWidget.setTabOrder(self.table, self.toggle)  # the figures, then their button

    @property
    def graph(self) -> ChartGraph:
        """The graph, made on first use: a pyqtgraph plot takes about 25 ms to make, so
        the profile makes its graphs ahead of need, in idle time (see ProfileView)."""
        return self._graph if self._graph is not None else self.make_graph()

    def make_graph(self) -> ChartGraph:
        """Make the graph now, if it is not made yet."""
        if self._graph is None:
            # Imported here: pyqtgraph takes half a second to import, and a profile's
            # first tab has no chart (the warm-up imports it in a worker thread).
            from explorer.ui.widgets.charts import ChartGraph

            self._graph = graph = ChartGraph()
            # One Tab stop, the graph itself (its viewport is not a second, unnamed one),
            # in the page's order: the graph, then the button that shows its table.
            graph.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
            graph.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.stack.insertWidget(0, graph)
            self._order_tabs()
            if not self.toggle.isChecked() and self.stack.currentWidget() is not self.empty:
                self.stack.setCurrentWidget(self._graph)
        return self._graph

    def _order_tabs(self) -> None:
        """Put the graph just before its Show as table button in the Tab order: a graph
        made after the panel goes last in the window's chain, and a panel put in its page
        after its graph was made can have its order rebuilt by Qt."""
        graph = self._graph
        if graph is None or graph.nextInFocusChain() is self.toggle:
            return
        before = _focusable_before(self.toggle)
        if before is not None and before is not graph:  # Qt orders focusable widgets only
            QWidget.setTabOrder(before, graph)
        QWidget.setTabOrder(graph, self.toggle)

    def showEvent(self, event: QShowEvent) -> None:
        """Check the Tab order each time the panel is shown (see _order_tabs)."""
        super().showEvent(event)
        self._order_tabs()

    def lay_out_unseen(self) -> None:
        """Lay the graph out while its tab is hidden (see ChartGraph.lay_out_unseen)."""
        if self._graph is not None:
            self._graph.lay_out_unseen()

    def has_graph(self) -> bool:
        """Whether the graph has been made yet."""
        return self._graph is not None

    def set_chart(self, chart: ChartData) -> None:
        """Show a chart (and the same numbers in the table view)."""
        self.title.setText(f"<b>{chart.title}</b>")
        self.graph.set_data(chart)
        self.table_model.set_chart(chart)
        self.source.setText(f"<small>{chart.source}</small>")
        self.graph.setAccessibleName(f"Chart: {chart.title}")
        self.graph.setAccessibleDescription(chart_sentence(chart))
        self.table.setAccessibleName(f"Table: {chart.title}")
        self.toggle.setAccessibleName(f"Show {chart.title} as a table")
        self.toggle.setAccessibleDescription(f"Ctrl+T; the figures of the chart {chart.title}")
        self._empty = chart.is_empty()
        # Nothing to draw: one line of text says why, in place of an empty plot, and the
        # notes under it skip the reason it already gives.
        notes = chart.notes[1:] if self._empty else chart.notes
        reason = (
            chart.notes[0]
            if self._empty and chart.notes
            else ("BLS did not publish these figures.")
        )
        self.empty.setText(f"<b>Not available.</b> {reason}")
        self.empty.setAccessibleName(f"{chart.title}: not available. {reason}")
        self.notes.setText("<br>".join(f"<small>{n}</small>" for n in notes))
        self.notes.setVisible(bool(notes))
        height = max(200, 56 * len(chart.categories) + 70) if lying(chart) else 260
        self.graph.setMinimumHeight(0 if self._empty else height)
        self.show_table(self.toggle.isChecked())

    def show_table(self, as_table: bool) -> None:
        """Switch between the chart and its table."""
        if as_table:
            self.stack.setCurrentWidget(self.table)
            self.stack.setMaximumHeight(16_777_215)
        elif self._empty:
            self.stack.setCurrentWidget(self.empty)
            self.stack.setMaximumHeight(self.empty.sizeHint().height() + 8)
        else:
            self.stack.setCurrentWidget(self.graph)
            self.stack.setMaximumHeight(16_777_215)
        self.toggle.setText("Show as chart" if as_table else "Show as table")
        self.toggle.setChecked(as_table)

    def width_wanted(self) -> int:
        """The width at which the chart's table shows every heading and figure whole
        (its columns share the width equally: each as wide as the widest of them)."""
        model, metrics = self.table_model, self.table.fontMetrics()
        header = self.table.horizontalHeader()
        bold = header.font()
        bold.setBold(True)  # as a sorted column's heading may be drawn
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        widest = 0
        for column in range(model.columnCount()):
            heading = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            widest = max(widest, QFontMetrics(bold).horizontalAdvance(heading) + 2 * margin + 2)
            for row in range(model.rowCount()):
                text = str(model.index(row, column).data() or "")
                widest = max(widest, metrics.horizontalAdvance(text) + CELL_PADDING)
        return widest * model.columnCount() + 2 * self.table.frameWidth()

    def showing_table(self) -> bool:
        """Whether the table view is shown."""
        return self.stack.currentWidget() is self.table


def _focusable_before(widget: QWidget) -> QWidget | None:
    """The nearest widget before `widget` in its window's focus chain that can take focus."""
    other = widget.previousInFocusChain()
    while other is not None and other is not widget:
        if other.focusPolicy() != Qt.FocusPolicy.NoFocus and other.isWindow() is False:
            return other
        other = other.previousInFocusChain()
    return None
