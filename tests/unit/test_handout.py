"""One-page handouts: every occupation fits one page at Letter and A4, says its title,
code, pay (or why there is none) and the attribution; a class set is one page each."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QBuffer
from PySide6.QtGui import QPdfWriter

from explorer import reports
from explorer.data.catalog import load_catalog
from explorer.data.repository import CareerData
from explorer.profile.handout import first_sentence
from explorer.profile.sources import releases
from explorer.reports.handout import build_handouts, typeset, write_handouts

from conftest import COMMITTED_DB


@pytest.fixture(scope="module")
def every_handout(data: CareerData):
    codes = [row.code for row in load_catalog(data)]
    footer = f"Data: {reports.page_setup(data).releases}."
    return build_handouts(data, codes, "TX", footer)


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_every_handout_is_one_page(qapp, data: CareerData, every_handout, paper: str) -> None:
    buffer = QBuffer()
    writer = QPdfWriter(buffer)
    writer.setResolution(reports.PDF_DPI)
    reports.set_paper(writer, paper)
    onet_line = releases(data).attribution()[0]
    assert len(every_handout) > 1000
    for handout in every_handout:
        doc = typeset(handout, writer)
        assert doc.pageCount() == 1, handout.code
        text = _flat(doc.toPlainText())
        assert handout.title in text and handout.code in text, handout.code
        assert "Median pay, " in text, handout.code
        assert "a year" in text or "an hour" in text or "not available" in text, handout.code
        assert "Median pay in Texas" in text, handout.code
        assert onet_line in text, handout.code
        assert "Data: " in text, handout.code


def test_no_wage_says_why(every_handout) -> None:
    no_wages = [h for h in every_handout if "BLS publishes no wage estimate" in h.facts[0][1]]
    assert no_wages, "the military occupations have no BLS wages"
    for handout in no_wages:
        assert handout.facts[0][1].startswith("not available")


def test_first_sentence_is_whole() -> None:
    assert first_sentence("Fix cars. Drive trucks.") == "Fix cars."
    assert first_sentence("Use tools, e.g. saws. More.") == "Use tools, e.g. saws."
    assert first_sentence("One sentence only.") == "One sentence only."


def test_class_set_is_one_page_each(qapp, data: CareerData, every_handout, tmp_path: Path) -> None:
    chosen = every_handout[::40][:25]
    assert len(chosen) == 25
    path = tmp_path / "class.pdf"
    assert write_handouts(path, chosen, "a4") == 25
    reader = PdfReader(path)
    assert len(reader.pages) == 25
    for page, handout in zip(reader.pages, chosen, strict=True):
        text = _flat(page.extract_text())
        assert handout.code in text
        assert "CC BY 4.0" in text


def test_cli_handout_writes_the_file(tmp_path: Path) -> None:
    path = tmp_path / "handouts.pdf"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "explorer",
            "--db",
            str(COMMITTED_DB),
            "report",
            "29-1141.00",
            "15-1252.00",
            "--handout",
            "--state",
            "tx",
            "-o",
            str(path),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "2 pages" in result.stdout
    text = _flat(PdfReader(path).pages[0].extract_text())
    assert "Registered Nurses" in text and "Median pay in Texas" in text


def test_cli_handout_refuses_sections(tmp_path: Path) -> None:
    path = tmp_path / "handouts.pdf"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "explorer",
            "--db",
            str(COMMITTED_DB),
            "report",
            "29-1141.00",
            "--handout",
            "--sections",
            "pay",
            "-o",
            str(path),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 1 and "--sections" in result.stderr
    assert not path.exists()
