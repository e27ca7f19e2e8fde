"""My list as plain data: adding, removing, notes, order, merging (explorer.mylist.entries)."""

from __future__ import annotations

from datetime import date

from explorer.mylist.entries import NOTE_LIMIT, Entry, MyList

MONDAY, TUESDAY = date(2026, 11, 30), date(2026, 12, 1)
NURSE, CHEF, PILOT = "29-1141.00", "35-1011.00", "53-2011.00"


def _list(*codes: str) -> MyList:
    return MyList(tuple(Entry(code, "", MONDAY) for code in codes))


def test_a_star_adds_once_and_removes() -> None:
    kept = MyList().toggled(NURSE, MONDAY).toggled(CHEF, TUESDAY)
    assert kept.codes == [NURSE, CHEF]
    assert kept.entry(CHEF) == Entry(CHEF, "", TUESDAY)
    assert kept.added(NURSE, TUESDAY) is kept  # already there: unchanged, first day kept
    assert kept.toggled(NURSE, TUESDAY).codes == [CHEF]
    assert NURSE not in kept.removed(NURSE)


def test_a_note_is_kept_per_career_and_cut_at_the_limit() -> None:
    kept = _list(NURSE, CHEF).with_note(CHEF, "ask about night shifts")
    assert kept.entry(CHEF).note == "ask about night shifts"
    assert kept.entry(NURSE).note == ""
    assert len(kept.with_note(NURSE, "x" * (NOTE_LIMIT + 5)).entry(NURSE).note) == NOTE_LIMIT


def test_moving_stops_at_either_end_and_reordering_keeps_the_rest() -> None:
    kept = _list(NURSE, CHEF, PILOT)
    assert kept.moved(PILOT, -1).codes == [NURSE, PILOT, CHEF]
    assert kept.moved(NURSE, -1).codes == [NURSE, CHEF, PILOT]
    assert kept.moved(NURSE, 5).codes == [CHEF, PILOT, NURSE]
    assert kept.reordered([PILOT, NURSE]).codes == [PILOT, NURSE, CHEF]


def test_merging_adds_new_careers_after_and_keeps_both_notes() -> None:
    mine = _list(NURSE, CHEF).with_note(NURSE, "mine")
    theirs = [
        Entry(PILOT, "fly", TUESDAY),
        Entry(NURSE, "theirs", TUESDAY),
        Entry(CHEF, "", TUESDAY),
    ]
    merged = mine.merged(theirs)
    assert merged.codes == [NURSE, CHEF, PILOT]
    assert merged.entry(NURSE) == Entry(NURSE, "mine; theirs", MONDAY)
    assert merged.entry(CHEF) == Entry(CHEF, "", MONDAY)
    assert merged.merged(theirs) == merged  # the same file twice adds nothing more
