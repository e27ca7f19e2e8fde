"""The program's log file, one for the window and the command line alike.

`setup_logging` sends Python logging to a size-capped rotating file,
career-explorer.log (1 MB and 3 older ones), in the user's own data folder
(paths.user_data_dir(), or the folder CAREER_EXPLORER_LOG_DIR names). A
folder that cannot be made or written leaves no log file: logging never
stops the program. No Qt here, so the command line uses it too.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path

from explorer.paths import user_data_dir

LOG_DIR_ENV = "CAREER_EXPLORER_LOG_DIR"
LOG_NAME = "career-explorer.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_MARK = "_career_explorer"
#: Loggers whose messages their source also writes to stderr itself.
ALREADY_ON_STDERR = "qt"


def log_folder() -> Path:
    """Where the log goes: CAREER_EXPLORER_LOG_DIR, else the user's own data folder."""
    folder = os.environ.get(LOG_DIR_ENV)
    return Path(folder) if folder else user_data_dir()


def setup_logging(
    folder: Path | None = None,
    stderr_level: int | None = logging.WARNING,
    file_level: int = logging.INFO,
) -> Path | None:
    """Log to a rotating file in folder (default `log_folder()`) and, at stderr_level and
    above, to stderr (None: never; the command line prints its own one-line errors).

    Returns the log file's path, or None when it cannot be written. Calling it again
    replaces the handlers it added before.
    """
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, _MARK, False)]:
        root.removeHandler(handler)
        handler.close()
    handlers: list[logging.Handler] = []
    if stderr_level is not None:
        stderr = logging.StreamHandler(sys.stderr)
        stderr.setLevel(stderr_level)
        # Qt's messages reach the log through the "qt" logger, but Qt's own handler has
        # already written them to stderr: once there is enough.
        stderr.addFilter(lambda record: not record.name.startswith(ALREADY_ON_STDERR))
        handlers.append(stderr)
    path: Path | None = None
    folder = folder if folder is not None else log_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / LOG_NAME
        file_handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
        )
        file_handler.setLevel(file_level)
        if not os.access(folder, os.W_OK):
            raise PermissionError(f"cannot write in {folder}")
        handlers.append(file_handler)
    except OSError as error:
        if stderr_level is not None:
            print(
                f"career-explorer: cannot write a log in {folder} ({error}); logging to "
                "stderr only",
                file=sys.stderr,
            )
        path = None
    formatter = logging.Formatter(LOG_FORMAT)
    for handler in handlers:
        handler.setFormatter(formatter)
        setattr(handler, _MARK, True)
        root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > min(file_level, stderr_level or 99):
        root.setLevel(min(file_level, stderr_level or file_level))
    return path
