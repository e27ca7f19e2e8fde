"""A decline on paper: a bar below zero lies left of the zero line with its value before
it, not over the occupation's name (secondary school teachers, -1.6%)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QImage, QPainter

from explorer.profile import outlook
from explorer.reports.chart_painter import NAME_SHARE, TEXT_PT, ChartPainter

from conftest import ctx


def test_a_negative_bar_and_its_value_stay_clear_of_the_names(qapp) -> None:
    chart = outlook.growth_comparison(ctx("25-2031.00"))
    change = chart.series[0].values[0]
    assert change is not None and change < 0
    image = QImage(900, 500, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    bars: list[QRectF] = []
    texts: list[tuple[QRectF, str, int]] = []
    try:
        chart_painter = ChartPainter(painter, 72)
        draw_bar, draw_text = chart_painter._bar, chart_painter._text
        chart_painter._bar = lambda bar, index, capped=False: (  # type: ignore[method-assign]
            bars.append(QRectF(bar)),
            draw_bar(bar, index, capped),
        )

        def text(rect, words, points, flags, bold=False, colour="#000"):  # type: ignore[no-untyped-def]
            texts.append((QRectF(rect), words, int(flags)))
            return draw_text(rect, words, points, flags, bold, colour)

        chart_painter._text = text  # type: ignore[method-assign]
        chart_painter.draw(chart, QRectF(image.rect()))
        metrics = QFontMetricsF(chart_painter._font(TEXT_PT), painter.device())
    finally:
        painter.end()
    decline, rising = bars[0], bars[1]
    assert decline.width() > 5  # drawn, not a hairline at the zero line
    assert decline.right() == rising.left()  # both start at the zero line
    label = chart.bar_label(chart.series[0], 0)
    rect, _, flags = next(t for t in texts if t[1] == label)
    assert flags & int(Qt.AlignmentFlag.AlignRight)
    assert rect.right() <= decline.left()  # the value ends before the bar begins
    names_end = image.width() * NAME_SHARE  # the names' column on a wide chart
    assert rect.right() - metrics.horizontalAdvance(label) >= names_end - 1
