"""The list itself: entries (code, note, day added) in the student's order.

MyList is frozen: every change returns a new list, so the window can keep the
old one until the new one is stored, and a failed save loses nothing. The
order is the tuple's order (first is the student's first choice).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

#: A note longer than this is cut when read from a file (a note is a line or two).
NOTE_LIMIT = 2000


@dataclass(frozen=True)
class Entry:
    """One career on the list: its O*NET-SOC code, the student's note and the day added."""

    code: str
    note: str
    added: date


@dataclass(frozen=True)
class MyList:
    """The careers a student keeps, in their order, each code once."""

    entries: tuple[Entry, ...] = ()

    @property
    def codes(self) -> list[str]:
        """The codes, in order."""
        return [entry.code for entry in self.entries]

    def __contains__(self, code: object) -> bool:
        return any(entry.code == code for entry in self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def entry(self, code: str) -> Entry | None:
        """The entry for code, if it is on the list."""
        return next((entry for entry in self.entries if entry.code == code), None)

    def added(self, code: str, today: date, note: str = "") -> MyList:
        """The list with code at its end (unchanged if it is there already)."""
        if code in self:
            return self
        return MyList((*self.entries, Entry(code, note, today)))

    def removed(self, code: str) -> MyList:
        """The list without code."""
        return MyList(tuple(entry for entry in self.entries if entry.code != code))

    def toggled(self, code: str, today: date) -> MyList:
        """Code added when it is not on the list, removed when it is (a star's click)."""
        return self.removed(code) if code in self else self.added(code, today)

    def with_note(self, code: str, note: str) -> MyList:
        """The list with code's note replaced (plain text, cut at NOTE_LIMIT)."""
        return MyList(
            tuple(
                replace(entry, note=note[:NOTE_LIMIT]) if entry.code == code else entry
                for entry in self.entries
            )
        )

    def moved(self, code: str, offset: int) -> MyList:
        """Code moved offset places (negative: up), stopping at either end."""
        codes = self.codes
        if code not in codes:
            return self
        old = codes.index(code)
        new = max(0, min(len(codes) - 1, old + offset))
        entries = list(self.entries)
        entries.insert(new, entries.pop(old))
        return MyList(tuple(entries))

    def reordered(self, codes: Sequence[str]) -> MyList:
        """The entries in the order of codes; any entry codes leaves out keeps its place
        after them (a drag reports only what it moved)."""
        by_code = {entry.code: entry for entry in self.entries}
        first = [by_code[code] for code in dict.fromkeys(codes) if code in by_code]
        rest = [entry for entry in self.entries if entry not in first]
        return MyList((*first, *rest))

    def merged(self, other: Iterable[Entry]) -> MyList:
        """This list with other's entries added after it: a career on both keeps this
        list's place and day, and both notes when they differ."""
        entries = list(self.entries)
        place = {entry.code: number for number, entry in enumerate(entries)}
        for entry in other:
            if entry.code not in place:
                place[entry.code] = len(entries)
                entries.append(entry)
                continue
            mine = entries[place[entry.code]]
            if entry.note and entry.note not in mine.note:
                note = f"{mine.note}; {entry.note}" if mine.note else entry.note
                entries[place[entry.code]] = replace(mine, note=note[:NOTE_LIMIT])
        return MyList(tuple(entries))
