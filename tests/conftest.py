"""Shared fixtures: where the committed database and the raw sources are, and a window."""

from __future__ import annotations

import functools
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
COMMITTED_DB = REPO / "data" / "careers.db"
SHARED_DATA = REPO.parent / "shared" / "data"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The raw public sources; tests that read them skip only where they are absent."""
    if not (SHARED_DATA / "SOURCES.md").is_file():
        pytest.skip(f"raw sources not found at {SHARED_DATA} (a user's clone has none)")
    return SHARED_DATA


@pytest.fixture(scope="session")
def data():
    """The committed careers.db, opened through the data layer."""
    from explorer.data.repository import CareerData

    career_data = CareerData(COMMITTED_DB)
    yield career_data
    career_data.close()


@pytest.fixture(scope="session")
def fixture_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A careers.db built from the small fixture sources."""
    from explorer.dataset.build import build

    from fixtures.source_fixtures import write_sources

    root = tmp_path_factory.mktemp("fixture")
    sources = write_sources(root / "sources")
    out = root / "careers.db"
    build(sources, out, log=lambda _message: None)
    return out


@pytest.fixture
def window(qtbot, data, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The main window, shown, with its settings in a folder of the test's own."""
    from explorer.ui.main_window import MainWindow
    from explorer.ui.settings import SETTINGS_DIR_ENV

    monkeypatch.setenv(SETTINGS_DIR_ENV, str(tmp_path / "settings"))
    monkeypatch.setenv("CAREER_EXPLORER_MY_LIST_DIR", str(tmp_path / "my list"))
    main = MainWindow(data)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()


@functools.cache
def _committed() -> tuple[object, dict]:
    from explorer.data.catalog import load_catalog
    from explorer.data.repository import CareerData

    career_data = CareerData(COMMITTED_DB)
    return career_data, {row.code: row for row in load_catalog(career_data)}


def ctx(occupation: object, medium: str = "screen", state: str | None = None):
    """The section context of an occupation (an Occupation or a code) in the committed
    database, as the profile's section builders receive it."""
    from explorer.profile.context import make_context

    career_data, catalog = _committed()
    code = occupation if isinstance(occupation, str) else occupation.code  # type: ignore[attr-defined]
    return make_context(career_data, code, catalog, medium, state)  # type: ignore[arg-type]
