"""Where the program's files are: from source, from an installed wheel, or frozen.

PyInstaller unpacks bundled data under ``sys._MEIPASS`` (the bundle's
_internal folder; Contents/Frameworks in a macOS .app); from a source checkout
the files sit at the repository root. This is the one place that knows, so
nothing else joins paths to data/ or resources/ by hand.

It also names the administrators' machine-wide defaults file (see
admin_defaults.py for its format):

========  ====================================================
Linux     /etc/career-explorer/defaults.ini
Windows   %PROGRAMDATA%\\Career Explorer\\defaults.ini
macOS     /Library/Application Support/Career Explorer/defaults.ini
========  ====================================================

CAREER_EXPLORER_ADMIN_DEFAULTS names another file (tests use it).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

DB_ENV = "CAREER_EXPLORER_DB"
ADMIN_DEFAULTS_ENV = "CAREER_EXPLORER_ADMIN_DEFAULTS"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: The organisation and application name folders are named after.
APP_FOLDER = "Career Explorer"


def is_frozen() -> bool:
    """True when running from a PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False) and getattr(sys, "_MEIPASS", None))


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


def icon_files() -> list[Path]:
    """The application icon as PNG files, smallest first (those that exist)."""
    return [
        p
        for p in (resources() / f"career-explorer-{size}.png" for size in ICON_SIZES)
        if p.is_file()
    ]


def user_data_dir(platform: str | None = None) -> Path:
    """The user's own folder for what the program writes (its log), where Qt's
    AppDataLocation is for an application named Career Explorer; it need not exist."""
    platform = platform or sys.platform
    home = Path.home()
    if platform == "win32":
        base = Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming")
    elif platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    return base / APP_FOLDER / APP_FOLDER


def admin_defaults_file(platform: str | None = None) -> Path:
    """The machine-wide defaults file an administrator may write (it need not exist)."""
    override = os.environ.get(ADMIN_DEFAULTS_ENV)
    if override:
        return Path(override)
    platform = platform or sys.platform
    if platform == "win32":
        program_data = os.environ.get("PROGRAMDATA") or r"C:\ProgramData"
        return Path(program_data) / "Career Explorer" / "defaults.ini"
    if platform == "darwin":
        return Path("/Library/Application Support/Career Explorer/defaults.ini")
    return Path("/etc/career-explorer/defaults.ini")
