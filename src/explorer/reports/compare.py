"""The printed comparison: two landscape pages, the table of figures, then its two charts.

The first page is the comparison's table (profile.compare: one column per career,
the best value of a row in bold with its words, "★ highest"), typeset in the
largest type that keeps it on the page; the second draws the pay range and the
interest scores with ChartPainter, side by side, and the sources and their
attribution under them. Both pages carry the reports' running header and
"Page X of Y". The window prints and previews it (a QPrinter); write_comparison
writes a PDF through output.replacing, all or nothing. QtGui only.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QPagedPaintDevice, QPainter, QTextDocument

from explorer.profile.compare import Comparison
from explorer.profile.registry import ReportError
from explorer.reports.chart_painter import ChartPainter, height_in_points
from explorer.reports.document import PageSetup
from explorer.reports.paper import draw_on_paper
from explorer.reports.progress import LAYING_OUT, Progress, report_step
from explorer.reports.sheets import Sheet, body_for, paint_sheets, text_document, write_sheets

#: Type sizes tried in turn until the table fits its page.
TABLE_SIZES = (9.0, 8.5, 8.0, 7.5, 7.0, 6.5)
LABEL_SHARE = 13  # percent of the width for the rows' labels
HEADING_LIMIT = 90  # characters of a running title that fit beside "Career Explorer"
STYLE = (
    "h1 { font-size: large; margin-bottom: 2pt; } "
    "th { background-color: #dfe7f1; text-align: left; } "
    "td, th { vertical-align: top; } "
)
BEST_NOTE = (
    "★ marks the best value in a row that can be ranked: the highest pay, the most jobs "
    "and openings, the fastest growth (in bold, with its words). Education, training, "
    "job zone, interests and skills are not ranked: more is neither better nor worse."
)


def heading(comparison: Comparison) -> str:
    """The running title: "Comparing Registered Nurses, Actors and 2 more", each title to
    its first comma; "Comparing 4 careers" where that would not fit a page's header."""
    titles = [c.title.split(",")[0] for c in comparison.careers]
    if len(titles) == 2:
        text = f"Comparing {titles[0]} and {titles[1]}"
    else:
        text = f"Comparing {titles[0]}, {titles[1]} and {len(titles) - 2} more"
    return text if len(text) <= HEADING_LIMIT else f"Comparing {len(titles)} careers"


def cell_html(text: str) -> str:
    """A cell's text as HTML: its lines kept."""
    return "<br/>".join(escape(line) for line in text.split("\n"))


def table_html(comparison: Comparison) -> str:
    """The comparison as one HTML table (the best values in bold with their mark)."""
    share = (100 - LABEL_SHARE) // len(comparison.careers)
    head = "".join(
        f'<th width="{share}%">{escape(c.letter)} · {escape(c.title)}<br/>'
        f"<small>{escape(c.code)}</small></th>"
        for c in comparison.careers
    )
    rows = []
    for row in comparison.rows:
        cells = "".join(
            f"<td><b>{cell_html(row.cells[i])}<br/>{escape(row.mark)}</b></td>"
            if i in row.best
            else f"<td>{cell_html(row.cells[i])}</td>"
            for i in range(len(comparison.careers))
        )
        rows.append(f"<tr><td><b>{escape(row.label)}</b></td>{cells}</tr>")
    return (
        f"<style>{STYLE}</style><h1>Comparing {len(comparison.careers)} careers</h1>"
        f"<p><small>{escape(BEST_NOTE)}</small></p>"
        '<table width="100%" border="1" cellspacing="0" cellpadding="2" '
        'style="border-collapse: collapse; border-color: #999;">'
        f'<tr><th width="{LABEL_SHARE}%"></th>{head}</tr>{"".join(rows)}</table>'
        f"<p><small>{escape(comparison.sources)}</small></p>"
    )


def table_document(
    comparison: Comparison, device: QPagedPaintDevice, size: QSizeF
) -> QTextDocument:
    """The table in the largest type that keeps it on one page; ReportError if none does."""
    html = table_html(comparison)
    for points in TABLE_SIZES:
        doc = text_document(html, device, size, points)
        if doc.pageCount() == 1:
            return doc
    raise ReportError("the comparison does not fit on one page")


def comparison_sheets(
    comparison: Comparison,
    device: QPagedPaintDevice,
    paper: str | None,
    progress: Progress | None = None,
) -> list[Sheet]:
    """The comparison's two landscape pages, laid out for device."""
    report_step(progress, LAYING_OUT, 0, 1)
    body = body_for(device, paper, landscape=True)
    doc = table_document(comparison, device, body.size())
    title = heading(comparison)

    def table(painter: QPainter, rect: QRectF) -> None:
        draw_on_paper(doc, painter, rect)

    def charts(painter: QPainter, rect: QRectF) -> None:
        paint_charts(painter, rect, comparison, float(device.logicalDpiY()), device)

    return [Sheet(title, True, table), Sheet(title, True, charts)]


def paint_charts(
    painter: QPainter,
    rect: QRectF,
    comparison: Comparison,
    dpi: float,
    device: QPagedPaintDevice,
) -> None:
    """The two charts side by side, then the sources' attribution across the page."""
    point = dpi / 72
    gap = 18 * point
    width = (rect.width() - gap) / 2
    notes = text_document(
        "".join(f"<p>{escape(line)}</p>" for line in comparison.attribution)
        + f"<p>{escape(comparison.sources)}</p>",
        device,
        QSizeF(rect.width(), rect.height()),
        6.5,
    )
    notes_height = notes.size().height()
    room = rect.height() - notes_height - 10 * point
    charts = (comparison.pay_chart, comparison.interest_chart)
    tallest = max(height_in_points(c, width / point) for c in charts) * point
    height = min(room, tallest * 1.25)
    cp = ChartPainter(painter, dpi)
    for index, chart in enumerate(charts):
        cp.draw(chart, QRectF(rect.left() + index * (width + gap), rect.top(), width, height))
    painter.save()
    painter.translate(rect.left(), rect.top() + height + 10 * point)
    draw_on_paper(notes, painter, QRectF())
    painter.restore()


def print_comparison(
    device: QPagedPaintDevice,
    comparison: Comparison,
    setup: PageSetup,
    paper: str | None = None,
    progress: Progress | None = None,
) -> int:
    """Print the comparison on device (a printer: its own paper where paper is None)."""
    return paint_sheets(
        device, comparison_sheets(comparison, device, paper, progress), setup, paper, progress
    )


def write_comparison(
    path: Path,
    comparison: Comparison,
    setup: PageSetup,
    paper: str = "letter",
    progress: Progress | None = None,
) -> int:
    """Write the comparison to a PDF at path, all or nothing; the number of pages."""
    return write_sheets(
        path,
        lambda device: comparison_sheets(comparison, device, paper, progress),
        setup,
        paper,
        heading(comparison),
        progress,
    )
