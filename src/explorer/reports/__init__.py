"""Printed profile reports: one occupation or a batch, to a printer or a PDF file.

build_reports gathers the content (explorer.profile.registry); render paints it
on any paged device (a QPrinter from the window, a QPdfWriter here); write_pdf
writes a PDF atomically, so a failure never leaves a partial file behind.
Uses QtGui only, no widgets, so the command line can print offscreen.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter

from explorer.data.catalog import OccupationSummary, load_catalog
from explorer.data.repository import CareerData
from explorer.profile.blocks import OccupationReport
from explorer.profile.registry import ReportError, build_report
from explorer.profile.sources import releases
from explorer.reports.document import PageSetup, ReportCancelled, ReportDocument

__all__ = [
    "PAPER_SIZES",
    "PageSetup",
    "ReportCancelled",
    "ReportError",
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
    progress: Callable[[int], bool] | None = None,
    catalog: Sequence[OccupationSummary] | None = None,
) -> list[OccupationReport]:
    """The report content of each code, in order; progress(done) False cancels.

    catalog is the list of every occupation where the caller has it already (the
    window does); otherwise it is loaded, which takes about 80 ms."""
    by_code = {row.code: row for row in (catalog if catalog is not None else load_catalog(data))}
    reports = []
    for done, text in enumerate(codes):
        if progress is not None and not progress(done):
            raise ReportCancelled
        code = data.resolve_code(text)
        if code is None:
            raise ReportError(f"unknown occupation code: {text!r}")
        reports.append(build_report(data, code, sections, by_code, state))
    return reports


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
    reports: Sequence[OccupationReport],
    setup: PageSetup,
    on_page: Callable[[int], bool] | None = None,
) -> int:
    """Lay out and paint reports on device; the number of pages."""
    document = ReportDocument(reports, device, setup)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the printer or file could not be opened for writing")
    try:
        document.paint(painter, on_page)
    finally:
        painter.end()
    return document.page_count


def write_pdf(
    path: Path,
    reports: Sequence[OccupationReport],
    setup: PageSetup,
    paper: str = "letter",
    on_page: Callable[[int], bool] | None = None,
) -> int:
    """Write reports to a PDF at path, all or nothing; the number of pages.

    OSError when the folder cannot be written; the file is replaced only once
    the whole document has been written.
    """
    path = Path(path)
    handle, temporary = tempfile.mkstemp(
        prefix=".career-explorer-", suffix=".pdf", dir=path.parent if str(path.parent) else "."
    )
    os.close(handle)
    try:
        writer = QPdfWriter(temporary)
        writer.setResolution(PDF_DPI)
        writer.setCreator("Career Explorer")
        writer.setTitle(", ".join(r.title for r in reports))
        set_paper(writer, paper)
        pages = render(writer, reports, setup, on_page)
        del writer
        os.replace(temporary, path)
        return pages
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.remove(temporary)
