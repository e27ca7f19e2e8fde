"""The accessible copy of a report: the same content as one web page, for screen readers.

Qt cannot tag a PDF, so a student who listens to a screen reader gets the
report as HTML instead: the occupation as the page's h1, each section an h2,
the parts of a section h3 (as the section builders wrote them), tables with
header cells (`<th scope>`) and captions, every chart's figures as a table
captioned with its title, lists as lists, then the sources, the O*NET
attribution and the citation (document.sources_html, as on paper). The blocks
are the report's own (profile/registry.py build_report; text and lists through
blocks_html), so the web page says what the printed report says. One file, in
UTF-8, with a small inline stylesheet: no script and nothing fetched from
elsewhere, so it opens offline and can be mailed or put on a shared drive.
write_web_page writes it all or nothing (output.write_bytes).
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from pathlib import Path

from explorer import __version__
from explorer.profile.blocks import (
    Block,
    Chart,
    ChartChoice,
    Facts,
    OccupationReport,
    Section,
    Table,
)
from explorer.profile.chart_data import ChartData
from explorer.profile.registry import ReportError
from explorer.reports.blocks_html import block_html
from explorer.reports.document import PageSetup, sources_html
from explorer.reports.output import write_bytes
from explorer.reports.progress import LAYING_OUT, Progress, report_step

STYLE = """
body { font-family: system-ui, "Segoe UI", Arial, sans-serif; font-size: 1.05rem;
  line-height: 1.5; color: #111; background: #fff; max-width: 48rem; margin: 1rem auto;
  padding: 0 1rem; }
h1 { font-size: 1.8rem; margin: 2rem 0 0.2rem; }
h2 { font-size: 1.35rem; margin: 1.6rem 0 0.4rem; border-bottom: 1px solid #bbb; }
h3 { font-size: 1.1rem; margin: 1.2rem 0 0.3rem; }
h4 { font-size: 1rem; margin: 0.8rem 0 0.2rem; }
table { border-collapse: collapse; margin: 0.8rem 0 0.3rem; }
caption { font-weight: bold; text-align: left; padding: 0.2rem 0; }
th, td { border: 1px solid #999; padding: 0.2rem 0.5rem; text-align: left;
  vertical-align: top; }
thead th { background: #eee; }
tbody th { font-weight: normal; }
td.number { text-align: right; }
.source, small { font-size: 0.9rem; color: #333; }
nav li, .subtitle { margin: 0.2rem 0; }
"""


def web_page(reports: Sequence[OccupationReport], setup: PageSetup) -> str:
    """The whole web page of reports (one occupation, or several with a list of contents)."""
    if not reports:
        raise ReportError("no occupation to save")
    return "".join(_page_parts(reports, setup))


def write_web_page(
    path: Path,
    reports: Sequence[OccupationReport],
    setup: PageSetup,
    progress: Progress | None = None,
) -> int:
    """Write the web page of reports to path, all or nothing (as write_pdf); its size in
    bytes. OSError when it cannot be written, ReportCancelled when progress says stop."""
    if not reports:
        raise ReportError("no occupation to save")
    content = "".join(_page_parts(reports, setup, progress)).encode("utf-8")
    write_bytes(Path(path), content, progress)
    return len(content)


def _page_parts(
    reports: Sequence[OccupationReport], setup: PageSetup, progress: Progress | None = None
) -> list[str]:
    title = (
        f"{reports[0].title} ({reports[0].code})"
        if len(reports) == 1
        else f"Career profiles ({len(reports)} occupations)"
    )
    parts = [
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="Career Explorer {escape(__version__)}">\n'
        f"<title>{escape(title)} – Career Explorer</title>\n<style>{STYLE}</style>\n"
        "</head>\n<body>\n<main>\n"
    ]
    if len(reports) > 1:
        parts.append(_contents(reports, setup))
    for number, report in enumerate(reports):
        report_step(progress, LAYING_OUT, number, len(reports))
        parts.append(occupation_html(report, anchor=len(reports) > 1))
    parts.append(f"{sources_html(reports, setup, 'saved')}\n</main>\n")
    parts.append(
        f"<footer><p class='source'>Saved from Career Explorer on "
        f"{setup.printed_on:%B} {setup.printed_on.day}, {setup.printed_on:%Y}"
        f". Data: {escape(setup.releases)}.</p></footer>\n"
        "</body>\n</html>\n"
    )
    return parts


def _contents(reports: Sequence[OccupationReport], setup: PageSetup) -> str:
    links = "".join(
        f'<li><a href="#{_anchor(r)}">{escape(r.title)}</a> ({escape(r.code)})</li>'
        for r in reports
    )
    return (
        f"<h1>Career profiles</h1>\n<p>Saved from Career Explorer on "
        f"{setup.printed_on:%B} {setup.printed_on.day}, {setup.printed_on:%Y}"
        f": {len(reports)} occupations.</p>\n"
        f'<nav aria-labelledby="contents"><h2 id="contents">Contents</h2><ul>{links}</ul></nav>\n'
    )


def _anchor(report: OccupationReport) -> str:
    return f"occupation-{report.code}"


def occupation_html(report: OccupationReport, anchor: bool = False) -> str:
    """One occupation: its title (h1), code and group, then each section (h2)."""
    where = f' id="{_anchor(report)}"' if anchor else ""
    head = (
        f"<article{where}>\n<h1>{escape(report.title)}</h1>\n"
        f"<p class='subtitle'>{escape(report.subtitle)}</p>\n"
    )
    return head + "".join(section_html(section) for section in report.sections) + "</article>\n"


def section_html(section: Section) -> str:
    """A section: its heading and each block, charts as tables of their figures."""
    body = "\n".join(web_block(block) for block in section.blocks)
    return f"<section>\n<h2>{escape(section.title)}</h2>\n{body}\n</section>\n"


def web_block(block: Block) -> str:
    """One block as HTML for the web page: tables with header cells, a chart as the table
    of its figures, text and lists as the report prints them."""
    if isinstance(block, Chart | ChartChoice):
        return chart_table(block.chart)
    if isinstance(block, Table):
        paired = _paired(block)
        if paired:  # two facts to a row on paper; one list here, read in the same order
            return data_table(block.caption, block.headers[:2], paired, block.source)
        return data_table(block.caption, block.headers, block.rows, block.source)
    if isinstance(block, Facts):
        rows = "".join(
            f'<tr><th scope="row">{escape(label)}</th><td>{escape(value)}</td></tr>'
            for label, value in block.rows
        )
        return f"<table>{_caption(block.caption)}<tbody>{rows}</tbody></table>" + _source(
            block.source
        )
    return block_html(block)


def _paired(table: Table) -> list[tuple[str, str]]:
    """The (label, value) pairs of a table that prints two pairs to a row ("Fact",
    "Figure", "Fact", "Figure"), read down the left then the right; [] for another table."""
    headers = table.headers
    if len(headers) != 4 or headers[:2] != headers[2:]:
        return []
    left = [(row[0], row[1]) for row in table.rows]
    right = [(row[2], row[3]) for row in table.rows if row[2]]
    return left + right


def data_table(
    caption: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    source: str = "",
    numbers: bool = False,
) -> str:
    """A table whose first column names each row: column headers, row headers, a caption
    and its source line below it. `numbers` aligns the other columns to the right."""
    head = "".join(f'<th scope="col">{escape(h)}</th>' for h in headers)
    cell = '<td class="number">' if numbers else "<td>"
    body = "".join(
        f'<tr><th scope="row">{escape(row[0])}</th>'
        + "".join(f"{cell}{escape(value)}</td>" for value in row[1:])
        + "</tr>"
        for row in rows
        if row
    )
    return (
        f"<table>{_caption(caption)}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
        + _source(source)
    )


def chart_table(chart: ChartData) -> str:
    """A chart's figures as a table captioned with its title (what the screen's "Show as
    table" shows): one row per category, one column per series, then its notes and source."""
    headers = [chart.category_axis or "Item", *(s.name for s in chart.series)]
    rows = [
        [category, *(chart.value_text(s, index) for s in chart.series)]
        for index, category in enumerate(chart.categories)
    ]
    notes = "".join(f"<p class='source'>{escape(note)}</p>" for note in chart.notes)
    return data_table(chart.title, headers, rows, numbers=True) + notes + _source(chart.source)


def _caption(text: str) -> str:
    return f"<caption>{escape(text)}</caption>" if text else ""


def _source(text: str) -> str:
    return f"<p class='source'>{escape(text)}</p>" if text else ""
