"""Per-user settings in the user's own profile folder (QSettings), keys declared once.

CAREER_EXPLORER_SETTINGS_DIR moves the settings to another folder, so tests
never touch a real user's settings.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

from explorer.admin_defaults import AdminDefaults
from explorer.admin_defaults import current as current_admin_defaults

SETTINGS_DIR_ENV = "CAREER_EXPLORER_SETTINGS_DIR"

GEOMETRY = "window/geometry"
SPLITTER = "window/splitter"
FILTERS = "search/filters"
RECENT = "profiles/recent"
RECENT_LIMIT = 10
HOME_STATE = "profile/home_state"
# Printed reports: the last choices in the options dialog. The paper key ends in
# paper_size, the administrators' defaults file's name for it (admin_name).
REPORT_SECTIONS = "reports/sections"
REPORT_STATE = "reports/state"  # "" for the states with the most jobs
REPORT_PAPER = "reports/paper_size"


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


def admin_name(key: str) -> str:
    """The administrators' defaults file's name for a key: its last part
    ("profile/home_state" is home_state)."""
    return key.rsplit("/", 1)[-1]


def resolved_value(settings: QSettings, key: str, default: object,
                   admin: AdminDefaults | None = None) -> object:
    """A setting's value for this user, with the machine's administrator defaults applied.

    A setting the administrator locked has the administrator's value (the
    program's default if the file gives none), whatever the user chose;
    otherwise the user's own value; else the administrator's default; else
    `default`. `admin` defaults to this machine's file (admin_defaults.current()).
    """
    admin = admin if admin is not None else current_admin_defaults()
    name = admin_name(key)
    administrator = admin.value(name)
    if admin.is_locked(name):
        return administrator if administrator is not None else default
    user = settings.value(key)
    if user is not None and user != "":
        return user
    return administrator if administrator is not None else default


def locked_by_admin(key: str, admin: AdminDefaults | None = None) -> bool:
    """True when the administrator locked this setting (the window should not offer it)."""
    admin = admin if admin is not None else current_admin_defaults()
    return admin.is_locked(admin_name(key))
