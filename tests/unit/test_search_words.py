"""The word tables of search: every word they name is in the index, and the small rules
that read typed words (wishes, little words, heads of titles, word roots)."""

from __future__ import annotations

import re

import pytest

from explorer.data.repository import CareerData
from explorer.search.engine import SearchEngine
from explorer.search.intents import INTENTS, find_intents
from explorer.search.meanings import MEANINGS
from explorer.search.ranking import NAME_KINDS, heads
from explorer.search.words import EVERYDAY_WORDS, STOP_WORDS, is_stop_word, root

PLAIN = re.compile(r"[a-z0-9]+( [a-z0-9]+)*")


@pytest.fixture(scope="module")
def engine(data: CareerData) -> SearchEngine:
    return SearchEngine(data)


def _phrases() -> list[tuple[str, str]]:
    """(table, phrase) of every word or phrase the tables send to the index."""
    return [
        *(("meaning", p) for ps in MEANINGS.values() for p in ps),
        *(("everyday", p) for ps in EVERYDAY_WORDS.values() for p in ps),
        *(("topic", p) for i in INTENTS for p in i.topic),
    ]


def test_every_word_in_the_tables_is_plain_text() -> None:
    """Lower-case words and single spaces only: quoted, they are FTS5 text, never syntax."""
    keys = [*MEANINGS, *EVERYDAY_WORDS, *(p for i in INTENTS for p in i.phrases)]
    bad = [p for _, p in _phrases() if not PLAIN.fullmatch(p)]
    bad += [k for k in keys if not PLAIN.fullmatch(k)]
    assert not bad
    assert not [k for k in MEANINGS if k in STOP_WORDS or k in EVERYDAY_WORDS]


@pytest.mark.parametrize(("table", "phrase"), sorted(set(_phrases())))
def test_every_word_in_the_tables_finds_something(
    engine: SearchEngine, table: str, phrase: str
) -> None:
    """A meaning names an occupation (a title or alternate title); an everyday or topic
    word is somewhere in O*NET's text. A word that stops matching is caught here."""
    engine.search("warm up")
    fts = f'"{phrase}"'
    names = engine._names()
    found = [names[r] for r in engine.index.matching_names(fts, engine._last_name_row)]
    if table == "meaning":
        assert [row for row in found if row[1] in NAME_KINDS], phrase
    else:
        details = engine.index.matching_details(fts, engine._last_name_row, 1)
        assert found or details, phrase


@pytest.mark.parametrize(
    ("tokens", "wishes", "left"),
    [
        (["help", "people"], ["helping"], []),
        (["jobs", "that", "help", "the", "people"], ["helping"], ["jobs", "that", "the"]),
        (["help", "sick", "people"], [], ["help", "sick", "people"]),
        (["someone", "who", "fixes", "cars"], [], ["someone", "who", "fixes", "cars"]),
        (["caring"], ["helping"], []),
        (["nurse", "no", "college"], ["no degree"], ["nurse"]),
        (
            ["don", "t", "want", "to", "go", "to", "college"],
            ["no degree"],
            ["t", "want", "to", "go", "to"],  # stop words, dropped later
        ),
        (["outdoors", "good", "pay"], ["outdoors", "pay"], []),
    ],
)
def test_wishes_are_found_by_their_exact_words(
    tokens: list[str], wishes: list[str], left: list[str]
) -> None:
    found, used = find_intents(tokens)
    rest = [t for t, wish in zip(tokens, used, strict=True) if wish is None]
    assert ([i.name for i in found], rest) == (wishes, left)
    assert {w for w in used if w} == set(found)


def test_a_wish_that_is_a_filter_offers_it() -> None:
    for intent in INTENTS:
        assert bool(intent.offer) == bool(intent.offer_label), intent.name
        assert intent.rank_by in ("employment", "pay", "openings", "growth", "interest", "topic")
        assert (intent.rank_by == "topic") == bool(intent.topic), intent.name


def test_little_words_and_their_typos_are_dropped() -> None:
    assert is_stop_word("the") and is_stop_word("teh") and is_stop_word("adn")
    assert not is_stop_word("tech") and not is_stop_word("nurse")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Civil Engineers", {"engineers"}),
        ("First-Line Supervisors of Police and Detectives", {"supervisors"}),
        ("Police and Sheriff's Patrol Officers", {"police", "officers"}),
        ("Bookkeeping, Accounting, and Auditing Clerks", {"clerks"}),
        ("Nursing Instructors and Teachers, Postsecondary", {"instructors", "teachers"}),
        ("Elementary School Teachers, Except Special Education", {"teachers"}),
        ("Dermatologist MD (Dermatologist Medical Doctor)", {"md", "doctor"}),
    ],
)
def test_heads_of_titles(title: str, expected: set[str]) -> None:
    assert heads(title) >= expected
    assert not heads(title) & {"civil", "nursing", "accounting", "dermatologist", "elementary"}


def test_roots_keep_care_and_cars_apart() -> None:
    assert root("nurse") == root("nurses") == root("nursing")
    assert root("cars") == root("car") != root("care")
