"""My list as a small JSON file a student carries (a USB stick, a school drive).

The file says what it is and which layout it has, then the careers in order and
the quiz record (explorer.quiz.progress's own JSON) and the day it was saved:

    {"kind": "career-explorer-my-list", "format": 1, "saved": "2026-12-06",
     "careers": [{"code": "29-1141.00", "title": "Registered Nurses",
                  "note": "ask about night shifts", "added": "2026-12-01"}, ...],
     "quiz": {"format": 1, "current": null, "last": {...}} or null}

The title is for a person reading the file; reading ignores it. `read_list`
checks everything before it answers: a file that is not JSON, not this kind of
file, of a newer format or damaged in any field is one ListFileError whose text
is one line; a well-formed code the data does not know is left out and named in
`SavedList.unknown`, not an error.
"""

from __future__ import annotations

import json
import re
from collections.abc import Container, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from explorer.mylist.entries import NOTE_LIMIT, Entry, MyList
from explorer.quiz.progress import ProgressError, QuizRecord

KIND = "career-explorer-my-list"
#: The layout version written; a file of a higher one is refused, not guessed at.
FORMAT = 1
#: Larger files are not read at all: a list of every occupation with long notes is far less.
MAX_BYTES = 4_000_000
SUFFIX = ".json"
CODE = re.compile(r"\d\d-\d\d\d\d\.\d\d")


class ListFileError(ValueError):
    """A file that is not a My list this program can read; its text is one line."""


@dataclass(frozen=True)
class SavedList:
    """What a file holds: the list (known codes only), the quiz record if it has one,
    the day it was saved, and the well-formed codes the data does not know."""

    entries: MyList
    quiz: QuizRecord | None
    saved: date | None
    unknown: tuple[str, ...] = ()


def list_json(
    entries: MyList,
    today: date,
    quiz: QuizRecord | None = None,
    titles: Mapping[str, str] | None = None,
) -> str:
    """The file's text: the list, the quiz record (if any) and today's date."""
    titles = titles or {}
    value: dict[str, Any] = {
        "kind": KIND,
        "format": FORMAT,
        "saved": today.isoformat(),
        "careers": [
            {
                "code": entry.code,
                "title": titles.get(entry.code, ""),
                "note": entry.note,
                "added": entry.added.isoformat(),
            }
            for entry in entries.entries
        ],
        "quiz": json.loads(quiz.to_json()) if quiz is not None else None,
    }
    return json.dumps(value, indent=1, ensure_ascii=False) + "\n"


def read_list(data: bytes, known: Container[str]) -> SavedList:
    """The list a file holds, its unknown codes left out; ListFileError if the file is
    not a My list file of a format this program reads, or is damaged."""
    if len(data) > MAX_BYTES:
        raise ListFileError("it is too large to be a My list file")
    try:
        value = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise ListFileError("it is not a My list file (it is not text)") from error
    except json.JSONDecodeError as error:
        raise ListFileError(
            f"it is not a My list file, or it is damaged (line {error.lineno}: {error.msg})"
        ) from error
    if not isinstance(value, dict) or value.get("kind") != KIND:
        raise ListFileError("it is not a Career Explorer My list file")
    version = value.get("format")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT:
        raise ListFileError(
            f"it was saved by a newer Career Explorer (format {version}; this one reads"
            f" format {FORMAT})"
        )
    if version != FORMAT:
        raise ListFileError(f"it is damaged (its format is {version!r}, not {FORMAT})")
    try:
        return _read(value, known)
    except (KeyError, TypeError, ValueError) as error:
        raise ListFileError(f"it is damaged ({_one_line(error)})") from error


def _read(value: dict[str, Any], known: Container[str]) -> SavedList:
    careers = value["careers"]
    if not isinstance(careers, list):
        raise TypeError("careers is not a list")
    entries: list[Entry] = []
    unknown: list[str] = []
    for number, item in enumerate(careers, 1):
        entry = _entry(item, number)
        if entry.code not in known:
            unknown.append(entry.code)
        elif all(entry.code != e.code for e in entries):
            entries.append(entry)
    quiz = value.get("quiz")
    try:
        record = QuizRecord.from_json(json.dumps(quiz)) if quiz is not None else None
    except ProgressError as error:
        raise ValueError(f"the quiz results: {error}") from error
    saved = value.get("saved")
    day = date.fromisoformat(saved) if isinstance(saved, str) else None
    return SavedList(MyList(tuple(entries)), record, day, tuple(dict.fromkeys(unknown)))


def _entry(item: object, number: int) -> Entry:
    """One career of the file, every field checked."""
    if not isinstance(item, dict):
        raise TypeError(f"career {number} is not a record")
    code, note, added = item.get("code"), item.get("note", ""), item.get("added")
    if not isinstance(code, str) or not CODE.fullmatch(code):
        raise ValueError(f"career {number} has no O*NET-SOC code")
    if not isinstance(note, str):
        raise TypeError(f"career {number}'s note is not text")
    if not isinstance(added, str):
        raise TypeError(f"career {number} has no date")
    return Entry(code, note[:NOTE_LIMIT], date.fromisoformat(added))


def _one_line(error: BaseException) -> str:
    """An error's text on one line (a KeyError names the missing field)."""
    text = f"no {error.args[0]}" if isinstance(error, KeyError) else str(error)
    return " ".join(text.split())
