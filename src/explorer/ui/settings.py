"""Per-user settings in the user's own profile folder (QSettings), keys declared once.

CAREER_EXPLORER_SETTINGS_DIR moves the settings to another folder, so tests
never touch a real user's settings.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

SETTINGS_DIR_ENV = "CAREER_EXPLORER_SETTINGS_DIR"

GEOMETRY = "window/geometry"
SPLITTER = "window/splitter"
FILTERS = "search/filters"
RECENT = "profiles/recent"
RECENT_LIMIT = 10
HOME_STATE = "profile/home_state"


def open_settings() -> QSettings:
    """The settings store: an INI file in the user's profile (or the test folder)."""
    folder = os.environ.get(SETTINGS_DIR_ENV)
    if folder:
        return QSettings(str(Path(folder) / "career-explorer.ini"), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                     "Career Explorer", "Career Explorer")


def recent_codes(settings: QSettings) -> list[str]:
    """Recently opened occupation codes, newest first."""
    value = settings.value(RECENT, [])
    if isinstance(value, str):
        value = [value]
    return [str(v) for v in value or []][:RECENT_LIMIT]


def remember_recent(settings: QSettings, code: str) -> list[str]:
    """Put code first in the recent list and return the list."""
    codes = [code, *(c for c in recent_codes(settings) if c != code)][:RECENT_LIMIT]
    settings.setValue(RECENT, codes)
    return codes
