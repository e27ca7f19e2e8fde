"""Charts for paper: ChartData drawn with QPainter as vectors, sharp at any resolution.

The screen draws with pyqtgraph; paper needs something simpler and sharper
that reads in black and white: dark bars with a black outline, a hatched
second series, a cross-hatched dashed bar or a hollow point for a wage at BLS's
top-coding cap ("or more"), every value written beside its bar, and the axis titles, the
source and the notes in the chart's own rectangle. Sizes are in points and
scaled to the device, so the same chart fits a 300 dpi printer and a PDF. The value
axis and where each value goes follow profile.chart_layout, as on screen; the three
kinds of plot are drawn in chart_plots.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen

from explorer.profile.chart_data import ChartData
from explorer.reports import chart_plots
from explorer.reports.chart_plots import SMALL_PT, TEXT_PT, horizontal, row_points, wide

__all__ = ["ChartPainter", "Drawn", "height_in_points", "horizontal", "wide"]

#: Fills that stay apart in grey: a dark blue, then a light orange hatched; a comparison's
#: third and fourth careers get a mid green hatched the other way and a light grey grid.
FILLS = (
    ("#1f4e79", Qt.BrushStyle.SolidPattern),
    ("#f4b183", Qt.BrushStyle.BDiagPattern),
    ("#548235", Qt.BrushStyle.FDiagPattern),
    ("#7f7f7f", Qt.BrushStyle.CrossPattern),
)
TITLE_PT = 9.0


def height_in_points(chart: ChartData, width_pt: float) -> float:
    """How tall the chart is drawn at a width, in points, notes included."""
    characters_per_line = max(width_pt / (SMALL_PT * 0.5), 1)
    lines = 1 + sum(1 + int(len(note) / characters_per_line) for note in chart.notes)
    if chart.is_empty():
        return TITLE_PT * 1.6 + 34 + lines * SMALL_PT * 1.4
    if horizontal(chart):  # the rows, the axis's numbers and its title
        body = len(chart.categories) * row_points(chart) + 14 + SMALL_PT * 1.5
    elif chart.kind == "bar" and len(chart.drawn_series()) > 1:
        body = 145.0  # values side by side may be turned up their bars: room for them
    else:
        body = 100.0
    key = 12 if len(chart.drawn_series()) > 1 else 0
    return TITLE_PT * 1.6 + key + body + lines * SMALL_PT * 1.4 + 4


@dataclass
class Drawn:
    """What the last chart drawn put on the page, in device pixels, for tests: each
    value's text and box, each bar, and the value axis (its values and where they are)."""

    labels: list[tuple[str, QRectF, bool]] = field(default_factory=list)
    bars: list[QRectF] = field(default_factory=list)
    #: The value axis: (lowest value, highest value, position of the lowest, of the highest).
    axis: tuple[float, float, float, float] | None = None
    #: The numbers written along the value axis, with their positions.
    ticks: list[tuple[str, float]] = field(default_factory=list)


class ChartPainter:
    """Draws one ChartData into a rectangle of a QPainter whose device has `dpi`."""

    def __init__(self, painter: QPainter, dpi: float) -> None:
        self.painter = painter
        self.scale = dpi / 72.0  # device pixels per point
        self.drawn = Drawn()

    def _font(self, points: float, bold: bool = False) -> QFont:
        """The painter's font at a size in points."""
        font = QFont(self.painter.font())
        font.setPointSizeF(points)
        font.setBold(bold)
        return font

    def _metrics(self, points: float) -> QFontMetricsF:
        """Font metrics at a size, in the device's pixels."""
        return QFontMetricsF(self._font(points), self.painter.device())

    def _text(
        self,
        rect: QRectF,
        text: str,
        points: float,
        flags: Qt.AlignmentFlag,
        bold: bool = False,
        colour: str = "#000",
    ) -> QRectF:
        """Write text wrapped in rect; the rectangle it took."""
        self.painter.setFont(self._font(points, bold))
        self.painter.setPen(QColor(colour))
        bounds = self.painter.boundingRect(rect, int(flags | Qt.TextFlag.TextWordWrap), text)
        self.painter.drawText(rect, int(flags | Qt.TextFlag.TextWordWrap), text)
        return bounds

    def _value(self, box: QRectF, text: str, points: float, turned: bool = False) -> None:
        """A value's text centred in its box, turned to read upwards where asked."""
        p = self.painter
        p.setFont(self._font(points))
        p.setPen(QColor("#000"))
        centre = int(Qt.AlignmentFlag.AlignCenter)
        if turned:
            p.save()
            p.translate(box.center())
            p.rotate(-90)
            p.drawText(
                QRectF(-box.height() / 2, -box.width() / 2, box.height(), box.width()), centre, text
            )
            p.restore()
        else:
            p.drawText(box, centre, text)
        self.drawn.labels.append((text, QRectF(box), turned))

    def draw(self, chart: ChartData, rect: QRectF) -> None:
        """Draw chart inside rect (device pixels)."""
        p, pt = self.painter, self.scale
        self.drawn = Drawn()
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        title = self._text(rect, chart.title, TITLE_PT, Qt.AlignmentFlag.AlignLeft, bold=True)
        footer = [chart.source, *(chart.notes[1:] if chart.is_empty() else chart.notes)]
        metrics = self._metrics(SMALL_PT)
        footer_height = (
            sum(
                metrics.boundingRect(
                    QRectF(0, 0, rect.width(), 1e6).toRect(), int(Qt.TextFlag.TextWordWrap), line
                ).height()
                for line in footer
            )
            + 4 * pt
        )
        plot = QRectF(
            rect.left(),
            title.bottom() + 4 * pt,
            rect.width(),
            rect.bottom() - footer_height - title.bottom() - 6 * pt,
        )
        if chart.is_empty():
            reason = chart.notes[0] if chart.notes else "BLS did not publish these figures."
            p.setPen(QPen(QColor("#555"), 0.5 * pt))
            p.setBrush(Qt.BrushStyle.NoBrush)
            box = QRectF(plot.left(), plot.top(), plot.width(), min(plot.height(), 34 * pt))
            p.drawRect(box)
            self._text(
                box.adjusted(6 * pt, 4 * pt, -6 * pt, -4 * pt),
                f"Not available. {reason}",
                TEXT_PT,
                Qt.AlignmentFlag.AlignVCenter,
            )
        elif chart.kind == "line":
            chart_plots.line(self, chart, plot)
        elif horizontal(chart):
            chart_plots.bars_lying(self, chart, plot)
        else:
            chart_plots.bars_standing(self, chart, plot)
        top = rect.bottom() - footer_height + 2 * pt
        for line in footer:
            top = self._text(
                QRectF(rect.left(), top, rect.width(), rect.bottom() - top),
                line,
                SMALL_PT,
                Qt.AlignmentFlag.AlignLeft,
            ).bottom()
        p.restore()

    def _bar(self, bar: QRectF, index: int, capped: bool = False) -> None:
        """One bar; a capped one (a value at BLS's top-coding cap, "or more") is
        cross-hatched with a dashed outline, open towards the higher true value."""
        colour, style = FILLS[index % len(FILLS)]
        pen = QPen(QColor("#000"), 0.5 * self.scale)
        if capped:
            pen.setStyle(Qt.PenStyle.DashLine)
            style = Qt.BrushStyle.DiagCrossPattern
        self.painter.setPen(pen)
        self.painter.setBrush(QBrush(QColor(colour), style))
        self.painter.drawRect(bar)
        self.drawn.bars.append(QRectF(bar))

    def _key(self, chart: ChartData, rect: QRectF) -> float:
        """A key naming each drawn series, when there is more than one; its height."""
        series = chart.drawn_series()
        if len(series) < 2:
            return 0.0
        pt, x = self.scale, rect.left()
        for index, s in enumerate(series):
            self._bar(QRectF(x, rect.top() + 1 * pt, 8 * pt, 7 * pt), index)
            width = self._text(
                QRectF(x + 11 * pt, rect.top(), rect.width(), 10 * pt),
                s.name,
                TEXT_PT,
                Qt.AlignmentFlag.AlignLeft,
            ).width()
            x += width + 22 * pt
        self.drawn.bars.clear()  # the key's swatches are not bars of the chart
        return 12 * pt

    def _axis_titles(self, chart: ChartData, plot: QRectF, body: QRectF) -> None:
        """The category axis's title under the plot, the value axis's up its left side."""
        pt = self.scale
        if chart.category_axis:
            self._text(
                QRectF(
                    body.left(),
                    plot.bottom() - SMALL_PT * 1.5 * pt,
                    body.width(),
                    SMALL_PT * 1.5 * pt,
                ),
                chart.category_axis,
                SMALL_PT,
                Qt.AlignmentFlag.AlignHCenter,
            )
        self.painter.save()
        self.painter.translate(plot.left(), plot.bottom())
        self.painter.rotate(-90)
        self.painter.setFont(self._font(SMALL_PT))
        self.painter.setPen(QColor("#000"))
        self.painter.drawText(
            QRectF(0, 0, plot.height(), 11 * pt),
            int(Qt.AlignmentFlag.AlignHCenter),
            chart.value_axis,
        )
        self.painter.restore()
