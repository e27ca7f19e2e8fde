"""The GUI's log file and what happens when something goes wrong that nothing caught.

The log itself is explorer.logs' (a size-capped file in the user's own data
folder, shared with the command line); at GUI start warnings go to stderr too.

CrashHandler, installed by `install` at GUI start, writes every uncaught
exception (in a Qt slot, the main thread or another thread) to the log with
its traceback, and shows the user one message box saying something went
wrong, what, and where the log is; errors repeating quickly give one dialog,
not a flood; a damaged database (DataError) is said in its own one line, which names
the file. Qt's own warnings go to the log as well (chained to any earlier
message handler, so pytest-qt still sees them). The dialog is a function the
handler is given, so tests replace it; CAREER_EXPLORER_NO_ERROR_DIALOG=1
turns it off.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QMessageLogContext,
    QObject,
    Qt,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QMessageBox

from explorer.data.db import DataError
from explorer.logs import setup_logging

NO_DIALOG_ENV = "CAREER_EXPLORER_NO_ERROR_DIALOG"
QUIET_SECONDS = 30.0  # after a dialog, further errors go to the log only for this long

logger = logging.getLogger(__name__)
qt_logger = logging.getLogger("qt")
ShowDialog = Callable[[str, "Path | None"], None]
ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]
_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def one_line(error: BaseException) -> str:
    """ "ZeroDivisionError: division by zero", on one line and not too long."""
    text = " ".join(traceback.format_exception_only(type(error), error)[-1].split())
    return text if len(text) <= 200 else text[:197] + "..."


def show_error_dialog(summary: str, log_path: Path | None) -> None:
    """The user's one message box: something went wrong, what, and where the log is."""
    where = (
        f"The details were written to\n{log_path}"
        if log_path is not None
        else "The details were written to the terminal (no log file could be made)."
    )
    QMessageBox.critical(
        QApplication.activeWindow(),
        "Career Explorer",
        f"Something went wrong in Career Explorer.\n\n{summary}\n\n{where}\n\n"
        "You can keep working; if something looks wrong, restart the program.",
    )


class _GuiThread(QObject):
    """Carries a dialog request from any thread to the GUI thread, after the current slot."""

    requested = Signal(str)


class CrashHandler:
    """Logs uncaught exceptions and Qt messages; shows `show_dialog` at most once per burst."""

    def __init__(self, log_path: Path | None, show_dialog: ShowDialog | None = None) -> None:
        self.log_path = log_path
        self._show_dialog = show_dialog or show_error_dialog
        self._bridge = _GuiThread()
        self._bridge.requested.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self._pending = False
        self._last_dialog = float("-inf")
        self._previous_hooks: tuple[object, object] | None = None
        self._previous_qt: object = None
        self._installed_qt = False

    def install(self, qt_messages: bool = True) -> None:
        """Become sys.excepthook and threading.excepthook (and Qt's message handler)."""
        self._previous_hooks = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook
        if qt_messages:
            self._previous_qt = qInstallMessageHandler(self.qt_message)
            self._installed_qt = True

    def uninstall(self) -> None:
        """Put back the hooks there were before `install`."""
        if self._previous_hooks is not None:
            sys.excepthook, threading.excepthook = self._previous_hooks  # type: ignore[assignment]
            self._previous_hooks = None
        if self._installed_qt:
            qInstallMessageHandler(self._previous_qt)  # type: ignore[arg-type]
            self._installed_qt = False

    def excepthook(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        """sys.excepthook: log the exception with its traceback, then tell the user."""
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        self.report((kind, error, trace))

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        """threading.excepthook: the same for an exception that ended another thread."""
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "a thread"
        self.report((args.exc_type, args.exc_value, args.exc_traceback), f" in {name}")

    def report(self, exc_info: ExcInfo, where: str = "") -> None:
        """Log one uncaught exception and ask for the dialog (one per burst)."""
        try:
            logger.error(
                "Uncaught exception%s: %s", where, one_line(exc_info[1]), exc_info=exc_info
            )
        except Exception:  # the log itself failed: at least the terminal has it
            traceback.print_exception(*exc_info)
        if self._pending or time.monotonic() - self._last_dialog < QUIET_SECONDS:
            return
        self._pending = True
        error = exc_info[1]
        # A damaged database is the file's fault, said in its own words (naming the file).
        self._bridge.requested.emit(str(error) if isinstance(error, DataError) else one_line(error))

    def _show(self, summary: str) -> None:
        try:
            if os.environ.get(NO_DIALOG_ENV) != "1":
                self._show_dialog(summary, self.log_path)
        finally:
            self._pending = False
            self._last_dialog = time.monotonic()

    def qt_message(self, kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        """Qt's message handler: to the log, then to whatever handled them before."""
        qt_logger.log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)
        if callable(self._previous_qt):
            self._previous_qt(kind, context, message)


def install(show_dialog: ShowDialog | None = None, folder: Path | None = None) -> CrashHandler:
    """At GUI start, once the application's names are set: the log file and the hooks."""
    handler = CrashHandler(setup_logging(folder), show_dialog)
    handler.install()
    logger.info("Career Explorer started; log %s", handler.log_path or "on stderr only")
    return handler
