"""Where a user's settings are kept, and what happens when they cannot be.

`open_store` checks the settings file before QSettings touches it: the folder
can be made and written, the file (if any) is a UTF-8 text file this program
can read and write, and there is room to save it. When one of these fails
(a read-only file or home, a folder that cannot be read,
CAREER_EXPLORER_SETTINGS_DIR naming a file, a full disk, a UTF-16 file), the
settings live in a private temporary copy for this run instead: the user's
own file is never overwritten, and the program starts with what it could read
of it. The reason is kept on the store (`problem`), logged once, and said once
in the window (`tell_once`). A save that fails later (QSettings.AccessError)
is logged when the window closes.
"""

from __future__ import annotations

import atexit
import logging
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox, QWidget

from explorer.safe_text import quoted

PROBLEM = "careerExplorerSettingsProblem"  # the QObject property that holds the reason
#: The room a save needs beyond the file's size: QSettings writes a new copy, then renames.
SPARE_BYTES = 4096

logger = logging.getLogger(__name__)


def problem_with(path: Path) -> str | None:
    """Why settings could not be kept in path, or None when they can."""
    folder = path.parent
    try:
        if folder.exists() and not folder.is_dir():
            return f"{quoted(folder)} is a file, not a folder"
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        return f"the folder {quoted(folder)} cannot be made ({error.strerror or error})"
    size = 0
    try:
        if path.exists() or path.is_symlink():
            if not path.is_file():
                return f"{quoted(path)} is not a file"
            raw = path.read_bytes()
            size = len(raw)
            if not _readable(raw):
                return f"{quoted(path)} is not a settings file this program can read; left as it is"
            with path.open("r+b"):  # opened for writing, not changed
                pass
    except OSError as error:
        return f"{quoted(path)} cannot be read or written ({error.strerror or error})"
    try:
        with tempfile.TemporaryFile(dir=folder) as probe:
            probe.write(b"\n" * (size + SPARE_BYTES))
            probe.flush()
    except OSError as error:
        return f"the folder {quoted(folder)} cannot be written ({error.strerror or error})"
    return None


def _readable(raw: bytes) -> bool:
    """True for what QSettings reads back as it was written: UTF-8 text, no NUL bytes."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return "\x00" not in text


def open_store(path: Path, store: QSettings | None = None) -> QSettings:
    """The settings store for path (`store` when given and usable), or a temporary copy
    for this run when path cannot keep them; `problem(store)` says why."""
    reason = problem_with(path)
    if reason is None:
        store = store if store is not None else QSettings(str(path), QSettings.Format.IniFormat)
        if store.status() == QSettings.Status.NoError:
            return store
        reason = f"{quoted(path)} is not a settings file this program can read; left as it is"
    folder = Path(tempfile.mkdtemp(prefix="career-explorer-settings-"))
    atexit.register(shutil.rmtree, folder, True)
    copy = folder / "career-explorer.ini"
    try:  # start from what the user's file says, when it can be read
        raw = path.read_bytes()
        if _readable(raw):
            copy.write_bytes(raw)
    except OSError:
        pass
    temporary = QSettings(str(copy), QSettings.Format.IniFormat)
    temporary.setProperty(PROBLEM, reason)
    logger.warning("settings will not be kept after this run: %s", reason)
    return temporary


def problem(store: QSettings) -> str | None:
    """Why this store's settings will not be kept, or None."""
    reason = store.property(PROBLEM)
    return str(reason) if reason else None


def tell_once(store: QSettings, window: QWidget) -> QMessageBox | None:
    """Say in the window, once, that settings will not be kept and why (a box that does not
    block the window); nothing when they will be. Returns the box, for tests."""
    reason = problem(store)
    if reason is None or store.property(PROBLEM + "Told"):
        return None
    store.setProperty(PROBLEM + "Told", True)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        "Career Explorer",
        "Your settings (window size, recently viewed occupations, report choices) "
        f"will not be kept after Career Explorer closes.\n\n{reason}",
        QMessageBox.StandardButton.Ok,
        window,
    )
    box.open()
    return box


def log_failed_save(store: QSettings) -> None:
    """Log one warning when the last save of store failed (a disk that filled up)."""
    store.sync()
    if store.status() == QSettings.Status.AccessError and problem(store) is None:
        logger.warning("settings could not be saved to %s", quoted(store.fileName()))
