"""Charts for paper: ChartData drawn with QPainter as vectors, sharp at any resolution.

The screen draws with pyqtgraph; paper needs something simpler and sharper
that reads in black and white: dark bars with a black outline, a hatched
second series, a cross-hatched dashed bar or a hollow point for a wage at BLS's
top-coding cap ("or more"), every value written beside its bar, and the axis titles, the
source and the notes in the chart's own rectangle. Sizes are in points and
scaled to the device, so the same chart fits a 300 dpi printer and a PDF.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from explorer.profile.chart_data import ChartData

#: Fills that stay apart in grey: a dark blue, then a light orange hatched.
FILLS = (("#1f4e79", Qt.BrushStyle.SolidPattern), ("#f4b183", Qt.BrushStyle.BDiagPattern))
LONG_LABEL = 14
TITLE_PT, TEXT_PT, SMALL_PT = 9.0, 7.5, 6.5
BAR_PT = 7.0
NAME_SHARE = 0.42  # of a wide chart's width, for the category names


def horizontal(chart: ChartData) -> bool:
    """Long category names read better with the bars lying down, names above them."""
    return chart.kind == "bar" and any(len(c) > LONG_LABEL for c in chart.categories)


def wide(chart: ChartData) -> bool:
    """Whether the chart wants the page's whole width rather than half of it: long names
    beside their bars, or a line of many years whose values need the room."""
    if chart.kind == "line":
        return len(chart.categories) > 6
    return horizontal(chart) and any(len(c) > 30 for c in chart.categories)


def _row_points(chart: ChartData) -> float:
    """Height of one category of a lying bar chart, in points."""
    bars = len(chart.drawn_series())
    if wide(chart):  # the name beside its bars
        return max(TEXT_PT * 1.4, BAR_PT * bars) + 2.5
    return TEXT_PT * 1.3 + BAR_PT * bars + 3  # the name above its bars


def height_in_points(chart: ChartData, width_pt: float) -> float:
    """How tall the chart is drawn at a width, in points, notes included."""
    characters_per_line = max(width_pt / (SMALL_PT * 0.5), 1)
    lines = 1 + sum(1 + int(len(note) / characters_per_line) for note in chart.notes)
    if chart.is_empty():
        return TITLE_PT * 1.6 + 34 + lines * SMALL_PT * 1.4
    body = len(chart.categories) * _row_points(chart) + 14 if horizontal(chart) else 100
    key = 12 if len(chart.drawn_series()) > 1 else 0
    return TITLE_PT * 1.6 + key + body + lines * SMALL_PT * 1.4 + 4


class ChartPainter:
    """Draws one ChartData into a rectangle of a QPainter whose device has `dpi`."""

    def __init__(self, painter: QPainter, dpi: float) -> None:
        self.painter = painter
        self.scale = dpi / 72.0  # device pixels per point

    def _font(self, points: float, bold: bool = False) -> QFont:
        font = QFont(self.painter.font())
        font.setPointSizeF(points)
        font.setBold(bold)
        return font

    def _text(
        self,
        rect: QRectF,
        text: str,
        points: float,
        flags: Qt.AlignmentFlag,
        bold: bool = False,
        colour: str = "#000",
    ) -> QRectF:
        self.painter.setFont(self._font(points, bold))
        self.painter.setPen(QColor(colour))
        bounds = self.painter.boundingRect(rect, int(flags | Qt.TextFlag.TextWordWrap), text)
        self.painter.drawText(rect, int(flags | Qt.TextFlag.TextWordWrap), text)
        return bounds

    def draw(self, chart: ChartData, rect: QRectF) -> None:
        """Draw chart inside rect (device pixels)."""
        p, pt = self.painter, self.scale
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        title = self._text(rect, chart.title, TITLE_PT, Qt.AlignmentFlag.AlignLeft, bold=True)
        footer = [chart.source, *(chart.notes[1:] if chart.is_empty() else chart.notes)]
        metrics = QFontMetricsF(self._font(SMALL_PT), p.device())
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
            self._line(chart, plot)
        elif horizontal(chart):
            self._bars_lying(chart, plot)
        else:
            self._bars_standing(chart, plot)
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
        return 12 * pt

    def _bars_lying(self, chart: ChartData, plot: QRectF) -> None:
        """Horizontal bars, each with its value after it; the name beside the bars on a
        wide chart, above them on a narrow one."""
        pt, series = self.scale, chart.drawn_series()
        plot = plot.adjusted(0, self._key(chart, plot), 0, 0)
        axis_title = 12 * pt
        beside = wide(chart)
        names = plot.width() * NAME_SHARE if beside else 0.0
        body = QRectF(
            plot.left() + names, plot.top(), plot.width() - names, plot.height() - axis_title
        )
        values = [v for s in series for v in s.values if v is not None]
        high, low = max([*values, 0.0]), min([*values, 0.0])
        room = 0.62 if len(series) == len(chart.series) else 0.5  # for the value text
        step = _row_points(chart) * pt
        text_height = TEXT_PT * 1.3 * pt
        self.painter.setFont(self._font(TEXT_PT))
        metrics = QFontMetricsF(self.painter.font(), self.painter.device())
        # A value below zero (a decline) lies left of the zero line, its text before it:
        # the zero line moves right by that bar and that text.
        lead = max(
            (
                metrics.horizontalAdvance(chart.bar_label(s, row)) + 6 * pt
                for s in series
                for row, value in enumerate(s.values)
                if value is not None and value < 0
            ),
            default=0.0,
        )
        scale = (body.width() * room - lead) / ((high - low) or 1.0)
        zero = body.left() + lead + (0 - low) * scale
        for row, category in enumerate(chart.categories):
            top = body.top() + row * step
            bars_top = top + (
                max(0.0, (step - BAR_PT * pt * len(series)) / 2) if beside else text_height
            )
            name = (
                QRectF(plot.left(), top, names - 4 * pt, step)
                if beside
                else QRectF(body.left(), top, body.width(), text_height)
            )
            self.painter.setFont(self._font(TEXT_PT))
            self.painter.setPen(QColor("#000"))
            self.painter.drawText(
                name,
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                metrics.elidedText(category, Qt.TextElideMode.ElideRight, name.width()),
            )
            for index, s in enumerate(series):
                y = bars_top + index * BAR_PT * pt
                value = s.values[row]
                length = (value or 0) * scale
                if value is not None:
                    self._bar(
                        QRectF(
                            QPointF(zero, y),
                            QPointF(
                                zero + (length if abs(length) > 0.5 * pt else 0.5 * pt),
                                y + BAR_PT * pt,
                            ),
                        ).normalized(),
                        index,
                        s.is_at_least(row),
                    )
                before = value is not None and value < 0
                self._text(
                    QRectF(
                        zero + length - 3 * pt - body.width() if before else zero + length + 3 * pt,
                        y - 1 * pt,
                        body.width(),
                        BAR_PT * pt + 2 * pt,
                    ),
                    chart.bar_label(s, row),
                    TEXT_PT,
                    Qt.AlignmentFlag.AlignVCenter
                    | (Qt.AlignmentFlag.AlignRight if before else Qt.AlignmentFlag.AlignLeft),
                )
        self.painter.setPen(QPen(QColor("#000"), 0.5 * pt))
        bottom = body.top() + step * len(chart.categories)
        self.painter.drawLine(QPointF(zero, body.top()), QPointF(zero, bottom))
        self._text(
            QRectF(body.left(), bottom + 2 * pt, body.width(), axis_title),
            chart.value_axis,
            SMALL_PT,
            Qt.AlignmentFlag.AlignLeft,
        )

    def _bars_standing(self, chart: ChartData, plot: QRectF) -> None:
        """Vertical bars: names under them, values above them, the value axis titled."""
        pt, series = self.scale, chart.drawn_series()
        plot = plot.adjusted(0, self._key(chart, plot), 0, 0)
        left_title = 12 * pt
        names = 2 * TEXT_PT * 1.3 * pt + (SMALL_PT * 1.5 * pt if chart.category_axis else 0)
        body = QRectF(
            plot.left() + left_title,
            plot.top() + TEXT_PT * 1.6 * pt,
            plot.width() - left_title,
            plot.height() - names - TEXT_PT * 1.6 * pt,
        )
        values = [v for s in series for v in s.values if v is not None]
        low, high = min([*values, 0.0]), max([*values, 0.0])
        span = (high - low) or 1.0
        zero = body.bottom() - body.height() * (0 - low) / span
        slot = body.width() / max(len(chart.categories), 1)
        width = slot * 0.7 / len(series)
        for column, category in enumerate(chart.categories):
            centre = body.left() + slot * (column + 0.5)
            for index, s in enumerate(series):
                x = centre - slot * 0.35 + index * width
                value = s.values[column]
                top = zero - body.height() * (value or 0) / span
                if value is not None:
                    self._bar(
                        QRectF(QPointF(x, top), QPointF(x + width, zero)).normalized(),
                        index,
                        s.is_at_least(column),
                    )
                label_y = min(top, zero) - TEXT_PT * 1.5 * pt
                text = chart.bar_label(s, column)
                if value is None and len(series) > 1:
                    text = "n/a"  # the notes under the chart say why
                self._text(
                    QRectF(x - slot * 0.3, label_y, width + slot * 0.6, TEXT_PT * 1.5 * pt),
                    text,
                    TEXT_PT if len(series) == 1 else SMALL_PT,
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                )
            self._text(
                QRectF(centre - slot / 2, body.bottom() + 2 * pt, slot, names),
                category,
                TEXT_PT,
                Qt.AlignmentFlag.AlignHCenter,
            )
        self.painter.setPen(QPen(QColor("#000"), 0.5 * pt))
        self.painter.drawLine(QPointF(body.left(), zero), QPointF(body.right(), zero))
        self._axis_titles(chart, plot, body)

    def _axis_titles(self, chart: ChartData, plot: QRectF, body: QRectF) -> None:
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

    def _line(self, chart: ChartData, plot: QRectF) -> None:
        """A line with a dot and a value at every published year; gaps stay gaps."""
        pt = self.scale
        series = chart.drawn_series()[0]
        left_title = 12 * pt
        names = TEXT_PT * 1.4 * pt + (SMALL_PT * 1.5 * pt if chart.category_axis else 0)
        body = QRectF(
            plot.left() + left_title,
            plot.top() + TEXT_PT * 2 * pt,
            plot.width() - left_title,
            plot.height() - names - TEXT_PT * 2 * pt,
        )
        values = [v for v in series.values if v is not None]
        low, high = min(values), max(values)
        span = (high - low) or high or 1.0
        low, high = low - 0.1 * span, high + 0.1 * span
        step = body.width() / max(len(chart.categories), 1)

        def point(i: int, v: float) -> QPointF:
            return QPointF(
                body.left() + step * (i + 0.5),
                body.bottom() - body.height() * (v - low) / (high - low),
            )

        path = QPainterPath()
        drawing = False
        for i, value in enumerate(series.values):
            if value is None:
                drawing = False
                continue
            (path.lineTo if drawing else path.moveTo)(point(i, value))
            drawing = True
        self.painter.setPen(QPen(QColor(FILLS[0][0]), 1.2 * pt))
        self.painter.setBrush(Qt.BrushStyle.NoBrush)
        self.painter.drawPath(path)
        for i, value in enumerate(series.values):
            if value is not None:
                centre = point(i, value)
                if series.is_at_least(i):  # BLS's cap, "or more": a hollow point
                    self.painter.setPen(QPen(QColor(FILLS[0][0]), 0.8 * pt))
                    self.painter.setBrush(QColor("white"))
                else:
                    self.painter.setPen(Qt.PenStyle.NoPen)
                    self.painter.setBrush(QColor(FILLS[0][0]))
                self.painter.drawEllipse(centre, 1.6 * pt, 1.6 * pt)
                box = QRectF(
                    centre.x() - step / 2,
                    centre.y() - SMALL_PT * 2.2 * pt,
                    step,
                    SMALL_PT * 1.6 * pt,
                )
                self._text(
                    box, chart.value_text(series, i), SMALL_PT, Qt.AlignmentFlag.AlignHCenter
                )
            self._text(
                QRectF(body.left() + step * i, body.bottom() + 2 * pt, step, TEXT_PT * 1.4 * pt),
                chart.categories[i],
                SMALL_PT,
                Qt.AlignmentFlag.AlignHCenter,
            )
        self.painter.setPen(QPen(QColor("#000"), 0.5 * pt))
        self.painter.drawLine(body.bottomLeft(), body.bottomRight())
        self._axis_titles(chart, plot, body)
