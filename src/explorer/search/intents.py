"""Wishes typed into the search box ("help people", "no college", "good pay", "outdoors")
and the O*NET and BLS data that answers each.

A wish is no word of a title: "no college" finds College Presidents as text. Each
Intent lists the ways students say it and how the published data ranks the
occupations for it: an O*NET interest area (RIASEC: Social for "help people"),
BLS typical entry education, the national median pay, openings or growth, or
topic words O*NET's own text uses (children, outdoors). A wish that is really a
filter also offers that filter, which the window shows as "Show only: ...".

Only words and filter choices are written here; every figure comes from careers.db.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from explorer.data.catalog import OccupationFilter
from explorer.search.words import STOP_WORDS

#: The highest BLS entry level without a degree (EDUCATION_LEVELS is in order).
NO_DEGREE = "Postsecondary nondegree award"


@dataclass(frozen=True)
class Intent:
    """One wish: how it is typed, what ranks occupations for it, what filter it offers.

    rank_by is "employment" (most jobs first), "pay", "openings" (openings and
    growth), "growth", "interest" (the O*NET interest area `interest`) or "topic"
    (O*NET text with the `topic` words, helped by `interest`).
    """

    name: str
    phrases: tuple[str, ...]
    rank_by: str
    offer_label: str = ""
    offer: OccupationFilter | None = None
    interest: str | None = None
    topic: tuple[str, ...] = ()
    #: How much being a common occupation counts next to fitting the wish (0 to 1).
    popularity: float = 0.3
    #: Typed with other words, the wish's words are search words again ("kid doctor").
    gives_back: bool = False


def _says(text: str) -> tuple[str, ...]:
    """Phrases written "a / b / c" (words exactly as typed, lower case)."""
    return tuple(" ".join(p.split()) for p in text.split("/"))


def _interest(name: str, phrases: str, area: str) -> Intent:
    return Intent(
        name,
        _says(phrases),
        "interest",
        f"mainly {area} work",
        OccupationFilter(interest=area),
        area,
    )


INTENTS: tuple[Intent, ...] = (
    Intent(
        "no degree",
        _says(
            """no college / without college / don college / dont college / don degree /
            dont degree / not degree / not college / skip college / no degree /
            without degree / no university / without university / no school /
            out of high school / high school only / only high school / just high school /
            high school diploma / no diploma"""
        ),
        "employment",
        "no degree needed",
        OccupationFilter(education_max=NO_DEGREE),
    ),
    Intent(
        "first job",
        _says(
            """first job / summer job / part time / teen job / after school / no experience /
            entry level / year old / high schooler / high school student"""
        ),
        "employment",
        "little or no preparation needed",
        OccupationFilter(job_zone=1),
    ),
    Intent(
        "two-year degree",
        _says("community college / two year degree / 2 year degree / associate degree"),
        "employment",
        "associate's degree",
        OccupationFilter(education="Associate's degree"),
    ),
    Intent(
        "pay",
        _says(
            """good pay / high pay / pay well / pays well / well paid / well paying /
            high paying / highest paying / best paying / top paying / good money /
            big money / lot of money / lots of money / make money / rich / high salary /
            good salary / big salary / six figures / six figure / wealthy / millionaire"""
        ),
        "pay",
        popularity=0.1,
    ),
    Intent(
        "openings",
        _says("in demand / hiring / job openings / easy to find / job security"),
        "openings",
        "Bright Outlook",
        OccupationFilter(bright_outlook_only=True),
    ),
    Intent(
        "growth",
        _says("growing / fast growing / fastest growing / future / bright outlook"),
        "growth",
        "Bright Outlook",
        OccupationFilter(bright_outlook_only=True),
    ),
    _interest(
        "helping",
        """help people / help others / helps people / helps others / helping /
        helping people / helping others / care for people / caring for people /
        take care of people / make a difference / people person / serve others /
        work with people /
        serve people / give back / help the community / caring""",
        "Social",
    ),
    _interest(
        "hands on",
        """hands on / with my hands / use my hands / using my hands / work with tools /
        physical work / active""",
        "Realistic",
    ),
    _interest(
        "creative",
        "creative / be creative / creativity / artsy / express myself / artistic",
        "Artistic",
    ),
    _interest(
        "problems",
        """solve problems / solving problems / problem solving / figure things out /
        figuring things out / puzzles / curious / analytical""",
        "Investigative",
    ),
    _interest(
        "leading",
        """be the boss / my own boss / in charge / lead people / lead a team / leader /
        leadership / run a business / own business / start a business / persuade""",
        "Enterprising",
    ),
    _interest(
        "organizing",
        """organized / organizing / organize things / paperwork / office job / desk job /
        in an office / detail oriented""",
        "Conventional",
    ),
    Intent(
        "children",
        _says("kids / kid / children / child / babies / toddlers / teens / teenagers / youth"),
        "topic",
        interest="Social",
        gives_back=True,
        topic=_says(
            """child / children / childcare / infant / infants / toddler / youth / juvenile /
            adolescent / pediatric / preschool / kindergarten / babysitter"""
        ),
    ),
    Intent(
        "outdoors",
        _says(
            """outdoors / outside / outdoor / nature / fresh air / not in an office /
            not at a desk / wilderness"""
        ),
        "topic",
        interest="Realistic",
        topic=_says(
            """outdoor / outdoors / weather / forest / forests / wildlife / national park /
            national parks / trail / trails / crops / livestock / lawn / lawns / garden /
            gardens / landscape / trees / wilderness / terrain"""
        ),
    ),
)

_BY_FIRST_WORD: dict[str, list[tuple[tuple[str, ...], Intent]]] = {}
for _intent in INTENTS:
    for _phrase in _intent.phrases:
        _words = tuple(_phrase.split())
        _BY_FIRST_WORD.setdefault(_words[0], []).append((_words, _intent))
for _choices in _BY_FIRST_WORD.values():
    _choices.sort(key=lambda pair: -len(pair[0]))  # the longest phrase first


def find_intents(tokens: Sequence[str]) -> tuple[list[Intent], list[Intent | None]]:
    """The wishes in typed words (lower case, stop words kept), and for each word the
    wish that used it (None for the words left). Words match exactly ("caring" is a
    wish, "cars" is not); within a phrase, stop words may come between its words
    ("help the people" is one, "help sick people" is not)."""
    found: list[Intent] = []
    used: list[Intent | None] = [None] * len(tokens)
    index = 0
    while index < len(tokens):
        match = _match_at(tokens, index)
        if match is None:
            index += 1
            continue
        intent, positions = match
        if intent not in found:
            found.append(intent)
        for position in positions:
            used[position] = intent
        index = positions[-1] + 1
    return found, used


def _match_at(tokens: Sequence[str], start: int) -> tuple[Intent, list[int]] | None:
    for phrase, intent in _BY_FIRST_WORD.get(tokens[start], ()):
        positions = [start]
        cursor = start + 1
        for wanted in phrase[1:]:
            while (
                cursor < len(tokens) and tokens[cursor] != wanted and tokens[cursor] in STOP_WORDS
            ):
                cursor += 1  # "help the people": stop words may come in between
            if cursor >= len(tokens) or tokens[cursor] != wanted:
                break
            positions.append(cursor)
            cursor += 1
        else:
            return intent, positions
    return None
