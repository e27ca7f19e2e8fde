"""Machine-wide defaults an administrator sets for every user of a computer.

One INI file, at the place paths.admin_defaults_file() names (Linux
/etc/career-explorer/defaults.ini, Windows %PROGRAMDATA%\\Career
Explorer\\defaults.ini, macOS /Library/Application Support/Career
Explorer/defaults.ini). Users need not be able to write it; only the
administrator should. The file is optional. Its format::

    [defaults]
    ; The state whose figures a profile shows first: a two-letter USPS code.
    home_state = TX
    ; Paper size of printed reports: letter or a4.
    paper_size = letter
    ; Settings users cannot change, separated by commas or spaces.
    locked = paper_size

A setting the file gives is the default for users who have not chosen their
own; a locked one wins over the user's choice (a locked setting the file does
not give stays at the program's default). Keys and values are
case-insensitive; a line starting with ; or # is a comment.

A file that cannot be read or parsed is ignored as a whole, with one clear
warning; an unknown key or a bad value is ignored alone, with a warning
naming the file and the key. No Qt here: the settings module applies these.
"""

from __future__ import annotations

import configparser
import functools
import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from explorer.data.places import PLACE_NAMES, is_place
from explorer.paths import admin_defaults_file

SECTION = "defaults"
LOCKED = "locked"
PAPER_SIZES = ("letter", "a4")
#: The 50 states, DC and the territories BLS publishes state figures for.
STATES = frozenset(PLACE_NAMES)

logger = logging.getLogger(__name__)


def _state(value: str) -> str | None:
    code = value.strip().upper()
    return code if is_place(code) else None


def _paper(value: str) -> str | None:
    size = value.strip().lower()
    return size if size in PAPER_SIZES else None


# Each known key and how its value is checked and normalised (None: invalid).
KEYS: Mapping[str, tuple[Callable[[str], str | None], str]] = {
    "home_state": (_state, "a two-letter state code such as TX"),
    "paper_size": (_paper, "letter or a4"),
}


@dataclass(frozen=True)
class AdminDefaults:
    """What the administrator's file says: default values, locked keys, problems found."""

    values: Mapping[str, str] = field(default_factory=dict)
    locked: frozenset[str] = frozenset()
    source: Path | None = None
    problems: tuple[str, ...] = ()

    def value(self, key: str) -> str | None:
        """The administrator's value for key, or None."""
        return self.values.get(key)

    def is_locked(self, key: str) -> bool:
        """True when users may not change key."""
        return key in self.locked


def load(path: Path | None = None) -> AdminDefaults:
    """Read the defaults file (by default the platform's); a missing file means no defaults.

    Every problem is logged as a warning and listed in the result's `problems`.
    """
    path = Path(path) if path is not None else admin_defaults_file()
    if not path.is_file():
        return AdminDefaults()
    parser = configparser.ConfigParser(interpolation=None, inline_comment_prefixes=(";", "#"))
    try:
        parser.read_string(path.read_text(encoding="utf-8-sig"), source=str(path))
    except (OSError, UnicodeDecodeError, configparser.Error) as error:
        reason = " ".join(str(error).split())
        return _report(
            AdminDefaults(
                source=path,
                problems=(f"administrator defaults {path} ignored: cannot read it ({reason})",),
            )
        )
    problems: list[str] = []
    for section in parser.sections():
        if section.lower() != SECTION:
            problems.append(
                f"administrator defaults {path}: section [{section}] ignored "
                f"(only [{SECTION}] is read)"
            )
    if not parser.has_section(SECTION):
        problems.append(f"administrator defaults {path} has no [{SECTION}] section; ignored")
        return _report(AdminDefaults(source=path, problems=tuple(problems)))
    values: dict[str, str] = {}
    locked: set[str] = set()
    for key, raw in parser.items(SECTION):
        key = key.lower()
        if key == LOCKED:
            for name in filter(None, re.split(r"[\s,]+", raw.lower())):
                if name in KEYS:
                    locked.add(name)
                else:
                    problems.append(
                        f"administrator defaults {path}: cannot lock unknown "
                        f"setting {name!r} (known: {', '.join(KEYS)})"
                    )
            continue
        if key not in KEYS:
            problems.append(
                f"administrator defaults {path}: unknown setting {key!r} ignored "
                f"(known: {', '.join(KEYS)}, {LOCKED})"
            )
            continue
        check, expected = KEYS[key]
        value = check(raw)
        if value is None:
            problems.append(
                f"administrator defaults {path}: {key} = {raw!r} ignored (expected {expected})"
            )
            continue
        values[key] = value
    return _report(
        AdminDefaults(
            values=values, locked=frozenset(locked), source=path, problems=tuple(problems)
        )
    )


def _report(defaults: AdminDefaults) -> AdminDefaults:
    for problem in defaults.problems:
        logger.warning("%s", problem)
    return defaults


@functools.cache
def current() -> AdminDefaults:
    """The defaults file of this machine, read once per run."""
    return load()
