"""Reports made a step at a time on the GUI thread, with progress and a Cancel that works.

Gathering, laying out and writing a class set takes seconds. explorer.reports
does it in steps, none longer than a fraction of a second (one occupation
gathered or laid out, one page painted, a megabyte saved), and calls
`progress(step)` before each. JobProgress.step shows the step in a progress
dialog (one bar across every phase and a line saying which: "Laying out
occupation 3 of 25…") and lets the window handle its events, so it repaints,
answers, and sees Cancel: the work then stops at its next step, within half a
second, and explorer.reports removes what it was writing.

Not in a worker thread: PySide holds Python's lock (the GIL) through each Qt
call, and making or destroying Qt objects takes Qt's connection locks. The
window's thread, destroying a Python object's connections, asks Python while
holding such a lock; a worker making a QTextDocument waits for that Qt lock
while holding Python's: the two threads deadlocked, twice in about fifty test
runs (seen with gdb). A worker gained no responsiveness either: the window
waited for Python's lock through each of the worker's Qt calls.

`cancel_all` cancels every report being made (the window does so on SIGTERM
or Ctrl+C before it quits).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from explorer.reports import Progress, Step

PROGRESS_DELAY_MS = 300
BAR_STEPS = 1000
_running: set[JobProgress] = set()


class JobProgress(QObject):
    """A progress dialog for a batch (for one occupation, a busy cursor only) that shows
    each step of the work and cancels it when Cancel is pressed."""

    def __init__(self, parent: QWidget, count: int, title: str) -> None:
        super().__init__(parent)
        self.count = count
        self.cancelled = False
        self.dialog: QProgressDialog | None = None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        if count > 1:
            dialog = QProgressDialog(
                f"Preparing {count} occupations…", "Cancel", 0, BAR_STEPS, parent
            )
            dialog.setWindowTitle(title)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumWidth(dialog.fontMetrics().averageCharWidth() * 48)
            dialog.setMinimumDuration(PROGRESS_DELAY_MS)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.setValue(0)
            self.dialog = dialog

    def step(self, step: Step) -> bool:
        """explorer.reports' progress: show the step, let the window handle its events
        (Cancel among them), and say whether to go on."""
        dialog = self.dialog
        if dialog is not None and not dialog.wasCanceled():
            dialog.setLabelText(step.text())
            dialog.setValue(round(step.fraction() * BAR_STEPS))
        QApplication.processEvents()
        if dialog is not None and dialog.wasCanceled():
            self.cancelled = True
        return not self.cancelled

    def cancel(self) -> None:
        """Stop the work at its next step."""
        self.cancelled = True

    def close(self) -> None:
        """Take the dialog and the busy cursor away."""
        QGuiApplication.restoreOverrideCursor()
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.setParent(None)
            self.dialog.deleteLater()
            self.dialog = None


def run_job(progress: JobProgress, work: Callable[[Progress], Any]) -> Any:
    """Run work(progress.step); its result, or what it raised (ReportCancelled once
    cancelled)."""
    _running.add(progress)
    try:
        return work(progress.step)
    finally:
        _running.discard(progress)


def cancel_all() -> None:
    """Stop every report being made at its next step."""
    for progress in list(_running):
        progress.cancel()
