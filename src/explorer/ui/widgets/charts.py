"""Charts drawn with pyqtgraph from ChartData, each with a "show as table" view.

ChartGraph is the graph class (Orange3's habit: a PlotWidget with a small
`set_data` API that tests can inspect); ChartPanel (chart_panel.py) puts a
title, the graph or its table, the source line and any notes together. Colours are the Okabe-Ito
palette, distinct for colour-blind readers; every bar carries its value, so
nothing depends on colour or hovering. Where the value axis runs and where each
value goes are profile.chart_layout's rules, the same the printed report follows.
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QRectF
from PySide6.QtGui import QFont, QFontMetricsF, QShowEvent
from PySide6.QtWidgets import QWidget

from explorer.profile.chart_data import ChartData
from explorer.profile.chart_layout import lying, point_sides, value_scale
from explorer.ui.widgets.chart_item import Bar, ChartItem, Label
from explorer.ui.widgets.chart_place import Plan, Value, arrange
from explorer.ui.widgets.chart_style import colours_for
from explorer.ui.widgets.chart_wrap import height_needed, wrapped

# pyqtgraph's exit clean-up walks every graphics item at interpreter exit; with
# PySide6 6.12 that crashes the interpreter (none_dealloc) after a clean run.
# Bars need no antialiasing (the line turns it on for itself), and painting is faster.
pg.setConfigOptions(exitCleanup=False, antialias=False)

#: Pixels a tick number may reach past its axis's end ("0" and "100" at the very ends).
TICK_OVERHANG = 30


class ValueAxis(pg.AxisItem):
    """An axis whose numbers are written with thousands separators (40,000 not 40000)."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        if spacing >= 1:
            return [f"{value * scale:,.0f}" for value in values]
        return super().tickStrings(values, scale, spacing)


class ChartGraph(pg.PlotWidget):
    """A bar or line chart of one ChartData; `bars` and `labels` are kept for tests."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            parent,
            background=colours_for().background,
            axisItems={"left": ValueAxis("left"), "bottom": ValueAxis("bottom")},
        )
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.chart: ChartData | None = None
        self.bars: list[list[Bar]] = []
        self.labels: list[str] = []
        #: The height the chart's panel asks (setMinimumHeight) and the one its wrapped
        #: texts need (lying bars at a large font).
        self._floor, self._wanted = 0, 0
        self.setMinimumHeight(180)
        self._plan: Plan | None = None
        self._placing = False
        #: A chart set while hidden (another tab) is laid out when it is shown.
        self._stale = False
        self._item = ChartItem()
        self._line = pg.PlotDataItem(antialias=True)  # the only curve: smooth it alone
        self._message = pg.TextItem(anchor=(0.5, 0.5))
        for item in (self._item, self._line, self._message):
            self.addItem(item)
        self.colours = colours_for()
        self._restyle()
        for axis in ("left", "bottom"):
            self.getAxis(axis).setStyle(hideOverlappingLabels=TICK_OVERHANG)
            # No "(x0.001)" after an axis title: the numbers are written in full.
            self.getAxis(axis).enableAutoSIPrefix(False)
        # Values past a fixed axis end (100) are written in a margin outside the view,
        # kept by an empty axis on the right (lying bars) or at the top (standing ones).
        view = self.getViewBox()
        view.setFlag(view.GraphicsItemFlag.ItemClipsChildrenToShape, False)
        for side in ("right", "top"):
            self.getAxis(side).setStyle(showValues=False, tickLength=0)
            self.getAxis(side).setTicks([[]])
            self.getAxis(side).setPen(pg.mkPen(None))
        self._margin: tuple[str, int] = ("top", 0)
        view.sigResized.connect(self._place)

    def _restyle(self) -> None:
        """Take the theme's colours and the font (chart_style): background, axes, texts."""
        self.colours = colours = colours_for(self.palette())
        self.setBackground(colours.background)
        for axis in ("left", "bottom"):
            self.getAxis(axis).setPen(pg.mkPen(colours.axis))
            self.getAxis(axis).setTextPen(pg.mkPen(colours.text))
            self.getAxis(axis).setTickFont(self._label_font())
            self.getAxis(axis).label.setFont(self._label_font())
        self._message.setColor(colours.text)
        self._message.textItem.setFont(self._label_font())
        self._item.ink, self._item.paper = colours.text, colours.background

    def changeEvent(self, event: QEvent) -> None:
        """A new theme or text size: draw the chart again in its colours and font."""
        super().changeEvent(event)
        made = "colours" in self.__dict__  # (also called while pyqtgraph builds the plot)
        if made and event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._restyle()
            if self.chart is not None:
                self.set_data(self.chart)

    def set_data(self, chart: ChartData) -> None:
        """Draw chart, replacing what was there (the items are reused, not rebuilt)."""
        self.chart, self.bars, self.labels, self._plan = chart, [], [], None
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
            self._set_margin(0.0)
            self._draw_nothing(chart)
        elif chart.kind == "line":
            self._draw_line(chart)
        else:
            self._draw_bars(chart)
        self._stale = True
        if self.isVisible():
            self._place()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._place()

    def lay_out_unseen(self) -> None:
        """Lay the chart out now, at its current size, though it is not shown (the profile
        does this in idle time, so that showing its tab does not)."""
        if self._stale:
            self._place()

    def _draw_bars(self, chart: ChartData) -> None:
        horizontal = lying(chart)
        metrics = QFontMetricsF(self._label_font())
        values: list[Value] = []
        rects: list[Bar] = []
        capped: set[int] = set()
        drawn = chart.drawn_series()
        count = max(len(drawn), 1)
        width = (0.45 if horizontal else 0.7) / count
        half = width / 2
        for index, series in enumerate(drawn):
            offset = (index - (count - 1) / 2) * width
            colour = self.colours.series[index % len(self.colours.series)]
            series_bars: list[Bar] = []
            for position, value in enumerate(series.values):
                where = position + offset
                if value is not None:
                    if series.is_at_least(position):
                        capped.add(len(rects) + len(series_bars))
                    series_bars.append(
                        (0, where - half, value, where + half, colour)
                        if horizontal
                        else (where - half, 0, where + half, value, colour)
                    )
                text = chart.bar_label(series, position)
                self.labels.append(text)
                values.append(
                    Value(
                        value or 0.0,
                        where,
                        text,
                        metrics.horizontalAdvance(text) + 4,
                        metrics.height(),
                        (where - half, where + half),
                        (position - 0.5, position + 0.5),
                    )
                )
            if series_bars:
                self.bars.append(series_bars)
                rects.extend(series_bars)
        names: list[Label] = []
        category_axis, value_axis = ("left", "bottom") if horizontal else ("bottom", "left")
        if horizontal:
            # Long names go above their bars, where they have the whole width.
            self.getAxis("left").setTicks([[]])
            self.getAxis("left").setStyle(showValues=False)
            self.getAxis("left").setWidth(self.fontMetrics().height() + 8)
            height = metrics.height()
            for position, category in enumerate(chart.categories):
                box = QRectF(4, -height - 2, metrics.horizontalAdvance(category) + 4, height)
                names.append((0.0, position - width * count / 2, category, box, False))
            across = (-0.75, len(chart.categories) - 0.4)
        else:
            self.getAxis("left").setStyle(showValues=True)
            self._fit_value_axis(chart)
            ticks = [(i, _wrap(c)) for i, c in enumerate(chart.categories)]
            self.getAxis(category_axis).setTicks([ticks])
            across = (-0.6, len(chart.categories) - 0.4)
        self.setLabel(category_axis, chart.category_axis)
        self.setLabel(value_axis, chart.value_axis)
        self._item.set_content(rects, [], self._label_font(), capped)
        self.getViewBox().invertY(horizontal)
        self._plan = Plan(value_scale(chart), horizontal, across, tuple(values), tuple(names))

    def _draw_line(self, chart: ChartData) -> None:
        self.getViewBox().invertY(False)
        metrics = QFontMetricsF(self._label_font())
        values: list[Value] = []
        x = list(range(len(chart.categories)))
        for index, series in enumerate(chart.series[:1]):  # one line per chart, reused
            y = [math.nan if v is None else v for v in series.values]
            color = self.colours.series[index % len(self.colours.series)]
            self._line.setData(
                x,
                y,
                pen=pg.mkPen(color, width=2.5),
                symbol="o",
                symbolSize=8,
                symbolPen=pg.mkPen(color, width=1.5),
                # A value at BLS's top-coding cap is a hollow point ("or more").
                symbolBrush=[
                    pg.mkBrush(self.colours.background if series.is_at_least(i) else color)
                    for i in x
                ],
                connect="finite",
            )
            self._line.setVisible(True)
            sides = point_sides(series.values)
            for position, value in zip(x, series.values, strict=True):
                text = chart.value_text(series, position)
                self.labels.append(text)
                if value is not None:
                    width = metrics.horizontalAdvance(text) + 4
                    slot = (-0.5, len(x) - 0.5)  # a value may move anywhere in the plot
                    values.append(
                        Value(
                            value,
                            position,
                            text,
                            width,
                            metrics.height(),
                            None,
                            slot,
                            sides[position],
                        )
                    )
        self._item.set_content([], [], self._label_font())
        self.getAxis("left").setStyle(showValues=True)
        self._fit_value_axis(chart)
        self.setLabel("bottom", chart.category_axis)
        self.setLabel("left", chart.value_axis)
        self.setXRange(-0.5, max(len(x) - 0.5, 0.5), padding=0)
        across = (-0.5, max(len(x) - 0.5, 0.5))
        self._plan = Plan(value_scale(chart), False, across, tuple(values), (), line=True)

    def _place(self) -> None:
        """Set the value range and put every value where chart_layout says, for the
        graph's size now (again whenever it is resized: the rules work in pixels)."""
        plan = self._plan
        if plan is None or self._placing:
            return
        self._placing, self._stale = True, False
        try:
            size = self.getViewBox().size()
            # Before its first layout the view has no size yet: lay out for a usual one.
            wide, tall = max(size.width(), 200.0), max(size.height(), 120.0)
            margin = float(self._item.margin[0 if plan.horizontal else 1])
            if plan.horizontal:  # long names and values wrap (a large font), never cut short
                plan = wrapped(
                    plan, QFontMetricsF(self._label_font()), wide + margin, self._end(plan)
                )
                self._ask_height(plan, size.height())
            layout, labels = arrange(plan, wide, tall, margin, self._end(plan))
            if plan.line and self.chart is not None:
                self._year_ticks(self.chart.categories, wide)
            view, value_range = self.getViewBox(), (layout.low, layout.high)
            if plan.horizontal:
                view.setRange(xRange=value_range, yRange=plan.across, padding=0)
            elif plan.line:  # its years were set with the line
                view.setRange(yRange=value_range, padding=0)
            else:
                view.setRange(xRange=plan.across, yRange=value_range, padding=0)
            self._set_margin(layout.margin, plan.horizontal)
            self._item.set_labels(labels, self._item.margin)
        finally:
            self._placing = False

    def setMinimumHeight(self, height: int) -> None:
        """The least height the chart's panel gives it; more if its wrapped texts need it."""
        self._floor = height
        super().setMinimumHeight(max(height, self._wanted))

    def _ask_height(self, plan: Plan, tall: float) -> None:
        """Grow (or shrink back) to the height the wrapped texts of lying bars need."""
        if tall <= 0 or self.chart is None:
            return
        series = len(self.chart.drawn_series())
        wanted = math.ceil(height_needed(plan, series) + self.height() - tall)
        if wanted != self._wanted:
            self._wanted = wanted
            super().setMinimumHeight(max(self._floor, wanted))

    def _year_ticks(self, years: tuple[str, ...], wide: float) -> None:
        """Every year under the line where they fit, else every second (third...) one,
        counted back from the latest: years written side by side never run together."""
        widest = max((self.fontMetrics().horizontalAdvance(y) for y in years), default=0)
        every = max(1, math.ceil((widest + 10) / (wide / max(len(years), 1))))
        last = len(years) - 1
        shown = [(i, y) for i, y in enumerate(years) if (last - i) % every == 0]
        self.getAxis("bottom").setTicks([shown])

    def _end(self, plan: Plan) -> float:
        """Pixels the number at the value axis's end ("100") reaches past it."""
        metrics = QFontMetricsF(self.getAxis("left").font())
        if plan.horizontal:
            return metrics.horizontalAdvance(f"{plan.scale.high:,.0f}") / 2 + 2
        return metrics.height() / 2 + 1

    def _set_margin(self, pixels: float, horizontal: bool = False) -> None:
        """Keep `pixels` past the value axis's end (right, or top) for the values there."""
        side, other = ("right", "top") if horizontal else ("top", "right")
        whole = math.ceil(pixels)
        if (side, whole) == self._margin:
            return  # as it is: no new layout for the plot
        self._margin = (side, whole)
        self.showAxis(other, False)
        if horizontal:
            self.getAxis(side).setWidth(whole)
        else:
            self.getAxis(side).setHeight(whole)
        self.showAxis(side, whole > 0)
        self._item.margin = (float(whole), 0.0) if horizontal else (0.0, float(whole))

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
