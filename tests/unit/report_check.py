"""Render one-occupation reports and say what each must show: for the completeness tests.

Run as a script (`python report_check.py PAPER OUT.pdf CODE...`), in a process of
its own so that several can render at once, it writes the full report of each code
(every section, Letter or A4), each exactly as `career-explorer report CODE` lays it
out, one after the other into one PDF, and prints a JSON list with each report's
page count and what its pages must show. `missing` then says what a report's
pages, as read back from the PDF, lack.
"""

from __future__ import annotations

import json
import os
import re
import sys
import unicodedata
from datetime import date
from pathlib import Path

PRINTED_ON = date(2026, 11, 23)


def flat(text: str) -> str:
    """Ligatures undone ("ﬁ") and every run of white space one space."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


def squash(text: str) -> str:
    """Ligatures undone and no white space at all: a line may break after any "/"."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def expected(report: object, setup: object, version: str) -> dict:
    """What the pages of report must show: headings as whole lines, phrases anywhere."""
    from explorer.profile.blocks import Chart, ChartChoice, Facts, Table

    lines = [section.title for section in report.sections]  # type: ignore[attr-defined]
    lines += ["Sources", "How to cite this report"]
    phrases = [flat(text) for text in setup.attribution]  # type: ignore[attr-defined]
    phrases.append(
        f"Career Explorer {version}, “{report.title} ({report.code})”, "  # type: ignore[attr-defined]
        f"printed {PRINTED_ON:%B %-d, %Y}."
    )
    charts = []
    for section in report.sections:  # type: ignore[attr-defined]
        for block in section.blocks:
            if isinstance(block, Table | Facts):
                phrases += [flat(text) for text in (block.caption, block.source) if text]
            if isinstance(block, Chart | ChartChoice):
                charts.append(flat(block.chart.title))
    return {
        "code": report.code,  # type: ignore[attr-defined]
        "title": report.title,  # type: ignore[attr-defined]
        "lines": lines,
        "phrases": phrases,
        "charts": charts,
    }


def _body(page: str, running: str) -> str:
    """A page's text without its running header and footer, whichever order they come in."""
    kept = []
    for number, line in enumerate(flat(line) for line in page.splitlines()):
        titles = (running, "Sources", "Contents") if number < 3 else (running,)
        header = any(line in (title, f"{title} Career Explorer") for title in titles)
        if header or line == "Career Explorer" or FOOTER.fullmatch(line):
            continue
        kept.append(line)
    return "\n".join(kept)


def _joined(bodies: list[str]) -> list[str]:
    """The pages' texts with the line a paragraph ends one page with taken off the top of
    the next: Qt draws it there too, out of sight (QTextLayout::draw draws the last line
    above its clip rectangle), so the PDF's text holds it twice."""
    joined = bodies[:1]
    for body in bodies[1:]:
        last = joined[-1].rsplit("\n", 1)[-1]
        first, _, rest = body.partition("\n")
        joined.append(rest if last and first == last else body)
    return joined


FOOTER = re.compile(r"(Printed .+ · Data: .+?)? ?(Page \d+ of \d+)?")


def missing(entry: dict, pages: list[str]) -> list[str]:
    """What entry's pages lack: headings, phrases, each chart drawn once (on its page only:
    nothing clipped out of sight is in another page's text), page numbers and running
    headers."""
    running = flat(f"{entry['title']} ({entry['code']})")
    lines = {flat(line) for page in pages for line in page.splitlines()}
    text = squash("\n".join(_joined([_body(page, running) for page in pages])))
    lacking = [f"heading {line!r}" for line in entry["lines"] if line not in lines]
    lacking += [
        f"text {phrase[:60]!r}" for phrase in entry["phrases"] if squash(phrase) not in text
    ]
    for title in entry["charts"]:
        if (drawn := text.count(squash(title))) != entry["charts"].count(title):
            lacking.append(f"chart {title!r} drawn {drawn} times")
    for number, page in enumerate(pages, start=1):
        if squash(f"Page {number} of {len(pages)}") not in squash(page):
            lacking.append(f"'Page {number} of {len(pages)}'")
        header = [flat(line) for line in page.splitlines()[:3]]
        if squash(running) not in squash(page) and "Sources" not in header:
            lacking.append(f"the running header of page {number}")
    return lacking


def render(paper: str, out: Path, codes: list[str]) -> list[dict]:
    """Write the report of each code into out, one after the other; what each must show."""
    from PySide6.QtGui import QGuiApplication, QPainter, QPdfWriter

    from explorer import __version__, reports
    from explorer.data.repository import CareerData
    from explorer.paths import default_database
    from explorer.profile.registry import SECTION_KEYS

    app = QGuiApplication(["report-check"])  # noqa: F841 - fonts and painting need it
    data = CareerData(default_database())
    setup = reports.page_setup(data, PRINTED_ON)
    writer = QPdfWriter(str(out))
    writer.setResolution(reports.PDF_DPI)
    reports.set_paper(writer, paper)
    painter = QPainter(writer)
    manifest = []
    for number, code in enumerate(codes):
        (report,) = reports.build_reports(data, [code], tuple(SECTION_KEYS))
        document = reports.ReportDocument([report], writer, setup)
        if number:
            writer.newPage()
        document.paint(painter)
        manifest.append({**expected(report, setup, __version__), "pages": document.page_count})
    painter.end()
    return manifest


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    paper, out, *codes = sys.argv[1:]
    print(json.dumps(render(paper, Path(out), codes)))
