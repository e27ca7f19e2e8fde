"""The printed report as a whole: its parts' pages numbered together and painted.

Each occupation is typeset on its own (typeset.ReportPart), one after the
other, with a progress step before each. This module adds what a handout
needs around the parts: a contents list for several occupations, a running
header with the occupation on that page, a footer with "Page X of Y", the
print date and the data releases, and after the last occupation the sources
and how to cite them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from html import escape

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPagedPaintDevice, QPainter, QPen

from explorer import __version__
from explorer.profile.blocks import OccupationReport
from explorer.profile.registry import ReportError
from explorer.reports.progress import LAYING_OUT, WRITING, Progress, report_step
from explorer.reports.typeset import PageBox, ReportPart

HEADER_PT = 7.0


@dataclass(frozen=True)
class PageSetup:
    """What every page carries besides the content."""

    printed_on: date
    releases: str  # the main releases, short, for the footer
    all_releases: tuple[str, ...] = ()  # every source and its release, for the last page
    attribution: tuple[str, ...] = ()  # what the sources ask printed reports to say


class ReportDocument:
    """The typeset report of one or more occupations, ready to paint on a paged device
    of the size and resolution it was laid out for (`fits`)."""

    def __init__(
        self,
        reports: Sequence[OccupationReport],
        device: QPagedPaintDevice,
        setup: PageSetup,
        progress: Progress | None = None,
    ) -> None:
        if not reports:
            raise ReportError("no occupation to print")
        self.reports, self.device, self.setup = list(reports), device, setup
        self.dpi = float(device.logicalDpiY())
        self.page_rect = QRectF(device.pageLayout().paintRectPixels(device.logicalDpiX()))
        point = self.dpi / 72
        self.header_height = HEADER_PT * 3.2 * point
        self.footer_height = HEADER_PT * 3.2 * point
        self.body_height = self.page_rect.height() - self.header_height - self.footer_height
        box = PageBox(self.page_rect.width(), self.body_height, self.dpi)
        batch = len(self.reports) > 1
        sources = sources_html(self.reports, setup)
        self.parts: list[ReportPart] = []
        for number, report in enumerate(self.reports):
            report_step(progress, LAYING_OUT, number, len(self.reports))
            last = number == len(self.reports) - 1
            self.parts.append(
                ReportPart(
                    report,
                    device,
                    box,
                    contents=self.reports if batch and number == 0 else (),
                    sources=sources if last else "",
                    printed_on=setup.printed_on,
                )
            )
        self.start_pages = self._number_pages()
        self.page_count = sum(part.page_count for part in self.parts)

    def _number_pages(self) -> list[int]:
        """The 0-based page each occupation starts on, written into the contents."""
        for _attempt in range(3):
            starts, before = [], 0
            for part in self.parts:
                starts.append(before + part.start_page)
                before += part.page_count
            if len(self.parts) == 1:
                return starts
            first = self.parts[0]
            pages = first.page_count
            first.fill_contents([start + 1 for start in starts])
            # The numbers change no row's height; should one ever do, number again.
            if first.page_count == pages:
                break
        return starts

    def fits(self, device: QPagedPaintDevice) -> bool:
        """Whether the pages were laid out for device's resolution and paper."""
        rect = QRectF(device.pageLayout().paintRectPixels(device.logicalDpiX()))
        return float(device.logicalDpiY()) == self.dpi and rect == self.page_rect

    # -- painting -----------------------------------------------------------------------

    def paint(
        self, painter: QPainter, progress: Progress | None = None, verb: str = WRITING
    ) -> None:
        """Paint every page, a progress step (`verb`) before each; ReportCancelled when
        progress says stop, OSError when the device takes no more pages."""
        page = 0
        for part in self.parts:
            for local in range(part.page_count):
                report_step(progress, verb, page, self.page_count)
                if page and not self.device.newPage():
                    raise OSError("the printer or file took no more pages")
                self._decorate(painter, page, part.running_title(local))
                painter.save()
                painter.translate(0, self.header_height)
                part.draw(painter, local)
                painter.restore()
                page += 1

    def _decorate(self, painter: QPainter, page: int, title: str) -> None:
        """The running header and the footer of a page."""
        width = self.page_rect.width()
        point = self.dpi / 72
        small = QFont()
        small.setPointSizeF(HEADER_PT)
        painter.save()
        painter.setFont(small)
        painter.setPen(QColor("#333"))
        header = QRectF(0, 0, width, self.header_height - 4 * point)
        top_left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        painter.drawText(header, top_left, title)
        top_right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        painter.drawText(header, top_right, "Career Explorer")
        painter.setPen(QPen(QColor("#777"), 0.5 * point))
        rule = self.header_height - 6 * point
        painter.drawLine(QPointF(0, rule), QPointF(width, rule))
        footer_top = self.header_height + self.body_height + 4 * point
        painter.drawLine(QPointF(0, footer_top), QPointF(width, footer_top))
        painter.setPen(QColor("#333"))
        footer = QRectF(0, footer_top + 2 * point, width, self.footer_height - 6 * point)
        painter.drawText(
            footer,
            int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap),
            f"Printed {self.setup.printed_on:%B} {self.setup.printed_on.day},"
            f" {self.setup.printed_on:%Y} · Data: {self.setup.releases}",
        )
        painter.drawText(
            footer, int(Qt.AlignmentFlag.AlignRight), f"Page {page + 1} of {self.page_count}"
        )
        painter.restore()


def sources_html(
    reports: Sequence[OccupationReport], setup: PageSetup, done: str = "printed"
) -> str:
    """The last part of a report: the data releases, what the sources ask a report to
    say, and how to cite it (`done` says how it was made: printed, or saved as a web page)."""
    codes = ", ".join(f"{r.title} ({r.code})" for r in reports)
    citation = (
        f"Career Explorer {__version__}, “{codes}”, {done} "
        f"{setup.printed_on:%B} {setup.printed_on.day}, {setup.printed_on:%Y}"
        f". Data: {setup.releases}."
    )
    # Smaller print than the body: the section is read once, and one occupation's
    # report should end on its last page of content when it can.
    paragraphs = "".join(f"<p><small>{escape(text)}</small></p>" for text in setup.attribution)
    releases = escape("; ".join(setup.all_releases))
    return (
        "<h2>Sources</h2>"
        f"<p><small>Data releases used: {releases}.</small></p>{paragraphs}"
        "<p><small>Where BLS or O*NET published no figure, this report says “not "
        "available” and why; it never shows an estimate of its own. Shares of jobs "
        "are computed from BLS figures. The changes Career Explorer made to the data "
        "(joins, cleaning, derived figures) are listed in its documentation "
        "(docs/data-changes.md).</small></p>"
        f"<h3>How to cite this report</h3><p><small>{escape(citation)}</small></p>"
    )
