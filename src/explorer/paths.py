"""Where the program's files are: from source, from an installed wheel, or frozen.

PyInstaller unpacks bundled data under ``sys._MEIPASS``; from a source
checkout the files sit at the repository root. This is the one place that
knows, so nothing else joins paths to data/ or resources/ by hand.
"""

from __future__ import annotations

import sys
from pathlib import Path

DB_ENV = "CAREER_EXPLORER_DB"


def app_root() -> Path:
    """Folder holding data/ and resources/ (the bundle when frozen)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parents[2]


def default_database() -> Path:
    """The careers.db that ships with the program."""
    return app_root() / "data" / "careers.db"


def resources() -> Path:
    """Icons and style sheets."""
    return app_root() / "resources"
