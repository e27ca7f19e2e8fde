"""Per-user settings in the user's own profile folder (QSettings), each declared once.

Every setting is an Option (after MusicBrainz Picard's options): its key, its
default and how a stored value is checked. `option.read(store)` never raises:
a value of the wrong type or out of range (a hand-edited or damaged INI file)
gives the default and logs one warning naming the key, so a bad settings file
can never stop the program from starting. `option.write(store, value)` stores
a value the same option reads back.

Filters are not a setting: a launch on a shared login starts with none, so one
student's filter never hides occupations from the next (a "search/filters"
value an older version saved is ignored).

CAREER_EXPLORER_SETTINGS_DIR moves the settings to another folder, so tests
never touch a real user's settings. The administrator's machine-wide defaults
(admin_defaults.py) apply through `resolved_value` and `locked_by_admin`.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import fields
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from explorer.admin_defaults import PAPER_SIZES, STATES, AdminDefaults
from explorer.admin_defaults import current as current_admin_defaults
from explorer.data.catalog import EDUCATION_LEVELS, OccupationFilter
from explorer.profile.registry import SECTION_KEYS
from explorer.quiz.progress import ProgressError, QuizRecord
from explorer.ui.settings_store import open_store

SETTINGS_DIR_ENV = "CAREER_EXPLORER_SETTINGS_DIR"

GEOMETRY = "window/geometry"
SPLITTER = "window/splitter"
RECENT = "profiles/recent"
RECENT_LIMIT = 10
HOME_STATE = "profile/home_state"
# Printed reports: the last choices in the options dialog. The paper key ends in
# paper_size, the administrators' defaults file's name for it (admin_name).
REPORT_SECTIONS = "reports/sections"
REPORT_STATE = "reports/state"  # "" for the states with the most jobs
REPORT_PAPER = "reports/paper_size"
REPORT_HANDOUT = "reports/handout"  # a one-page handout instead of the chosen sections
#: The interest quiz: a quiz under way and the last result, as the engine's JSON.
QUIZ_RECORD = "quiz/record"
#: View > Theme and View > Text size (issue 17, items 8 and 9).
THEME = "view/theme"
TEXT_SIZE = "view/text_size"
THEME_NAMES = ("system", "light", "dark", "high_contrast")
TEXT_SIZE_RANGE = (80, 200)

CODE_PATTERN = re.compile(r"\d\d-\d\d\d\d\.\d\d")

logger = logging.getLogger(__name__)
T = TypeVar("T")
_warned: set[tuple[str, str, str]] = set()


class InvalidSetting(ValueError):
    """A stored value an option cannot use; the message says what was expected."""


class Option(Generic[T]):
    """One setting: its key, its default and `parse`, which turns a stored value into
    the typed value or raises InvalidSetting (TypeError and ValueError count too)."""

    def __init__(
        self,
        key: str,
        default: T,
        parse: Callable[[object], T],
        store_as: Callable[[T], object] | None = None,
    ) -> None:
        self.key = key
        self.default = default
        self._parse = parse
        self._store_as = store_as or (lambda value: value)
        OPTIONS[key] = self

    def read(self, store: QSettings) -> T:
        """The stored value, or the default when none is stored or it is unusable
        (then one warning naming the key is logged). Never raises."""
        value = self.read_user(store)
        return self.default if value is None else value

    def read_user(self, store: QSettings) -> T | None:
        """The user's own valid value, or None when there is none (or it is unusable)."""
        try:
            raw = store.value(self.key)
        except Exception as error:  # a damaged file must not stop the program
            self._warn(store, "?", f"cannot be read ({error})")
            return None
        if raw is None:
            return None
        try:
            return self._parse(raw)
        except (InvalidSetting, TypeError, ValueError, OverflowError) as error:
            self._warn(store, raw, str(error) or type(error).__name__)
            return None

    def write(self, store: QSettings, value: T) -> None:
        """Store value so that `read` gives it back."""
        store.setValue(self.key, self._store_as(value))

    def _warn(self, store: QSettings, raw: object, reason: str) -> None:
        shown = repr(raw)
        shown = shown if len(shown) <= 80 else shown[:77] + "..."
        seen = (store.fileName(), self.key, shown)
        if seen in _warned:  # one warning per bad value, however often it is read
            return
        _warned.add(seen)
        logger.warning(
            "setting %s in %s ignored: %s is not usable (%s); using the default",
            self.key,
            store.fileName(),
            shown,
            reason,
        )


OPTIONS: dict[str, Option] = {}


# -- how stored values are checked --------------------------------------------------------


def _byte_array(raw: object) -> QByteArray:
    if not isinstance(raw, QByteArray | bytes):
        raise InvalidSetting(f"expected saved window bytes, not {type(raw).__name__}")
    return QByteArray(raw)


def _string_list(raw: object) -> list[str]:
    # QSettings' INI format reads a one-item list back as a plain string.
    if isinstance(raw, str):
        return [raw] if raw else []
    if not isinstance(raw, list | tuple):
        raise InvalidSetting(f"expected a list, not {type(raw).__name__}")
    if not all(isinstance(item, str) for item in raw):
        raise InvalidSetting("expected a list of strings")
    return list(raw)


def _recent(raw: object) -> list[str]:
    codes = _string_list(raw)
    if len(codes) > RECENT_LIMIT:
        raise InvalidSetting(f"expected at most {RECENT_LIMIT} codes")
    bad = [code for code in codes if not CODE_PATTERN.fullmatch(code)]
    if bad:
        raise InvalidSetting(f"{bad[0]!r} is not an occupation code like 29-2072.00")
    return codes


def _state(raw: object) -> str:
    if not isinstance(raw, str):
        raise InvalidSetting(f"expected a state code, not {type(raw).__name__}")
    code = raw.strip().upper()
    if code and code not in STATES:
        raise InvalidSetting("expected a two-letter state code such as TX, or nothing")
    return code


def _sections(raw: object) -> tuple[str, ...]:
    keys = _string_list(raw)
    unknown = [key for key in keys if key not in SECTION_KEYS]
    if unknown or not keys:
        raise InvalidSetting(f"expected report sections among {', '.join(SECTION_KEYS)}")
    return tuple(key for key in SECTION_KEYS if key in keys)


def _paper(raw: object) -> str:
    size = str(raw).strip().lower() if isinstance(raw, str) else None
    if size not in PAPER_SIZES:
        raise InvalidSetting(f"expected {' or '.join(PAPER_SIZES)}")
    return size


def _flag(raw: object) -> bool:
    # An INI file keeps a bool as the text "true" or "false".
    if isinstance(raw, bool):
        return raw
    text = str(raw).strip().lower() if isinstance(raw, str) else None
    if text not in ("true", "false"):
        raise InvalidSetting("expected true or false")
    return text == "true"


def _quiz_record(raw: object) -> QuizRecord:
    if not isinstance(raw, str):
        raise InvalidSetting(f"expected a quiz record's text, not {type(raw).__name__}")
    try:
        return QuizRecord.from_json(raw) if raw else QuizRecord()
    except ProgressError as error:
        raise InvalidSetting(str(error)) from error


def _theme(raw: object) -> str:
    if not isinstance(raw, str) or raw not in THEME_NAMES:
        raise InvalidSetting(f"expected one of {', '.join(THEME_NAMES)}")
    return raw


def _text_size(raw: object) -> int:
    size = int(str(raw))
    low, high = TEXT_SIZE_RANGE
    if not low <= size <= high:
        raise InvalidSetting(f"expected a percentage from {low} to {high}")
    return size


_INT_FIELDS = ("wage_min", "wage_max", "openings_min")


def filter_from_values(values: Mapping[str, object]) -> OccupationFilter:
    """An OccupationFilter from a saved dict, each field checked (unknown keys are
    ignored); InvalidSetting names the first field with a value of the wrong kind."""
    if not isinstance(values, Mapping):
        raise InvalidSetting(f"expected a JSON object, not {type(values).__name__}")
    known = {field.name for field in fields(OccupationFilter)}
    # Any: each value is checked below against its field's type, which mypy cannot follow.
    checked: dict[str, Any] = {}
    for name, value in values.items():
        if name not in known or value is None:
            continue
        if name == "bright_outlook_only":
            ok = isinstance(value, bool)
        elif name in _INT_FIELDS:
            ok = isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**31
        elif name == "job_zone":
            ok = isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 5
        elif name in ("education_min", "education_max"):
            ok = value in EDUCATION_LEVELS
        else:
            ok = isinstance(value, str)
        if not ok:
            raise InvalidSetting(f"filter {name} = {value!r} is of the wrong kind")
        checked[name] = value
    return OccupationFilter(**checked)


# -- every setting, declared once ------------------------------------------------------------

geometry = Option(GEOMETRY, QByteArray(), _byte_array)
splitter = Option(SPLITTER, QByteArray(), _byte_array)
recent: Option[list[str]] = Option(RECENT, [], _recent, lambda codes: list(codes)[:RECENT_LIMIT])
home_state = Option(HOME_STATE, "", _state)
report_sections = Option(REPORT_SECTIONS, tuple(SECTION_KEYS), _sections, list)
report_state = Option(REPORT_STATE, "", _state)
report_paper = Option(REPORT_PAPER, "letter", _paper)
report_handout = Option(REPORT_HANDOUT, False, _flag)
theme = Option(THEME, "system", _theme)
text_size = Option(TEXT_SIZE, 100, _text_size)
quiz_record = Option(QUIZ_RECORD, QuizRecord(), _quiz_record, lambda record: record.to_json())


def open_settings() -> QSettings:
    """The settings store: an INI file in the user's profile (or the test folder); a
    temporary copy for this run when that file cannot keep them (settings_store)."""
    folder = os.environ.get(SETTINGS_DIR_ENV)
    if folder:
        return open_store(Path(folder) / "career-explorer.ini")
    store = QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Career Explorer", "Career Explorer"
    )
    return open_store(Path(store.fileName()), store)


def recent_codes(settings: QSettings) -> list[str]:
    """Recently opened occupation codes, newest first."""
    return recent.read(settings)


def remember_recent(settings: QSettings, code: str) -> list[str]:
    """Put code first in the recent list and return the list.

    Two windows (two copies of the program) share one list: the file is read again
    first, so what the other window added is kept, behind code (merged, newest first).
    """
    settings.sync()
    codes = [code, *(c for c in recent_codes(settings) if c != code)][:RECENT_LIMIT]
    recent.write(settings, codes)
    settings.sync()
    return codes


def admin_name(key: str) -> str:
    """The administrators' defaults file's name for a key: its last part
    ("profile/home_state" is home_state)."""
    return key.rsplit("/", 1)[-1]


def resolved_value(
    settings: QSettings, key: str, default: object, admin: AdminDefaults | None = None
) -> object:
    """A setting's value for this user, with the machine's administrator defaults applied.

    A setting the administrator locked has the administrator's value (the
    program's default if the file gives none), whatever the user chose;
    otherwise the user's own (valid) value; else the administrator's default;
    else `default`. `admin` defaults to this machine's file (admin_defaults.current()).
    """
    admin = admin if admin is not None else current_admin_defaults()
    name = admin_name(key)
    administrator = admin.value(name)
    if admin.is_locked(name):
        return administrator if administrator is not None else default
    option = OPTIONS.get(key)
    user = option.read_user(settings) if option is not None else settings.value(key)
    if user is not None and user != "":
        return user
    return administrator if administrator is not None else default


def locked_by_admin(key: str, admin: AdminDefaults | None = None) -> bool:
    """True when the administrator locked this setting (the window should not offer it)."""
    admin = admin if admin is not None else current_admin_defaults()
    return admin.is_locked(admin_name(key))
