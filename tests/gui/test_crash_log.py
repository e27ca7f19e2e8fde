"""The log file and the uncaught-exception hook, set up as run_gui sets them up.

An exception escaping a Qt slot (or a thread) must reach the log with its
traceback and give the user exactly one dialog, however many follow it; a log
folder that cannot be written must leave the program running.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, qInfo

from explorer import logs
from explorer.ui import crash_log


class _Dialogs:
    """Stands in for the message box: remembers what it would have said."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, Path | None]] = []
        self.threads: list[threading.Thread] = []

    def __call__(self, summary: str, log_path: Path | None) -> None:
        self.shown.append((summary, log_path))
        self.threads.append(threading.current_thread())


@pytest.fixture
def installed(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[crash_log.CrashHandler, _Dialogs]]:
    """crash_log.install as run_gui calls it, the log in the test's folder, then undone."""
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(tmp_path / "logs"))
    monkeypatch.delenv(crash_log.NO_DIALOG_ENV, raising=False)
    dialogs = _Dialogs()
    handler = crash_log.install(show_dialog=dialogs)
    yield handler, dialogs
    handler.uninstall()
    root = logging.getLogger()
    for added in [h for h in root.handlers if getattr(h, "_career_explorer", False)]:
        root.removeHandler(added)
        added.close()


def _explode_in_a_slot() -> None:
    raise ZeroDivisionError("the slot divided by zero")


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_logged_with_its_traceback_and_shown_once(
    qtbot, installed: tuple[crash_log.CrashHandler, _Dialogs], tmp_path: Path
) -> None:
    handler, dialogs = installed
    log = tmp_path / "logs" / logs.LOG_NAME
    assert handler.log_path == log
    for _ in range(3):  # errors repeating quickly: one dialog
        QTimer.singleShot(0, _explode_in_a_slot)
    qtbot.waitUntil(lambda: len(dialogs.shown) == 1, timeout=5000)
    qtbot.wait(200)
    assert dialogs.shown == [("ZeroDivisionError: the slot divided by zero", log)]
    text = log.read_text(encoding="utf-8")
    assert text.count("Traceback (most recent call last)") == 3
    assert "in _explode_in_a_slot" in text and "ZeroDivisionError: the slot divided" in text


@pytest.mark.qt_no_exception_capture
def test_an_exception_ending_a_thread_is_logged_and_shown_on_the_gui_thread(
    qtbot, installed: tuple[crash_log.CrashHandler, _Dialogs], tmp_path: Path
) -> None:
    _handler, dialogs = installed
    worker = threading.Thread(target=_explode_in_a_slot, name="report-worker")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(dialogs.shown) == 1, timeout=5000)
    assert dialogs.threads == [threading.main_thread()]
    text = (tmp_path / "logs" / logs.LOG_NAME).read_text(encoding="utf-8")
    assert "Uncaught exception in report-worker" in text and "Traceback" in text


def test_qt_messages_go_to_the_log(
    qtbot, installed: tuple[crash_log.CrashHandler, _Dialogs], tmp_path: Path
) -> None:
    qInfo("career explorer says hello to the log")
    text = (tmp_path / "logs" / logs.LOG_NAME).read_text(encoding="utf-8")
    assert "INFO qt: career explorer says hello to the log" in text


def test_a_log_folder_that_cannot_be_made_leaves_stderr_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    try:
        assert logs.setup_logging(blocker / "logs") is None
        logging.getLogger("explorer.test").warning("still reported")
    finally:
        root = logging.getLogger()
        for added in [h for h in root.handlers if getattr(h, "_career_explorer", False)]:
            root.removeHandler(added)
            added.close()
    err = capsys.readouterr().err
    assert "cannot write a log" in err and "still reported" in err


def test_qt_messages_reach_stderr_once(tmp_path: Path, capsys) -> None:
    """Qt writes its own messages to stderr; the log's stderr handler does not repeat them."""
    logs.setup_logging(tmp_path / "logs")
    try:
        logging.getLogger("qt").warning("This plugin does not support propagateSizeHints()")
        logging.getLogger("explorer.test").warning("a warning of our own")
        err = capsys.readouterr().err
        assert "propagateSizeHints" not in err
        assert "a warning of our own" in err
    finally:
        logs.setup_logging(tmp_path / "logs", stderr_level=None)
        for handler in [
            h for h in logging.getLogger().handlers if getattr(h, "_career_explorer", False)
        ]:
            logging.getLogger().removeHandler(handler)
            handler.close()
