"""The three kinds of printed plot (lying bars, standing bars, a line), drawn by a
ChartPainter on a value axis with its numbers. The axis's range and where each value
goes are profile.chart_layout's rules, the same the screen follows: from zero, to
100 for shares and ranks, values past the bars' ends, none over another."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPen

from explorer.profile.chart_data import ChartData, Series
from explorer.profile.chart_layout import (
    Layout,
    Scale,
    Tag,
    labelled_points,
    lay_out,
    lying,
    point_sides,
    tick_text,
    ticks,
    value_scale,
)

if TYPE_CHECKING:
    from explorer.reports.chart_painter import ChartPainter

#: Fills that stay apart in grey: a dark blue, then a light orange hatched.
FILLS = (("#1f4e79", Qt.BrushStyle.SolidPattern), ("#f4b183", Qt.BrushStyle.BDiagPattern))
TEXT_PT, SMALL_PT = 7.5, 6.5
BAR_PT = 7.0
NAME_SHARE = 0.42  # of a wide chart's width, for the category names
GAP_PT, PAD_PT = 2.5, 1.5  # between a bar's end and its value; around a value's text
LEFT_TITLE_PT = 12.0  # the value axis's title, turned, left of its numbers


def horizontal(chart: ChartData) -> bool:
    """Long category names read better with the bars lying down (chart_layout.lying)."""
    return lying(chart)


def wide(chart: ChartData) -> bool:
    """Whether the chart wants the page's whole width rather than half of it: long names
    beside their bars, or a line of many years whose values need the room."""
    if chart.kind == "line":
        return len(chart.categories) > 6
    return horizontal(chart) and any(len(c) > 30 for c in chart.categories)


def row_points(chart: ChartData) -> float:
    """Height of one category of a lying bar chart, in points."""
    bars = len(chart.drawn_series())
    if wide(chart):  # the name beside its bars
        return max(TEXT_PT * 1.4, BAR_PT * bars) + 2.5
    return TEXT_PT * 1.3 + BAR_PT * bars + 3  # the name above its bars


def bars_lying(cp: ChartPainter, chart: ChartData, plot: QRectF) -> None:
    """Horizontal bars, each with its value past its end; the name beside the bars on a
    wide chart, above them on a narrow one; the value axis's numbers under them."""
    pt, series = cp.scale, chart.drawn_series()
    plot = plot.adjusted(0, cp._key(chart, plot), 0, 0)
    beside = wide(chart)
    # Beside the bars the names take the left; above them, the axis's "0" needs room.
    names = plot.width() * NAME_SHARE if beside else cp._metrics(SMALL_PT).horizontalAdvance("0")
    under = 12 * pt + SMALL_PT * 1.5 * pt  # the axis's numbers and its title
    body = QRectF(plot.left() + names, plot.top(), plot.width() - names, plot.height() - under)
    step, bar = row_points(chart) * pt, BAR_PT * pt
    text_height = TEXT_PT * 1.3 * pt
    metrics = cp._metrics(TEXT_PT)
    tags: list[Tag] = []
    texts: list[str] = []
    values: list[tuple[int, Series, int, float]] = []
    for row, category in enumerate(chart.categories):
        top = body.top() + row * step
        bars_top = top + (max(0.0, (step - bar * len(series)) / 2) if beside else text_height)
        name = (
            QRectF(plot.left(), top, names - 4 * pt, step)
            if beside
            else QRectF(body.left() + 2 * pt, top, plot.right() - body.left(), text_height)
        )
        cp.painter.setFont(cp._font(TEXT_PT))
        cp.painter.setPen(QColor("#000"))
        cp.painter.drawText(
            name,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            metrics.elidedText(category, Qt.TextElideMode.ElideRight, name.width()),
        )
        for index, s in enumerate(series):
            y = bars_top + index * bar
            text = chart.bar_label(s, row)
            size = (metrics.height(), metrics.horizontalAdvance(text) + 2 * PAD_PT * pt)
            tags.append(Tag(s.values[row] or 0.0, y + bar / 2, *size, (y, y + bar)))
            texts.append(text)
            values.append((index, s, row, y))
    scale = value_scale(chart)
    end = cp._metrics(SMALL_PT).horizontalAdvance(tick_text(scale.high, 1)) / 2 + pt
    layout = lay_out(scale, tags, body.width(), GAP_PT * pt, end)
    per_unit = layout.per_unit(body.width())

    def x(value: float) -> float:
        return body.left() + (value - layout.low) * per_unit

    bottom = body.top() + step * len(chart.categories)
    for (index, s, row, y), tag, place, text in zip(
        values, tags, layout.places, texts, strict=True
    ):
        value = s.values[row]
        if value is not None:
            bar_box = QRectF(QPointF(x(0), y), QPointF(x(value), y + bar)).normalized()
            if bar_box.width() < 0.5 * pt:
                bar_box.setWidth(0.5 * pt)  # a zero is a hairline, not nothing
            cp._bar(bar_box, index, s.is_at_least(row))
        near = place.out if tag.outward > 0 else -place.out - place.along
        box = QRectF(x(tag.value) + near, place.start, place.along, place.across)
        cp._value(box, text, TEXT_PT)
    cp.painter.setPen(QPen(QColor("#000"), 0.5 * pt))
    for row in range(len(chart.categories)):  # zero beside each row's bars, not its name
        first = values[row * len(series)][3]
        cp.painter.drawLine(
            QPointF(x(0), first - pt), QPointF(x(0), first + bar * len(series) + pt)
        )
    _axis(cp, layout, QPointF(x(layout.low), bottom), QPointF(x(layout.high), bottom), False)
    cp._text(
        QRectF(body.left(), bottom + SMALL_PT * 1.5 * pt + 2 * pt, body.width(), 12 * pt),
        chart.value_axis,
        SMALL_PT,
        Qt.AlignmentFlag.AlignLeft,
    )


def bars_standing(cp: ChartPainter, chart: ChartData, plot: QRectF) -> None:
    """Vertical bars: names under them, values past their ends, the value axis's numbers
    and title on the left."""
    pt, series = cp.scale, chart.drawn_series()
    plot = plot.adjusted(0, cp._key(chart, plot), 0, 0)
    scale = value_scale(chart)
    left = LEFT_TITLE_PT * pt + _numbers_width(cp, scale)
    names = 2 * TEXT_PT * 1.3 * pt + (SMALL_PT * 1.5 * pt if chart.category_axis else 0)
    body = QRectF(plot.left() + left, plot.top(), plot.width() - left, plot.height() - names)
    slot = body.width() / max(len(chart.categories), 1)
    width = slot * 0.7 / len(series)
    points = TEXT_PT if len(series) == 1 else SMALL_PT
    metrics = cp._metrics(points)
    tags: list[Tag] = []
    texts: list[str] = []
    values: list[tuple[int, Series, int, float]] = []
    for column in range(len(chart.categories)):
        centre = body.left() + slot * (column + 0.5)
        for index, s in enumerate(series):
            x = centre - slot * 0.35 + index * width
            text = chart.bar_label(s, column)
            if s.values[column] is None and len(series) > 1:
                text = "n/a"  # the notes under the chart say why
            size = (metrics.horizontalAdvance(text) + 2 * PAD_PT * pt, metrics.height())
            room = (centre - slot / 2, centre + slot / 2)
            tags.append(Tag(s.values[column] or 0.0, x + width / 2, *size, (x, x + width), room))
            texts.append(text)
            values.append((index, s, column, x))
    end = cp._metrics(SMALL_PT).height() / 2
    layout = lay_out(scale, tags, body.height(), GAP_PT * pt, end, can_turn=True)
    per_unit = layout.per_unit(body.height())

    def y(value: float) -> float:
        return body.bottom() - (value - layout.low) * per_unit

    for (index, s, column, x), tag, place, text in zip(
        values, tags, layout.places, texts, strict=True
    ):
        value = s.values[column]
        if value is not None:
            bar = QRectF(QPointF(x, y(value)), QPointF(x + width, y(0))).normalized()
            cp._bar(bar, index, s.is_at_least(column))
        near = place.out if tag.outward > 0 else -place.out - place.along
        box = QRectF(place.start, y(tag.value) - near - place.along, place.across, place.along)
        cp._value(box, text, points, layout.turned)
    for column, category in enumerate(chart.categories):
        cp._text(
            QRectF(body.left() + slot * column, body.bottom() + 2 * pt, slot, names),
            category,
            TEXT_PT,
            Qt.AlignmentFlag.AlignHCenter,
        )
    cp.painter.setPen(QPen(QColor("#000"), 0.5 * pt))
    cp.painter.drawLine(QPointF(body.left(), y(0)), QPointF(body.right(), y(0)))
    _axis(cp, layout, QPointF(body.left(), y(layout.low)), QPointF(body.left(), y(layout.high)))
    cp._axis_titles(chart, plot, body)


def line(cp: ChartPainter, chart: ChartData, plot: QRectF) -> None:
    """A line with a dot at every published year, over an axis from zero; the value of
    every year where they fit, else of the first, last, lowest and highest."""
    pt = cp.scale
    series = chart.drawn_series()[0]
    scale = value_scale(chart)
    left = LEFT_TITLE_PT * pt + _numbers_width(cp, scale)
    names = TEXT_PT * 1.4 * pt + (SMALL_PT * 1.5 * pt if chart.category_axis else 0)
    body = QRectF(plot.left() + left, plot.top(), plot.width() - left, plot.height() - names)
    step = body.width() / max(len(chart.categories), 1)
    metrics = cp._metrics(SMALL_PT)
    texts = [chart.value_text(series, i) for i in range(len(series.values))]
    widths = [metrics.horizontalAdvance(t) + 2 * PAD_PT * pt for t in texts]
    shown = sorted(labelled_points(series.values, widths, step))
    sides = point_sides(series.values)
    room = (body.left(), body.right())
    tags = [
        Tag(
            series.values[i] or 0.0,
            body.left() + step * (i + 0.5),
            widths[i],
            metrics.height(),
            None,
            room,
            sides[i],
        )
        for i in shown
    ]
    layout = lay_out(scale, tags, body.height(), 3 * pt, metrics.height() / 2)
    per_unit = layout.per_unit(body.height())

    def point(i: int, v: float) -> QPointF:
        return QPointF(body.left() + step * (i + 0.5), body.bottom() - (v - layout.low) * per_unit)

    path = QPainterPath()
    drawing = False
    for i, value in enumerate(series.values):
        if value is None:
            drawing = False
            continue
        (path.lineTo if drawing else path.moveTo)(point(i, value))
        drawing = True
    colour = QColor(FILLS[0][0])
    cp.painter.setPen(QPen(colour, 1.2 * pt))
    cp.painter.setBrush(Qt.BrushStyle.NoBrush)
    cp.painter.drawPath(path)
    for i, value in enumerate(series.values):
        if value is not None:
            if series.is_at_least(i):  # BLS's cap, "or more": a hollow point
                cp.painter.setPen(QPen(colour, 0.8 * pt))
                cp.painter.setBrush(QColor("white"))
            else:
                cp.painter.setPen(Qt.PenStyle.NoPen)
                cp.painter.setBrush(colour)
            cp.painter.drawEllipse(point(i, value), 1.6 * pt, 1.6 * pt)
        cp._text(
            QRectF(body.left() + step * i, body.bottom() + 2 * pt, step, TEXT_PT * 1.4 * pt),
            chart.categories[i],
            SMALL_PT,
            Qt.AlignmentFlag.AlignHCenter,
        )
    for i, tag, place in zip(shown, tags, layout.places, strict=True):
        near = place.out if tag.outward > 0 else -place.out - place.along
        top = point(i, tag.value).y() - near - place.along
        cp._value(QRectF(place.start, top, place.across, place.along), texts[i], SMALL_PT)
    cp.painter.setPen(QPen(QColor("#000"), 0.5 * pt))
    cp.painter.drawLine(
        QPointF(body.left(), point(0, 0).y()), QPointF(body.right(), point(0, 0).y())
    )
    _axis(
        cp,
        layout,
        QPointF(body.left(), point(0, layout.low).y()),
        QPointF(body.left(), point(0, layout.high).y()),
    )
    cp._axis_titles(chart, plot, body)


def _numbers_width(cp: ChartPainter, scale: Scale) -> float:
    """Room for the value axis's numbers left of it: the widest they may be."""
    metrics = cp._metrics(SMALL_PT)
    high = scale.high if scale.fixed else scale.high * 1.5
    texts = [tick_text(v, 1) for v in (scale.low, high)]
    return max(metrics.horizontalAdvance(t) for t in texts) + 5 * cp.scale


def _axis(
    cp: ChartPainter, layout: Layout, start: QPointF, end: QPointF, upright: bool = True
) -> None:
    """The value axis from the lowest value (start) to the highest (end), with a few
    round numbers; upright runs up the plot's left side, else along its bottom."""
    pt, p = cp.scale, cp.painter
    p.setPen(QPen(QColor("#000"), 0.5 * pt))
    p.drawLine(start, end)
    values = ticks(layout.low, layout.high, 5 if upright else 6)
    step = values[1] - values[0] if len(values) > 1 else 1.0
    length = (end.y() - start.y()) if upright else (end.x() - start.x())
    metrics = cp._metrics(SMALL_PT)
    for value in values:
        share = (value - layout.low) / (layout.high - layout.low)
        text = tick_text(value, step)
        width = metrics.horizontalAdvance(text)
        p.setPen(QPen(QColor("#000"), 0.5 * pt))
        if upright:
            at = start.y() + share * length
            p.drawLine(QPointF(start.x() - 2 * pt, at), QPointF(start.x(), at))
            box = QRectF(
                start.x() - 3 * pt - width, at - metrics.height() / 2, width, metrics.height()
            )
        else:
            at = start.x() + share * length
            p.drawLine(QPointF(at, start.y()), QPointF(at, start.y() + 2 * pt))
            box = QRectF(at - width / 2, start.y() + 2 * pt, width, metrics.height())
        cp._text(box, text, SMALL_PT, Qt.AlignmentFlag.AlignCenter)
        cp.drawn.ticks.append((text, at))
    low_at, high_at = (start.y(), end.y()) if upright else (start.x(), end.x())
    cp.drawn.axis = (layout.low, layout.high, low_at, high_at)
