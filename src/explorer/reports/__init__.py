"""Printed profile reports: one occupation or a batch, to a printer or a PDF file.

build_reports gathers the content (explorer.profile.registry); ReportDocument
lays it out for a paged device; render paints it (a QPrinter from the window, a
QPdfWriter here); write_pdf writes a PDF all or nothing (output.replacing), so a
failure or an interruption never leaves a partial file behind or harms the file
it was to replace. Each phase reports its steps to a `progress` callback that
can stop it (progress.py). Uses QtGui only, no widgets, so the command line
prints offscreen and the window lays out and writes in a worker thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter

from explorer.data.catalog import OccupationSummary, load_catalog
from explorer.data.repository import CareerData
from explorer.profile.blocks import OccupationReport
from explorer.profile.registry import ReportError, build_report
from explorer.profile.sources import releases
from explorer.reports.document import PageSetup, ReportDocument
from explorer.reports.output import replacing
from explorer.reports.progress import (
    PRINTING,
    WRITING,
    Progress,
    ReportCancelled,
    Step,
    resolved_codes,
)

__all__ = [
    "PAPER_SIZES",
    "PRINTING",
    "WRITING",
    "PageSetup",
    "Progress",
    "ReportCancelled",
    "ReportDocument",
    "ReportError",
    "Step",
    "build_reports",
    "page_setup",
    "render",
    "set_paper",
    "write_pdf",
]

PAPER_SIZES = {"letter": QPageSize.PageSizeId.Letter, "a4": QPageSize.PageSizeId.A4}
MARGINS_MM = QMarginsF(16, 14, 16, 14)
PDF_DPI = 300


def page_setup(data: CareerData, printed_on: date | None = None) -> PageSetup:
    """The print date and data releases every page names (short) and the last page lists."""
    sources = {s["name"]: s for s in data.sources()}
    short = [
        f"{s['title']} ({s['release']})"
        if name == "onet"
        else f"BLS OEWS {s['release']}"
        if name == "oews"
        else f"{s['title']} {s['release']}"
        for name in ("onet", "oews", "projections")
        if (s := sources.get(name))
    ]
    return PageSetup(
        printed_on or date.today(),
        ", ".join(short),
        tuple(f"{s['title']}: {s['release']}" for s in sources.values()),
        releases(data).attribution(),
    )


def build_reports(
    data: CareerData,
    codes: Sequence[str],
    sections: tuple[str, ...],
    state: str | None = None,
    progress: Progress | None = None,
    catalog: Sequence[OccupationSummary] | None = None,
) -> list[OccupationReport]:
    """The report content of each code, in order; a progress step before each.

    catalog is the list of every occupation where the caller has it already (the
    window does); otherwise it is loaded, which takes about 80 ms."""
    by_code = {row.code: row for row in (catalog if catalog is not None else load_catalog(data))}
    return [
        build_report(data, code, sections, by_code, state)
        for code in resolved_codes(data, codes, progress)
    ]


def set_paper(device: QPagedPaintDevice, paper: str) -> None:
    """Letter or A4, portrait, with the report's margins."""
    if paper not in PAPER_SIZES:
        raise ReportError(f"unknown paper size {paper!r}; use letter or a4")
    device.setPageLayout(
        QPageLayout(
            QPageSize(PAPER_SIZES[paper]),
            QPageLayout.Orientation.Portrait,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )


def render(
    device: QPagedPaintDevice,
    reports: Sequence[OccupationReport] | ReportDocument,
    setup: PageSetup,
    progress: Progress | None = None,
    verb: str = WRITING,
) -> int:
    """Lay out (unless given a document laid out for device) and paint reports on
    device; the number of pages. OSError when the device cannot be written."""
    if isinstance(reports, ReportDocument) and reports.fits(device):
        document = reports
        document.device = device  # the same paper: the preview's printer, say
    else:
        chosen = reports.reports if isinstance(reports, ReportDocument) else reports
        document = ReportDocument(chosen, device, setup, progress)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the printer or file could not be opened for writing")
    try:
        document.paint(painter, progress, verb)
    except BaseException:
        painter.end()
        raise
    if not painter.end():
        raise OSError("the printer or file could not be finished")
    return document.page_count


def write_pdf(
    path: Path,
    reports: Sequence[OccupationReport],
    setup: PageSetup,
    paper: str = "letter",
    progress: Progress | None = None,
) -> int:
    """Write reports to a PDF at path, all or nothing; the number of pages.

    OSError when the folder or the file cannot be written (a full disk too), and
    ReportCancelled when progress says stop: either way path is as it was and no
    temporary file is left. The file replaces path only once it is written whole."""
    path = Path(path)
    with replacing(path, progress) as buffer:
        writer = QPdfWriter(buffer)
        writer.setResolution(PDF_DPI)
        writer.setCreator("Career Explorer")
        writer.setTitle(", ".join(r.title for r in reports))
        set_paper(writer, paper)
        pages = render(writer, reports, setup, progress)
        del writer  # the PDF is finished in the buffer; replacing writes it to the disk
    return pages
