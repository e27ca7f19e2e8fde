"""The window meets a damaged database, settings it cannot keep and a second window
(issue 16): one clear message each, never a traceback, a hang or a file overwritten."""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

import explorer.ui.app as app_module
from explorer.data.db import DataError
from explorer.ui import crash_log, settings_store
from explorer.ui import settings as user_settings
from explorer.ui.browse.search_service import SearchService
from explorer.ui.settings import SETTINGS_DIR_ENV

from conftest import COMMITTED_DB

SRC = Path(__file__).resolve().parents[2] / "src"


def _random_middle(tmp_path: Path) -> Path:
    path = tmp_path / "bad.db"
    shutil.copy(COMMITTED_DB, path)
    with path.open("r+b") as file:
        file.seek(path.stat().st_size // 2)
        file.write(random.Random(16).randbytes(1 << 20))
    return path


# -- 1. a damaged database ---------------------------------------------------------------


def test_a_database_damaged_where_the_window_reads_it_is_a_message_and_exit_2(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Random bytes over the middle pass the open check; the window used to die with a
    traceback (exit 1) while it loaded the catalog."""
    path = _random_middle(tmp_path)
    shown: list[str] = []
    monkeypatch.setattr(crash_log, "install", lambda *a, **k: None)
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _parent, _title, text: shown.append(text))
    )
    assert app_module.run_gui(path) == 2
    assert len(shown) == 1 and f"'{path}'" in shown[0] and "damaged" in shown[0]


def test_a_damaged_database_found_later_is_said_in_its_own_words(qtbot) -> None:
    shown: list[str] = []
    handler = crash_log.CrashHandler(None, lambda summary, _log: shown.append(summary))
    error = DataError("database is damaged: '/x/careers.db' (database disk image is malformed)")
    handler.report((DataError, error, None))
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=5000)
    assert shown == [str(error)]


def test_a_search_on_a_damaged_index_fails_once_and_never_hangs(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "rows.db"
    shutil.copy(COMMITTED_DB, path)
    with sqlite3.connect(path) as connection:
        connection.execute("DELETE FROM occupation WHERE code LIKE '29-%'")
    service = SearchService(path)
    failures: list[str] = []
    service.failed.connect(failures.append)
    try:
        service.request("nurse")
        qtbot.waitUntil(lambda: bool(failures), timeout=20000)
        service.request("nurses")
        service.request("nurse")
        qtbot.wait(500)
    finally:
        service.shutdown()
    assert len(failures) == 1 and "search index" in failures[0] and str(path) in failures[0]


# -- 3. settings that cannot be kept ---------------------------------------------------------


def _open(monkeypatch: pytest.MonkeyPatch, folder: Path) -> QSettings:
    monkeypatch.setenv(SETTINGS_DIR_ENV, str(folder))
    return user_settings.open_settings()


def test_a_settings_folder_that_is_a_file_is_said_once(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "not-a-folder"
    folder.write_text("mine\n", encoding="utf-8")
    store = _open(monkeypatch, folder)
    assert "is a file, not a folder" in (settings_store.problem(store) or "")
    user_settings.remember_recent(store, "29-2072.00")  # still works for this run
    assert user_settings.recent_codes(store) == ["29-2072.00"]
    assert folder.read_text(encoding="utf-8") == "mine\n"
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    box = settings_store.tell_once(store, window)
    assert box is not None and "will not be kept" in box.text() and str(folder) in box.text()
    assert settings_store.tell_once(store, window) is None  # once
    box.close()


def test_a_settings_file_it_cannot_read_is_never_overwritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A UTF-16 settings file (Notepad's "Unicode") used to be silently replaced."""
    folder = tmp_path / "settings"
    folder.mkdir()
    file = folder / "career-explorer.ini"
    file.write_text("[profiles]\nrecent=29-2072.00\n", encoding="utf-16")
    before = file.read_bytes()
    store = _open(monkeypatch, folder)
    assert "program can read" in (settings_store.problem(store) or "")
    user_settings.remember_recent(store, "11-1011.00")
    store.sync()
    del store
    assert file.read_bytes() == before


def test_a_readable_file_that_cannot_be_written_keeps_its_settings_for_this_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if os.geteuid() != 0:
        pytest.skip("needs root to mount a read-only tmpfs")
    mount = tmp_path / "ro"
    mount.mkdir()
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)])
    if made.returncode != 0:
        pytest.skip("this machine does not allow mounting a tmpfs")
    try:
        (mount / "career-explorer.ini").write_text("[profiles]\nrecent=29-2072.00\n")
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
        store = _open(monkeypatch, mount)
        assert "cannot be read or written" in (settings_store.problem(store) or "")
        assert user_settings.recent_codes(store) == ["29-2072.00"]  # read from the user's file
        assert user_settings.remember_recent(store, "11-1011.00")[0] == "11-1011.00"
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def test_a_full_disk_is_said_before_the_settings_are_lost(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if os.geteuid() != 0:
        pytest.skip("needs root to mount a small tmpfs")
    mount = tmp_path / "full"
    mount.mkdir()
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)])
    if made.returncode != 0:
        pytest.skip("this machine does not allow mounting a tmpfs")
    try:
        with (mount / "filler").open("wb") as filler, contextlib.suppress(OSError):
            filler.write(b"x" * 200_000)
        store = _open(monkeypatch, mount)
        assert "cannot be written" in (settings_store.problem(store) or "")
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def test_a_folder_another_user_cannot_write_is_said(tmp_path: Path) -> None:
    if os.geteuid() != 0 or shutil.which("runuser") is None:
        pytest.skip("needs root and runuser to run as the user nobody")
    folder = tmp_path / "home"
    folder.mkdir()
    os.chmod(tmp_path, 0o755)
    code = (
        "import sys; from PySide6.QtCore import QCoreApplication; app = QCoreApplication([]);"
        "from explorer.ui import settings, settings_store;"
        "print(settings_store.problem(settings.open_settings()))"
    )
    result = subprocess.run(
        ["runuser", "-u", "nobody", "--", sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(SRC), SETTINGS_DIR_ENV: str(folder)},
    )
    if "Permission denied" in result.stderr and "python" in result.stderr.lower():
        pytest.skip("the user nobody cannot run this Python")
    assert result.returncode == 0, result.stderr
    assert "cannot be written" in result.stdout and str(folder) in result.stdout


# -- 8. two windows, one recent list ---------------------------------------------------------


def test_two_windows_merge_their_recent_lists(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The other window's visit, saved after this one read the file, is kept (merged),
    not overwritten by this window's list (last writer won)."""
    store = _open(monkeypatch, tmp_path)
    assert user_settings.recent_codes(store) == []
    other = (
        "from PySide6.QtCore import QCoreApplication; app = QCoreApplication([]);"
        "from explorer.ui import settings as s; s.remember_recent(s.open_settings(), '11-1011.00')"
    )
    subprocess.run(
        [sys.executable, "-c", other],
        check=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(SRC), SETTINGS_DIR_ENV: str(tmp_path)},
    )
    assert user_settings.remember_recent(store, "29-2072.00") == ["29-2072.00", "11-1011.00"]


# -- 6. Ctrl+C and SIGTERM in the window -------------------------------------------------


@pytest.mark.parametrize(("sent", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_the_window_ends_quietly_on_ctrl_c_and_sigterm(
    tmp_path: Path, sent: signal.Signals, code: int
) -> None:
    """Qt's event loop kept Python from handling Ctrl+C: a traceback at the next slot,
    the window still open (issue 16)."""
    env = {
        **os.environ,
        "PYTHONPATH": str(SRC),
        "QT_QPA_PLATFORM": "offscreen",
        SETTINGS_DIR_ENV: str(tmp_path / "settings"),
        "CAREER_EXPLORER_LOG_DIR": str(tmp_path / "log"),
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "explorer"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    time.sleep(3)
    process.send_signal(sent)
    _out, err = process.communicate(timeout=30)
    assert (process.returncode, err) == (code, "")
