"""Administrators' machine-wide defaults: the file's format, its mistakes, and how a
setting's value is resolved (locked admin value, user's value, admin default, program's)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from explorer import admin_defaults
from explorer.admin_defaults import AdminDefaults, load
from explorer.paths import ADMIN_DEFAULTS_ENV
from explorer.ui import settings as user_settings

PAPER = "report/paper_size"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "defaults.ini"
    path.write_text(text, encoding="utf-8")
    return path


def test_no_file_means_no_defaults_and_no_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    defaults = load(tmp_path / "missing.ini")
    assert defaults == AdminDefaults()
    assert caplog.records == []


def test_the_documented_example_reads_as_documented(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "[defaults]\n"
        "; The state whose figures a profile shows first.\n"
        "home_state = tx\n"
        "Paper_Size = A4   ; inline comment\n"
        "locked = paper_size, home_state\n",
    )
    defaults = load(path)
    assert defaults.values == {"home_state": "TX", "paper_size": "a4"}
    assert defaults.locked == {"paper_size", "home_state"}
    assert defaults.source == path
    assert defaults.problems == ()
    assert defaults.value("paper_size") == "a4" and defaults.is_locked("home_state")
    assert defaults.value("nothing") is None


def test_the_format_is_documented_in_the_module_docstring() -> None:
    doc = admin_defaults.__doc__ or ""
    for word in (
        "[defaults]",
        "home_state",
        "paper_size",
        "letter or a4",
        "locked",
        "/etc/career-explorer/defaults.ini",
        "%PROGRAMDATA%",
    ):
        assert word in doc, word


@pytest.mark.parametrize(
    ("text", "line", "words", "values"),
    [
        ("[defaults]\nhome_state = TX\nthis is junk\npaper_size = a4\n", 3, "not a setting", 2),
        ("[defaults]\nhome_state = TX\nhome_state = CA\npaper_size = a4\n", 3, "given again", 2),
        ("[defaults]\nhome_state = TX\n= a4\npaper_size = a4\n", 3, "not a setting", 2),
        (
            "[defaults]\nhome_state = TX\n[defaults\nx = 1\n[defaults]\npaper_size = a4\n",
            3,
            "not a [section]",
            2,
        ),
        ("\x00\x01 junk\n[defaults]\nhome_state = TX\npaper_size = a4\n", 1, "not under", 2),
        (
            "[defaults]\nhome_state = TX\nhome_state\npaper_size = a4 ; A4 paper\n",
            3,
            "not a setting",
            2,
        ),
    ],
)
def test_a_bad_line_is_ignored_alone_with_one_warning_naming_the_file_and_line(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, text: str, line: int, words: str, values: int
) -> None:
    """The README: "a bad line is ignored alone, with a warning naming it" (issue 16)."""
    path = write(tmp_path, text)
    with caplog.at_level(logging.WARNING, logger="explorer.admin_defaults"):
        defaults = load(path)
    assert defaults.values == {"home_state": "TX", "paper_size": "a4"}
    assert len(defaults.values) == values
    assert len(defaults.problems) == 1, defaults.problems
    assert f"{path}' line {line}:" in defaults.problems[0] and words in defaults.problems[0]
    assert [r.getMessage() for r in caplog.records] == list(defaults.problems)


def test_a_line_that_is_not_utf8_is_ignored_alone(tmp_path: Path) -> None:
    path = tmp_path / "defaults.ini"
    path.write_bytes(b"[defaults]\nhome_state = \xff\xfe\npaper_size = a4\n")
    defaults = load(path)
    assert defaults.values == {"paper_size": "a4"}
    assert defaults.problems == (f"administrator defaults '{path}' line 2 ignored: not UTF-8 text",)


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda p: p.mkdir(), "it is a folder"),
        (lambda p: p.write_text("[defaults]\nhome_state = TX\n", encoding="utf-16"), "UTF-16"),
    ],
)
def test_a_file_that_cannot_be_read_at_all_is_one_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, make: Callable[[Path], object], words: str
) -> None:
    path = tmp_path / "defaults.ini"
    make(path)
    with caplog.at_level(logging.WARNING, logger="explorer.admin_defaults"):
        defaults = load(path)
    assert defaults.values == {} and len(defaults.problems) == 1
    assert str(path) in defaults.problems[0] and words in defaults.problems[0]
    assert len(caplog.records) == 1


def test_a_bad_value_or_unknown_key_is_ignored_alone(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "[defaults]\nhome_state = Texas\npaper_size = letter\n"
        "colour = blue\nlocked = paper_size, font\n[other]\nx = 1\n",
    )
    defaults = load(path)
    assert defaults.values == {"paper_size": "letter"}
    assert defaults.locked == {"paper_size"}
    problems = "\n".join(defaults.problems)
    assert "home_state = 'Texas' ignored (expected a two-letter state code" in problems
    assert "unknown setting 'colour'" in problems
    assert "cannot lock unknown setting 'font'" in problems
    assert "section [other] ignored" in problems
    assert len(defaults.problems) == 4


def test_a_file_without_the_defaults_section_is_ignored(tmp_path: Path) -> None:
    defaults = load(write(tmp_path, "[settings]\nhome_state = TX\n"))
    assert defaults.values == {}
    assert any("no [defaults] section" in p for p in defaults.problems)


def test_load_reads_the_file_paths_names(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(ADMIN_DEFAULTS_ENV, str(write(tmp_path, "[defaults]\nhome_state=CA\n")))
    assert load().values == {"home_state": "CA"}


@pytest.fixture
def store(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "user.ini"), QSettings.Format.IniFormat)


def test_resolution_order_without_a_lock(store: QSettings) -> None:
    admin = AdminDefaults(values={"paper_size": "a4"})
    nothing = AdminDefaults()
    assert user_settings.resolved_value(store, PAPER, "letter", nothing) == "letter"
    assert user_settings.resolved_value(store, PAPER, "letter", admin) == "a4"
    store.setValue(PAPER, "letter")
    assert user_settings.resolved_value(store, PAPER, "a4", admin) == "letter"
    assert not user_settings.locked_by_admin(PAPER, admin)


def test_a_locked_admin_value_wins_over_the_users(store: QSettings) -> None:
    store.setValue(user_settings.HOME_STATE, "CA")
    admin = AdminDefaults(values={"home_state": "TX"}, locked=frozenset({"home_state"}))
    assert user_settings.resolved_value(store, user_settings.HOME_STATE, None, admin) == "TX"
    assert user_settings.locked_by_admin(user_settings.HOME_STATE, admin)


def test_locked_without_a_value_keeps_the_program_default(store: QSettings) -> None:
    store.setValue(PAPER, "a4")
    admin = AdminDefaults(locked=frozenset({"paper_size"}))
    assert user_settings.resolved_value(store, PAPER, "letter", admin) == "letter"


def test_resolution_reads_the_machines_file_by_default(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, store: QSettings
) -> None:
    monkeypatch.setenv(
        ADMIN_DEFAULTS_ENV,
        str(write(tmp_path, "[defaults]\npaper_size = a4\nlocked = paper_size\n")),
    )
    admin_defaults.current.cache_clear()
    try:
        store.setValue(PAPER, "letter")
        assert user_settings.resolved_value(store, PAPER, "letter") == "a4"
        assert user_settings.locked_by_admin(PAPER)
    finally:
        admin_defaults.current.cache_clear()
