"""Pages painted one at a time, portrait or landscape, in a running header and a footer.

The comparison and the plan are short documents of a few kinds of page (a table,
two charts, flowing text) rather than a profile report, so each is a list of
Sheets: a running title, an orientation and a function that paints the page's
body. paint_sheets frames every page alike (the title and "Career Explorer" at the
top, "Printed … · Data: …" and "Page X of Y" at the foot, as profile reports do) on
any paged device (a printer from the window, a PDF writer here); write_sheets writes
a PDF all or nothing through output.replacing. QtGui only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from explorer.profile.registry import ReportError
from explorer.reports.document import HEADER_PT, PageSetup
from explorer.reports.output import replacing
from explorer.reports.paper import draw_on_paper
from explorer.reports.progress import WRITING, Progress, report_step

#: Painted into the body's rectangle (origin at its top left, device pixels).
Painter = Callable[[QPainter, QRectF], None]


@dataclass(frozen=True)
class Sheet:
    """One page: its running title, whether it lies landscape, and how its body is painted."""

    title: str
    landscape: bool
    paint: Painter


def page_layout(paper: str, landscape: bool) -> QPageLayout:
    """Letter or A4 with the reports' margins, portrait or landscape."""
    from explorer.reports import MARGINS_MM, PAPER_SIZES

    if paper not in PAPER_SIZES:
        raise ReportError(f"unknown paper size {paper!r}; use letter or a4")
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(
        QPageSize(PAPER_SIZES[paper]), orientation, MARGINS_MM, QPageLayout.Unit.Millimeter
    )


def layout_for(device: QPagedPaintDevice, paper: str | None, landscape: bool) -> QPageLayout:
    """The page layout a sheet gets on device: `paper` (letter, a4) with the reports'
    margins, or the device's own (a printer the student set up) where paper is None."""
    if paper is not None:
        return page_layout(paper, landscape)
    layout = QPageLayout(device.pageLayout())
    layout.setOrientation(
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    return layout


def body_for(device: QPagedPaintDevice, paper: str | None, landscape: bool) -> QRectF:
    """The body of a page of device in that orientation, in device pixels."""
    return body_rect(layout_for(device, paper, landscape), float(device.logicalDpiY()))


def frame_heights(dpi: float) -> float:
    """The height of the running header (and of the footer), in device pixels."""
    return HEADER_PT * 3.2 * dpi / 72


def body_rect(layout: QPageLayout, dpi: float) -> QRectF:
    """The body of a page (between its header and footer), from (0, 0), in device pixels."""
    page = QRectF(layout.paintRectPixels(round(dpi)))
    frame = frame_heights(dpi)
    return QRectF(0, 0, page.width(), page.height() - 2 * frame)


def text_document(
    html: str, device: QPagedPaintDevice, size: QSizeF, points: float, style: str = ""
) -> QTextDocument:
    """HTML laid out in pages of `size` (device pixels; a height of -1: one long page)
    for device, in type of `points`, with a style sheet for its HTML if given."""
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    font = QFont()
    font.setPointSizeF(points)
    doc.setDefaultFont(font)
    if style:
        doc.setDefaultStyleSheet(style)
    doc.setDocumentMargin(0)
    doc.setHtml(html)
    doc.setPageSize(size)
    return doc


def text_sheets(doc: QTextDocument, title: str, landscape: bool) -> list[Sheet]:
    """One Sheet per page of a laid-out document."""
    height = doc.pageSize().height()

    def page(index: int) -> Painter:
        def paint(painter: QPainter, body: QRectF) -> None:
            painter.save()
            painter.translate(0, -index * height)
            draw_on_paper(doc, painter, QRectF(0, index * height, body.width(), height))
            painter.restore()

        return paint

    return [Sheet(title, landscape, page(i)) for i in range(doc.pageCount())]


def paint_sheets(
    device: QPagedPaintDevice,
    sheets: Sequence[Sheet],
    setup: PageSetup,
    paper: str | None,
    progress: Progress | None = None,
) -> int:
    """Paint every sheet on a page of its own, framed; the number of pages. A device that
    takes a page layout per page (a PDF) turns each page as its sheet asks."""
    if not sheets:
        raise ReportError("nothing to print")
    dpi = float(device.logicalDpiY())
    painter = QPainter()
    device.setPageLayout(layout_for(device, paper, sheets[0].landscape))
    if not painter.begin(device):
        raise OSError("the printer or file could not be opened for writing")
    try:
        for number, sheet in enumerate(sheets):
            report_step(progress, WRITING, number, len(sheets))
            if number:
                device.setPageLayout(layout_for(device, paper, sheet.landscape))
                if not device.newPage():
                    raise OSError("the printer or file took no more pages")
            layout = device.pageLayout()
            body = body_rect(layout, dpi)
            _frame(painter, body, dpi, sheet.title, setup, f"Page {number + 1} of {len(sheets)}")
            painter.save()
            painter.translate(0, frame_heights(dpi))
            painter.setClipRect(body.adjusted(0, 0, 0, 1))
            sheet.paint(painter, body)
            painter.restore()
    except BaseException:
        painter.end()
        raise
    if not painter.end():
        raise OSError("the printer or file could not be finished")
    return len(sheets)


def _frame(
    painter: QPainter, body: QRectF, dpi: float, title: str, setup: PageSetup, page: str
) -> None:
    """The running header and the footer of a page, as profile reports have them."""
    point, frame, width = dpi / 72, frame_heights(dpi), body.width()
    small = QFont()
    small.setPointSizeF(HEADER_PT)
    painter.save()
    painter.setFont(small)
    painter.setPen(QColor("#333"))
    header = QRectF(0, 0, width, frame - 4 * point)
    painter.drawText(header, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), title)
    painter.drawText(
        header, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), "Career Explorer"
    )
    painter.setPen(QPen(QColor("#777"), 0.5 * point))
    rule = frame - 6 * point
    painter.drawLine(QPointF(0, rule), QPointF(width, rule))
    footer_top = frame + body.height() + 4 * point
    painter.drawLine(QPointF(0, footer_top), QPointF(width, footer_top))
    painter.setPen(QColor("#333"))
    footer = QRectF(0, footer_top + 2 * point, width, frame - 6 * point)
    painter.drawText(
        footer,
        int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap),
        f"Printed {setup.printed_on:%B} {setup.printed_on.day}, {setup.printed_on:%Y}"
        f" · Data: {setup.releases}",
    )
    painter.drawText(footer, int(Qt.AlignmentFlag.AlignRight), page)
    painter.restore()


def write_sheets(
    path: Path,
    make: Callable[[QPagedPaintDevice], Sequence[Sheet]],
    setup: PageSetup,
    paper: str,
    title: str,
    progress: Progress | None = None,
) -> int:
    """Write the sheets `make` lays out for the PDF writer to path, all or nothing (as
    reports.write_pdf: OSError or ReportCancelled leave path as it was); the pages."""
    from explorer.reports import PDF_DPI

    page_layout(paper, False)  # an unknown paper size before any file is made
    with replacing(Path(path), progress) as buffer:
        writer = QPdfWriter(buffer)
        writer.setResolution(PDF_DPI)
        writer.setCreator("Career Explorer")
        writer.setTitle(title)
        writer.setPageLayout(page_layout(paper, False))
        pages = paint_sheets(writer, make(writer), setup, paper, progress)
        del writer
    return pages
