"""`report --state` works for every state and territory, with or without figures there.

Guam and the Virgin Islands once ended in a traceback (the report looked for a
row the state table did not have) and File > Export PDF with either wrote
nothing. Every place in the one list of places is tried here.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from explorer import reports
from explorer.data.repository import CareerData
from explorer.profile.state_map import STATE_NAMES

from conftest import REPO

ACTORS = "27-2011.00"  # published in some territories, not in others


def _text(path: Path) -> str:
    return re.sub(r"\s+", " ", "\n".join(p.extract_text() for p in PdfReader(path).pages))


@pytest.mark.parametrize("abbr", sorted(STATE_NAMES))
def test_every_place_prints_its_state_data(
    qapp, data: CareerData, tmp_path: Path, abbr: str
) -> None:
    built = reports.build_reports(data, [ACTORS], ("states",), abbr.lower())
    path = tmp_path / "report.pdf"
    reports.write_pdf(path, built, reports.page_setup(data), "letter")
    text = _text(path)
    name = STATE_NAMES[abbr]
    assert f"Actors in {name}" in text
    published = any(s.abbr == abbr for s in data.occupation(ACTORS).states)
    if not published:
        assert "No estimate published" in text or "not available" in text


@pytest.mark.parametrize("abbr", ["VI", "GU"])
def test_the_command_line_prints_the_territories(tmp_path: Path, abbr: str) -> None:
    out = tmp_path / "territory.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "explorer", "report", "27-2011", "--state", abbr, "-o", str(out)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert f"Actors in {STATE_NAMES[abbr]}" in _text(out)
