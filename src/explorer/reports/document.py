"""Lays report blocks out on pages and paints them: the printed profile as a document.

Qt's QTextDocument does the typesetting: it breaks text between lines, moves
a chart that does not fit to the next page whole (a chart is one inline
object, drawn by ChartPainter as vectors) and repeats a table's header row on
every page the table runs onto. This module adds what a handout needs around
it: a contents page for several occupations, a running header with the
occupation on that page, a footer with "Page X of Y", the print date and the
data releases, and a last page with the sources and how to cite them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from html import escape

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPagedPaintDevice,
    QPainter,
    QPen,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextLength,
    QTextTableFormat,
)

from explorer import __version__
from explorer.profile.blocks import (
    Chart,
    ChartChoice,
    OccupationReport,
)
from explorer.profile.chart_data import ChartData
from explorer.reports.blocks_html import CHART_INDEX, CHART_OBJECT, ChartObject, block_html
from explorer.reports.chart_painter import wide

BODY_PT, HEADER_PT = 8.5, 7.0
STYLE = """
h1 { font-size: 17pt; margin-bottom: 2pt; }
h2 { font-size: 12.5pt; margin-top: 10pt; margin-bottom: 3pt; }
h3 { font-size: 10pt; margin-top: 6pt; margin-bottom: 2pt; }
h4 { font-size: 9pt; margin-top: 4pt; margin-bottom: 1pt; }
p { margin-top: 2pt; margin-bottom: 3pt; }
ul { margin-top: 0pt; margin-bottom: 2pt; }
th { background-color: #e6e6e6; text-align: left; }
table { font-size: 8pt; }
"""


class ReportCancelled(Exception):
    """The person waiting asked to stop."""


@dataclass(frozen=True)
class PageSetup:
    """What every page carries besides the content."""

    printed_on: date
    releases: str  # the main releases, short, for the footer
    all_releases: tuple[str, ...] = ()  # every source and its release, for the last page
    attribution: tuple[str, ...] = ()  # what the sources ask printed reports to say


class ReportDocument:
    """The typeset report of one or more occupations, ready to paint on a paged device."""

    def __init__(
        self, reports: Sequence[OccupationReport], device: QPagedPaintDevice, setup: PageSetup
    ) -> None:
        self.reports, self.device, self.setup = list(reports), device, setup
        self.dpi = float(device.logicalDpiY())
        self.page_rect = QRectF(device.pageLayout().paintRectPixels(device.logicalDpiX()))
        point = self.dpi / 72
        self.header_height = HEADER_PT * 3.2 * point
        self.footer_height = HEADER_PT * 3.2 * point
        self.body_height = self.page_rect.height() - self.header_height - self.footer_height
        self.doc = QTextDocument()
        font = QFont()
        font.setPointSizeF(BODY_PT)
        self.doc.setDefaultFont(font)
        self.doc.setDefaultStyleSheet(STYLE)
        self.doc.setDocumentMargin(0)
        self.charts: list[ChartData] = []
        self._starts: list[int] = []  # document position of each occupation's title
        self._sources_at = 0
        self._contents_cells: list[QTextCursor] = []
        # (occupation number, position) of each heading to keep with what follows it
        self._keep: list[tuple[int, int]] = []
        # Content first, layout after: asking for the layout before would lay the
        # document out again after every insertion (seconds, for a class set).
        self._build()
        layout = self.doc.documentLayout()
        layout.setPaintDevice(device)
        self._handler = ChartObject(self.charts, self.page_rect.width(), self.dpi, self.doc)
        layout.registerHandler(CHART_OBJECT, self._handler)
        self.doc.setPageSize(QSizeF(self.page_rect.width(), self.body_height))
        self._keep_with_next()
        self.start_pages = [self._page_of(position) for position in self._starts]
        self._fill_contents()
        self.page_count = self.doc.pageCount()

    # -- building ---------------------------------------------------------------------

    def _build(self) -> None:
        cursor = QTextCursor(self.doc)
        batch = len(self.reports) > 1
        if batch:
            self._contents(cursor)
        for number, report in enumerate(self.reports):
            break_before = batch or number > 0
            if break_before:
                self._new_page(cursor)
            self._starts.append(cursor.position())
            cursor.insertHtml(f"<h1>{escape(report.title)}</h1><p>{escape(report.subtitle)}</p>")
            for section in report.sections:
                self._new_block(cursor)
                self._keep.append((number, cursor.position()))
                cursor.insertHtml(f"<h2>{escape(section.title)}</h2>")
                pending: list[ChartData] = []
                for block in section.blocks:
                    if isinstance(block, Chart | ChartChoice):
                        pending.append(block.chart)
                        continue
                    self._charts(cursor, pending)
                    self._new_block(cursor)
                    cursor.insertHtml(block_html(block))
                self._charts(cursor, pending)
        self._new_block(cursor)
        self._sources_at = cursor.position()
        self._keep.append((len(self.reports) - 1, cursor.position()))
        cursor.insertHtml(self._sources_html())

    @staticmethod
    def _new_block(cursor: QTextCursor) -> None:
        cursor.movePosition(QTextCursor.MoveOperation.End)
        # A plain new block: one inserted after a list's last item would be an item too
        # (a source line printed as a bullet under the list).
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())

    @classmethod
    def _new_page(cls, cursor: QTextCursor) -> None:
        """A new block that starts a new page."""
        cls._new_block(cursor)
        fmt = QTextBlockFormat()
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        cursor.setBlockFormat(fmt)

    def _charts(self, cursor: QTextCursor, pending: list[ChartData]) -> None:
        """Place the waiting charts: narrow ones two to a line, wide ones alone."""
        if not pending:
            return
        self._new_block(cursor)
        for chart in pending:
            if wide(chart) and not cursor.atBlockStart():
                self._new_block(cursor)
            fmt = QTextCharFormat()
            fmt.setObjectType(CHART_OBJECT)
            fmt.setProperty(CHART_INDEX, len(self.charts))
            # Two charts on a line line up at the top, not at the baseline.
            fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignTop)
            self.charts.append(chart)
            cursor.insertText("\ufffc", fmt)
            if wide(chart):
                self._new_block(cursor)
        pending.clear()

    def _contents(self, cursor: QTextCursor) -> None:
        cursor.insertHtml(
            "<h1>Career profiles</h1><p>Printed from Career Explorer on "
            f"{self.setup.printed_on:%B %-d, %Y}: {len(self.reports)} "
            "occupations, each starting on a new page.</p>"
        )
        self._new_block(cursor)
        fmt = QTextTableFormat()
        fmt.setHeaderRowCount(1)
        fmt.setCellPadding(3)
        fmt.setCellSpacing(0)
        fmt.setBorder(0.5)
        fmt.setBorderCollapse(True)
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        table = cursor.insertTable(len(self.reports) + 1, 3, fmt)
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        for column, text in enumerate(("Occupation", "Code", "Page")):
            table.cellAt(0, column).firstCursorPosition().insertText(text, bold)
        for row, report in enumerate(self.reports, start=1):
            table.cellAt(row, 0).firstCursorPosition().insertText(report.title)
            table.cellAt(row, 1).firstCursorPosition().insertText(report.code)
            self._contents_cells.append(table.cellAt(row, 2).firstCursorPosition())

    def _sources_html(self) -> str:
        codes = ", ".join(f"{r.title} ({r.code})" for r in self.reports)
        citation = (
            f"Career Explorer {__version__}, “{codes}”, printed "
            f"{self.setup.printed_on:%B %-d, %Y}. Data: {self.setup.releases}."
        )
        # Smaller print than the body: the section is read once, and one occupation's
        # report should end on its last page of content when it can.
        paragraphs = "".join(
            f"<p><small>{escape(text)}</small></p>" for text in self.setup.attribution
        )
        releases = escape("; ".join(self.setup.all_releases))
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

    # -- pages ------------------------------------------------------------------------

    def _top(self, position: int) -> float:
        """Where the first line of the block at position starts, in document pixels.

        The first line, not the block: a block that starts a page reaches back up to
        the end of the page before, but its text does not. + 1: the layout rounds
        to 1/64 of a pixel."""
        block = self.doc.findBlock(position)
        layout = block.layout()
        line = layout.lineAt(0).y() if layout.lineCount() else 0.0
        # blockBoundingRect adds the offsets of the frames (table cells) around the block.
        return self.doc.documentLayout().blockBoundingRect(block).top() + line + 1

    def _page_of(self, position: int) -> int:
        """The 0-based page a document position falls on."""
        return int(self._top(position) // self.body_height)

    def _top_in_page(self, position: int) -> float:
        return self._top(position) % self.body_height

    def _keep_with_next(self) -> None:
        """Move each heading that ends a page to the next page, with what it heads.

        Moving one heading shifts what follows it, but never past the next
        occupation, which starts a page of its own: so each pass moves the first
        stranded heading of every occupation, then lays the document out again.
        """
        for _ in range(len(self._keep)):
            moves = []
            for group in {number for number, _ in self._keep}:
                stranded = next(
                    (
                        position
                        for number, position in self._keep
                        if number == group and self._stranded(position)
                    ),
                    None,
                )
                if stranded is not None:
                    moves.append(stranded)
            if not moves:
                return
            self._finish_layout()
            editing = QTextCursor(self.doc)
            editing.beginEditBlock()  # lay the document out again once, after every move
            for position in moves:
                cursor = QTextCursor(self.doc.findBlock(position))
                fmt = cursor.blockFormat()
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                cursor.setBlockFormat(fmt)
            editing.endEditBlock()

    def _stranded(self, position: int) -> bool:
        """Whether the heading at position is the last thing on its page."""
        following = self.doc.findBlock(position).next()
        while following.isValid() and following.length() <= 1:  # empty separator blocks
            following = following.next()
        return following.isValid() and self._page_of(position) != self._page_of(
            following.position()
        )

    def _finish_layout(self) -> None:
        """Lay out the whole document before editing it.

        Asking where a block is lays the document out only as far as that block
        (Qt lays the rest out later). An edit made then (a page break before a
        heading) left every block after the laid-out part unplaced for good: a
        teacher's report lost its Work Environment, Pay and Outlook sections."""
        self.doc.documentLayout().documentSize()

    def _fill_contents(self) -> None:
        if not self._contents_cells:
            return  # one occupation: no contents page
        self._finish_layout()
        # One edit block: the document is laid out again once, not once per number.
        self._contents_cells[0].beginEditBlock()
        for cursor, page in zip(self._contents_cells, self.start_pages, strict=True):
            cursor.insertText(str(page + 1))
        self._contents_cells[0].endEditBlock()

    def _running_title(self, page: int) -> str:
        sources = self._page_of(self._sources_at)
        if page > sources or (page == sources and self._top_in_page(self._sources_at) < 2):
            return "Sources"
        current = [
            r for r, start in zip(self.reports, self.start_pages, strict=True) if start <= page
        ]
        return f"{current[-1].title} ({current[-1].code})" if current else "Contents"

    def paint(self, painter: QPainter, on_page: Callable[[int], bool] | None = None) -> None:
        """Paint every page; on_page(number) returning False stops (ReportCancelled)."""
        width = self.page_rect.width()
        point = self.dpi / 72
        small = QFont(self.doc.defaultFont())
        small.setPointSizeF(HEADER_PT)
        for page in range(self.page_count):
            if on_page is not None and not on_page(page):
                raise ReportCancelled
            if page:
                self.device.newPage()
            painter.save()
            painter.setFont(small)
            painter.setPen(QColor("#333"))
            header = QRectF(0, 0, width, self.header_height - 4 * point)
            painter.drawText(
                header,
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                self._running_title(page),
            )
            painter.drawText(
                header,
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                "Career Explorer",
            )
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
                f"Printed {self.setup.printed_on:%B %-d, %Y} · Data: {self.setup.releases}",
            )
            painter.drawText(
                footer, int(Qt.AlignmentFlag.AlignRight), f"Page {page + 1} of {self.page_count}"
            )
            painter.restore()
            painter.save()
            painter.translate(0, self.header_height - page * self.body_height)
            self.doc.drawContents(
                painter, QRectF(0, page * self.body_height, width, self.body_height)
            )
            painter.restore()
