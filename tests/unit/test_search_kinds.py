"""Kinds of query, each answered by a rule rather than by a list of examples: family
words, noise, "X doctor", slang, wishes, typos of little words, words still being typed."""

from __future__ import annotations

from collections import Counter

import pytest

from explorer.data.catalog import EDUCATION_LEVELS, load_catalog
from explorer.data.repository import CareerData
from explorer.search.engine import FilterOffer, SearchEngine
from explorer.search.intents import INTENTS, NO_DEGREE
from explorer.search.ranking import MINOR, TIERS, Forms, Word, heads, job_ranks, tier


@pytest.fixture(scope="module")
def engine(data: CareerData) -> SearchEngine:
    return SearchEngine(data)


@pytest.fixture(scope="module")
def catalog(data: CareerData) -> dict:
    return {row.code: row for row in load_catalog(data)}


def _codes(engine: SearchEngine, text: str, limit: int) -> list[str]:
    return [h.code for h in engine.search(text, limit).hits]


# -- family words ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "group"),
    [
        ("engineer", "17-0000"),
        ("teacher", "25-0000"),
        ("mechanic", "49-0000"),
        ("scientist", "19-0000"),
        ("nurse", "29-0000"),
        ("doctor", "29-0000"),
        ("driver", "53-0000"),
    ],
)
def test_a_family_word_ranks_typical_members_of_the_family_first(
    engine: SearchEngine, catalog: dict, word: str, group: str
) -> None:
    """The word (or O*NET's word for it) is the head of the first two titles, and most of
    them are in the family's own occupation group."""
    hits = engine.search(word, 5).hits
    assert all(h.matched.startswith("title: ") for h in hits), hits
    groups = Counter(catalog[h.code].major_group for h in hits)
    assert groups.most_common(1)[0][0] == group, groups
    head = {"doctor": ("physician", "surgeon")}.get(word, (word,))
    assert all(heads(h.title) & {f"{w}s" for w in head} for h in hits[:2]), hits


def test_a_word_that_only_qualifies_a_title_comes_after_typical_members(
    engine: SearchEngine,
) -> None:
    codes = _codes(engine, "engineer", 50)
    assert "47-2073.00" not in codes[:10]  # Operating Engineers (construction equipment)
    assert codes.index("17-2051.00") < codes.index("17-3022.00")  # Civil Engineering Technicians


# -- noise --------------------------------------------------------------------------------


def test_a_minor_name_does_not_drag_an_unrelated_occupation_up(engine: SearchEngine) -> None:
    assert "11-1011.00" not in _codes(engine, "nurse", 25)  # Chief Nursing Officer (CEOs)
    assert "43-6014.00" not in _codes(engine, "police", 10)  # one alternate title "Police"
    hits = engine.search("police", 200).hits
    secretaries = next(h for h in hits if h.code == "43-6014.00")
    assert secretaries.score == TIERS.index("minor name")


def test_words_after_except_are_no_title_match(engine: SearchEngine) -> None:
    police = Forms.of([Word("police", ("police",), False)])
    assert tier("title", "Dispatchers, Except Police, Fire, and Ambulance", police) == MINOR
    assert tier("title", "Transit and Railroad Police", police) == TIERS.index("title words")
    hits = engine.search("police", 200).hits
    dispatchers = next(h for h in hits if h.code == "43-5032.00")
    assert dispatchers.score > TIERS.index("title words")


def test_a_whole_word_is_not_found_by_a_longer_one(engine: SearchEngine) -> None:
    """ "police" typed whole: a title with "policy" comes after everything named police."""
    hits = engine.search("police", 100).hits
    policy = [i for i, h in enumerate(hits) if "Polic" in h.matched and "Police" not in h.matched]
    police = [i for i, h in enumerate(hits) if "Police" in h.matched]
    assert policy and police and max(police) < min(policy)


def test_plenty_of_strong_names_leave_out_description_and_task_matches(
    engine: SearchEngine,
) -> None:
    kinds = {h.matched.split(":")[0] for h in engine.search("engineer", 2000).hits}
    assert not kinds & {"task", "description"}, kinds


def test_specialties_share_their_soc_codes_jobs() -> None:
    ranks = job_ranks({"a.00": ("A", 300), "a.01": ("A", 300), "b.00": ("B", 200)})
    assert ranks == {"b.00": 1, "a.00": 2, "a.01": 3}


# -- X doctor -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("brain doctor", "29-1217.00"),  # Neurologists: "brain" in their description
        ("skin doctor", "29-1213.00"),
        ("stomach doctor", "29-1216.00"),  # gastroenterology physician
    ],
)
def test_x_doctor_finds_the_specialty_from_onet_text(
    engine: SearchEngine, text: str, code: str
) -> None:
    assert code in _codes(engine, text, 3)


def test_words_across_names_and_tasks(engine: SearchEngine) -> None:
    """No single row holds both words of "nerve doctor": Neurologists are a doctor by
    name, and nerves are in their description."""
    first = engine.search("nerve doctor", 1).hits[0]
    assert first.code == "29-1217.00"
    assert first.score == TIERS.index("words across names and tasks")
    assert first.matched.startswith("description: ") and "nerves" in first.matched


# -- slang and meanings ------------------------------------------------------------------------


def test_slang_finds_the_nearest_real_occupations_in_order(engine: SearchEngine) -> None:
    assert _codes(engine, "youtuber", 3) == ["27-4032.00", "27-2012.00", "27-3011.00"]
    assert _codes(engine, "hacker", 2) == ["15-1212.00", "15-1299.04"]


def test_the_word_in_its_own_sense_comes_after_what_is_meant(engine: SearchEngine) -> None:
    hits = engine.search("hacker", 50).hits
    taxi = next(h for h in hits if h.code == "53-3054.00")  # alternate title "Hacker"
    assert taxi.score == TIERS.index("another sense or form of the word")
    assert "steam" not in " ".join(h.matched.lower() for h in engine.search("streamer").hits)


def test_a_word_being_typed_completes_to_a_meaning(engine: SearchEngine) -> None:
    assert _codes(engine, "youtu", 3) == _codes(engine, "youtuber", 3)
    assert _codes(engine, "heart doc", 3)[:1] != _codes(engine, "heart", 1)


# -- wishes -----------------------------------------------------------------------------------


def test_no_college_ranks_occupations_without_a_degree_and_offers_the_filter(
    engine: SearchEngine, catalog: dict
) -> None:
    result = engine.search("no college", 100)
    top = EDUCATION_LEVELS.index(NO_DEGREE)
    assert len(result.hits) == 100
    assert all(
        EDUCATION_LEVELS.index(catalog[h.code].typical_education) <= top for h in result.hits
    )
    assert len({catalog[h.code].major_group for h in result.hits[:5]}) == 5  # not 5 cashiers
    assert result.offer is not None and result.offer.filter.education_max == NO_DEGREE
    assert all(result.offer.filter.accepts(catalog[h.code]) for h in result.hits)
    assert not [h for h in result.hits if "College" in h.title]


def test_a_wish_with_other_words_moves_what_fits_first(engine: SearchEngine) -> None:
    codes = _codes(engine, "nurse no college", 3)
    assert codes[:2] == ["29-2061.00", "31-1131.00"]  # Licensed Practical Nurses, Assistants
    assert engine.search("nurse no college").offer == engine.search("no college").offer


def test_help_people_ranks_social_occupations_from_different_groups(
    engine: SearchEngine, catalog: dict
) -> None:
    result = engine.search("help people", 20)
    assert all(catalog[h.code].top_interest == "Social" for h in result.hits[:10])
    assert len({catalog[h.code].major_group for h in result.hits[:5]}) == 5
    assert isinstance(result.offer, FilterOffer) and result.offer.filter.interest == "Social"
    assert result.hits[0].matched.startswith("O*NET interest: Social")


def test_good_pay_ranks_by_the_national_median(engine: SearchEngine, catalog: dict) -> None:
    paid = sorted((r.annual_median for r in catalog.values() if r.annual_median), reverse=True)
    tenth = paid[len(paid) // 10]
    for hit in engine.search("good pay", 10).hits:
        median = catalog[hit.code].annual_median
        assert median is None or median >= tenth, hit
        assert hit.matched.startswith("median pay: $")


def test_topics_come_from_onet_text(engine: SearchEngine) -> None:
    kids = engine.search("work with kids", 5).hits
    assert "39-9011.00" in [h.code for h in kids]  # Childcare Workers
    words = next(i for i in INTENTS if i.name == "children").topic
    assert all(any(w in h.matched.lower() for w in words) for h in kids), kids
    outdoors = _codes(engine, "outdoors", 5)
    assert "37-3011.00" in outdoors  # Landscaping and Groundskeeping Workers


def test_a_topic_word_with_other_words_is_a_search_word_again(engine: SearchEngine) -> None:
    assert "29-1221.00" in _codes(engine, "kid doctor", 3)  # Pediatricians
    assert engine.search("kid doctor").offer is None
    # Only the topic's own words come back: "good pay" stays a wish.
    assert _codes(engine, "kid doctor good pay", 3) == _codes(engine, "kid doctor", 3)


def test_a_typo_of_a_little_word_is_dropped(engine: SearchEngine) -> None:
    assert _codes(engine, "teh nurse", 3) == _codes(engine, "nurse", 3)
    assert engine.search("teh nurse").suggestion is None


def test_a_reason_found_by_two_wishes_is_said_once() -> None:
    from explorer.search.wishes import _reasons

    assert _reasons(
        ["task: Teach children.", "O*NET interest: Social", "task: Teach children."]
    ) == ("task: Teach children; O*NET interest: Social")
