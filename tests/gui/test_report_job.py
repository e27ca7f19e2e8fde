"""Reports from the window are made a step at a time: the window handles its events
throughout (Export and Print), every phase shows its progress, Cancel stops the work
within half a second leaving the old file and nothing else, the save dialog starts in a
folder that exists, and SIGTERM quits cleanly mid-export.

A class set used to be laid out in one go: the window froze for minutes and Cancel
could not be pressed.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QElapsedTimer, QStandardPaths, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog

from explorer import reports
from explorer.ui.main_window import MainWindow
from explorer.ui.printing import job
from explorer.ui.printing.dialog import ReportOptions

from conftest import REPO

ALL = ReportOptions()
OLD = b"the report printed yesterday"


@pytest.fixture
def save_as(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """Answer the save dialog with Cancel; `suggested` is the path it offered."""
    state: dict[str, object] = {}

    def answer(_parent, _caption, suggested, _filter):
        state["suggested"] = suggested
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return state


def _codes(window: MainWindow, count: int) -> list[str]:
    return [row.code for row in window.catalog[:: len(window.catalog) // count][:count]]


@pytest.mark.parametrize("how", ["export", "print"])
def test_the_window_answers_all_along(window: MainWindow, tmp_path: Path, how: str) -> None:
    """A timer of the window's ticks every 10 ms while 8 occupations are made: the
    longest wait between two ticks is a step, not the whole report."""
    clock = QElapsedTimer()
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(clock.elapsed()))
    codes = _codes(window, 8)
    clock.start()
    timer.start(10)
    try:
        if how == "export":
            assert window.reports.export_to(tmp_path / "set.pdf", codes, ALL) > 8
        else:
            printer = window.reports.new_printer(codes, ALL)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(tmp_path / "printed.pdf"))
            assert window.reports.render_to(printer, codes, ALL) > 8
    finally:
        timer.stop()
    took = clock.elapsed()
    waits = [later - earlier for earlier, later in zip([0, *ticks], [*ticks, took], strict=True)]
    assert len(ticks) > 10
    assert max(waits) < took / 4, (max(waits), took)


def test_every_phase_shows_its_progress(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, float]] = []
    real = job.JobProgress.step

    def record(self: job.JobProgress, step: reports.Step) -> bool:
        shown.append((step.text(), step.fraction()))
        return real(self, step)

    monkeypatch.setattr(job.JobProgress, "step", record)
    pages = window.reports.export_to(tmp_path / "set.pdf", _codes(window, 3), ALL)
    labels = [label for label, _ in shown]
    for phase in ("Preparing occupation 1 of 3…", "Laying out occupation 3 of 3…"):
        assert phase in labels
    assert f"Writing page {pages} of {pages}…" in labels and "Saving the file…" in labels
    fractions = [fraction for _, fraction in shown]
    assert fractions == sorted(fractions) and fractions[-1] >= 0.95


@pytest.mark.parametrize("label", ["Preparing", "Laying out", "Writing page"])
def test_cancel_stops_within_half_a_second_and_leaves_the_old_file(
    window: MainWindow, tmp_path: Path, label: str
) -> None:
    out = tmp_path / "out" / "set.pdf"
    out.parent.mkdir()
    out.write_bytes(OLD)
    pressed: list[float] = []

    def check() -> None:
        progress = window.reports.progress
        dialog = progress.dialog if progress is not None else None
        if dialog is not None and dialog.labelText().startswith(label) and not pressed:
            dialog.cancel()  # what the Cancel button does
            pressed.append(time.monotonic())

    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(0)
    try:
        with pytest.raises(reports.ReportCancelled):
            window.reports.export_to(out, _codes(window, 12), ALL)
    finally:
        timer.stop()
    assert pressed and time.monotonic() - pressed[0] <= 0.5
    assert sorted(p.name for p in out.parent.iterdir()) == ["set.pdf"]
    assert out.read_bytes() == OLD
    assert window.reports.progress is None


@pytest.mark.parametrize("documents", [True, False])
def test_the_save_dialog_starts_in_documents_or_else_home(
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    save_as: dict,
    documents: bool,
) -> None:
    home, folder = tmp_path / "home", tmp_path / "home" / "Documents"
    home.mkdir()
    if documents:
        folder.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setattr(
        QStandardPaths, "writableLocation", staticmethod(lambda _where: str(folder))
    )
    window.reports.export_pdf(["29-2072.00"], ALL)  # the dialog is answered "" (cancel)
    suggested = Path(str(save_as["suggested"]))
    assert suggested.name == "Medical Records Specialists.pdf"
    assert suggested.parent == (folder if documents else home)


@pytest.mark.skipif(os.name != "posix", reason="POSIX signals")
def test_sigterm_mid_export_quits_and_leaves_the_old_file(tmp_path: Path) -> None:
    out = tmp_path / "set.pdf"
    out.write_bytes(OLD)
    script = f"""
from PySide6.QtCore import QTimer
from explorer.data.repository import CareerData
from explorer.paths import default_database
from explorer.reports import ReportCancelled
from explorer.ui.app import create_application, quit_on_signals
from explorer.ui.main_window import MainWindow
from explorer.ui.printing.dialog import ReportOptions

app = create_application()
window = MainWindow(CareerData(default_database()))
window.show()
quit_on_signals(app)

def export():
    codes = [row.code for row in window.catalog[::15][:60]]
    try:
        window.reports.export_to({str(out)!r}, codes, ReportOptions())
        print("FINISHED", flush=True)
    except ReportCancelled:
        print("CANCELLED", flush=True)

QTimer.singleShot(0, export)
print("EXIT", app.exec(), flush=True)
"""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(REPO / "src"),
        "CAREER_EXPLORER_SETTINGS_DIR": str(tmp_path / "settings"),
    }
    process = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, env=env
    )
    deadline = time.monotonic() + 60
    while not any(p.name.startswith(".career-explorer-") for p in tmp_path.iterdir()):
        assert process.poll() is None and time.monotonic() < deadline
        time.sleep(0.02)
    time.sleep(0.3)
    process.send_signal(signal.SIGTERM)
    stdout, _ = process.communicate(timeout=60)
    assert stdout.split() == ["CANCELLED", "EXIT", "143"]  # SIGTERM: 128 + 15 (issue 16)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "settings") == ["set.pdf"]
    assert out.read_bytes() == OLD
