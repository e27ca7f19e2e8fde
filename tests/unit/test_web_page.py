"""The accessible web page copy of a report (issue 13 item 5): the printed report's content
with real headings, tables with header cells and captions, every chart's figures as a
table, the sources, the attribution and the citation; one self-contained UTF-8 file.

Read back with html.parser, as a screen reader's browser would build its outline: no
Qt layout is needed, so every occupation can be checked (the slow test)."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from explorer import __version__, reports
from explorer.data.catalog import load_catalog
from explorer.data.repository import CareerData
from explorer.profile.blocks import OccupationReport
from explorer.profile.registry import SECTION_BY_KEY, SECTION_KEYS
from explorer.reports.web_page import web_page, write_web_page
from web_outline import Table, outline

from conftest import COMMITTED_DB

PRINTED_ON = date(2026, 11, 23)
#: Registered Nurses (many charts), a military occupation (no BLS wages), Actors
#: (hourly wages only) and Secondary School Teachers.
SAMPLE = ("29-1141.00", "55-1011.00", "27-2011.00", "25-2031.00")


def check_page(html: str, built: list[OccupationReport], setup: reports.PageSetup) -> None:
    """Everything the issue asks of the web page of built, or an assertion naming what."""
    page = outline(html)
    codes = ", ".join(r.code for r in built)
    assert html.startswith("<!DOCTYPE html>") and '<html lang="en">' in html, codes
    assert '<meta charset="utf-8">' in html and page.title.strip(), codes
    assert "script" not in page.tags and "img" not in page.tags and "link" not in page.tags
    for tag, name, value in page.attributes:
        if name in ("href", "src"):
            assert (value or "").startswith("#"), (codes, tag, value)  # nothing from elsewhere
        assert not name.startswith("on"), (codes, tag, name)
    # Headings: h1 first, never a level skipped on the way down.
    levels = [level for level, _text in page.headings]
    assert levels and levels[0] == 1, codes
    for before, after in itertools.pairwise(levels):
        assert after <= before + 1, (codes, page.headings)
    h1 = [text for level, text in page.headings if level == 1]
    h2 = [text for level, text in page.headings if level == 2]
    for report in built:
        assert report.title in h1, (codes, report.title)
        for section in report.sections:
            assert section.title in h2, (codes, section.title)
    assert "Sources" in h2 and ("How to cite this report" in (t for _l, t in page.headings))
    text = page.plain()
    for line in setup.attribution:
        assert " ".join(line.split()) in text, (codes, line)
    named = ", ".join(f"{r.title} ({r.code})" for r in built)
    citation = f"Career Explorer {__version__}, “{named}”, saved {PRINTED_ON:%B %-d, %Y}."
    assert " ".join(citation.split()) in text, codes
    # Every table has header cells, each with its scope.
    for table in page.tables:
        assert table.headers, (codes, table.caption, table.rows[:2])
        assert all(scope in ("col", "row") for scope in table.scopes), (codes, table.caption)
    # Every chart's figures, as a table captioned with its title.
    by_caption: dict[str, list[Table]] = {}
    for table in page.tables:
        by_caption.setdefault(table.caption, []).append(table)
    for report in built:
        for section in report.sections:
            for chart in section.charts():
                title = " ".join(chart.title.split())
                assert title in by_caption, (report.code, title)
                rows = [
                    [category, *(chart.value_text(s, i) for s in chart.series)]
                    for i, category in enumerate(chart.categories)
                ]
                flat = [[" ".join(c.split()) for c in row] for row in rows]
                matching = [t for t in by_caption[title] if t.rows[1:] == flat]
                assert matching, (report.code, title)
                # Column headers, then each row's category as its header cell.
                names = [chart.category_axis or "Item", *(s.name for s in chart.series)]
                assert matching[0].headers == names + [row[0] for row in flat], title


@pytest.fixture(scope="module")
def setup(data: CareerData) -> reports.PageSetup:
    return reports.page_setup(data, PRINTED_ON)


def test_a_sample_has_everything(data: CareerData, setup) -> None:
    built = reports.build_reports(data, SAMPLE, tuple(SECTION_KEYS), "TX")
    for report in built:
        check_page(web_page([report], setup), [report], setup)
    check_page(web_page(built, setup), built, setup)  # one page of four occupations


def test_only_the_chosen_sections(data: CareerData, setup) -> None:
    built = reports.build_reports(data, ["29-1141.00"], ("pay", "similar"))
    page = outline(web_page(built, setup))
    h2 = [text for level, text in page.headings if level == 2]
    assert h2 == ["Pay", "Similar Occupations", "Sources"]
    assert SECTION_BY_KEY["outlook"].title not in h2


def test_a_batch_has_contents_linking_to_each_occupation(data: CareerData, setup) -> None:
    built = reports.build_reports(data, SAMPLE[:2], ("quick",))
    html = web_page(built, setup)
    page = outline(html)
    assert next(t for level, t in page.headings if level == 1) == "Career profiles"
    for report in built:
        assert f'href="#occupation-{report.code}"' in html
        assert f'id="occupation-{report.code}"' in html
    assert "2 occupations" in page.title


def test_quick_facts_read_as_one_list_with_row_headers(data: CareerData, setup) -> None:
    built = reports.build_reports(data, ["29-1141.00"], ("quick",))
    table = outline(web_page(built, setup)).tables[0]
    assert table.headers[:2] == ["Fact", "Figure"]
    assert all(len(row) == 2 for row in table.rows)  # not two facts to a row, as on paper
    assert table.rows[1][0].startswith("Median pay")


@pytest.mark.slow
def test_every_occupation_has_everything(data: CareerData, setup) -> None:
    codes = [row.code for row in load_catalog(data)]
    assert len(codes) > 1000
    for code in codes:
        built = reports.build_reports(data, [code], tuple(SECTION_KEYS), "TX")
        check_page(web_page(built, setup), built, setup)


def test_writing_is_all_or_nothing(
    data: CareerData, setup, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = reports.build_reports(data, ["29-1141.00"], ("pay",))
    out = tmp_path / "nurses.html"
    size = write_web_page(out, built, setup)
    assert size == out.stat().st_size and out.read_text("utf-8").endswith("</html>\n")
    before = out.read_bytes()

    def full(_descriptor: int, _data: bytes) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "write", full)
    with pytest.raises(OSError):
        write_web_page(out, reports.build_reports(data, ["27-2011.00"], ("pay",)), setup)
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["nurses.html"]


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "explorer", "--db", str(COMMITTED_DB), "report", *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def test_cli_html_writes_the_web_page(tmp_path: Path) -> None:
    out = tmp_path / "two.html"
    result = _cli("29-1141", "47-2111.00", "--html", "--sections", "pay,states", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"{out}: a web page, 2 occupations"
    page = outline(out.read_text("utf-8"))
    h1 = [t for level, t in page.headings if level == 1]
    assert h1 == ["Career profiles", "Registered Nurses", "Electricians"]
    h2 = [t for level, t in page.headings if level == 2]
    assert h2 == ["Contents", "Pay", "State Data", "Pay", "State Data", "Sources"]


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("29-1141", "99-9999"), "unknown occupation code: '99-9999'"),
        (("29-1141", "--handout"), "--handout and --html cannot be combined"),
        (("29-1141", "--sections", "nonsense"), "unknown section nonsense"),
    ],
)
def test_cli_html_refuses_with_one_line_and_no_file(
    tmp_path: Path, args: tuple[str, ...], says: str
) -> None:
    out = tmp_path / "out.html"
    result = _cli(*args, "--html", "-o", str(out))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and says in result.stderr, result.stderr
    assert list(tmp_path.iterdir()) == []


def test_cli_names_the_right_ending(tmp_path: Path) -> None:
    wrong = _cli("29-1141", "--html", "-o", str(tmp_path / "x.pdf"))
    assert wrong.returncode == 1 and "must end in .html" in wrong.stderr
    hint = _cli("29-1141", "-o", str(tmp_path / "x.html"))
    assert hint.returncode == 1 and "add --html" in hint.stderr
    assert list(tmp_path.iterdir()) == []
