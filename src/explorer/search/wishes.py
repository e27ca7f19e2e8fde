"""Answer wishes (search/intents.py) from the data: which occupations, in what order.

Typed alone ("help people"), a wish ranks every occupation that fits it: by the
O*NET interest area's score, the national median pay, openings or growth, by how
much of its O*NET text is about a topic (children, outdoors), or by employment
when the wish is a filter ("no college": only occupations whose BLS typical entry
education needs no degree). The more common occupation counts a little in every
order. The first few come from different occupation groups, so "help people"
shows nurses, teachers and social workers rather than five kinds of teacher.

Typed with other words ("nurse no college"), the search's own order stays, with
the occupations that fit the wish moved first in each tier of it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from explorer.data.catalog import OccupationSummary, load_catalog
from explorer.data.footnotes import TOP_CODED, wage_text
from explorer.data.records import SearchHit
from explorer.data.repository import CareerData
from explorer.data.search_index import SearchIndex
from explorer.search.intents import Intent
from explorer.search.ranking import WISH

#: How much being a common occupation counts next to fitting the wish (0 to 1 each),
#: unless the wish says otherwise.
POPULARITY = 0.3
#: How many of the first results come from different occupation groups.
DIVERSE = 5
#: How much a topic word in each kind of row counts, and at most how many rows of a kind.
TOPIC_WEIGHT = {"title": 3.0, "description": 2.0, "task": 1.0}
TOPIC_NAME_WEIGHT = 0.5
TOPIC_CAP = 4
#: Typed with other words, a ranking wish "fits" the occupations in this top share.
FITS = 1 / 3

Row = tuple[str, str, str, float]
TopicRows = Callable[[tuple[str, ...]], list[Row]]


class Wishes:
    """The facts wishes are ranked by, read once from one open careers.db."""

    def __init__(
        self,
        data: CareerData,
        index: SearchIndex,
        titles: dict[str, str],
        ranks: dict[str, int],
        reason: Callable[[str, str], str],
    ) -> None:
        self.summaries = {row.code: row for row in load_catalog(data)}
        self.interests = index.interest_scores()
        self.titles = titles
        self._reason = reason
        self._topic_reasons: dict[str, tuple[float, str, str]] = {}
        self._fitting: dict[str, frozenset[str]] = {}
        ranked = sorted(self.summaries, key=lambda code: (ranks.get(code, len(titles)), code))
        self.popularity = {code: 1 - place / len(ranked) for place, code in enumerate(ranked)}

    # -- one wish -------------------------------------------------------------------

    def values(self, intent: Intent, topic_rows: TopicRows | None) -> dict[str, float]:
        """Each occupation's measure for a ranking wish (higher fits better); an
        occupation without the figure or the topic is left out."""
        if intent.rank_by == "interest" and intent.interest:
            area = intent.interest
            return {c: s[area] for c, s in self.interests.items() if area in s}
        if intent.rank_by == "topic":
            return self._topic(intent, topic_rows) if topic_rows else {}
        return self._figures(intent.rank_by)

    def _figures(self, measure: str) -> dict[str, float]:
        """A published figure of every occupation that has it: "pay" (a top-coded
        median above every published one), "openings" or "growth"."""
        values: dict[str, float] = {}
        top = max((r.annual_median or 0 for r in self.summaries.values()), default=0) + 1
        for code, row in self.summaries.items():
            value: float | None = None
            if measure == "pay":
                value = top if TOP_CODED in row.median_footnotes else row.annual_median
            elif measure == "openings":
                value = row.openings_annual
            elif measure == "growth":
                value = row.change_percent
            if value is not None:
                values[code] = float(value)
        return values

    def _topic(self, intent: Intent, topic_rows: TopicRows) -> dict[str, float]:
        evidence: dict[str, float] = {}
        counts: dict[tuple[str, str], int] = {}
        for code, kind, text, _ in topic_rows(intent.topic):
            if kind not in TOPIC_WEIGHT and kind not in ("alternate", "short", "reported"):
                continue
            counts[code, kind] = counts.get((code, kind), 0) + 1
            if counts[code, kind] > TOPIC_CAP:
                continue
            weight = TOPIC_WEIGHT.get(kind, TOPIC_NAME_WEIGHT)
            evidence[code] = evidence.get(code, 0.0) + weight
            if weight > self._topic_reasons.get(code, (0.0, "", ""))[0]:
                self._topic_reasons[code] = (weight, kind, text)
        top = max(evidence.values(), default=1.0)
        interest = intent.interest
        return {
            code: value / top
            + (
                (self.interests.get(code, {}).get(interest, 1.0) - 1) / 6 * POPULARITY
                if interest
                else 0.0
            )
            for code, value in evidence.items()
        }

    def reason(self, intent: Intent, code: str) -> str:
        """Why an occupation fits a wish, in the data's words."""
        row = self.summaries.get(code)
        if intent.rank_by == "topic":
            _, kind, text = self._topic_reasons.get(code, (0.0, "", ""))
            return self._reason(kind, text) if kind else intent.name
        if row is None:
            return intent.name
        if intent.rank_by == "pay":
            return "median pay: " + wage_text(
                row.annual_median, "annual_median", row.median_footnotes
            )
        if intent.rank_by == "openings" and row.openings_annual is not None:
            return f"openings a year: {row.openings_annual:,}"
        if intent.rank_by == "growth" and row.change_percent is not None:
            return f"projected growth: {row.change_percent:+.1f}% ({row.growth_category})"
        if intent.rank_by == "interest":
            strongest = " (its strongest)" if row.top_interest == intent.interest else ""
            return f"O*NET interest: {intent.interest}{strongest}"
        return f"typical education: {row.typical_education or 'not available'}"

    def fitting(self, intent: Intent, topic_rows: TopicRows) -> frozenset[str]:
        """The occupations that fit a wish: those its filter passes, those its topic
        is in, or the top FITS of its ranking (worked out once per wish)."""
        if intent.name not in self._fitting:
            if intent.offer is not None and intent.rank_by == "employment":
                offer = intent.offer
                fit = {c for c, row in self.summaries.items() if offer.accepts(row)}
            elif intent.rank_by == "topic":
                fit = set(self._topic(intent, topic_rows))
            else:
                values = self.values(intent, None)
                fit = set(sorted(values, key=lambda c: -values[c])[: round(len(values) * FITS)])
            self._fitting[intent.name] = frozenset(fit)
        return self._fitting[intent.name]

    # -- answers ---------------------------------------------------------------------

    def answer(self, intents: Sequence[Intent], topic_rows: TopicRows) -> list[SearchHit]:
        """Every occupation that fits the wishes, best first."""
        candidates = [
            row
            for row in self.summaries.values()
            if all(i.offer.accepts(row) for i in intents if i.offer and i.rank_by == "employment")
        ]
        ranking = [i for i in intents if i.rank_by != "employment"]
        weight = min((i.popularity for i in ranking), default=POPULARITY)
        scores = {row.code: weight * self.popularity[row.code] for row in candidates}
        for intent in ranking:
            spread = _spread(self.values(intent, topic_rows))
            if intent.rank_by == "openings":  # many openings, and more to come
                growth = _spread(self._figures("growth"))
                spread = {c: v + growth.get(c, 0.0) for c, v in spread.items()}
            scores = {c: s + spread[c] for c, s in scores.items() if c in spread}
        ordered = _diverse(sorted(scores, key=lambda c: (-scores[c], c)), self.summaries, DIVERSE)
        return [
            SearchHit(
                code, self.titles[code], _reasons(self.reason(i, code) for i in intents), WISH
            )
            for code in ordered
        ]

    def reorder(
        self, intents: Sequence[Intent], hits: list[SearchHit], topic_rows: TopicRows
    ) -> list[SearchHit]:
        """A search's hits, with those that fit every wish first within each tier
        ("nurse no college": Licensed Practical Nurses before Registered Nurses)."""
        fitting = [self.fitting(i, topic_rows) for i in intents]
        return sorted(hits, key=lambda h: (h.score, not all(h.code in f for f in fitting)))


def _spread(values: dict[str, float]) -> dict[str, float]:
    """Each value's place among the values, from 0 (the least) to 1 (the most); equal
    values share a place, and one far above the rest does not squash the others."""
    distinct = sorted(set(values.values()))
    place = {value: i / max(len(distinct) - 1, 1) for i, value in enumerate(distinct)}
    return {code: place[value] for code, value in values.items()}


def _diverse(codes: list[str], summaries: dict[str, OccupationSummary], count: int) -> list[str]:
    """The first `count` codes from different major groups where there are such, then
    the rest in order."""
    first: list[str] = []
    groups: set[str] = set()
    for code in codes:
        group = summaries[code].major_group if code in summaries else code
        if group not in groups:
            first.append(code)
            groups.add(group)
        if len(first) == count:
            break
    chosen = set(first)
    return first + [c for c in codes if c not in chosen]


def _reasons(reasons: Iterable[str]) -> str:
    """Each wish's reason once, in order, joined by semicolons ("task: X" for two topics
    that found the same task is said once; a sentence's own full stop is dropped)."""
    return "; ".join(dict.fromkeys(r.rstrip(".") for r in reasons if r))
