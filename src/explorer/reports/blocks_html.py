"""Report blocks as what QTextDocument typesets: text and tables as HTML, charts as
inline objects that ChartPainter draws as vectors."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QRect, QRectF, QSizeF
from PySide6.QtGui import QPainter, QPyTextObject, QTextDocument, QTextFormat

from explorer.profile.blocks import Block, Facts, Html, ItemList, Table
from explorer.profile.chart_data import ChartData
from explorer.reports.chart_painter import ChartPainter, height_in_points, wide

CHART_OBJECT = int(QTextFormat.ObjectTypes.UserObject) + 1
CHART_INDEX = int(QTextFormat.Property.UserProperty) + 1
CHART_GAP_PT = 14.0


class ChartObject(QPyTextObject):
    """Sizes and draws the charts placed in the document as inline objects."""

    def __init__(
        self, charts: list[ChartData], text_width: float, dpi: float, parent: QTextDocument
    ) -> None:
        super().__init__(parent)
        self.charts, self.text_width, self.dpi = charts, text_width, dpi

    def _width(self, chart: ChartData) -> float:
        return self.text_width - 2 if wide(chart) else self.text_width / 2 - 2

    def intrinsicSize(self, doc: QTextDocument, position: int, fmt: QTextFormat) -> QSizeF:
        chart = self.charts[int(fmt.property(CHART_INDEX))]
        width = self._width(chart)
        gap = CHART_GAP_PT * self.dpi / 72
        return QSizeF(
            width, height_in_points(chart, width * 72 / self.dpi) * self.dpi / 72 + gap / 2
        )

    def drawObject(
        self,
        painter: QPainter,
        rect: QRectF | QRect,
        doc: QTextDocument,
        position: int,
        fmt: QTextFormat,
    ) -> None:
        chart = self.charts[int(fmt.property(CHART_INDEX))]
        gap = CHART_GAP_PT * self.dpi / 72
        # Room below each chart, and between two charts that share a line. Qt passes a
        # QRectF; the stubs also allow a QRect, which QRectF() converts.
        ChartPainter(painter, self.dpi).draw(
            chart, QRectF(rect).adjusted(0, 0, 0 if wide(chart) else -gap, -gap / 2)
        )


def block_html(block: Block) -> str:
    """A block of text or a table as the report's HTML."""
    if isinstance(block, Html):
        return block.html
    if isinstance(block, ItemList):
        return item_list_html(block)
    if isinstance(block, Facts):
        return table_html(Table((block.caption, ""), block.rows, source=block.source))
    if isinstance(block, Table):
        return table_html(block)
    raise TypeError(f"{type(block).__name__} is not printed; its section gives paper a table")


def item_list_html(block: ItemList) -> str:
    """A list as its section printed it: the items the builder chose for paper and,
    beside the heading where some are left out, how many the whole list has."""
    more = (
        f" <small><i>(Career Explorer lists all {block.count:,})</i></small>"
        if block.collapsible
        else ""
    )
    return block.html(after_heading=more)


def table_html(table: Table) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in table.headers)
    rows = "".join(
        "<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in table.rows
    )
    # The caption is a header row too, so it never parts from its table and it repeats,
    # with the column names, on every page the table runs onto.
    caption = (
        f"<tr><td colspan={len(table.headers)} style='font-weight: bold; "
        f"font-size: 9pt'>{escape(table.caption)}</td></tr>"
        if table.caption
        else ""
    )
    source = f"<p><small>{escape(table.source)}</small></p>" if table.source else ""
    return (
        f"<table border=0.5 cellspacing=0 cellpadding=2 width=100% "
        f"style='border-collapse: collapse; border-color: #777'><thead>{caption}"
        f"<tr>{head}</tr></thead><tbody>{rows}</tbody></table>{source}"
    )
