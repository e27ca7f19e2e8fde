"""My list's file: the round trip with notes and quiz results, and what is refused in one
line (damaged, foreign, newer) or only reported (an unknown code)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from explorer.mylist.entries import Entry, MyList
from explorer.mylist.file_format import FORMAT, KIND, ListFileError, list_json, read_list
from explorer.quiz.progress import QuizRecord, SavedResult

SAVED = date(2026, 12, 6)
NURSE, CHEF = "29-1141.00", "35-1011.00"
KNOWN = {NURSE, CHEF}
LIST = MyList(
    (Entry(NURSE, "ask about\nnight shifts ✓", date(2026, 12, 1)), Entry(CHEF, "", SAVED))
)
QUIZ = QuizRecord(last=SavedResult("short", (4, 0) * 15, (20, 3, 0, 12, 8, 1), "ranked", SAVED))


def _text(**changes: object) -> bytes:
    value = json.loads(list_json(LIST, SAVED, QUIZ))
    value.update(changes)
    return json.dumps(value).encode()


def test_the_file_round_trips_codes_notes_quiz_and_date() -> None:
    text = list_json(LIST, SAVED, QUIZ, {NURSE: "Registered Nurses"})
    value = json.loads(text)
    assert (value["kind"], value["format"], value["saved"]) == (KIND, FORMAT, "2026-12-06")
    assert value["careers"][0]["title"] == "Registered Nurses"  # for a person reading it
    saved = read_list(text.encode(), KNOWN)
    assert saved.entries == LIST
    assert saved.quiz == QUIZ
    assert saved.saved == SAVED
    assert saved.unknown == ()
    assert read_list(list_json(LIST, SAVED).encode(), KNOWN).quiz is None


def test_an_unknown_code_is_left_out_and_reported() -> None:
    careers = json.loads(_text())["careers"]
    careers.insert(1, {"code": "99-9999.99", "note": "", "added": "2026-12-01"})
    saved = read_list(_text(careers=careers), KNOWN)
    assert saved.entries.codes == [NURSE, CHEF]
    assert saved.unknown == ("99-9999.99",)


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00", "not text"),
        (b'{"kind": "career-explorer-my-list", "format": 1, "careers": [', "damaged (line 1"),
        (b'{"name": "my playlist", "songs": []}', "not a Career Explorer My list file"),
        (b"[1, 2, 3]", "not a Career Explorer My list file"),
        (_text(format=2), "newer Career Explorer (format 2"),
        (_text(format="1"), "damaged (its format is '1'"),
        (_text(careers={"a": 1}), "damaged (careers is not a list)"),
        (_text(careers=[{"code": "nurse", "added": "2026-12-01"}]), "career 1 has no O*NET-SOC"),
        (_text(careers=[{"code": NURSE, "note": 3, "added": "2026-12-01"}]), "note is not text"),
        (_text(careers=[{"code": NURSE, "added": "yesterday"}]), "damaged (Invalid isoformat"),
        (_text(quiz={"format": 1, "last": {"form": "x"}}), "damaged (the quiz results"),
        (_text(saved=None, careers=None), "damaged"),
        (json.dumps({"kind": KIND, "format": 1}).encode(), "damaged (no careers)"),
    ],
)
def test_a_damaged_or_foreign_file_is_one_line(data: bytes, said: str) -> None:
    with pytest.raises(ListFileError) as refused:
        read_list(data, KNOWN)
    assert said in str(refused.value)
    assert "\n" not in str(refused.value)
