"""`career-explorer --smoke-test`: prove an installed copy works, then exit 0 (or 1).

The test is an ordered list of named steps (STEPS) run against the real
program: the database that ships with it, the main window offscreen, a
search, a profile with every tab shown, its PDF report written to a temporary
folder. Each step prints one line; the first that fails stops the test and is
named on stderr, with exit code 1, so a lab administrator or CI sees which
step broke. A new check is one more Step in STEPS.

The window's settings go to a temporary folder, so a smoke test never changes
a user's window size or recent occupations; the temporary folder (also where
the report is written) is removed at the end. No Qt import here
(the layers rule): the window, the application and the event loop come from
explorer.ui.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from explorer import __version__
from explorer.data.db import DataError

# The same variable as ui.settings.SETTINGS_DIR_ENV (not imported: it would load Qt).
SETTINGS_DIR_ENV = "CAREER_EXPLORER_SETTINGS_DIR"
SEARCH_TEXT = "nurse"
PROFILE_CODE = "29-2072.00"
WAIT_SECONDS = 20.0


class SmokeFailure(Exception):
    """A step found the program not working; the message says what was wrong (as does a
    DataError's; any other exception is reported with its type)."""


@dataclass
class SmokeContext:
    """What the steps share: the database path, a scratch folder, and what earlier steps made."""

    db_path: Path
    scratch: Path
    user_settings_dir: str | None = None
    data: Any = None
    app: Any = None
    window: Any = None

    def process_events(self, seconds: float = 0.0) -> None:
        """Let the event loop run (for at least `seconds`)."""
        deadline = time.monotonic() + seconds
        while True:
            self.app.processEvents()
            if time.monotonic() >= deadline:
                return
            time.sleep(0.005)

    def wait_for(
        self, what: str, condition: Callable[[], bool], seconds: float = WAIT_SECONDS
    ) -> None:
        """Run the event loop until condition() holds; fail naming `what` after `seconds`."""
        deadline = time.monotonic() + seconds
        while not condition():
            if time.monotonic() > deadline:
                raise SmokeFailure(f"timed out after {seconds:.0f} s waiting for {what}")
            self.process_events(0.01)


@dataclass(frozen=True)
class Step:
    """One named check; run() raises (SmokeFailure or anything else) when it fails and
    may return a short note for the log."""

    name: str
    run: Callable[[SmokeContext], str | None]


def _open_database(ctx: SmokeContext) -> str:
    from explorer.data.repository import CareerData

    ctx.data = CareerData(ctx.db_path)
    return f"{ctx.db_path} ({ctx.data.occupation_count():,} occupations)"


def _user_settings(ctx: SmokeContext) -> str:
    """The user's own settings store (not the smoke test's) must be writable."""
    from explorer.ui.settings import open_settings

    _point_settings_to(ctx.user_settings_dir)
    try:
        settings = open_settings()
        if not settings.isWritable():
            raise SmokeFailure(f"cannot write the user's settings file {settings.fileName()}")
        return settings.fileName()
    finally:
        _point_settings_to(str(ctx.scratch / "settings"))


def _point_settings_to(folder: str | None) -> None:
    if folder is None:
        os.environ.pop(SETTINGS_DIR_ENV, None)
    else:
        os.environ[SETTINGS_DIR_ENV] = folder


def _admin_defaults(ctx: SmokeContext) -> str:
    """Read the administrators' defaults file; a bad file is a warning, not a failure."""
    from explorer.admin_defaults import load
    from explorer.paths import admin_defaults_file

    defaults = load()
    path = admin_defaults_file()
    if defaults.source is None:
        return f"none at {path}"
    summary = ", ".join(f"{k}={v}" for k, v in sorted(defaults.values.items())) or "no values"
    if defaults.locked:
        summary += f"; locked: {', '.join(sorted(defaults.locked))}"
    if defaults.problems:
        summary += f"; {len(defaults.problems)} problem(s), see warnings above"
    return f"{path}: {summary}"


def _main_window(ctx: SmokeContext) -> str:
    from explorer.ui.app import create_application
    from explorer.ui.main_window import MainWindow

    ctx.app = create_application()
    ctx.window = MainWindow(ctx.data)
    ctx.window.show()
    ctx.app.processEvents()
    ctx.window.repaint()  # shown and painted: the window is usable (frozen_launch.py times this)
    if not ctx.window.isVisible():
        raise SmokeFailure("the main window did not show")
    shown = ctx.window.proxy.rowCount()
    if shown == 0:
        raise SmokeFailure("the main window lists no occupations")
    return f"{ctx.app.platformName()} platform, {shown:,} occupations listed"


def _search(ctx: SmokeContext) -> str:
    window = ctx.window
    window.search_box.setText(SEARCH_TEXT)
    # Results have arrived when the first row says why it matched.
    ctx.wait_for(
        f"results for {SEARCH_TEXT!r}",
        lambda: window.proxy.rowCount() > 0 and bool(window.matched_text(0)),
    )
    titles = [
        str(window.proxy.index(row, 0).data()) for row in range(min(10, window.proxy.rowCount()))
    ]
    if not any("nurse" in title.lower() for title in titles):
        raise SmokeFailure(f"no nurse among the first results for {SEARCH_TEXT!r}: {titles}")
    return f"{window.proxy.rowCount()} results, first: {titles[0]}"


def _open_profile(ctx: SmokeContext) -> str:
    if not ctx.window.open_profile(PROFILE_CODE):
        raise SmokeFailure(f"could not open the profile of {PROFILE_CODE}")
    ctx.process_events(0.05)
    profile = ctx.window.profile
    if profile.code != PROFILE_CODE or not profile.isVisible():
        raise SmokeFailure(f"the profile of {PROFILE_CODE} is not shown")
    return PROFILE_CODE


def _profile_tabs(ctx: SmokeContext) -> str:
    tabs = ctx.window.profile.tabs
    names = []
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        ctx.process_events(0.02)
        page = tabs.widget(index)
        page.repaint()
        name = tabs.tabText(index).replace("&", "")
        if tabs.currentIndex() != index or not page.isVisible():
            raise SmokeFailure(f"the {name!r} tab did not show")
        names.append(name)
    if not names:
        raise SmokeFailure("the profile has no tabs")
    return ", ".join(names)


def _report(ctx: SmokeContext) -> str:
    """Write the profile's PDF report into the scratch folder, on the machine's paper size."""
    import contextlib
    import io

    from explorer.admin_defaults import current
    from explorer.reports.command import run_report

    output = ctx.scratch / f"{PROFILE_CODE}.pdf"
    paper = current().value("paper_size") or "letter"
    said = io.StringIO()
    with contextlib.redirect_stdout(said), contextlib.redirect_stderr(said):
        code = run_report(ctx.data, [PROFILE_CODE], output, None, None, paper)
    if code != 0:
        raise SmokeFailure(f"the report command failed: {said.getvalue().strip()}")
    if not output.is_file() or output.read_bytes()[:5] != b"%PDF-":
        raise SmokeFailure(f"no PDF written at {output}")
    return f"{said.getvalue().strip()} ({paper}, {output.stat().st_size:,} bytes)"


def _close_window(ctx: SmokeContext) -> str:
    ctx.window.close()
    ctx.process_events(0.02)
    if ctx.window.isVisible():
        raise SmokeFailure("the main window did not close")
    ctx.window.deleteLater()
    ctx.window = None
    ctx.process_events(0.02)
    return "closed"


# In order. A step that writes a file (the PDF report) writes it in ctx.scratch.
STEPS: list[Step] = [
    Step("open database", _open_database),
    Step("user settings", _user_settings),
    Step("administrator defaults", _admin_defaults),
    Step("main window offscreen", _main_window),
    Step(f"search {SEARCH_TEXT!r}", _search),
    Step(f"open profile {PROFILE_CODE}", _open_profile),
    Step("visit every profile tab", _profile_tabs),
    Step("write a PDF report", _report),
    Step("close the window", _close_window),
]


def run_smoke_test(
    db_path: Path,
    steps: list[Step] | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Run the steps in order; 0 when all pass, 1 at the first that fails (named on err)."""
    out = out or sys.stdout
    err = err or sys.stderr
    steps = STEPS if steps is None else steps
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before the QApplication exists
    started = time.perf_counter()
    print(f"Career Explorer {__version__} smoke test", file=out, flush=True)
    with tempfile.TemporaryDirectory(prefix="career-explorer-smoke-") as folder:
        ctx = SmokeContext(
            db_path=Path(db_path),
            scratch=Path(folder),
            user_settings_dir=os.environ.get(SETTINGS_DIR_ENV),
        )
        _point_settings_to(str(ctx.scratch / "settings"))
        try:
            for number, step in enumerate(steps, 1):
                step_started = time.perf_counter()
                try:
                    note = step.run(ctx)
                except Exception as error:  # any failure is reported by the step's name
                    reason = (
                        str(error)
                        if isinstance(error, SmokeFailure | DataError)
                        else (f"{type(error).__name__}: {error}")
                    )
                    print(
                        f"FAILED {number}/{len(steps)} {step.name}: {reason}", file=out, flush=True
                    )
                    print(
                        f"career-explorer: smoke test failed at step {number} "
                        f"({step.name}): {reason}",
                        file=err,
                        flush=True,
                    )
                    return 1
                seconds = time.perf_counter() - step_started
                suffix = f": {note}" if note else ""
                print(
                    f"ok {number}/{len(steps)} {step.name} ({seconds:.2f} s){suffix}",
                    file=out,
                    flush=True,
                )
        finally:
            _tidy(ctx)
            _point_settings_to(ctx.user_settings_dir)
    print(
        f"smoke test passed: {len(steps)} steps in {time.perf_counter() - started:.1f} s",
        file=out,
        flush=True,
    )
    return 0


def _tidy(ctx: SmokeContext) -> None:
    """Close what the steps opened, even after a failure."""
    if ctx.window is not None:
        ctx.window.close()
        ctx.window.deleteLater()
        ctx.window = None
    if ctx.app is not None:
        ctx.process_events(0.02)
    if ctx.data is not None:
        ctx.data.close()
        ctx.data = None
