"""The printed "My interests" page: a finished quiz on exactly one page.

The heading, the six scores as a chart (ChartPainter, as on every printed report)
and the rest of quiz.summary's HTML go down the page in that order. Where the
page cannot hold it all, fewer matches are listed, then a smaller type is
used; a page that still does not fit is an error, never a second page.
write_interests writes the PDF through output.replacing, all or nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QPagedPaintDevice, QPainter, QPdfWriter, QTextDocument

from explorer.profile.handout import STYLE
from explorer.profile.registry import ReportError
from explorer.quiz.summary import MATCHES_PRINTED, InterestsSummary
from explorer.reports.chart_painter import ChartPainter, height_in_points
from explorer.reports.output import replacing
from explorer.reports.paper import draw_on_paper
from explorer.reports.sheets import text_document

#: (matches listed, type size in points) tried in turn until the page holds it all.
FITS = ((MATCHES_PRINTED, 11.0), (10, 10.0), (6, 9.0), (3, 8.5))
PAGE_STYLE = STYLE + ".small { font-size: 8pt; color: #333333; }\n"
#: Space between the heading, the chart and the rest, in points.
GAP_PT = 8.0


def _document(html: str, device: QPagedPaintDevice, width: float, size: float) -> QTextDocument:
    """html typeset at a width in the device's pixels (one long page), `size` points."""
    return text_document(html, device, QSizeF(width, -1), size, PAGE_STYLE)


def paint_interests(device: QPagedPaintDevice, summary: InterestsSummary) -> int:
    """Paint the summary on one page of device; the number of pages (1).

    ReportError when even the smallest type does not fit; OSError when the device
    cannot be painted on."""
    rect = device.pageLayout().paintRectPixels(device.logicalDpiX())
    width, height = float(rect.width()), float(rect.height())
    dpi = float(device.logicalDpiX())
    gap = GAP_PT * dpi / 72
    chart = summary.chart()
    chart_height = height_in_points(chart, width * 72 / dpi) * dpi / 72
    for shown, size in FITS:
        heading = _document(summary.heading_html(), device, width, size)
        body = _document(summary.html(shown), device, width, size)
        top = heading.size().height() + gap
        if top + chart_height + gap + body.size().height() <= height:
            break
    else:
        raise ReportError("the interest results do not fit on one page")
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the printer or file could not be opened for writing")
    try:
        draw_on_paper(heading, painter, QRectF(0, 0, width, top))
        ChartPainter(painter, dpi).draw(chart, QRectF(0, top, width, chart_height))
        painter.translate(0, top + chart_height + gap)
        draw_on_paper(body, painter, QRectF(0, 0, width, height - top - chart_height - gap))
    except BaseException:
        painter.end()
        raise
    if not painter.end():
        raise OSError("the printer or file could not be finished")
    return 1


def write_interests(path: Path, summary: InterestsSummary, paper: str = "letter") -> int:
    """Write the "My interests" page to a PDF at path, all or nothing; the pages (1)."""
    from explorer.reports import PDF_DPI, set_paper

    with replacing(Path(path)) as buffer:
        writer = QPdfWriter(buffer)
        writer.setResolution(PDF_DPI)
        writer.setCreator("Career Explorer")
        writer.setTitle("My interests")
        set_paper(writer, paper)
        pages = paint_interests(writer, summary)
        del writer
    return pages
