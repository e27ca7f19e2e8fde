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
case-insensitive; a line starting with ; or # is a comment, and so is the
rest of a line from a ; or # after a space.

Each line is read alone: a line that is not a setting, an unknown key, a bad
value, a key given twice (the first is used), a line that is not UTF-8, a
broken [header] (with the lines under it) or another section is ignored with
one warning naming the file and the line, and the rest of the file still
applies. A file that cannot be read at all (no permission, a folder, UTF-16) is
ignored with one warning. No Qt here: the settings module applies these.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from explorer.data.places import PLACE_NAMES, is_place
from explorer.paths import admin_defaults_file
from explorer.safe_text import escaped, quoted

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

    Every problem is logged as a warning, once, naming the file and the line, and listed
    in the result's `problems`; a bad line is ignored alone, the rest of the file is read.
    """
    path = Path(path) if path is not None else admin_defaults_file()
    where = f"administrator defaults {quoted(path)}"
    try:
        if not path.exists():
            return AdminDefaults()
        if path.is_dir():
            return _report(
                AdminDefaults(source=path, problems=(f"{where} ignored: it is a folder",))
            )
        raw = path.read_bytes()
    except OSError as error:
        reason = " ".join(str(error.strerror or error).split())
        return _report(
            AdminDefaults(source=path, problems=(f"{where} ignored: cannot read it ({reason})",))
        )
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _report(
            AdminDefaults(
                source=path,
                problems=(f"{where} ignored: cannot read it (UTF-16; save it as UTF-8)",),
            )
        )
    lines = _Lines(where)
    for number, line in enumerate(raw.removeprefix(b"\xef\xbb\xbf").split(b"\n"), 1):
        lines.read(number, line)
    if not lines.found_section:
        lines.problems.append(f"{where} has no [{SECTION}] section; ignored")
    elif lines.outside:  # said only when there is a section the lines should have been in
        lines.problems.insert(0, lines.outside)
    return _report(
        AdminDefaults(
            values=lines.values,
            locked=frozenset(lines.locked),
            source=path,
            problems=tuple(lines.problems),
        )
    )


_COMMENT = re.compile(r"\s[;#].*$")


class _Lines:
    """The lines of one defaults file, read one at a time: what they set, what is wrong."""

    def __init__(self, where: str) -> None:
        self.where = where
        self.values: dict[str, str] = {}
        self.locked: set[str] = set()
        self.problems: list[str] = []
        self.found_section = False
        self._section: str | None = None  # None: before any header
        self._set_at: dict[str, int] = {}
        #: The first line above every [section], said once (the rest are not).
        self.outside = ""

    def _problem(self, number: int, text: str) -> None:
        self.problems.append(f"{self.where} line {number}: {text}")

    def read(self, number: int, raw: bytes) -> None:
        """Read one line (numbered from 1)."""
        try:
            line = raw.decode("utf-8").strip()
        except UnicodeDecodeError:
            self.problems.append(f"{self.where} line {number} ignored: not UTF-8 text")
            return
        if not line or line.startswith((";", "#")):
            return
        if line.startswith("["):
            self._header(number, line)
            return
        if self._section != SECTION:
            if self._section is None and not self.outside:
                self.outside = (
                    f"{self.where} line {number}: {quoted(line)} ignored with the lines "
                    f"after it up to [{SECTION}]: not under [{SECTION}]"
                )
            return
        key, sep, value = line.partition("=")
        if not sep:
            key, sep, value = line.partition(":")
        key = key.strip().lower()
        if not sep or not key:
            self._problem(number, f"{quoted(line)} ignored: not a setting (key = value)")
            return
        self._setting(number, key, _COMMENT.sub("", " " + value).strip())

    def _header(self, number: int, line: str) -> None:
        line = _COMMENT.sub("", line).strip()
        if not (line.endswith("]") and len(line) > 2):
            self._section = ""
            self._problem(
                number, f"{quoted(line)} ignored with the lines under it: not a [section]"
            )
            return
        name = line[1:-1].strip()
        self._section = name.lower()
        if self._section == SECTION:
            self.found_section = True
        else:
            self._problem(number, f"section [{escaped(name)}] ignored (only [{SECTION}] is read)")

    def _setting(self, number: int, key: str, raw: str) -> None:
        shown = escaped(key)
        if key in self._set_at:
            self._problem(
                number, f"{shown} given again, ignored (line {self._set_at[key]} is used)"
            )
            return
        self._set_at[key] = number
        if key == LOCKED:
            for name in filter(None, re.split(r"[\s,]+", raw.lower())):
                if name in KEYS:
                    self.locked.add(name)
                else:
                    self._problem(
                        number,
                        f"cannot lock unknown setting {quoted(name)} (known: {', '.join(KEYS)})",
                    )
            return
        if key not in KEYS:
            self._problem(
                number,
                f"unknown setting {quoted(key)} ignored (known: {', '.join(KEYS)}, {LOCKED})",
            )
            return
        check, expected = KEYS[key]
        value = check(raw)
        if value is None:
            self._problem(number, f"{shown} = {quoted(raw)} ignored (expected {expected})")
            return
        self.values[key] = value


def _report(defaults: AdminDefaults) -> AdminDefaults:
    for problem in defaults.problems:
        logger.warning("%s", problem)
    return defaults


@functools.cache
def current() -> AdminDefaults:
    """The defaults file of this machine, read once per run."""
    return load()
