"""Fixtures of the printing tests (pytest_plugins = ["printing_fixtures"]): message boxes
and the save dialog answered, none shown, and Cancel pressed on a progress dialog.

Not a conftest.py in tests/gui: that would shadow tests/conftest.py, which tests import."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What message boxes would have said (none is shown)."""
    said: list[str] = []

    def record(_parent, _title, text, *_args, **_kwargs):
        said.append(text)
        return QMessageBox.StandardButton.Ok

    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(record))
    return said


@pytest.fixture
def save_as(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """Answer the save dialog with `answer`; `suggested` and `kinds` are what it offered."""
    state: dict[str, object] = {"answer": ""}

    def answer(_parent, _caption, suggested, kinds):
        state["suggested"], state["kinds"] = suggested, kinds
        return str(state["answer"]), kinds

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return state


@pytest.fixture
def cancel_when() -> Callable[[object, str], QTimer]:
    """A function that presses the progress dialog's Cancel of actions (ReportActions)
    once its label starts with label; it returns the timer that watches."""

    def start(actions: object, label: str) -> QTimer:
        def check() -> None:
            progress = getattr(actions, "progress", None)
            dialog = progress.dialog if progress is not None else None
            if dialog is not None and dialog.labelText().startswith(label):
                dialog.cancel()
                timer.stop()

        timer = QTimer()
        timer.setInterval(0)
        timer.timeout.connect(check)
        timer.start()
        return timer

    return start
