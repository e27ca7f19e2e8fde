"""`career-explorer compare` and `plan`: figures as `show --json` gives them, the printed
comparison read back with pypdf, and one line and exit 1 (no file) for every mistake."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from explorer.data.catalog import load_catalog

from fixtures.cli_run import run

NURSES, ACTORS, CHIEFS, DEVELOPERS = "29-1141.00", "27-2011.00", "11-1011.00", "15-1252.00"


def pdf_text(path: Path) -> tuple[int, str]:
    """The pages and the text of a PDF, its whitespace made single spaces."""
    pages = PdfReader(path).pages
    text = " ".join(" ".join(p.extract_text().split()) for p in pages)
    return len(pages), unicodedata.normalize("NFKC", text)  # "ﬃ" is "ffi"


def test_compare_json_gives_show_jsons_figures() -> None:
    result = run("compare", "29-1141", ACTORS, CHIEFS, "--json")
    assert result.returncode == 0, result.stderr
    compared = json.loads(result.stdout)
    assert [c["code"] for c in compared] == [NURSES, ACTORS, CHIEFS]
    for document in compared:
        shown = json.loads(run("show", document["code"], "--json").stdout)
        for key in ("wages", "projections", "interests", "programs", "job_zone", "title"):
            assert document[key] == shown[key], key
        rows = document["comparison"]
        wages = shown["wages"]
        assert rows["annual_pay"]["text"] == wages["annual_text"]["median"]
        assert rows["hourly_pay"]["text"] == wages["hourly_text"]["median"]
        openings = shown["projections"]["openings_annual"]
        assert rows["openings"]["text"] == f"{openings:,}"
    best = max(compared, key=lambda c: c["wages"]["annual"]["median"] or 0)
    assert best["comparison"]["annual_pay"]["best"] is True
    assert compared[1]["comparison"]["annual_pay"]["text"] == "hourly wages only"


@pytest.mark.parametrize(
    ("codes", "words"),
    [
        ([NURSES], "2 to 4 occupation codes, not 1"),
        ([NURSES, ACTORS, CHIEFS, DEVELOPERS, "55-3011"], "not 5"),
        ([NURSES, "12-3456.00"], "unknown occupation code: '12-3456.00'"),
    ],
)
def test_wrong_codes_are_one_line_exit_1_and_no_file(
    tmp_path: Path, codes: list[str], words: str
) -> None:
    out = tmp_path / "c.pdf"
    for extra in (["--json"], ["-o", str(out)]):
        result = run("compare", *codes, *extra)
        assert result.returncode == 1
        assert result.stdout == ""
        assert result.stderr.count("\n") == 1 and words in result.stderr, result.stderr
    assert list(tmp_path.iterdir()) == []


def _longest_titles(data, count: int = 4) -> list[str]:
    return [r.code for r in sorted(load_catalog(data), key=lambda r: -len(r.title))[:count]]


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_printed_comparison_has_every_title_and_row_on_two_pages(
    data, tmp_path: Path, paper: str
) -> None:
    sets = [
        _longest_titles(data),
        [NURSES, ACTORS],
        [CHIEFS, "55-3011.00", DEVELOPERS],
        [ACTORS, "27-2031.00", "27-2091.00", "27-2042.00"],  # paid by the hour
    ]
    for number, codes in enumerate(sets):
        out = tmp_path / f"compare-{number}.pdf"
        result = run("compare", *codes, "--state", "TX", "--paper", paper, "-o", str(out))
        assert result.returncode == 0, result.stderr
        pages, text = pdf_text(out)
        assert pages == 2
        words = set(text.replace(",", " ").split())
        for code in codes:
            title = data.occupation(code).title
            # A long title wraps in its column, and pypdf reads the columns' lines across.
            assert title in text or set(title.replace(",", " ").split()) <= words, title
            assert code in text
        for label in (
            "Median pay, annual",
            "Median pay, hourly",
            "Pay range, 10th to 90th percentile",
            "Median pay in Texas",
            "Typical education needed to enter",
            "Work experience in a related occupation",
            "On-the-job training",
            "Job zone",
            "Number of jobs, 2024",
            "Projected change, 2024–34",
            "Openings a year",
            "Bright Outlook",
            "Top interests",
            "Five most important skills",
            "Programs of study",
            "What they do",
            "wages from the 10th to the 90th percentile",
            "Interest areas",
            "Page 1 of 2",
            "Page 2 of 2",
            "O*NET",
        ):
            assert label in text, (codes, label)
        width = float(PdfReader(out).pages[0].mediabox.width)
        assert width > float(PdfReader(out).pages[0].mediabox.height)  # landscape


def test_plan_command_writes_the_list_with_its_notes(tmp_path: Path) -> None:
    notes = tmp_path / "notes.json"
    notes.write_text(json.dumps({NURSES: "Ask the school nurse about her job"}), "utf-8")
    out = tmp_path / "plan.pdf"
    result = run(
        "plan", NURSES, ACTORS, CHIEFS, "--name", "Sam Rivera", "--notes-json", str(notes),
        "--compare", f"{NURSES},{ACTORS}", "-o", str(out),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    _pages, text = pdf_text(out)
    assert "Sam Rivera" in text and "Ask the school nurse about her job" in text
    assert "Comparing 2 careers" in text


def test_plan_command_refuses_a_bad_notes_file(tmp_path: Path) -> None:
    notes = tmp_path / "notes.json"
    notes.write_text("[1, 2]", "utf-8")
    out = tmp_path / "plan.pdf"
    result = run("plan", NURSES, "--notes-json", str(notes), "-o", str(out))
    assert result.returncode == 1 and result.stderr.count("\n") == 1, result.stderr
    assert not out.exists()


def test_plan_command_finds_notes_whichever_way_the_codes_are_written(tmp_path: Path) -> None:
    """A note keyed "29-1141.00" belongs to "29-1141" on the command line, and back."""
    notes = tmp_path / "notes.json"
    notes.write_text(json.dumps({NURSES: "visit a hospital", "27-2011": "drama club"}), "utf-8")
    out = tmp_path / "plan.pdf"
    result = run("plan", "29-1141", ACTORS, "--notes-json", str(notes), "-o", str(out))
    assert result.returncode == 0, result.stderr
    _pages, text = pdf_text(out)
    assert "visit a hospital" in text and "drama club" in text


def test_plan_command_compares_only_careers_on_the_list(tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    result = run("plan", NURSES, ACTORS, "--compare", f"{NURSES},{CHIEFS}", "-o", str(out))
    assert result.returncode == 1 and result.stderr.count("\n") == 1, result.stderr
    assert "11-1011" in result.stderr and not out.exists()
