"""Reports made in a worker thread while the window stays responsive, with progress and Cancel.

Gathering, laying out and writing a class set takes seconds; on the GUI thread
the window would freeze and Cancel could not be pressed. ReportJob runs the
work (explorer.reports, QtGui only: QTextDocument and QPdfWriter work in any
thread) in a QThread. Each step of the work is shown in a progress dialog
(JobProgress): one bar across every phase and a line saying which ("Laying
out occupation 3 of 25…"). Cancel is checked before every step, none longer
than a fraction of a second, so the work stops within half a second and
explorer.reports removes what it was writing. `run_job` waits for the job in
a local event loop, so its callers read as if the work were done in place.

`cancel_all` stops every running job (the window does so on SIGTERM or Ctrl+C
before it quits).
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QProgressDialog, QWidget

from explorer.reports import Progress, Step

PROGRESS_DELAY_MS = 300
CANCEL_CHECK_MS = 50
BAR_STEPS = 1000
_running: set[ReportJob] = set()


class ReportJob(QThread):
    """Runs work(progress) in its own thread; `step` carries each Step to the window."""

    step = Signal(object)

    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self._work = work
        self._cancel = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        """The work, in the worker thread; its result or error is kept for the window."""
        try:
            self.result = self._work(self._progress)
        except BaseException as error:  # handed to the GUI thread, raised there
            self.error = _without_frames(error)

    def _progress(self, step: Step) -> bool:
        self.step.emit(step)
        return not self._cancel.is_set()

    def cancel(self) -> None:
        """Ask the work to stop at its next step."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        """Whether Cancel was asked for."""
        return self._cancel.is_set()


def _without_frames(error: BaseException) -> BaseException:
    """error without its traceback's frames, which are then freed here, on the worker
    thread: what they hold (typeset documents and their layout timers) must be freed
    on the thread that made it. The traceback goes along as text, for the log."""
    error.add_note("In the report's worker thread:\n" + "".join(traceback.format_exception(error)))
    seen: set[int] = set()
    chained: BaseException | None = error
    while chained is not None and id(chained) not in seen:
        seen.add(id(chained))
        chained.__traceback__ = None
        chained = chained.__cause__ or chained.__context__
    return error


class JobProgress(QObject):
    """A progress dialog for a batch (for one occupation, a busy cursor only) that shows
    a job's steps and cancels it when Cancel is pressed."""

    def __init__(self, parent: QWidget, count: int, title: str) -> None:
        super().__init__(parent)
        self.count = count
        self.job: ReportJob | None = None
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
            dialog.canceled.connect(self._cancel)
            self.dialog = dialog
        # Cancel pressed between two steps is seen within this time, not at the next step.
        self._watch = QTimer(self)
        self._watch.setInterval(CANCEL_CHECK_MS)
        self._watch.timeout.connect(self._check)

    def follow(self, job: ReportJob) -> None:
        """Show job's steps until it ends."""
        self.job = job
        job.step.connect(self.show_step, Qt.ConnectionType.QueuedConnection)
        self._watch.start()

    @Slot(object)
    def show_step(self, step: Step) -> None:
        """One step of the job: the bar and the line saying which."""
        if self.dialog is None or self.dialog.wasCanceled():
            return
        self.dialog.setLabelText(step.text())
        self.dialog.setValue(round(step.fraction() * BAR_STEPS))

    def _check(self) -> None:
        if self.dialog is not None and self.dialog.wasCanceled():
            self._cancel()

    def _cancel(self) -> None:
        if self.job is not None and not self.job.cancelled:
            self.job.cancel()

    def close(self) -> None:
        """Take the dialog and the busy cursor away."""
        self._watch.stop()
        QGuiApplication.restoreOverrideCursor()
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.setParent(None)
            self.dialog.deleteLater()
            self.dialog = None


def run_job(progress: JobProgress, work: Callable[[Progress], Any]) -> Any:
    """Run work in a worker thread, showing its steps in progress; its result, or the
    exception it raised (ReportCancelled once cancelled). The window's events are
    handled meanwhile."""
    job = ReportJob(work)
    loop = QEventLoop()
    job.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    progress.follow(job)
    _running.add(job)
    try:
        job.start()
        loop.exec()
        if not job.wait(0):  # the loop was ended early (the application quits): stop it
            job.cancel()
            job.wait()
    finally:
        _running.discard(job)
    if job.error is not None:
        raise job.error
    return job.result


def cancel_all() -> None:
    """Ask every running job to stop, and wait until each has cleaned up."""
    for job in list(_running):
        job.cancel()
    for job in list(_running):
        job.wait()
