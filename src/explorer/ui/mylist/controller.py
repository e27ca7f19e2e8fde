"""My list's one owner in the window: every star, the panel and the menu go through it.

MyListController holds the list (explorer.mylist.entries.MyList, frozen: every change
makes a new one), tells everything that shows it with one `changed` signal, and keeps
it in the user's data folder (explorer.mylist.storage): each change is written a
moment later (SAVE_DELAY_MS, so typing a note is not a write per key), and at once
when the window closes. A write that fails (a full disk, a folder gone) keeps the
list in memory and the file as it was, says so once, and is tried again at the next
change. A damaged stored file was set aside when read; `loading_message` says so.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from explorer.mylist import storage
from explorer.mylist.entries import Entry, MyList
from explorer.safe_text import quoted
from explorer.ui.mylist.star import star_words

#: How long after a change the list is written (a note is typed a key at a time).
SAVE_DELAY_MS = 250
#: More stars than this changing at once (a list opened) redraw whole views.
MANY_STARS = 8
#: The columns the list can be put in order by (the panel's headings).
SORT_KEYS: dict[int, Callable[[Entry, str], Any]] = {
    0: lambda entry, title: title.casefold(),
    1: lambda entry, title: (entry.note == "", entry.note.casefold()),
    2: lambda entry, title: entry.added,
}


class MyListController(QObject):
    """The student's list of careers: `changed` after every change, `problem(text)` when
    it cannot be kept, `open_requested(code)` when the panel opens one."""

    changed = Signal()
    #: A code's star changed (on or off the list); "" when many did (redraw every star).
    starred = Signal(str)
    problem = Signal(str)
    open_requested = Signal(str)

    def __init__(
        self,
        titles: Mapping[str, str],
        parent: QObject | None = None,
        path: Path | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._titles = titles
        self._today = today
        self.path = path or storage.stored_file()
        stored = storage.load_stored(self.path, titles)
        self._list = stored.entries
        self.unknown = stored.unknown
        self._keep = stored.keep  # False: a stored file that could not be read stays as it is
        unknown = (
            f"{len(stored.unknown)} career(s) on your saved list are not in this version's"
            f" data and were left out: {', '.join(stored.unknown)}."
            if stored.unknown
            else ""
        )
        #: What to tell the student about the stored list once the window is up ("" if all is well).
        self.loading_message = " ".join(t for t in (stored.message, unknown) if t)
        self._last_problem = ""
        self._save = QTimer(self)
        self._save.setSingleShot(True)
        self._save.setInterval(SAVE_DELAY_MS)
        self._save.timeout.connect(self.flush)

    # -- reading -----------------------------------------------------------------------

    @property
    def entries(self) -> MyList:
        """The list as it is now (entries with code, note and day added, in order)."""
        return self._list

    @property
    def known(self) -> Mapping[str, str]:
        """Every code the data has (with its title): what a list may hold."""
        return self._titles

    def codes(self) -> list[str]:
        """The codes on the list, in the student's order."""
        return self._list.codes

    def contains(self, code: str) -> bool:
        """True when code is on the list (its star is filled)."""
        return code in self._list

    def title(self, code: str) -> str:
        """The occupation's title (its code where the data has none)."""
        return self._titles.get(code, code)

    def star_words(self, code: str) -> str:
        """What pressing code's star does ("Add Registered Nurses to My list")."""
        return star_words(self.title(code), self.contains(code))

    # -- changing ------------------------------------------------------------------------

    def toggle(self, code: str) -> bool:
        """Put code on the list, or take it off; True when it is on the list after."""
        if code not in self._titles and code not in self._list:
            return False
        self._set(self._list.toggled(code, self._today()))
        return self.contains(code)

    def add(self, code: str) -> None:
        """Put code at the end of the list (nothing if it is there already)."""
        if code in self._titles:
            self._set(self._list.added(code, self._today()))

    def remove(self, code: str) -> None:
        """Take code off the list."""
        self._set(self._list.removed(code))

    def set_note(self, code: str, note: str) -> None:
        """Code's note, kept as typed."""
        self._set(self._list.with_note(code, note))

    def move(self, code: str, offset: int) -> None:
        """Move code up (negative) or down the list."""
        self._set(self._list.moved(code, offset))

    def reorder(self, codes: Sequence[str]) -> None:
        """Put the list in the order of codes (a drag: what it moved first)."""
        self._set(self._list.reordered(codes))

    def sort_by(self, column: int, descending: bool = False) -> None:
        """Put the list in order of the panel's column (title, note or day added) for good."""
        key = SORT_KEYS[column]
        ordered = sorted(
            self._list.entries, key=lambda e: key(e, self.title(e.code)), reverse=descending
        )
        self._set(MyList(tuple(ordered)))

    def replace_list(self, entries: MyList) -> None:
        """The list replaced by another (Open my list… → Replace)."""
        self._set(entries)

    def merge_list(self, entries: MyList) -> None:
        """Another list's careers added after this one's (Open my list… → Add)."""
        self._set(self._list.merged(entries.entries))

    def _set(self, entries: MyList) -> None:
        if entries == self._list:
            return
        turned = set(self._list.codes) ^ set(entries.codes)
        self._list = entries
        for code in sorted(turned) if len(turned) <= MANY_STARS else [""]:
            self.starred.emit(code)
        self.changed.emit()
        self._save.start()

    # -- keeping -------------------------------------------------------------------------

    def flush(self) -> bool:
        """Write the list now if a change is waiting; False (and `problem` once) if it
        could not be written: the list stays in memory and the old file whole."""
        self._save.stop()
        if not self._keep:
            return False  # said once, when the window opened (loading_message)
        try:
            storage.store(self.path, self._list, self._today(), self._titles)
        except OSError as error:
            reason = error.strerror or error
            text = f"My list could not be saved in {quoted(self.path.parent)}: {reason}."
            if text != self._last_problem:
                self._last_problem = text
                self.problem.emit(text)
            return False
        self._last_problem = ""
        return True

    def pending(self) -> bool:
        """True while a change waits to be written."""
        return self._save.isActive()
