"""Start the GUI: one QApplication, the database opened once, the main window shown.

A database that cannot be opened is reported in a message box and on stderr
(exit 2), so a lab administrator sees what is wrong instead of a crash. Before
the window is built, crash_log sets up the log file and the hooks that log any
uncaught exception and tell the user about it in one message box. SIGTERM
(a session that ends) and Ctrl+C in the terminal quit the window the same way,
once any report being written has stopped and removed its unfinished file.
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
        print(f"career-explorer: {error}", file=sys.stderr)
        QMessageBox.critical(None, APPLICATION, f"Career Explorer cannot start.\n\n{error}")
        return 2
    from explorer.ui.main_window import MainWindow

    window = MainWindow(data)
    window.show()
    quit_on_signals(app)
    try:
        return app.exec()
    finally:
        data.close()


def quit_on_signals(app: QApplication) -> None:
    """On SIGTERM or SIGINT, stop the reports being made (each removes the file it was
    writing) and quit. Qt's event loop runs no Python while it waits, so the signal
    wakes it through a socket (signal.set_wakeup_fd) and Python's handler runs then."""
    from explorer.ui.printing.job import cancel_all

    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)
    notifier.activated.connect(lambda *_args: reader.recv(64))

    def stop(_number: int, _frame: FrameType | None) -> None:
        cancel_all()
        app.quit()

    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, stop)
    _keep.extend((reader, writer, notifier))


_keep: list[object] = []  # the wake-up socket pair and its notifier, for the program's life
