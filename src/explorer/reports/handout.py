"""One-page handouts: each occupation on exactly one page, a class set on consecutive pages.

Each handout (profile/handout.py) is typeset in a QTextDocument of its own, a
page in size. Where it does not fit, it is written again with fewer tasks and
programs of study (whole items only, never a sentence cut), then in a smaller
type; a handout that still does not fit is an error, not a second page.
write_handouts writes the PDF through output.replacing, all or nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QPagedPaintDevice, QPainter, QPdfWriter, QTextDocument

from explorer.data.catalog import OccupationSummary, load_catalog
from explorer.data.repository import CareerData
from explorer.profile.handout import PROGRAMS, STYLE, TASKS, Handout, build_handout
from explorer.profile.registry import ReportError
from explorer.reports.output import replacing
from explorer.reports.paper import draw_on_paper
from explorer.reports.progress import (
    LAYING_OUT,
    WRITING,
    Progress,
    report_step,
    resolved_codes,
)
from explorer.reports.sheets import text_document

BODY_PT = 11.0
#: (tasks, programs, type size) tried in turn until the handout fits its page.
FITS = (
    (TASKS, PROGRAMS, BODY_PT),
    (TASKS, 3, BODY_PT),
    (2, 2, BODY_PT),
    (TASKS, PROGRAMS, 10.0),
    (2, 2, 9.0),
    (1, 1, 8.5),
)


def build_handouts(
    data: CareerData,
    codes: Sequence[str],
    state: str | None = None,
    footer: str = "",
    progress: Progress | None = None,
    catalog: Sequence[OccupationSummary] | None = None,
) -> list[Handout]:
    """The handout of each code, in order; ReportError for an unknown code. catalog is
    the list of every occupation where the caller has it (the window does)."""
    by_code = {row.code: row for row in (catalog if catalog is not None else load_catalog(data))}
    return [
        build_handout(data, code, by_code, state, footer)
        for code in resolved_codes(data, codes, progress)
    ]


def typeset(handout: Handout, device: QPagedPaintDevice) -> QTextDocument:
    """The handout laid out on one page of device; ReportError if it cannot fit."""
    rect = device.pageLayout().paintRectPixels(device.logicalDpiX())
    for tasks, programs, size in FITS:
        page = QSizeF(rect.width(), rect.height())
        doc = text_document(handout.html(tasks, programs), device, page, size, STYLE)
        if doc.pageCount() == 1:
            return doc
    raise ReportError(f"the handout of {handout.code} does not fit on one page")


def paint_handouts(
    device: QPagedPaintDevice,
    handouts: Sequence[Handout],
    progress: Progress | None = None,
    verb: str = WRITING,
) -> int:
    """Typeset and paint each handout on a page of its own, a progress step (`verb`)
    before each page; the number of pages."""
    if not handouts:
        raise ReportError("no occupation to print")
    docs = []
    for number, handout in enumerate(handouts):
        report_step(progress, LAYING_OUT, number, len(handouts))
        docs.append(typeset(handout, device))
    rect = QRectF(device.pageLayout().paintRectPixels(device.logicalDpiX()))
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the printer or file could not be opened for writing")
    try:
        for number, doc in enumerate(docs):
            report_step(progress, verb, number, len(docs))
            if number and not device.newPage():
                raise OSError("the printer or file took no more pages")
            draw_on_paper(doc, painter, QRectF(0, 0, rect.width(), rect.height()))
    except BaseException:
        painter.end()
        raise
    if not painter.end():
        raise OSError("the printer or file could not be finished")
    return len(docs)


def write_handouts(
    path: Path,
    handouts: Sequence[Handout],
    paper: str = "letter",
    progress: Progress | None = None,
) -> int:
    """Write the handouts to a PDF at path, all or nothing (as write_pdf); the pages."""
    from explorer.reports import PDF_DPI, set_paper

    with replacing(Path(path), progress) as buffer:
        writer = QPdfWriter(buffer)
        writer.setResolution(PDF_DPI)
        writer.setCreator("Career Explorer")
        writer.setTitle(", ".join(h.title for h in handouts))
        set_paper(writer, paper)
        pages = paint_handouts(writer, handouts, progress)
        del writer
    return pages
