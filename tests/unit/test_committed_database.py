"""The committed data/careers.db is what the build makes from ../shared/data today."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.dataset.build import build

from conftest import COMMITTED_DB

pytestmark = [pytest.mark.sources, pytest.mark.slow]


def test_full_build_reproduces_the_committed_database(shared_data: Path, tmp_path: Path) -> None:
    out = tmp_path / "careers.db"
    coverage = build(shared_data, out, log=lambda _message: None)
    assert coverage.occupations == 1016
    civilian = coverage.occupations - coverage.military
    assert coverage.national_wages / civilian >= 0.98
    assert coverage.projections / coverage.occupations >= 0.95
    assert out.stat().st_size < 60_000_000
    assert out.read_bytes() == COMMITTED_DB.read_bytes(), (
        "data/careers.db is stale or the build is not deterministic: rebuild and commit it"
    )
