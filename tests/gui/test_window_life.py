"""The window through the real event loop: searching by keyboard, and the profile warm-up
keeping out of the way (never while the student types, never after the window closed)."""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from explorer.ui.main_window import MainWindow

TYPING_SECONDS = 1.5
KEY_INTERVAL_MS = 50


@pytest.fixture
def warm_up_steps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The times (time.monotonic) at which the profile pane's warm-up ran a step."""
    from explorer.ui.profile.view import ProfileView  # imported now: the warm-up's import
    # thread then has nothing to wait for, and its first step comes at once.

    ran: list[float] = []
    original = ProfileView.warm_up_steps

    def counted(self: ProfileView) -> Iterator[None]:
        ran.append(time.monotonic())  # the pane itself was just built
        for step in original(self):
            ran.append(time.monotonic())
            yield step

    monkeypatch.setattr(ProfileView, "warm_up_steps", counted)
    return ran


def test_typing_dentist_and_enter_opens_dentists_general(qtbot, window: MainWindow) -> None:
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, "dentist")
    qtbot.waitUntil(lambda: window.proxy.index(0, 0).data() == "Dentists, General", timeout=5000)
    assert window.count_label.text().endswith("matching occupations")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.profile.code == "29-1021.00"
    assert window.recent_model.index(0, 0).data() == "Dentists, General"


def test_no_warm_up_step_runs_while_the_student_types(
    qtbot, window: MainWindow, warm_up_steps: list[float]
) -> None:
    window.search_box.setFocus()
    keys = itertools.cycle("nurse practitioner ")
    started = time.monotonic()
    while time.monotonic() - started < TYPING_SECONDS:
        qtbot.keyClick(window.search_box, next(keys))
        qtbot.wait(KEY_INTERVAL_MS)
    assert warm_up_steps == []
    assert window._profile is None
    # Once the typing stops, the warm-up goes on.
    qtbot.waitUntil(lambda: len(warm_up_steps) > 1, timeout=10_000)


def test_closing_the_window_stops_the_warm_up(
    qtbot, window: MainWindow, warm_up_steps: list[float]
) -> None:
    window.close()
    qtbot.wait(1500)  # the warm-up would have started after 250 ms and built the pane
    assert warm_up_steps == []
    assert window._profile is None and window.warm_up.steps_run == 0
    assert not window.warm_up.finished
