"""Where printed pages break: no heading or table stranded at the foot of a page, and a
batch's contents page shared with the first occupation.

The stranding tests slide a heading and a table down the page, a line at a time, across
the foot of the first page, and read each PDF back: wherever they land, the heading
is on the page of the table's caption, header row and first rows (a short table: all of
it and its source line).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from explorer import reports
from explorer.data.repository import CareerData
from explorer.profile.blocks import Html, OccupationReport, Section, Table
from explorer.profile.registry import SECTION_KEYS

PRINTED_ON = date(2026, 11, 23)
#: Lines of text above the heading: the heading and table cross the foot of page 1.
SLIDE = range(44, 76)


@pytest.fixture
def gui_app(qapp):
    return qapp


def _pages(data: CareerData, path: Path, built: list[OccupationReport], paper: str) -> list[str]:
    reports.write_pdf(path, built, reports.page_setup(data, PRINTED_ON), paper)
    return [
        " ".join(unicodedata.normalize("NFKC", page.extract_text()).split())
        for page in PdfReader(path).pages
    ]


def _sliding(lines: int, rows: int) -> OccupationReport:
    filler = Html("<p>" + "<br>".join(f"Filler line {n}." for n in range(lines)) + "</p>")
    table = Table(
        ("Area", "Jobs"),
        tuple((f"Area {n}", f"{n}") for n in range(rows)),
        caption="Areas with the most jobs",
        source="Source: the test's own figures.",
    )
    return OccupationReport(
        "00-0000.00",
        "A sliding table",
        "test",
        (Section("a", "Section one", (filler,)), Section("b", "Section two", (table,))),
    )


def _page_of(pages: list[str], text: str) -> int:
    (found,) = [n for n, page in enumerate(pages) if re.search(rf"{re.escape(text)}(?!\w)", page)]
    return found


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_a_heading_and_table_never_start_at_the_foot_of_a_page(
    gui_app, data: CareerData, tmp_path: Path, paper: str
) -> None:
    broken = set()
    for lines in SLIDE:
        pages = _pages(data, tmp_path / "long.pdf", [_sliding(lines, rows=40)], paper)
        heading = _page_of(pages, "Section two")
        first_rows = {_page_of(pages, f"Area {n}") for n in range(3)}
        if first_rows != {heading} or "Areas with the most jobs Area Jobs" not in pages[heading]:
            broken.add(lines)
    assert broken == set()


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_a_short_table_is_kept_whole_with_its_source(
    gui_app, data: CareerData, tmp_path: Path, paper: str
) -> None:
    broken = set()
    for lines in SLIDE:
        pages = _pages(data, tmp_path / "short.pdf", [_sliding(lines, rows=8)], paper)
        heading = _page_of(pages, "Section two")
        together = {_page_of(pages, f"Area {n}") for n in range(8)}
        together.add(_page_of(pages, "Source: the test's own figures."))
        if together != {heading}:
            broken.add(lines)
    assert broken == set()


def test_the_contents_of_a_short_batch_shares_its_page(
    gui_app, data: CareerData, tmp_path: Path
) -> None:
    codes = ["29-2072.00", "27-2011.00", "11-1031.00"]
    built = reports.build_reports(data, codes, tuple(SECTION_KEYS))
    pages = _pages(data, tmp_path / "batch.pdf", built, "letter")
    first = pages[0]
    assert "Career profiles" in first
    assert "Medical Records Specialists 29-2072.00 1 " in first  # its row: page 1
    assert first.index("Career profiles") < first.index("Quick facts")  # starts below
    assert first.startswith("Medical Records Specialists (29-2072.00)")  # running header


def test_a_long_contents_is_followed_at_once(gui_app, data: CareerData, tmp_path: Path) -> None:
    codes = data.occupation_codes()[:70]
    built = reports.build_reports(data, codes, ("quick",))
    pages = _pages(data, tmp_path / "batch.pdf", built, "letter")
    row = re.compile(rf"{re.escape(built[-1].title)} {codes[-1]} \d+")  # the contents' last
    (last_row,) = [n for n, page in enumerate(pages) if row.search(page)]
    start = int(re.search(re.escape(codes[0]) + r" (\d+)", pages[0]).group(1)) - 1
    assert last_row >= 1  # more than one page of contents
    assert start in (last_row, last_row + 1)
    assert all(page.startswith("Contents") for page in pages[:start])
