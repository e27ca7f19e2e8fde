"""Search against the committed database: what students type finds what they mean."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from explorer.data.repository import CareerData
from explorer.search.engine import TIERS, SearchEngine, words_of

QUALITY = Path(__file__).resolve().parents[1] / "fixtures" / "search_quality.tsv"
#: The kinds of query the quality list must cover (its "# kind:" headers).
KINDS = (
    "titles and nicknames",
    "everyday wishes",
    "slang and new jobs",
    "x doctor",
    "family words",
    "programs of study and military codes",
    "typos and plurals",
)
HOSTILE = [
    '"',
    "'",
    '""""',
    "AND",
    "OR NOT",
    "NEAR(a b)",
    "NEAR",
    "*",
    "nurse*",
    "^nurse",
    "title:nurse",
    "text:nurse",
    "(nurse",
    "nurse)",
    "-nurse",
    "+",
    ":",
    "{}",
    "'); DROP TABLE occupation;--",
    "1=1 OR 1=1",
    "%",
    "_",
    "\\",
    "\x00",
    "🙂🩺",
    "nurse 🙂",
    "a" * 5000,
    "nurse " * 1000,
    "      ",
    "",
    "\t\n",
    "ÉLECTRICIEN",
    "看護師",
    "29-2072.00 OR 1",
]


@pytest.fixture(scope="module")
def engine(data: CareerData) -> SearchEngine:
    return SearchEngine(data)


def _quality_rows() -> list[tuple[str, str, str]]:
    """(kind, query, code) of each line; a line "# kind: ..." starts a kind."""
    rows, kind = [], ""
    for line in QUALITY.read_text().splitlines():
        if line.startswith("# kind:"):
            kind = line.removeprefix("# kind:").strip()
        elif line.strip() and not line.startswith("#"):
            query, code = line.rstrip("\n").split("\t")
            rows.append((kind, query, code))
    return rows


def _quality_cases() -> list[tuple[str, str]]:
    return [(query, code) for _, query, code in _quality_rows()]


def test_the_quality_list_is_long_enough_and_has_every_kind_of_query() -> None:
    rows = _quality_rows()
    assert len(rows) >= 150
    kinds = Counter(kind for kind, _, _ in rows)
    assert set(kinds) == set(KINDS), kinds
    assert min(kinds.values()) >= 10, kinds
    assert len({query.lower() for _, query, _ in rows}) == len(rows), "a query is listed twice"


@pytest.mark.parametrize(("query", "code"), _quality_cases())
def test_what_students_type_finds_the_occupation_in_the_top_three(
    engine: SearchEngine, query: str, code: str
) -> None:
    hits = engine.search(query, 3).hits
    assert code in [h.code for h in hits], [(h.code, h.title, h.matched) for h in hits]


def test_coder_and_rn(engine: SearchEngine) -> None:
    assert "29-2072.00" in [h.code for h in engine.search("coder", 3).hits]
    first = engine.search("RN").hits[0]
    assert (first.code, first.title, first.matched) == (
        "29-1141.00",
        "Registered Nurses",
        "alternate title: RN",
    )


def test_each_result_says_why_it_matched(engine: SearchEngine) -> None:
    hits = engine.search("medical records", 50).hits
    assert hits[0].matched == "title: Medical Records Specialists"
    kinds = {h.matched.split(":")[0] for h in hits}
    assert {"title", "alternate title"} <= kinds
    reasons = {"title", "alternate title", "reported title", "program of study"}
    assert all(
        h.matched.split(":")[0] in reasons | {"description", "task", "code"}
        or re.fullmatch(r"[A-Z][\w ,]* code \w+", h.matched.split(":")[0])
        for h in hits
    ), {h.matched.split(":")[0] for h in hits}


def test_title_beats_alternate_beats_description_and_task(engine: SearchEngine) -> None:
    tiers = [h.score for h in engine.search("nurse", 200).hits]
    assert tiers == sorted(tiers)
    assert tiers[0] == TIERS.index("title words")
    tiers = [h.score for h in engine.search("dialysis", 200).hits]
    assert tiers == sorted(tiers)
    assert TIERS.index("task") in tiers or TIERS.index("description") in tiers


def test_the_first_of_each_soc_code_then_the_common_occupation_wins_ties(
    engine: SearchEngine,
) -> None:
    """Registered Nurses, Licensed Practical Nurses (nurse the head of the title), then
    the titles where it qualifies another word, most jobs first; the four specialties of
    Registered Nurses (29-1141.01 to .04) only after every other SOC code."""
    hits = engine.search("nurse", 50).hits
    same_tier = [h.code for h in hits if h.score == hits[0].score]
    assert same_tier == [
        "29-1141.00",
        "29-2061.00",
        "31-1131.00",
        "29-1171.00",
        "25-1072.00",
        "29-1151.00",
        "29-1161.00",
        "29-1141.01",
        "29-1141.02",
        "29-1141.03",
        "29-1141.04",
    ]


def test_word_forms_find_the_same_first_result(engine: SearchEngine) -> None:
    firsts = {engine.search(q, 1).hits[0].code for q in ("nurse", "nurses", "nursing")}
    assert firsts == {"29-1141.00"}


def test_typos_are_corrected_with_a_did_you_mean(engine: SearchEngine) -> None:
    result = engine.search("electrican")
    assert result.suggestion == "electrician"
    assert result.hits[0].code == "47-2111.00"
    assert engine.search("pharmasist").suggestion == "pharmacist"
    assert engine.search("polise").suggestion == "police"  # sounds alike, not "polisher"
    assert engine.search("programer").suggestion == "programmer"  # closer than "program"
    assert engine.search("electrician").suggestion is None


def test_nothing_found_is_an_empty_result_not_an_error(engine: SearchEngine) -> None:
    result = engine.search("qwxzv")
    assert result.hits == () and result.suggestion is None


def test_codes_come_first(engine: SearchEngine) -> None:
    for text in ("29-2072", "292072", "29-2072.00"):
        first = engine.search(text).hits[0]
        assert (first.code, first.matched) == ("29-2072.00", "code: 29-2072.00")


@pytest.mark.parametrize("text", HOSTILE)
def test_any_text_is_safe(engine: SearchEngine, text: str) -> None:
    result = engine.search(text, 20)
    assert len(result.hits) <= 20
    assert all(h.code and h.title for h in result.hits)


def test_operators_are_words_not_syntax(engine: SearchEngine) -> None:
    assert engine.search("nurse AND").hits[0].code == engine.search("nurse").hits[0].code
    assert engine.search('"nurse"').hits[0].code == "29-1141.00"


def test_long_text_is_cut_to_a_few_words() -> None:
    assert len(words_of("nurse " * 1000)) == 8
    assert words_of("someone who fixes cars") == ["fixes", "cars"]
    assert words_of("the") == ["the"]
