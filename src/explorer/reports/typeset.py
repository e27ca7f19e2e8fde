"""One part of a printed report typeset on pages: an occupation in its own QTextDocument.

Each occupation starts on a new page, so nothing one occupation's pages hold
depends on another's: a batch is laid out one occupation at a time, in time
proportional to its length, and the pages of all the parts are numbered
together (document.py). The first part of a batch also holds the contents,
and the last part the sources.

Qt's QTextDocument breaks text between lines, moves a chart that does not fit
to the next page whole (a chart is one inline object, drawn by ChartPainter as
vectors) and repeats a table's header rows on every page the table runs onto;
pagination.py adds the rules of a printed page.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from html import escape

from PySide6.QtCore import QRect, QRectF, QSizeF
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPainter,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextLength,
    QTextTableFormat,
)

from explorer.profile.blocks import Chart, ChartChoice, OccupationReport
from explorer.profile.chart_data import ChartData
from explorer.reports.blocks_html import CHART_INDEX, CHART_OBJECT, ChartObject, block_html
from explorer.reports.chart_painter import wide
from explorer.reports.pagination import Pagination
from explorer.reports.paper import draw_on_paper

BODY_PT = 8.5
EDGE_PX = 1.0
#: Where the sources run onto a last page that they fill less than this share of, they
#: are set in this size (once) to end on the page before, rather than a sheet for a line.
SOURCES_SPILL = 0.2
SOURCES_PT = 6.0
SOURCES_LINE_HEIGHT = 90  # per cent
PROPORTIONAL = int(QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
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


@dataclass(frozen=True)
class PageBox:
    """The body of a page (between the running header and the footer), in device pixels."""

    width: float
    height: float
    dpi: float


class _PageCharts(ChartObject):
    """ChartObject that draws a chart only on the page it is on: Qt asks for the charts
    of a line beside the page too, and what they draw there, clipped out of sight, would
    still be in that page's PDF text (search, copy, screen readers)."""

    def drawObject(
        self,
        painter: QPainter,
        rect: QRectF | QRect,
        doc: QTextDocument,
        position: int,
        fmt: QTextFormat,
    ) -> None:
        """Draw the chart if it is on the page being painted."""
        # A chart is an inline object: its whole line is on one page, so its centre says
        # which (a chart starting a page also reaches into the foot of the page before).
        if painter.hasClipping() and not painter.clipBoundingRect().contains(QRectF(rect).center()):
            return
        super().drawObject(painter, rect, doc, position, fmt)


class ReportPart:
    """One occupation's pages; `contents` (a batch's first part) lists the reports before
    it, `sources` (the last part) is the HTML of the sources that follow it.

    `page_count` and `start_page` (the page of the occupation's title) are known once
    it is built; `draw` paints one of its pages."""

    def __init__(
        self,
        report: OccupationReport,
        device: QPagedPaintDevice,
        box: PageBox,
        contents: Sequence[OccupationReport] = (),
        sources: str = "",
        printed_on: date | None = None,
    ) -> None:
        self.report, self.box = report, box
        self.doc = QTextDocument()
        font = QFont()
        font.setPointSizeF(BODY_PT)
        self.doc.setDefaultFont(font)
        self.doc.setDefaultStyleSheet(STYLE)
        self.doc.setDocumentMargin(0)
        self.charts: list[ChartData] = []
        self._contents_cells: list[QTextCursor] = []
        # Blocks, not positions: their positions change as the contents get page numbers.
        self._start = QTextBlock()  # the occupation's title
        self._sources = QTextBlock()
        # The headings the report itself inserts: the first block of an HTML fragment
        # takes the block it goes into, so Qt knows no heading level for them.
        self._headings: list[QTextBlock] = []
        # No page size while the content goes in: Qt lays out nothing until it has one,
        # rather than the whole document again after every insertion. The layout is made
        # (and kept: asking for it costs a third of a millisecond) before the content,
        # as making it lays out whatever the document already holds.
        self.doc.setPageSize(QSizeF(0, 0))
        layout = self.doc.documentLayout()
        layout.setPaintDevice(device)
        self._handler = _PageCharts(self.charts, box.width, box.dpi, self.doc)
        layout.registerHandler(CHART_OBJECT, self._handler)
        cursor = QTextCursor(self.doc)
        if contents:
            self._contents(cursor, contents, printed_on or date.today())
            self._new_block(cursor)
        self._occupation(cursor)
        if sources:
            self._new_block(cursor)
            self._sources = cursor.block()
            self._headings.append(self._sources)
            cursor.insertHtml(sources)
        self.doc.setPageSize(QSizeF(box.width, box.height))
        self.pages = Pagination(self.doc, layout, box.height, self._headings)
        self.page_count = self.start_page = 0
        self.settle()
        self._fit_sources()

    def __del__(self) -> None:
        # The layout is connected to the chart handler (registerHandler), a Python object.
        # Destroyed with that connection in place, the layout asks the handler
        # (disconnectNotify, through Python) while it holds one of Qt's connection locks:
        # on any thread but the one holding Python's lock, that can wait for ever (a
        # report laid out in a worker thread deadlocked the window that way). So the
        # connection goes first, here, where this thread holds Python's lock.
        with contextlib.suppress(RuntimeError, AttributeError):
            self.doc.documentLayout().unregisterHandler(CHART_OBJECT, self._handler)

    # -- building ---------------------------------------------------------------------

    def _occupation(self, cursor: QTextCursor) -> None:
        report = self.report
        self._start = cursor.block()
        cursor.insertHtml(f"<h1>{escape(report.title)}</h1><p>{escape(report.subtitle)}</p>")
        for section in report.sections:
            self._new_block(cursor)
            self._headings.append(cursor.block())
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

    @staticmethod
    def _new_block(cursor: QTextCursor) -> None:
        cursor.movePosition(QTextCursor.MoveOperation.End)
        # A plain new block: one inserted after a list's last item would be an item too
        # (a source line printed as a bullet under the list).
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())

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

    def _contents(
        self, cursor: QTextCursor, reports: Sequence[OccupationReport], printed_on: date
    ) -> None:
        cursor.insertHtml(
            "<h1>Career profiles</h1><p>Printed from Career Explorer on "
            f"{printed_on:%B} {printed_on.day}, {printed_on:%Y}"
            f": {len(reports)} occupations. The first starts "
            "below this list, and each of the others on a new page.</p>"
        )
        self._new_block(cursor)
        fmt = QTextTableFormat()
        fmt.setHeaderRowCount(1)
        fmt.setCellPadding(3)
        fmt.setCellSpacing(0)
        fmt.setBorder(0.5)
        fmt.setBorderCollapse(True)
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        # Fixed widths: the page numbers, filled in once every part is laid out, then
        # change no row's height and so no page.
        fmt.setColumnWidthConstraints(
            [QTextLength(QTextLength.Type.PercentageLength, share) for share in (76, 14, 10)]
        )
        table = cursor.insertTable(len(reports) + 1, 3, fmt)
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        for column, text in enumerate(("Occupation", "Code", "Page")):
            table.cellAt(0, column).firstCursorPosition().insertText(text, bold)
        for row, report in enumerate(reports, start=1):
            table.cellAt(row, 0).firstCursorPosition().insertText(report.title)
            table.cellAt(row, 1).firstCursorPosition().insertText(report.code)
            self._contents_cells.append(table.cellAt(row, 2).firstCursorPosition())

    def fill_contents(self, pages: Sequence[int]) -> None:
        """Write each occupation's first page (1-based) into the contents."""
        editing = QTextCursor(self.doc)
        editing.beginEditBlock()  # laid out again once, not once per number
        for cursor, page in zip(self._contents_cells, pages, strict=True):
            cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
            cursor.movePosition(
                QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
            )
            cursor.insertText(str(page))
        editing.endEditBlock()
        self.settle()

    # -- pages ------------------------------------------------------------------------

    def settle(self) -> None:
        """Lay the part out and keep on one page what belongs together; count the pages."""
        self.pages.settle(self._start.position() if self._contents_cells else None)
        self.page_count = self.doc.pageCount()
        self.start_page = self.pages.page_of(self._start.position())

    def _fit_sources(self) -> None:
        """Set the sources in smaller print where a few of their lines would otherwise
        take a last page of their own; as they were where that does not save the page."""
        if not self._sources.isValid() or self.page_count < 2:
            return
        last = self.page_count - 1
        used = self.doc.documentLayout().documentSize().height() - last * self.box.height
        if self.pages.page_of(self._sources.position()) == last or used > (
            SOURCES_SPILL * self.box.height
        ):
            return
        pages, steps = self.page_count, self.doc.availableUndoSteps()
        cursor = QTextCursor(self.doc)
        cursor.beginEditBlock()
        smaller = QTextCharFormat()
        smaller.setFontPointSize(SOURCES_PT)
        tight = QTextBlockFormat()
        tight.setLineHeight(SOURCES_LINE_HEIGHT, PROPORTIONAL)
        unbroken = QTextBlockFormat()  # the page breaks pagination made are made anew
        unbroken.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_Auto)
        block = self._sources.next()  # the heading "Sources" keeps its size
        while block.isValid():
            cursor.setPosition(block.position())
            cursor.mergeBlockFormat(unbroken)
            if block.blockFormat().headingLevel() == 0:
                cursor.movePosition(
                    QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
                )
                cursor.mergeCharFormat(smaller)
                cursor.mergeBlockFormat(tight)
            block = block.next()
        cursor.endEditBlock()
        self.settle()
        if self.page_count >= pages:  # no sheet saved: the usual print again
            while self.doc.availableUndoSteps() > steps:
                self.doc.undo()
            self.settle()

    def running_title(self, page: int) -> str:
        """What the running header of this part's page says."""
        if self._sources.isValid():
            at = self._sources.position()
            sources = self.pages.page_of(at)
            if page > sources or (page == sources and self.pages.top_in_page(at) < 2):
                return "Sources"
        if page < self.start_page:
            return "Contents"
        return f"{self.report.title} ({self.report.code})"

    def draw(self, painter: QPainter, page: int) -> None:
        """Paint this part's page (0-based) with its top left at the painter's origin."""
        painter.save()
        top = page * self.box.height
        painter.translate(0, -top)
        # A pixel short of each edge: Qt draws the lines that touch the clip too, and a
        # line that starts the next page touches this one's foot. Drawn there, clipped
        # out of sight, its text would still be in this page's PDF text (search, copy,
        # screen readers).
        draw_on_paper(
            self.doc,
            painter,
            QRectF(0, top + EDGE_PX, self.box.width, self.box.height - 2 * EDGE_PX),
        )
        painter.restore()
