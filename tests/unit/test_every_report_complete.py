"""Every printed report is whole: each chosen section's heading, every table's caption and
source line, the sources, the O*NET attribution and the citation, and on every page its
running header and "Page X of Y".

Qt lays a document out lazily; an edit made before that layout had finished (moving a
heading to the next page) left the blocks after it without lines, so a third of the
one-occupation reports lost their end: the sources, the attribution and the citation,
sometimes the "Similar Occupations" heading or the State Data tables' source lines. The
reports are rendered in processes of their own (report_check.py), two at a time, and
read back from the PDF.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from conftest import REPO

HELPER = Path(__file__).with_name("report_check.py")
#: Occupations whose reports lost their end (issue 13), two long ones and one whose
#: charts at the foot of a page were drawn on the next page too, out of sight.
NAMED = ["29-1141.00", "25-2031.00", "47-2111.00", "11-1011.00", "15-1252.00", "55-1019.00"]
PROCESSES = 2


def _start(paper: str, out: Path, codes: list[str]) -> subprocess.Popen:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO / "src")}
    return subprocess.Popen(
        [sys.executable, str(HELPER), paper, str(out), *codes],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )


def _render(paper: str, folder: Path, codes: list[str]) -> list[tuple[list[dict], Path]]:
    """Render codes in PROCESSES processes at once; each one's manifest and PDF."""
    chunks = [codes[number::PROCESSES] for number in range(PROCESSES)]
    started = [
        (_start(paper, folder / f"{paper}-{n}.pdf", chunk), folder / f"{paper}-{n}.pdf")
        for n, chunk in enumerate(chunks)
        if chunk
    ]
    done = []
    for process, out in started:
        stdout, _ = process.communicate(timeout=1800)
        assert process.returncode == 0
        done.append((json.loads(stdout), out))
    return done


def _problems(manifest: list[dict], pages: list[str]) -> dict[str, list[str]]:
    from report_check import missing

    assert sum(entry["pages"] for entry in manifest) == len(pages)
    problems, first = {}, 0
    for entry in manifest:
        lacking = missing(entry, pages[first : first + entry["pages"]])
        first += entry["pages"]
        if lacking:
            problems[entry["code"]] = lacking
    return problems


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_the_reports_that_lost_their_end_are_whole(tmp_path: Path, paper: str) -> None:
    problems = {}
    for manifest, out in _render(paper, tmp_path, NAMED):
        pages = [page.extract_text() for page in PdfReader(out).pages]
        problems.update(_problems(manifest, pages))
    assert problems == {}


def test_the_check_sees_a_report_that_lost_its_end(tmp_path: Path) -> None:
    """missing() finds what a truncated report lacks (the check can fail)."""
    ((manifest, out),) = _render("letter", tmp_path, NAMED[:1])
    pages = [page.extract_text() for page in PdfReader(out).pages]
    last = pages[-1]
    cut = last[: last.index("Sources")]  # the end lost, as in issue 13
    lacking = _problems(manifest, [*pages[:-1], cut])[NAMED[0]]
    assert "heading 'Sources'" in lacking and "heading 'How to cite this report'" in lacking
    assert any(item.startswith("text 'This product includes information") for item in lacking)
    assert any(item.startswith("text 'Career Explorer") for item in lacking)
    renumbered = [re.sub(rf"of\s+{len(pages)}\b", "of 99", page) for page in pages]
    assert f"'Page 1 of {len(pages)}'" in _problems(manifest, renumbered)[NAMED[0]]


@pytest.mark.slow
@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_every_occupation_report_is_whole(data, tmp_path: Path, paper: str) -> None:
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        pytest.skip("pdftotext (poppler-utils) reads a thousand reports back in seconds")
    codes = data.occupation_codes()
    problems, count = {}, 0
    for manifest, out in _render(paper, tmp_path, codes):
        text = subprocess.run(
            [pdftotext, "-enc", "UTF-8", str(out), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        pages = text.split("\f")[:-1]  # every page ends with a form feed
        problems.update(_problems(manifest, pages))
        count += len(manifest)
    assert count == len(codes)
    assert problems == {}, f"{len(problems)} incomplete: {dict(list(problems.items())[:5])}"
