"""Which of O*NET's illustrative activities the quiz asks, and in what order.

The rule (docs/quiz.md says why):

1. An activity is used only where it belongs to one RIASEC area: an area's own
   general activities, and the activities of basic interests that "Basic Interests
   to RIASEC" maps to that area alone. An activity of a basic interest with two
   areas (Health Care Service: Investigative and Social) is left out, so every
   answer counts for one area and each area's sum has the same range.
2. An activity that restates one of its area's general activities (RESTATES) is
   left out, so one kind of work is not asked twice.
3. Each area's activities are taken in turn from its groups: the general
   activities, then each basic interest in O*NET's order, one from each group per
   turn, each group's activities in O*NET's listing order. The short form takes
   the first 5 of an area, the long form the first 10; the short form's items are
   the first 30 of the long form.
4. Areas are interleaved: round k asks the k-th activity of every area, the six
   areas in an order fixed by a hash of the round and the area (never by chance),
   and never the same area twice in a row.

An item's id is its area's letter and its place in the area's order ("R01"), so
an activity keeps its id in both forms.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from explorer.data.interests import RIASEC, InterestActivity, element_order

Form = Literal["short", "long"]
#: Items per area in each form.
FORMS: dict[str, int] = {"short": 5, "long": 10}
#: The one-letter code of each area, in RIASEC order.
LETTERS = {area: area[0] for area in RIASEC}

#: Basic-interest activities left out because they restate a general activity of
#: their area (the value), which the quiz already asks.
RESTATES: dict[str, str] = {
    "Build and install cabinets.": "Build kitchen cabinets.",
    "Transport materials in a truck or van.": (
        "Drive a truck to deliver packages to offices and homes."
    ),
    "Develop medically useful products for humans.": "Develop a new medicine.",
    "Evaluate the performance of a newly developed medicine.": "Develop a new medicine.",
    "Use computer models for weather forecasting.": "Develop a way to better predict the weather.",
    "Create musical compositions, arrangements, or scores.": "Compose or arrange music.",
    "Sketch a picture or design.": "Draw pictures.",
    "Write a novel.": "Write books or plays.",
    "Teach school subjects.": "Teach a high school class.",
    "Counsel clients with mental health issues.": (
        "Help people with personal or emotional problems."
    ),
    "Defend a client in court.": "Represent a client in a lawsuit.",
    "Manage an organization or group of people.": "Manage a department within a large company.",
}


class QuizDataError(ValueError):
    """careers.db does not hold enough single-area activities for a form."""


@dataclass(frozen=True)
class Item:
    """One activity of the quiz: "How would you feel about doing this?"

    basic_interest is the O*NET basic interest it illustrates (None for one of the
    area's general activities).
    """

    id: str
    area: str
    text: str
    basic_interest: str | None

    @property
    def letter(self) -> str:
        """The area's one-letter code ("R")."""
        return LETTERS[self.area]


def area_order(activities: Iterable[InterestActivity], area: str) -> list[InterestActivity]:
    """Every activity the quiz may ask for one area, in the order it takes them (rules 1-3)."""
    groups: dict[str | None, list[InterestActivity]] = {}
    for activity in sorted(activities, key=_onet_order):
        if activity.areas != (area,) or activity.text in RESTATES:
            continue
        groups.setdefault(activity.basic_interest, []).append(activity)
    queues = [groups.pop(None, []), *groups.values()]
    ordered = []
    while any(queues):
        for queue in queues:
            if queue:
                ordered.append(queue.pop(0))
    return ordered


def _onet_order(activity: InterestActivity) -> tuple[bool, tuple[int, str], str]:
    """General activities first, then by element in O*NET's order; within an element,
    O*NET lists activities alphabetically."""
    return (activity.kind != "General", element_order(activity.element_id), activity.text)


def round_orders(rounds: int) -> list[list[str]]:
    """The six areas in the order each round asks them: fixed by a hash of the round and
    the area (not random), the first moved to the end where it would follow itself."""
    orders: list[list[str]] = []
    for number in range(rounds):
        order = sorted(RIASEC, key=lambda a: hashlib.sha256(f"{number} {a}".encode()).hexdigest())
        if orders and order[0] == orders[-1][-1]:
            order = [*order[1:], order[0]]
        orders.append(order)
    return orders


def form_items(activities: Iterable[InterestActivity], form: Form) -> tuple[Item, ...]:
    """The items of a form ("short": 30, "long": 60), areas interleaved (rule 4)."""
    if form not in FORMS:
        raise ValueError(f"unknown form {form!r}: choose from {', '.join(FORMS)}")
    per_area = FORMS[form]
    pool = list(activities)
    chosen: dict[str, list[InterestActivity]] = {}
    for area in RIASEC:
        ordered = area_order(pool, area)
        if len(ordered) < per_area:
            raise QuizDataError(
                f"only {len(ordered)} single-area activities for {area}; the {form} form "
                f"needs {per_area}"
            )
        chosen[area] = ordered[:per_area]
    items: list[Item] = []
    for number, order in enumerate(round_orders(per_area)):
        for area in order:
            activity = chosen[area][number]
            items.append(
                Item(
                    f"{LETTERS[area]}{number + 1:02d}",
                    area,
                    activity.text,
                    activity.basic_interest,
                )
            )
    return tuple(items)
