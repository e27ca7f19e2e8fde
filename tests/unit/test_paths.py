"""paths.py: the one place that finds data/ and resources/, from source and frozen, and
the administrators' defaults file on each platform."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from explorer import paths

from conftest import COMMITTED_DB, REPO

SRC = REPO / "src" / "explorer"


def test_from_source_the_files_are_at_the_repository_root() -> None:
    assert not paths.is_frozen()
    assert paths.app_root() == REPO
    assert paths.default_database() == COMMITTED_DB
    assert paths.resources() == REPO / "resources"


def test_frozen_the_files_are_under_meipass(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.is_frozen()
    assert paths.app_root() == tmp_path
    assert paths.default_database() == tmp_path / "data" / "careers.db"
    assert paths.resources() == tmp_path / "resources"
    assert paths.icon_files() == []  # none in the fake bundle: no icon, no error


def test_the_icon_ships_in_every_size_from_16_to_256() -> None:
    icons = paths.icon_files()
    assert [p.name for p in icons] == [f"career-explorer-{s}.png" for s in paths.ICON_SIZES]
    for path, size in zip(icons, paths.ICON_SIZES, strict=True):
        header = path.read_bytes()[:24]
        assert header[:8] == b"\x89PNG\r\n\x1a\n"
        assert int.from_bytes(header[16:20], "big") == size
        assert int.from_bytes(header[20:24], "big") == size
    for name in ("career-explorer.svg", "career-explorer.ico", "career-explorer.icns"):
        assert (REPO / "resources" / name).is_file(), name


def test_only_paths_knows_where_the_frozen_files_are() -> None:
    """No other module looks at sys._MEIPASS or builds a path to the shipped database."""
    offenders = []
    for path in SRC.rglob("*.py"):
        if path.name == "paths.py":
            continue
        text = path.read_text(encoding="utf-8")
        if any(marker in text for marker in ("_MEIPASS", '/ "data"', '/ "resources"')):
            offenders.append(str(path.relative_to(SRC)))
    assert offenders == []


@pytest.mark.parametrize(
    ("platform", "expected"),
    [
        ("linux", "/etc/career-explorer/defaults.ini"),
        ("darwin", "/Library/Application Support/Career Explorer/defaults.ini"),
    ],
)
def test_admin_defaults_file_per_platform(
    monkeypatch: pytest.MonkeyPatch, platform: str, expected: str
) -> None:
    monkeypatch.delenv(paths.ADMIN_DEFAULTS_ENV, raising=False)
    assert str(paths.admin_defaults_file(platform)) == expected


def test_admin_defaults_file_on_windows_is_under_programdata(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(paths.ADMIN_DEFAULTS_ENV, raising=False)
    monkeypatch.setenv("PROGRAMDATA", "/ProgramData")
    path = paths.admin_defaults_file("win32")
    assert path.parts[-3:] == ("ProgramData", "Career Explorer", "defaults.ini")
    monkeypatch.delenv("PROGRAMDATA")
    assert str(paths.admin_defaults_file("win32")).startswith("C:\\ProgramData")


def test_admin_defaults_file_can_be_moved_for_tests(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(paths.ADMIN_DEFAULTS_ENV, str(tmp_path / "x.ini"))
    for platform in ("linux", "darwin", "win32"):
        assert paths.admin_defaults_file(platform) == tmp_path / "x.ini"


def test_the_users_data_folder_is_where_qt_would_put_it(monkeypatch, tmp_path: Path) -> None:
    """The log goes to the user's own folder (Qt's AppDataLocation for the app), per platform."""
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("APPDATA", str(tmp_path / "Roaming"))
    app = Path("Career Explorer") / "Career Explorer"
    assert paths.user_data_dir("linux") == tmp_path / ".local" / "share" / app
    assert paths.user_data_dir("win32") == tmp_path / "Roaming" / app
    assert paths.user_data_dir("darwin") == tmp_path / "Library" / "Application Support" / app
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert paths.user_data_dir("linux") == tmp_path / "data" / app
