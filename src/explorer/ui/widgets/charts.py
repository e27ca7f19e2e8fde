"""Charts drawn with pyqtgraph from ChartData, each with a "show as table" view.

ChartGraph is the graph class (Orange3's habit: a PlotWidget with a small
`set_data` API that tests can inspect); ChartPanel (chart_panel.py) puts a
title, the graph or its table, the source line and any notes together. Colours are the Okabe-Ito
palette, distinct for colour-blind readers; every bar carries its value, so
nothing depends on colour or hovering.
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    Qt,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPen,
    QTransform,
)
from PySide6.QtWidgets import (
    QWidget,
)

from explorer.profile.chart_data import ChartData, format_value
from explorer.ui.widgets.chart_style import LONG_LABEL, PALETTE

# pyqtgraph's exit clean-up walks every graphics item at interpreter exit; with
# PySide6 6.12 that crashes the interpreter (none_dealloc) after a clean run.
# Bars need no antialiasing (the line turns it on for itself), and painting is faster.
pg.setConfigOptions(exitCleanup=False, antialias=False)

_ANY_INDEX = QModelIndex | QPersistentModelIndex


Bar = tuple[float, float, float, float, str]  # x0, y0, x1, y1 in data coordinates, colour
Label = tuple[float, float, str, float, float]  # x, y, text, anchor x, anchor y


class ChartItem(pg.GraphicsObject):
    """The bars and every text of a chart, painted by one graphics item.

    One item that is updated in place is far cheaper than a pyqtgraph item per
    bar and per label, and it never leaves items behind when a profile is
    replaced by the next. Texts keep their pixel size whatever the scale; a
    label's anchor works as in pg.TextItem: (0, 0.5) puts its left middle at x, y.
    """

    def __init__(self) -> None:
        super().__init__()
        self.bars: list[Bar] = []
        self.labels: list[Label] = []
        self.font = QFont()
        #: Indices into bars of values at BLS's top-coding cap: painted hatched.
        self.capped: set[int] = set()

    def set_content(
        self, bars: list[Bar], labels: list[Label], font: QFont, capped: set[int] | None = None
    ) -> None:
        """Replace what the item paints; capped bars (indices) are hatched."""
        self.prepareGeometryChange()
        self.bars, self.labels, self.font = bars, labels, font
        self.capped = capped or set()
        self.update()

    def boundingRect(self) -> QRectF:
        view = self.getViewBox()
        return view.viewRect() if view is not None else QRectF()

    def paint(self, painter: QPainter, *_args: object) -> None:
        transform = painter.transform()
        outline = QPen(QColor("#222"))
        outline.setCosmetic(True)
        painter.setPen(outline)
        for index, (x0, y0, x1, y1, colour) in enumerate(self.bars):
            rect = QRectF(QPointF(x0, y0), QPointF(x1, y1)).normalized()
            if index in self.capped:  # "or more": a hatched bar, the true value above it
                painter.setBrush(QColor("white"))
                painter.drawRect(rect)
                painter.setBrush(QBrush(QColor(colour), Qt.BrushStyle.BDiagPattern))
            else:
                painter.setBrush(QColor(colour))
            painter.drawRect(rect)
        painter.resetTransform()
        painter.setFont(self.font)
        painter.setPen(QColor("#111"))
        for rect, text in self.placed(transform):
            painter.drawText(rect, text)
        painter.setTransform(transform)

    def placed(self, transform: QTransform) -> list[tuple[QRectF, str]]:
        """Where each label is painted (in the pixels transform maps to) and its text.

        Left-aligned texts are cut short at the chart's right edge; a centred one that
        would cross the left or right edge (the first and last point of a line) is
        moved in, so "$72,040" over the last year is not cut to "$72,04".
        """
        metrics = QFontMetricsF(self.font)
        view = self.getViewBox()
        edges = (
            (
                transform.map(view.viewRect().topLeft()).x(),
                transform.map(view.viewRect().topRight()).x(),
            )
            if view is not None
            else (-1e9, 1e9)
        )
        placed = []
        for x, y, label, anchor_x, anchor_y in self.labels:
            point = transform.map(QPointF(x, y))
            text = label
            if anchor_x == 0:
                text = metrics.elidedText(
                    label, Qt.TextElideMode.ElideRight, edges[1] - point.x() - 8
                )
            width, height = metrics.horizontalAdvance(text), metrics.height()
            # A text at a bar's end keeps a small gap from it, on whichever side it is.
            left = (
                point.x() - anchor_x * width + (4 if anchor_x == 0 else -4 if anchor_x == 1 else 0)
            )
            if anchor_x != 0 and width + 4 < edges[1] - edges[0]:
                left = min(max(left, edges[0] + 2), edges[1] - width - 2)
            top = (
                point.y() - anchor_y * height + (2 if anchor_y == 0 else -2 if anchor_y == 1 else 0)
            )
            placed.append((QRectF(left, top, width + 2, height), text))
        return placed


class ValueAxis(pg.AxisItem):
    """An axis whose numbers are written with thousands separators (40,000 not 40000),
    never scaled: pyqtgraph's automatic prefix labelled the axis of a single industry's
    bar "Industry (x0.001)"."""

    def __init__(self, orientation: str) -> None:
        super().__init__(orientation)
        self.enableAutoSIPrefix(False)

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        if spacing >= 1:
            return [f"{value * scale:,.0f}" for value in values]
        return super().tickStrings(values, scale, spacing)


class ChartGraph(pg.PlotWidget):
    """A bar or line chart of one ChartData; `bars` and `labels` are kept for tests."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            parent,
            background="w",
            axisItems={"left": ValueAxis("left"), "bottom": ValueAxis("bottom")},
        )
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.chart: ChartData | None = None
        self.bars: list[list[Bar]] = []
        self.labels: list[str] = []
        self.setMinimumHeight(180)
        self._item = ChartItem()
        self._line = pg.PlotDataItem(antialias=True)  # the only curve: smooth it alone
        self._message = pg.TextItem(color="#111", anchor=(0.5, 0.5))
        for item in (self._item, self._line, self._message):
            self.addItem(item)
        for axis in ("left", "bottom"):
            self.getAxis(axis).setPen(pg.mkPen("#333"))
            self.getAxis(axis).setTextPen(pg.mkPen("#222"))

    def set_data(self, chart: ChartData) -> None:
        """Draw chart, replacing what was there (the items are reused, not rebuilt)."""
        self.chart, self.bars, self.labels = chart, [], []
        self._item.set_content([], [], self._label_font())
        self._line.setData([], [])
        self._line.setVisible(False)
        self._message.setVisible(False)
        for axis in ("left", "bottom"):
            # A chart before (an empty one, or bars the other way round) may have hidden
            # the numbers or fixed the ticks: every chart starts from automatic ticks.
            self.getAxis(axis).setTicks(None)
            self.getAxis(axis).setStyle(showValues=True)
        if chart.is_empty():
            self._draw_nothing(chart)
        elif chart.kind == "line":
            self._draw_line(chart)
        else:
            self._draw_bars(chart)

    def _draw_bars(self, chart: ChartData) -> None:
        horizontal = any(len(c) > LONG_LABEL for c in chart.categories)
        texts: list[Label] = []
        rects: list[Bar] = []
        capped: set[int] = set()
        drawn = chart.drawn_series()
        count = max(len(drawn), 1)
        width = (0.45 if horizontal else 0.7) / count
        positions = list(range(len(chart.categories)))
        ticks = [[(i, _wrap(c)) for i, c in enumerate(chart.categories)]]
        for index, series in enumerate(drawn):
            offset = (index - (count - 1) / 2) * width
            shown = [
                (p + offset, v)
                for p, v in zip(positions, series.values, strict=True)
                if v is not None
            ]
            kept = [p for p, v in zip(positions, series.values, strict=True) if v is not None]
            capped.update(len(rects) + n for n, p in enumerate(kept) if series.is_at_least(p))
            colour = PALETTE[index % len(PALETTE)]
            half = width / 2
            series_bars: list[Bar] = [
                (0, where - half, value, where + half, colour)
                if horizontal
                else (where - half, 0, where + half, value, colour)
                for where, value in shown
            ]
            if series_bars:
                self.bars.append(series_bars)
                rects.extend(series_bars)
            for position, value in zip(positions, series.values, strict=True):
                text = chart.bar_label(series, position)
                self.labels.append(text)
                below = value is not None and value < 0  # a decline: its text beyond its end
                if horizontal:
                    texts.append((value or 0, position + offset, text, 1 if below else 0, 0.5))
                else:
                    texts.append((position + offset, value or 0, text, 0.5, 0 if below else 1))
        category_axis, value_axis = ("left", "bottom") if horizontal else ("bottom", "left")
        if horizontal:
            # Long names go above their bars, where they have the whole width.
            self.getAxis("left").setTicks([[]])
            self.getAxis("left").setStyle(showValues=False)
            self.getAxis("left").setWidth(self.fontMetrics().height() + 8)
            for position, category in enumerate(chart.categories):
                texts.append((0, position - width * count / 2, category, 0, 1))
        else:
            self.getAxis("left").setStyle(showValues=True)
            self._fit_value_axis(chart)
            self.getAxis(category_axis).setTicks(ticks)
        self.setLabel(category_axis, chart.category_axis)
        self.setLabel(value_axis, chart.value_axis)
        self._item.set_content(rects, texts, self._label_font(), capped)
        values = [v for s in drawn for v in s.values if v is not None]
        low, high = min([0.0, *values]), max([0.0, *values])
        span = (high - low) or 1.0
        room = 0.3 if len(drawn) == len(chart.series) else 0.6  # longer labels
        # Room beyond the bars for their values' text, on each side they grow to.
        value_range = (low - 0.15 * span if low < 0 else 0, high + room * span)
        if horizontal:
            self.setXRange(*value_range, padding=0)
            self.setYRange(-0.75, len(positions) - 0.4, padding=0)
            self.getViewBox().invertY(True)
        else:
            self.getViewBox().invertY(False)
            self.setYRange(*value_range, padding=0)
            self.setXRange(-0.6, len(positions) - 0.4, padding=0)

    def _draw_line(self, chart: ChartData) -> None:
        self.getViewBox().invertY(False)
        texts: list[Label] = []
        x = list(range(len(chart.categories)))
        for index, series in enumerate(chart.series[:1]):  # one line per chart, reused
            y = [math.nan if v is None else v for v in series.values]
            color = PALETTE[index % len(PALETTE)]
            self._line.setData(
                x,
                y,
                pen=pg.mkPen(color, width=2.5),
                symbol="o",
                symbolSize=8,
                # A value at BLS's top-coding cap is a hollow point ("or more").
                symbolBrush=[pg.mkBrush("w" if series.is_at_least(i) else color) for i in x],
                connect="finite",
            )
            self._line.setVisible(True)
            crowded = self._crowded(chart, series.values)
            for position, value in zip(x, series.values, strict=True):
                text = chart.value_text(series, position)
                self.labels.append(text)
                if value is not None and (not crowded or position in crowded):
                    texts.append((position, value, text, 0.5, 1.5))
        self._item.set_content([], texts, self._label_font())
        self.getAxis("bottom").setTicks([[(i, c) for i, c in enumerate(chart.categories)]])
        self.getAxis("left").setStyle(showValues=True)
        self._fit_value_axis(chart)
        self.setLabel("bottom", chart.category_axis)
        self.setLabel("left", chart.value_axis)
        values = [v for s in chart.series for v in s.values if v is not None]
        if values:
            span = (max(values) - min(values)) or max(values) or 1
            self.setYRange(min(values) - 0.15 * span, max(values) + 0.25 * span, padding=0)
        self.setXRange(-0.5, max(len(x) - 0.5, 0.5), padding=0)

    def _crowded(self, chart: ChartData, values: tuple[float | None, ...]) -> set[int]:
        """When the values would overlap, the points that keep theirs: the first, the
        last, the lowest and the highest (the table lists them all). Empty: room for all."""
        metrics = QFontMetricsF(self._label_font())
        widest = max(
            (
                metrics.horizontalAdvance(format_value(v, chart.unit))
                for v in values
                if v is not None
            ),
            default=0.0,
        )
        room = (self.width() - self.getAxis("left").width() - 20) / max(len(values), 1)
        if widest + 6 <= room:
            return set()
        shown = [i for i, v in enumerate(values) if v is not None]
        if not shown:
            return set()
        low = min(shown, key=lambda i: values[i] or 0)
        high = max(shown, key=lambda i: values[i] or 0)
        return {shown[0], shown[-1], low, high}

    def _label_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(self.font().pointSizeF(), 9.0))
        return font

    def _draw_nothing(self, chart: ChartData) -> None:
        """No figure was published: say so where the chart would be, never draw zeros."""
        self.getAxis("left").setStyle(showValues=False)
        self.getAxis("bottom").setStyle(showValues=False)
        self.getAxis("left").setTicks([[]])
        self.getAxis("bottom").setTicks([[]])
        self.setLabel("left", "")
        self.setLabel("bottom", "")
        reason = chart.notes[0] if chart.notes else "BLS did not publish these figures."
        self._message.setText(f"Not available. {reason}")
        self._message.setTextWidth(max(self.width() - 60, 260))
        self._message.setPos(0.5, 0.5)
        self._message.setVisible(True)
        self.getViewBox().invertY(False)
        self.setXRange(0, 1, padding=0)
        self.setYRange(0, 1, padding=0)
        self.labels.append("not available")

    def _fit_value_axis(self, chart: ChartData) -> None:
        """Make the left axis wide enough for its numbers and its title."""
        values = [abs(v) for s in chart.drawn_series() for v in s.values if v is not None] or [0]
        sample = f"{max(values) * 1.3:,.0f}"
        metrics = self.fontMetrics()
        self.getAxis("left").setWidth(metrics.horizontalAdvance(sample) + metrics.height() + 16)


def _wrap(text: str, width: int = 28) -> str:
    """Break a long category name over two lines at a space."""
    if len(text) <= width or " " not in text:
        return text
    cut = text.rfind(" ", 0, width)
    cut = cut if cut > 0 else text.find(" ")
    rest = text[cut + 1 :]
    return text[:cut] + "\n" + (rest if len(rest) <= width else rest[: width - 1] + "…")
