"""`career-explorer --smoke-test`: an ordered list of named steps; 0 when all pass, 1 naming
the step that failed; a user's own settings are left alone."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from explorer.ui import smoke
from explorer.ui.smoke import STEPS, SmokeFailure, Step, run_smoke_test

from conftest import COMMITTED_DB

REQUIRED_STEPS = [
    "open database",
    "main window offscreen",
    "search 'nurse'",
    "open profile 29-2072.00",
    "visit every profile tab",
    "write a PDF report",
]


def test_the_steps_are_named_once_and_in_order() -> None:
    names = [step.name for step in STEPS]
    assert len(set(names)) == len(names)
    assert [n for n in names if n in REQUIRED_STEPS] == REQUIRED_STEPS


def test_every_step_passes_in_process(
    qapp, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("CAREER_EXPLORER_SETTINGS_DIR", str(tmp_path / "user"))
    out, err = io.StringIO(), io.StringIO()
    assert run_smoke_test(COMMITTED_DB, out=out, err=err) == 0, out.getvalue() + err.getvalue()
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("Career Explorer ")
    assert [line.split(" ", 2)[2].split(" (")[0] for line in lines[1:-1]] == [s.name for s in STEPS]
    assert all(line.startswith("ok ") for line in lines[1:-1])
    assert lines[-1].startswith("smoke test passed")
    tabs = next(line for line in lines if "visit every profile tab" in line)
    for tab in ("What They Do", "Pay", "Outlook", "Similar Occupations"):
        assert tab in tabs
    assert err.getvalue() == ""
    # The user's own settings were checked, never written; the variable is restored.
    assert "career-explorer.ini" in next(line for line in lines if "user settings" in line)
    assert not (tmp_path / "user" / "career-explorer.ini").exists()
    assert os.environ["CAREER_EXPLORER_SETTINGS_DIR"] == str(tmp_path / "user")


def test_a_failing_step_is_named_and_stops_the_test(qapp) -> None:
    ran = []

    def broken(_ctx: smoke.SmokeContext) -> None:
        raise SmokeFailure("the widget fell over")

    steps = [STEPS[0], Step("broken step", broken), Step("never", lambda _c: ran.append(1))]
    out, err = io.StringIO(), io.StringIO()
    assert run_smoke_test(COMMITTED_DB, steps=steps, out=out, err=err) == 1
    assert "FAILED 2/3 broken step: the widget fell over" in out.getvalue()
    assert err.getvalue().strip() == (
        "career-explorer: smoke test failed at step 2 (broken step): the widget fell over"
    )
    assert ran == []


def test_an_unexpected_error_is_reported_with_its_type(qapp) -> None:
    def crash(_ctx: smoke.SmokeContext) -> None:
        raise KeyError("tab")

    err = io.StringIO()
    assert (
        run_smoke_test(COMMITTED_DB, steps=[Step("crash", crash)], out=io.StringIO(), err=err) == 1
    )
    assert "(crash): KeyError: 'tab'" in err.getvalue()


def test_a_missing_database_fails_the_first_step(qapp, tmp_path: Path) -> None:
    err = io.StringIO()
    assert run_smoke_test(tmp_path / "none.db", out=io.StringIO(), err=err) == 1
    assert "step 1 (open database): database not found" in err.getvalue()


def test_the_command_line_flag_runs_it(tmp_path: Path) -> None:
    env = {**os.environ, "CAREER_EXPLORER_SETTINGS_DIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "explorer", "--smoke-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "smoke test passed" in result.stdout
    missing = subprocess.run(
        [sys.executable, "-m", "explorer", "--db", str(tmp_path / "none.db"), "--smoke-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert missing.returncode == 1
    assert "smoke test failed at step 1 (open database)" in missing.stderr
