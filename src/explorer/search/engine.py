"""Find occupations by what students type: a code, a title, a nickname, a task, a wish.

Typed text never reaches FTS5 as syntax: it is cut into words and each word is
quoted, so quotes, operators (AND OR NOT NEAR * ^ : ( )), SQL fragments and
emoji are only text. A search goes through these steps:

1. Wishes ("help people", "no college", "good pay", "outdoors") are taken out
   (search/intents.py) and answered from the data (search/wishes.py). A wish that
   is a filter is offered as one (SearchResult.offer).
2. Words that mean nothing in a job search ("someone who") are dropped; slang and
   teenage senses ("youtuber", "stocks") become the occupations meant
   (search/meanings.py); everyday words bring O*NET's own ("fixes cars" ->
   repair, automotive; "heart" -> cardiology); a word the index has never seen
   is corrected to the closest one it has ("electrican" -> electrician), with a
   "did you mean" to say so.
3. Rows of the full-text index matching every word are ranked
   (search/ranking.py: title, alternate title, program, military code, ...,
   description, task; typical occupations first). With few strong matches, an
   occupation whose names have the last word and whose other text has the rest
   also counts ("skin doctor": Dermatologists). With no match at all, rows with
   any of the words, after everything else.
"""

from __future__ import annotations

import bisect
import difflib
import re
from collections import Counter
from dataclasses import dataclass

from explorer.data.catalog import OccupationFilter
from explorer.data.db import damaged_because
from explorer.data.records import SearchHit
from explorer.data.repository import CareerData
from explorer.data.search_index import SearchIndex
from explorer.search.intents import find_intents
from explorer.search.meanings import MEANINGS
from explorer.search.ranking import (
    ACROSS,
    ANY_WORD_PENALTY,
    MINOR,
    NAME_KINDS,
    OTHER_FORM,
    TIERS,
    UNRANKED,
    Forms,
    SortKey,
    Word,
    job_ranks,
    rank,
    tier,
)
from explorer.search.wishes import Wishes
from explorer.search.words import EVERYDAY_WORDS, is_stop_word

__all__ = ["TIERS", "FilterOffer", "SearchEngine", "SearchResult", "search", "words_of"]

MAX_WORDS = 8
MAX_WORD_LENGTH = 40
MIN_PREFIX = 3
DETAIL_ROWS = 300
#: Below this many strong name matches, a search of several words also looks across
#: each occupation's names and tasks.
FEW = 5
KIND_LABEL = {
    "title": "title",
    "short": "alternate title",
    "alternate": "alternate title",
    "reported": "reported title",
    "program": "program of study",
    "military": "military code",
    "description": "description",
    "task": "task",
}
#: How much a word found in each kind of row says about an occupation.
KIND_WEIGHT = {"title": 4.0, "description": 3.0, "alternate": 2.0, "short": 2.0, "reported": 2.0}
_WORD = re.compile(r"\w+", re.UNICODE)
_PHRASE_MEANINGS = {tuple(key.split()): key for key in MEANINGS if " " in key}


@dataclass(frozen=True)
class FilterOffer:
    """A filter a wish stands for ("no college": no degree needed), for the window to
    offer as "Show only: <label>"."""

    label: str
    filter: OccupationFilter


@dataclass(frozen=True)
class SearchResult:
    """Hits for a query, the corrected query where a word was misspelt, and the filter
    a wish in it stands for."""

    query: str
    hits: tuple[SearchHit, ...]
    suggestion: str | None = None
    offer: FilterOffer | None = None


def tokens_of(text: str) -> list[str]:
    """Every word of typed text, lower case (the first 2,000 characters)."""
    return [w.lower()[:MAX_WORD_LENGTH] for w in _WORD.findall(text[:2000])]


def words_of(text: str) -> list[str]:
    """The searchable words of typed text, lower case, at most MAX_WORDS."""
    return _meaningful(tokens_of(text))


def _meaningful(words: list[str]) -> list[str]:
    words = _join_phrases(words)
    meaningful = [w for w in words if not is_stop_word(w)]
    return (meaningful or words)[:MAX_WORDS]


_SOUNDS = ((re.compile(r"ph"), "f"), (re.compile(r"c(?=[eiy])"), "s"), (re.compile(r"ck|c"), "k"))
_DOUBLE = re.compile(r"(\w)\1")


def _sound(word: str) -> str:
    """A word as it sounds, roughly: "police" and "polise", "pharmacist" and
    "farmasist" sound alike."""
    for pattern, sound in _SOUNDS:
        word = pattern.sub(sound, word)
    return _DOUBLE.sub(r"\1", word)


_COMPLETIONS = sorted({*MEANINGS, *EVERYDAY_WORDS}, key=lambda key: (len(key), key))


def _completion(prefix: str) -> str:
    """The shortest meaning or everyday word a word being typed begins ("youtu" ->
    youtuber, "doct" -> doctor), or the word itself."""
    return next((key for key in _COMPLETIONS if key.startswith(prefix)), prefix)


def _join_phrases(words: list[str]) -> list[str]:
    """Words typed together that have one meaning ("content creator") become one."""
    joined: list[str] = []
    index = 0
    while index < len(words):
        pair = tuple(words[index : index + 2])
        if pair in _PHRASE_MEANINGS:
            joined.append(_PHRASE_MEANINGS[pair])
            index += 2
        else:
            joined.append(words[index])
            index += 1
    return joined


class SearchEngine:
    """Search over one open careers.db; create once and reuse (it caches the
    vocabulary used to correct typos, the names of the index and the facts wishes
    are ranked by)."""

    def __init__(self, data: CareerData) -> None:
        self.data = data
        self.index = SearchIndex(data)
        self._vocabulary: list[str] | None = None
        self._by_initial: dict[str, list[str]] = {}
        self._by_length: dict[int, list[str]] = {}
        self._uses: dict[str, int] = {}
        self._title_of: dict[str, str] | None = None
        self._rank_of: dict[str, int] = {}
        self._name_rows: dict[int, tuple[str, str, str, float]] | None = None
        self._name_totals: Counter[str] = Counter()
        self._last_name_row = 0
        self._services: dict[tuple[str, str], str] | None = None
        self._wishes: Wishes | None = None

    # -- vocabulary -------------------------------------------------------------

    def _words(self) -> list[str]:
        if self._vocabulary is None:
            rows = self.index.vocabulary()
            self._vocabulary = [word for word, _ in rows]
            self._uses = dict(rows)
            for word in self._vocabulary:
                self._by_initial.setdefault(word[0], []).append(word)
                self._by_length.setdefault(len(word), []).append(word)
        return self._vocabulary

    def _known(self, word: str, prefix: bool) -> bool:
        vocabulary = self._words()
        if len(word) < MIN_PREFIX or not word.isalpha():
            return True
        index = bisect.bisect_left(vocabulary, word)
        if index < len(vocabulary):
            found = vocabulary[index]
            return found == word or (prefix and found.startswith(word))
        return False

    def _whole_word(self, word: str) -> bool:
        """Whether the index has this exact word (not only longer ones)."""
        vocabulary = self._words()
        index = bisect.bisect_left(vocabulary, word)
        return index < len(vocabulary) and vocabulary[index] == word

    def correction(self, word: str) -> str | None:
        """The indexed word closest to a misspelt one, or None.

        Words with the same first letter are tried first (fast, and most typos
        keep it); then every word of about the same length ("farmacist").
        Among close matches, one that sounds the same wins ("polise": police, not
        polisher), then the closer, then the more used ("carpenter", not
        "carpentry").
        """
        self._words()
        same_initial = [
            w for w in self._by_initial.get(word[0], ()) if abs(len(w) - len(word)) <= 2
        ]
        for candidates in (same_initial, self._similar_length(word)):
            close = difflib.get_close_matches(word, candidates, n=5, cutoff=0.75)
            if close:

                def score(candidate: str) -> tuple[bool, float, int]:
                    ratio = difflib.SequenceMatcher(None, word, candidate).ratio()
                    alike = _sound(candidate) == _sound(word)
                    return alike, round(ratio, 2), self._uses.get(candidate, 0)

                return max(close, key=score)
        return None

    def _similar_length(self, word: str) -> list[str]:
        return [w for n in range(len(word) - 1, len(word) + 2) for w in self._by_length.get(n, ())]

    # -- searching --------------------------------------------------------------

    def search(self, text: str, limit: int = 50) -> SearchResult:
        """Occupations matching text, best first, each saying why it matched."""
        limit = max(1, min(int(limit), 2000))
        hits: dict[str, SearchHit] = {}
        code = self.data.resolve_code(text)
        if code is not None:
            hits[code] = SearchHit(code, self.data.occupation_title(code), f"code: {code}", -1)
        tokens = tokens_of(text)
        intents, used = find_intents(tokens)
        typed = _meaningful([t for t, wish in zip(tokens, used, strict=True) if wish is None])
        if intents and all(is_stop_word(w) or w.isdigit() for w in typed):
            typed = []  # "jobs that help people", "job for a 16 year old": only the wish
        if typed and any(i.gives_back for i in intents):
            # "kid doctor": "kid" with other words is an ordinary search word again.
            typed = _meaningful(
                [t for t, wish in zip(tokens, used, strict=True) if not wish or wish.gives_back]
            )
            intents = [i for i in intents if not i.gives_back]
        suggestion = None
        if typed:
            words, suggestion = self._plan(typed, text)
            for hit in self._ranked(words):
                hits.setdefault(hit.code, hit)
        if intents:
            wishes = self._wishes_of()
            found = (
                wishes.reorder(intents, list(hits.values()), self._topic_rows)
                if typed
                else wishes.answer(intents, self._topic_rows)
            )
            hits = {hit.code: hit for hit in found}
        offer = next((FilterOffer(i.offer_label, i.offer) for i in intents if i.offer), None)
        return SearchResult(text, tuple(hits.values())[:limit], suggestion, offer)

    def _plan(self, typed: list[str], text: str) -> tuple[list[Word], str | None]:
        ends_in_word = bool(text) and not text[-1].isspace()
        words, corrected = [], {}
        for index, word in enumerate(typed):
            prefix = index == len(typed) - 1 and ends_in_word and len(word) >= MIN_PREFIX
            partial = prefix and not self._whole_word(word)
            key = _completion(word) if partial else word
            if key in MEANINGS:
                meanings = MEANINGS[key]
                literal = key not in meanings  # the word itself comes last, if at all
                meant = (*meanings, key) if literal else meanings
                words.append(Word(word, meant, False, meant=True, literal=literal))
                continue
            alternatives = [word, *EVERYDAY_WORDS.get(key, ())]
            if not self._known(word, prefix) and key not in EVERYDAY_WORDS:
                fixed = self.correction(word)
                if fixed:
                    corrected[word] = fixed
                    alternatives = [fixed, *EVERYDAY_WORDS.get(fixed, ())]
            complete = prefix and self._whole_word(alternatives[0])
            words.append(Word(word, tuple(dict.fromkeys(alternatives)), prefix, complete=complete))
        suggestion = " ".join(corrected.get(w, w) for w in typed) if corrected else None
        return words, suggestion

    def _names(self) -> dict[int, tuple[str, str, str, float]]:
        """Titles, alternate and reported titles by index row, held in memory as rows
        (code, kind, text, relevance 0): the index finds their rows, and ranking them
        needs only their text."""
        if self._name_rows is None:
            self._name_rows = {rowid: (*row, 0.0) for rowid, row in self.index.names().items()}
            self._last_name_row = max(self._name_rows, default=0)
            self._name_totals = Counter(
                code for code, kind, _, _ in self._name_rows.values() if kind in NAME_KINDS
            )
        return self._name_rows

    def _rows(self, query: str) -> list[tuple[str, str, str, float]]:
        names = self._names()
        found = self.index.matching_names(query, self._last_name_row)
        rows = [names[rowid] for rowid in found]
        return rows + self.index.matching_details(query, self._last_name_row, DETAIL_ROWS)

    def _topic_rows(self, words: tuple[str, ...]) -> list[tuple[str, str, str, float]]:
        return self._rows(" OR ".join(f'"{w}"' for w in words))

    def _ranked(self, words: list[Word]) -> list[SearchHit]:
        ranks = self._employment_ranks()
        rows = self._rows(" AND ".join(w.fts() for w in words))
        self._names()
        ranked = rank(rows, words, self._name_totals, ranks)
        strong = sum(1 for key, _, _ in ranked if key[0] < TIERS.index("program of study"))
        if len(words) > 1 and strong < FEW and len(words[-1].typed) >= MIN_PREFIX:
            found = {key[-1] for key, _, _ in ranked}
            ranked = sorted([*ranked, *self._across(words, found)])
        if not ranked and len(words) > 1:
            rows = self._rows(" OR ".join(w.fts() for w in words))
            ranked = rank(rows, words, self._name_totals, ranks, ANY_WORD_PENALTY)
        titles = self._titles()
        unknown = next((key[-1] for key, _, _ in ranked if key[-1] not in titles), None)
        if unknown is not None:  # rows deleted from the occupation table, not the index's
            raise damaged_because(
                self.data.path, f"the search index names {unknown}, not in its occupations"
            )
        return [
            SearchHit(key[-1], titles[key[-1]], self._reason(kind, matched), key[0])
            for key, kind, matched in ranked
        ]

    def _across(self, words: list[Word], found: set[str]) -> list[tuple[SortKey, str, str]]:
        """Occupations with the last word in one of their names and each other word
        somewhere in their names, description or tasks, the most telling first."""
        names = self._names()
        rowids = self.index.matching_names(words[-1].fts(), self._last_name_row)
        named = {names[r][0] for r in rowids if names[r][1] in NAME_KINDS} - found
        scores: dict[str, float] = dict.fromkeys(named, 0.0)
        reasons: dict[str, tuple[float, str, str]] = {}
        for word in words[:-1]:
            weights: dict[str, float] = {}
            alone = Forms.of([word])
            query = word.fts()
            rows = [names[r] for r in self.index.matching_names(query, self._last_name_row)]
            rows += self.index.matching_details_of(query, self._last_name_row, scores)
            for code, kind, text, _ in rows:
                if code not in scores or tier(kind, text, alone) in (MINOR, OTHER_FORM):
                    continue
                weight = KIND_WEIGHT.get(kind, 1.0)
                weights[code] = max(weights.get(code, 0.0), weight) + 0.01
                if weight > reasons.get(code, (0.0, "", ""))[0]:
                    reasons[code] = (weight, kind, text)
            scores = {code: scores[code] + weights[code] for code in scores if code in weights}
        ranks = self._employment_ranks()
        return [
            ((ACROSS, 0, -score, 0.0, ranks.get(code, UNRANKED), code), *reasons[code][1:])
            for code, score in scores.items()
        ]

    def _reason(self, kind: str, matched: str) -> str:
        """Why a row matched: "title: Nurse", "Army code 68W: Combat Medic Specialist"."""
        if kind != "military":
            return f"{KIND_LABEL[kind]}: {matched}"
        if self._services is None:
            self._services = self.index.military_services()
        code, _, title = matched.partition(" ")
        return f"{self._services.get((code, title), 'Military')} code {code}: {title}"

    def _titles(self) -> dict[str, str]:
        if self._title_of is None:
            rows = self.index.titles_and_ranks()
            self._title_of = {code: title for code, title, _ in rows}
            self._rank_of = job_ranks(self.index.jobs())
        return self._title_of

    def _employment_ranks(self) -> dict[str, int]:
        self._titles()
        return self._rank_of

    def _wishes_of(self) -> Wishes:
        if self._wishes is None:
            self._wishes = Wishes(
                self.data, self.index, self._titles(), self._rank_of, self._reason
            )
        return self._wishes


def search(data: CareerData, text: str, limit: int = 20) -> list[SearchHit]:
    """Ranked hits for text (a one-off SearchEngine; reuse one for many queries)."""
    return list(SearchEngine(data).search(text, limit).hits)
