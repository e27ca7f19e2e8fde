"""Where the window keeps a user's list: a file in the user's own data folder.

`stored_file()` is `my-list.json` in `paths.user_data_dir()` (or the folder
CAREER_EXPLORER_MY_LIST_DIR names; tests use it). `store` writes it all or
nothing (checked_write: every write, the sync and the close checked, then one
rename), so a crash or a full disk leaves the last list whole. `load_stored`
never raises: a missing file is an empty list; a damaged one is renamed aside
(`my-list.damaged-20261206-091500.json`, kept for a teacher to look at) and
answered with one message, so a list is never silently dropped; one that cannot be
read (or set aside) is answered with `keep=False`: never written over, as the
settings file is not.
"""

from __future__ import annotations

import os
from collections.abc import Container, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from explorer.checked_write import write_whole
from explorer.mylist.entries import MyList
from explorer.mylist.file_format import ListFileError, list_json, read_list
from explorer.paths import user_data_dir
from explorer.safe_text import quoted

MY_LIST_DIR_ENV = "CAREER_EXPLORER_MY_LIST_DIR"
FILE_NAME = "my-list.json"
NOT_KEPT = "it is not written over, so My list is kept for this run only."


@dataclass(frozen=True)
class Stored:
    """The stored list, the codes it held that the data does not know, and a message
    for the student when something was wrong with the file ("" when nothing was)."""

    entries: MyList
    unknown: tuple[str, ...] = ()
    message: str = ""
    #: False when the stored file is there but could not be read or set aside: it must
    #: not be written over (as with the settings file), so the list lasts this run only.
    keep: bool = True


def stored_file() -> Path:
    """The user's list file (it need not exist)."""
    folder = os.environ.get(MY_LIST_DIR_ENV)
    return (Path(folder) if folder else user_data_dir()) / FILE_NAME


def load_stored(path: Path, known: Container[str]) -> Stored:
    """The list stored at path; never raises (see the module's docstring)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return Stored(MyList())
    except OSError as error:
        return Stored(
            MyList(),
            (),
            f"My list could not be read from {quoted(path)}: {error}; {NOT_KEPT}",
            keep=False,
        )
    try:
        saved = read_list(data, known)
    except ListFileError as error:
        aside = path.with_name(f"{path.stem}.damaged-{datetime.now():%Y%m%d-%H%M%S}{path.suffix}")
        try:
            os.replace(path, aside)
        except OSError as moving:
            return Stored(
                MyList(),
                (),
                f"Your saved list {quoted(path)} was not read: {error};"
                f" it could not be moved aside either ({moving}); {NOT_KEPT}",
                keep=False,
            )
        return Stored(
            MyList(),
            (),
            f"Your saved list could not be read ({error}); it was kept as {quoted(aside)}"
            " and My list starts empty.",
        )
    return Stored(saved.entries, saved.unknown)


def store(path: Path, entries: MyList, today: date, titles: Mapping[str, str]) -> None:
    """Write the list to path all or nothing; OSError leaves the old file as it was."""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_whole(path, list_json(entries, today, None, titles).encode("utf-8"))
