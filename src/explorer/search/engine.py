"""Find occupations by what students type: a code, a title, a nickname, a task.

Typed text never reaches FTS5 as syntax: it is cut into words and each word is
quoted, so quotes, operators (AND OR NOT NEAR * ^ : ( )), SQL fragments and
emoji are only text. Words that mean nothing in a job search ("someone who")
are dropped, everyday words bring O*NET's own ("fixes cars" -> repair,
automotive), and a word the index has never seen is corrected to the closest
one it has ("electrican" -> electrician), with a "did you mean" to say so.

Ranking, best first (TIERS): the title exactly; every word in the title; an
alternate title exactly; every word in an alternate title; a title word
begins with what is being typed; a program of study (NCES CIP title) exactly,
then containing every word; a military occupational code or title (a code
such as 68W must match whole); a reported title; a partial alternate title;
the description; a task. Within the first tiers the more common occupation (by
national employment) wins; within description and task, full-text relevance.
"""

from __future__ import annotations

import bisect
import difflib
import re
from dataclasses import dataclass
from functools import lru_cache

from explorer.data.records import SearchHit
from explorer.data.repository import CareerData
from explorer.data.search_index import SearchIndex
from explorer.search.words import EVERYDAY_WORDS, STOP_WORDS, root

MAX_WORDS = 8
MAX_WORD_LENGTH = 40
MIN_PREFIX = 3
DETAIL_ROWS = 300
TIERS = (
    "title",
    "title words",
    "alternate title",
    "alternate title words",
    "title prefix",
    "program of study",
    "program of study words",
    "military code",
    "reported title",
    "alternate title prefix",
    "description",
    "task",
)
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
RELEVANCE_TIERS = frozenset((TIERS.index("description"), TIERS.index("task")))
ANY_WORD_PENALTY = len(TIERS)
_WORD = re.compile(r"\w+", re.UNICODE)
# How a hit sorts: tier, then employment rank and full-text relevance (which first
# depends on the tier), then code.
_SortKey = tuple[float, float, float, str]


@dataclass(frozen=True)
class SearchResult:
    """Hits for a query, and the corrected query where a word was misspelt."""

    query: str
    hits: tuple[SearchHit, ...]
    suggestion: str | None = None


@dataclass(frozen=True)
class _Word:
    """One typed word: what it may match, and whether as a prefix (still typing)."""

    typed: str
    alternatives: tuple[str, ...]
    prefix: bool

    @property
    def primary(self) -> str:
        """The word itself, or its spelling correction (not an everyday synonym)."""
        return self.alternatives[0]

    def fts(self) -> str:
        star = "*" if self.prefix else ""
        terms = [f'"{a}"{star}' for a in self.alternatives]
        return terms[0] if len(terms) == 1 else "(" + " OR ".join(terms) + ")"


def words_of(text: str) -> list[str]:
    """The searchable words of typed text, lower case, at most MAX_WORDS."""
    words = [w.lower()[:MAX_WORD_LENGTH] for w in _WORD.findall(text[:2000])]
    meaningful = [w for w in words if w not in STOP_WORDS]
    return (meaningful or words)[:MAX_WORDS]


class SearchEngine:
    """Search over one open careers.db; create once and reuse (it caches the
    vocabulary used to correct typos)."""

    def __init__(self, data: CareerData) -> None:
        self.data = data
        self.index = SearchIndex(data)
        self._vocabulary: list[str] | None = None
        self._by_initial: dict[str, list[str]] = {}
        self._by_length: dict[int, list[str]] = {}
        self._uses: dict[str, int] = {}
        self._title_of: dict[str, str] | None = None
        self._rank_of: dict[str, int] = {}
        self._name_rows: dict[int, tuple[str, str, str]] | None = None
        self._last_name_row = 0
        self._services: dict[tuple[str, str], str] | None = None

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

    def correction(self, word: str) -> str | None:
        """The indexed word closest to a misspelt one, or None.

        Words with the same first letter are tried first (fast, and most typos
        keep it); then every word of about the same length ("farmacist").
        Among close matches the more used word wins ("carpenter", not
        "carpentry").
        """
        self._words()
        same_initial = [
            w for w in self._by_initial.get(word[0], ()) if abs(len(w) - len(word)) <= 2
        ]
        for candidates in (same_initial, self._similar_length(word)):
            close = difflib.get_close_matches(word, candidates, n=5, cutoff=0.75)
            if close:

                def score(candidate: str) -> tuple[float, int]:
                    ratio = difflib.SequenceMatcher(None, word, candidate).ratio()
                    return round(ratio, 1), self._uses.get(candidate, 0)

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
        typed = words_of(text)
        if not typed:
            return SearchResult(text, tuple(hits.values())[:limit])
        words, suggestion = self._plan(typed, text)
        for hit in self._ranked(words):
            hits.setdefault(hit.code, hit)
        return SearchResult(text, tuple(hits.values())[:limit], suggestion)

    def _plan(self, typed: list[str], text: str) -> tuple[list[_Word], str | None]:
        ends_in_word = bool(text) and not text[-1].isspace()
        words, corrected = [], {}
        for index, word in enumerate(typed):
            prefix = index == len(typed) - 1 and ends_in_word and len(word) >= MIN_PREFIX
            alternatives = [word, *EVERYDAY_WORDS.get(word, ())]
            if not self._known(word, prefix) and word not in EVERYDAY_WORDS:
                fixed = self.correction(word)
                if fixed:
                    corrected[word] = fixed
                    alternatives = [fixed, *EVERYDAY_WORDS.get(fixed, ())]
            words.append(_Word(word, tuple(dict.fromkeys(alternatives)), prefix))
        suggestion = " ".join(corrected.get(w, w) for w in typed) if corrected else None
        return words, suggestion

    def _names(self) -> dict[int, tuple[str, str, str]]:
        """Titles, alternate and reported titles by index row, held in memory: the
        index finds their rows, and ranking them needs only their text."""
        if self._name_rows is None:
            self._name_rows = self.index.names()
            self._last_name_row = max(self._name_rows, default=0)
        return self._name_rows

    def _rows(self, query: str) -> list[tuple[str, str, str, float]]:
        names = self._names()
        found = self.index.matching_names(query, self._last_name_row)
        details = self.index.matching_details(query, self._last_name_row, DETAIL_ROWS)
        return [(*names[rowid], 0.0) for rowid in found] + details

    def _ranked(self, words: list[_Word]) -> list[SearchHit]:
        rows = self._rows(" AND ".join(w.fts() for w in words))
        penalty = 0
        if not rows and len(words) > 1:
            rows = self._rows(" OR ".join(w.fts() for w in words))
            penalty = ANY_WORD_PENALTY
        best: dict[str, tuple[_SortKey, str, str]] = {}
        ranks = self._employment_ranks()
        forms = _Forms.of(words)
        for code, kind, matched, relevance in rows:
            if kind == "military" and not _codes_match(words, matched):
                continue
            tier = _tier(kind, matched, forms) + penalty
            rank = ranks.get(code, 100_000)
            order = (
                (relevance, rank)
                if tier % ANY_WORD_PENALTY in RELEVANCE_TIERS
                else (rank, relevance)
            )
            key: _SortKey = (tier, *order, code)
            if code not in best or key < best[code][0]:
                best[code] = (key, kind, matched)
        ordered = sorted(best.items(), key=lambda item: item[1][0])
        titles = self._titles()
        return [
            SearchHit(code, titles[code], self._reason(kind, matched), key[0])
            for code, (key, kind, matched) in ordered
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
            self._rank_of = {code: rank for code, _, rank in rows if rank is not None}
        return self._title_of

    def _employment_ranks(self) -> dict[str, int]:
        self._titles()
        return self._rank_of


@lru_cache(maxsize=131072)
def _words_and_roots(text: str) -> tuple[frozenset[str], int]:
    words = [w.lower() for w in _WORD.findall(text)]
    return frozenset(words) | frozenset(root(w) for w in words), len(words)


(
    _TITLE,
    _TITLE_WORDS,
    _ALTERNATE,
    _ALTERNATE_WORDS,
    _TITLE_PREFIX,
    _PROGRAM,
    _PROGRAM_WORDS,
    _MILITARY,
    _REPORTED,
    _ALTERNATE_PREFIX,
    _DESCRIPTION,
    _TASK,
) = range(len(TIERS))


@dataclass(frozen=True)
class _Forms:
    """Precomputed word forms of a query, so each candidate row is ranked with
    a few set operations."""

    any_form: tuple[frozenset[str], ...]
    primary: tuple[frozenset[str], ...]

    @classmethod
    def of(cls, words: list[_Word]) -> _Forms:
        return cls(
            tuple(frozenset(w.alternatives) | {root(a) for a in w.alternatives} for w in words),
            tuple(frozenset((w.primary, root(w.primary))) for w in words),
        )


def _codes_match(words: list[_Word], text: str) -> bool:
    """True unless a typed word with a digit (a military code such as 68w) is not
    one of the row's words exactly: 11b finds 11B, never 11B1O."""
    found = {w.lower() for w in _WORD.findall(text)}
    return all(
        w.typed in found or w.primary in found for w in words if any(c.isdigit() for c in w.typed)
    )


def _tier(kind: str, text: str, forms: _Forms) -> int:
    """Where a matching row ranks (an index into TIERS). Exact means the row
    is the typed words themselves; an everyday synonym never makes it exact."""
    if kind == "description":
        return _DESCRIPTION
    if kind == "task":
        return _TASK
    found, count = _words_and_roots(text)
    whole = all(not f.isdisjoint(found) for f in forms.any_form)
    exact = (
        whole
        and count == len(forms.primary)
        and all(not f.isdisjoint(found) for f in forms.primary)
    )
    if kind == "title":
        return _TITLE if exact else _TITLE_WORDS if whole else _TITLE_PREFIX
    if kind in ("alternate", "short"):
        return _ALTERNATE if exact else _ALTERNATE_WORDS if whole else _ALTERNATE_PREFIX
    if kind == "program":
        return _PROGRAM if exact else _PROGRAM_WORDS
    if kind == "military":
        return _MILITARY
    return _REPORTED


def search(data: CareerData, text: str, limit: int = 20) -> list[SearchHit]:
    """Ranked hits for text (a one-off SearchEngine; reuse one for many queries)."""
    return list(SearchEngine(data).search(text, limit).hits)
