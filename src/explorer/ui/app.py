"""Start the GUI: one QApplication, the database opened once, the main window shown.

A database that cannot be opened, or that fails while the window is built, is
reported in a message box and on stderr (exit 2), so a lab administrator sees
what is wrong instead of a crash. Before the window is built, crash_log sets up
the log file and the hooks that log any uncaught exception and tell the user
about it in one message box (a damaged database found later is told the same
way, naming the file). Settings that cannot be kept are said once, in a
message box over the window (settings_store). Ctrl+C in the terminal and
SIGTERM (a session that ends) close the window quietly, exit 130 and 143, once
any report being written has stopped and removed its unfinished file.
"""

from __future__ import annotations

import signal
import socket
import sys
from pathlib import Path
from types import FrameType

from PySide6.QtCore import QSocketNotifier
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from explorer import __version__
from explorer.data.db import DataError
from explorer.data.repository import CareerData
from explorer.paths import icon_files

ORGANIZATION = "Career Explorer"
APPLICATION = "Career Explorer"


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, with the names QSettings and QStandardPaths use."""
    existing = QApplication.instance()
    app = (
        existing
        if isinstance(existing, QApplication)
        else QApplication(argv if argv is not None else sys.argv[:1])
    )
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    # Wayland and the Linux desktop match windows to career-explorer.desktop by this name.
    app.setDesktopFileName("career-explorer")
    icon = QIcon()
    for path in icon_files():
        icon.addFile(str(path))
    if not icon.isNull():
        app.setWindowIcon(icon)
    return app


def run_gui(db_path: Path) -> int:
    """Open the database and run the main window until it closes."""
    app = create_application()
    from explorer.ui import crash_log

    crash_log.install()  # after create_application: the log folder is named after the app
    try:
        data = CareerData(db_path)
    except DataError as error:
        return _cannot_start(error)
    from explorer.ui.main_window import MainWindow
    from explorer.ui.settings_store import log_failed_save, tell_once

    try:
        window = MainWindow(data)
    except DataError as error:  # a file that opened but fails where the window reads it
        data.close()
        return _cannot_start(error)
    window.show()
    tell_once(window.settings, window)
    quit_on_signals(app)
    try:
        return app.exec()
    finally:
        log_failed_save(window.settings)
        data.close()


def _cannot_start(error: DataError) -> int:
    from explorer.console import say

    say(str(error))  # nothing raised without a terminal: the message box still tells
    QMessageBox.critical(None, APPLICATION, f"Career Explorer cannot start.\n\n{error}")
    return 2


def quit_on_signals(app: QApplication) -> None:
    """On SIGTERM or SIGINT, stop the reports being made (each removes the file it was
    writing) and end the event loop with 143 or 130, without a traceback. Qt's event
    loop runs no Python while it waits, so the signal wakes it through a socket
    (signal.set_wakeup_fd) and Python's handler runs then."""
    from explorer.ui.printing.job import cancel_all

    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)
    notifier.activated.connect(lambda *_args: reader.recv(64))

    def stop(number: int, _frame: FrameType | None) -> None:
        cancel_all()
        app.exit(128 + number)

    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, stop)
    _keep.extend((reader, writer, notifier))


_keep: list[object] = []  # the wake-up socket pair and its notifier, for the program's life
