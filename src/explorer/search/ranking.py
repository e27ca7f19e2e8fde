"""How the index rows a search matched become a ranked list of occupations.

Each occupation is placed by its best matching row (TIERS, best first): the
title exactly; every word in the title; an alternate title exactly; every word
in an alternate title; a title word begins with what is being typed; a program
of study (NCES CIP title) exactly, then containing every word; a military code
or title; the words found across an occupation's names and tasks ("heart
doctor": a doctor's title, heart in its tasks); a minor name; a reported title;
a partial alternate title; a name with another form of a word typed whole ("policy"
for "police") or with a word in its own sense, not the one meant ("Hacker", a taxi
driver); the description; a task.

A name is minor when the words are only a small part of what an occupation is
called: Secretaries have one alternate title "Police" among fifty, Police Patrol
Officers have dozens, so "police" ranks the officers and leaves the secretary
for later. The share of an occupation's names that match is compared with the
best share among the results (SUPPORT). Words after "Except" in a title do not
count ("Dispatchers, Except Police").

Within a tier, a word that is the head of a title ("Civil Engineers") beats the
same word as a modifier ("Engineering Technicians"); the first occupation of
each SOC code comes before its specialties (Registered Nurses, then Licensed
Practical Nurses, before Acute Care Nurses); then the more common occupation
(national employment). A word with a meaning (search/meanings.py) ranks its
meanings in their order. Description and task rows rank by full-text relevance,
and are left out when there are PLENTY of strong name matches (a task that
mentions nurses does not make a Chief Executive a nurse).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import KW_ONLY, dataclass
from functools import lru_cache

from explorer.search.words import root

TIERS = (
    "title",
    "title words",
    "alternate title",
    "alternate title words",
    "title prefix",
    "program of study",
    "program of study words",
    "military code",
    "words across names and tasks",
    "minor name",
    "reported title",
    "alternate title prefix",
    "another sense or form of the word",
    "description",
    "task",
    "wish",
)
(
    TITLE,
    TITLE_WORDS,
    ALTERNATE,
    ALTERNATE_WORDS,
    TITLE_PREFIX,
    PROGRAM,
    PROGRAM_WORDS,
    MILITARY,
    ACROSS,
    MINOR,
    REPORTED,
    ALTERNATE_PREFIX,
    OTHER_FORM,
    DESCRIPTION,
    TASK,
    WISH,
) = range(len(TIERS))
ANY_WORD_PENALTY = len(TIERS)
#: Kinds of index row that name an occupation (counted for the share of its names).
NAME_KINDS = frozenset(("title", "alternate", "short", "reported"))
STRONG_TIERS = frozenset((TITLE_WORDS, ALTERNATE, ALTERNATE_WORDS, TITLE_PREFIX))
RELEVANCE_TIERS = frozenset((DESCRIPTION, TASK))
#: A name match is minor below this fraction of the best share of matching names.
SUPPORT = 0.35
_BEST_POSSIBLE = {
    "title": TITLE,
    "alternate": ALTERNATE,
    "short": ALTERNATE,
    "program": PROGRAM,
    "military": MILITARY,
    "reported": REPORTED,
    "description": DESCRIPTION,
    "task": TASK,
}
#: With this many strong name matches, description and task matches are left out.
PLENTY = 12
UNRANKED = 100_000
#: Tiers in which a name with the last word as its head beats one with it as a modifier.
_HEADED = frozenset((TITLE_WORDS, TITLE_PREFIX, ALTERNATE_WORDS, ALTERNATE_PREFIX))
_WORD = re.compile(r"\w+", re.UNICODE)
_EXCEPT = re.compile(r",?\s+(?:except|excluding)\b", re.IGNORECASE)
_HEAD_END = re.compile(r"\s(?:of|for|in|except|including|excluding)\s", re.IGNORECASE)
_PARENTHESES = re.compile(r"\(([^)]*)\)")
_CONJUNCTION = re.compile(r"\sand\s|/|&", re.IGNORECASE)

#: (tier, meaning, then up to three numbers, code): how a hit sorts.
SortKey = tuple[int, int, float, float, float, str]


@dataclass(frozen=True)
class Word:
    """One typed word: what it may match, whether as a prefix (still typing), and
    whether its alternatives are meanings in order (search/meanings.py)."""

    typed: str
    alternatives: tuple[str, ...]
    prefix: bool
    _: KW_ONLY
    meant: bool = False
    #: The last of the meanings is the word itself, added (not one of its meanings).
    literal: bool = False
    #: A prefix that is also a whole word of the index ("police", not "pol"): what it
    #: finds only by being longer ("policy") is a minor match.
    complete: bool = False

    @property
    def primary(self) -> str:
        """The word itself, or its spelling correction (not an everyday synonym)."""
        return self.typed if self.meant else self.alternatives[0]

    def fts(self) -> str:
        """The word as an FTS5 expression: its alternatives quoted, OR-ed."""
        star = "*" if self.prefix else ""
        terms = [f'"{a}"{star}' for a in self.alternatives]
        return terms[0] if len(terms) == 1 else "(" + " OR ".join(terms) + ")"


@lru_cache(maxsize=131072)
def words_and_roots(text: str) -> tuple[frozenset[str], int]:
    """The words of a row and their roots, and how many words it has."""
    words = [w.lower() for w in _WORD.findall(text)]
    return frozenset(words) | frozenset(root(w) for w in words), len(words)


@lru_cache(maxsize=32768)
def heads(title: str) -> frozenset[str]:
    """The head nouns of a name, with their roots: Engineers in "Civil Engineers",
    Supervisors in "First-Line Supervisors of Police and Detectives", both Officers
    and Police in "Police and Sheriff's Patrol Officers", MD and Doctor in
    "Dermatologist MD (Dermatologist Medical Doctor)"."""
    found: set[str] = set()
    for part in (_PARENTHESES.sub("", title), *_PARENTHESES.findall(title)):
        part = _HEAD_END.split(part, maxsplit=1)[0]
        # "Bookkeeping, Accounting, and Auditing Clerks": a list ends in its head;
        # "Teachers, Postsecondary": a comma otherwise starts a qualifier.
        part = part.rsplit(", and ", 1)[-1].split(",", 1)[0]
        for conjunct in _CONJUNCTION.split(part):
            words = _WORD.findall(conjunct.lower())
            if words:
                found |= {words[-1], root(words[-1])}
    return frozenset(found)


@lru_cache(maxsize=32768)
def _before_except(text: str) -> frozenset[str] | None:
    """The words (and roots) of a name before its "Except", or None if it has none."""
    if "xcept" not in text and "xcluding" not in text:
        return None
    parts = _EXCEPT.split(text, maxsplit=1)
    return words_and_roots(parts[0])[0] if len(parts) > 1 else None


def _forms(token: str) -> frozenset[str]:
    return frozenset((token, root(token)))


@dataclass(frozen=True)
class Forms:
    """Precomputed word forms of a query, so each candidate row is ranked with a
    few set operations: per word its one-word alternatives (and roots), its
    phrase alternatives token by token, and its primary form."""

    single: tuple[frozenset[str], ...]
    phrases: tuple[tuple[tuple[frozenset[str], ...], ...], ...]
    primary: tuple[frozenset[str], ...]
    meant: tuple[tuple[tuple[frozenset[str], ...], ...], ...]
    literal: tuple[int, ...]
    last: frozenset[str]
    partial: bool

    @classmethod
    def of(cls, words: list[Word]) -> Forms:
        """The forms of the words of one query."""
        single, phrases, meant = [], [], []
        for w in words:
            split = [tuple(_forms(t) for t in a.split()) for a in w.alternatives]
            single.append(frozenset().union(*(s[0] for s in split if len(s) == 1)))
            phrases.append(tuple(s for s in split if len(s) > 1))
            meant.append(tuple(split) if w.meant else ())
        last = words[-1] if words else None
        last_forms = (
            frozenset().union(*(_forms(a.split()[-1]) for a in last.alternatives))
            if last
            else frozenset()
        )
        return cls(
            tuple(single),
            tuple(phrases),
            tuple(_forms(w.primary) for w in words),
            tuple(meant),
            tuple(len(w.alternatives) - w.literal for w in words),
            last_forms,
            any(w.prefix and not w.complete for w in words),
        )

    def found(self, index: int, words: frozenset[str]) -> bool:
        """Whether word `index` (or one of its alternatives) is among a row's words."""
        if not self.single[index].isdisjoint(words):
            return True
        return any(all(not t.isdisjoint(words) for t in p) for p in self.phrases[index])

    def meaning(self, words: frozenset[str]) -> tuple[int, bool]:
        """How far down their lists of meanings a row's words are (0: the first), and
        whether a word is there only as itself, in no meaning it is listed with."""
        total, literal = 0, False
        for alternatives, own in zip(self.meant, self.literal, strict=True):
            if alternatives:
                index = next(
                    (
                        i
                        for i, tokens in enumerate(alternatives)
                        if all(not t.isdisjoint(words) for t in tokens)
                    ),
                    len(alternatives),
                )
                total += index
                literal = literal or index >= own
        return total, literal


def tier(kind: str, text: str, forms: Forms) -> int:
    """Where a matching row ranks (an index into TIERS). Exact means the row is the
    typed words themselves; an everyday synonym never makes it exact. A title or
    alternate title whose words come only after "Except" is a MINOR name."""
    if kind == "description":
        return DESCRIPTION
    if kind == "task":
        return TASK
    found, count = words_and_roots(text)
    whole = all(forms.found(i, found) for i in range(len(forms.single)))
    exact = (
        whole
        and count == len(forms.primary)
        and all(not f.isdisjoint(found) for f in forms.primary)
    )
    if whole and kind != "reported":
        head = _before_except(text)
        if head is not None and not all(forms.found(i, head) for i in range(len(forms.single))):
            return MINOR
    if not whole and not forms.partial:
        return OTHER_FORM  # found by a longer word ("policy" for "police") or a shared stem
    if kind == "title":
        return TITLE if exact else TITLE_WORDS if whole else TITLE_PREFIX
    if kind in ("alternate", "short"):
        return ALTERNATE if exact else ALTERNATE_WORDS if whole else ALTERNATE_PREFIX
    if kind == "program":
        return PROGRAM if exact else PROGRAM_WORDS
    if kind == "military":
        return MILITARY
    return REPORTED


def codes_match(words: list[Word], text: str) -> bool:
    """True unless a typed word with a digit (a military code such as 68w) is not
    one of the row's words exactly: 11b finds 11B, never 11B1O."""
    found = {w.lower() for w in _WORD.findall(text)}
    return all(
        w.typed in found or w.primary in found for w in words if any(c.isdigit() for c in w.typed)
    )


@dataclass
class _Best:
    key: tuple[int, int, float, float]
    kind: str
    text: str


def rank(
    rows: list[tuple[str, str, str, float]],
    words: list[Word],
    name_totals: Counter[str],
    ranks: dict[str, int],
    penalty: int = 0,
) -> list[tuple[SortKey, str, str]]:
    """(sort key, kind, text) of each matching occupation's best row, best first.
    rows are (code, kind, text, full-text relevance) of every matching index row."""
    forms = Forms.of(words)
    meanings = any(forms.meant)
    digits = any(c.isdigit() for w in words for c in w.typed)
    best: dict[str, _Best] = {}
    names: Counter[str] = Counter()
    for code, kind, text, relevance in rows:
        if digits and kind == "military" and not codes_match(words, text):
            continue
        if kind in NAME_KINDS:
            names[code] += 1
        if code in best and best[code].key[0] < _BEST_POSSIBLE[kind]:
            continue  # this kind of row cannot do better than the one already found
        place = tier(kind, text, forms)
        meaning, literal = forms.meaning(words_and_roots(text)[0]) if meanings else (0, False)
        if literal and place < OTHER_FORM:
            place = OTHER_FORM  # "Hacker" the taxi driver: the word, not what is meant
        modifier = float(place in _HEADED and forms.last.isdisjoint(heads(text)))
        key = (place, meaning, relevance, modifier)
        if code not in best or key < best[code].key:
            best[code] = _Best(key, kind, text)
    supports = _support(names, name_totals, {code: row.key[1] for code, row in best.items()})
    keys: dict[str, SortKey] = {}
    for code, row in best.items():
        place, meaning, relevance, modifier = row.key
        support = supports.get(code, 0.0)
        if place in STRONG_TIERS and support < SUPPORT:
            place = MINOR
        employment = ranks.get(code, UNRANKED)
        if place == MINOR:
            keys[code] = (place, meaning, -support, 0.0, employment, code)
        elif place in RELEVANCE_TIERS:
            keys[code] = (place, meaning, relevance, 0.0, employment, code)
        else:
            keys[code] = (place, meaning, 0.0, modifier, employment, code)
    keys = _specialties_after(keys)
    strong = sum(1 for key in keys.values() if key[0] <= TITLE_PREFIX)
    ordered = sorted(keys.items(), key=lambda item: item[1])
    return [
        ((key[0] + penalty, *key[1:]), best[code].kind, best[code].text)
        for code, key in ordered
        if strong < PLENTY or key[0] not in RELEVANCE_TIERS
    ]


def _support(
    names: Counter[str], totals: Counter[str], meanings: dict[str, int]
) -> dict[str, float]:
    """How much each occupation is called by the words, next to the one called so the
    most: the larger of its share of names that match and its number of them, each
    over the best among the results (each meaning has its own best)."""
    shares = {code: count / max(totals[code], 1) for code, count in names.items()}
    top_share: dict[int, float] = {}
    top_count: dict[int, int] = {}
    for code, count in names.items():
        meaning = meanings[code]
        top_share[meaning] = max(top_share.get(meaning, 0.0), shares[code])
        top_count[meaning] = max(top_count.get(meaning, 0), count)
    return {
        code: max(shares[code] / top_share[meanings[code]], count / top_count[meanings[code]])
        for code, count in names.items()
    }


def job_ranks(jobs: dict[str, tuple[str | None, int | None]]) -> dict[str, int]:
    """Each occupation's place by national employment (1: the most jobs), its SOC
    code's jobs shared evenly among the O*NET occupations that have that code's
    figures: five kinds of registered nurse are not each as common as all of them."""
    sharing = Counter(soc for soc, jobs_ in jobs.values() if soc and jobs_)
    share = {code: jobs_ / sharing[soc] for code, (soc, jobs_) in jobs.items() if soc and jobs_}
    ordered = sorted(share, key=lambda code: (-share[code], code))
    return {code: place for place, code in enumerate(ordered, start=1)}


def _specialties_after(keys: dict[str, SortKey]) -> dict[str, SortKey]:
    """In the name tiers, the second occupation of one SOC code (29-1141.01 after
    29-1141.00) waits until every other SOC code of its tier has had one."""
    seen: Counter[tuple[int, int, str]] = Counter()
    result = dict(keys)
    for code, key in sorted(keys.items(), key=lambda item: item[1]):
        place, meaning, _, modifier, employment, _ = key
        if place not in STRONG_TIERS and place not in (TITLE, REPORTED, ALTERNATE_PREFIX):
            continue
        group = (place, meaning, code[:7])
        result[code] = (place, meaning, float(seen[group]), modifier, employment, code)
        seen[group] += 1
    return result
