"""The quiz's items: which of O*NET's activities, how many per area, in what order."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from pathlib import Path

import pytest

from explorer.data.interests import RIASEC, InterestActivity
from explorer.data.repository import CareerData
from explorer.quiz.items import RESTATES, QuizDataError, area_order, form_items, round_orders


@pytest.fixture(scope="module")
def activities(data: CareerData) -> tuple[InterestActivity, ...]:
    return data.interest_activities()


@pytest.mark.parametrize(("form", "per_area"), [("short", 5), ("long", 10)])
def test_each_form_asks_the_same_number_of_activities_per_area(
    activities: tuple[InterestActivity, ...], form: str, per_area: int
) -> None:
    items = form_items(activities, form)  # type: ignore[arg-type]
    assert len(items) == 6 * per_area
    assert Counter(i.area for i in items) == dict.fromkeys(RIASEC, per_area)
    assert len({i.id for i in items}) == len(items)
    assert len({i.text for i in items}) == len(items)


def test_every_item_is_an_onet_activity_of_its_area_alone(
    activities: tuple[InterestActivity, ...],
) -> None:
    published = {a.text: a for a in activities}
    for item in form_items(activities, "long"):
        activity = published[item.text]
        assert activity.areas == (item.area,), item
        assert activity.basic_interest == item.basic_interest
        assert item.id[0] == item.area[0] == item.letter


def test_no_activity_that_restates_a_general_one_is_asked(
    activities: tuple[InterestActivity, ...],
) -> None:
    asked = {i.text for i in form_items(activities, "long")}
    assert asked.isdisjoint(RESTATES)


def test_each_restated_pair_is_in_the_data_and_in_one_area(
    activities: tuple[InterestActivity, ...],
) -> None:
    """A stale entry (O*NET reworded or dropped an activity) fails here, not silently."""
    published = {a.text: a for a in activities}
    for basic, general in RESTATES.items():
        assert published[basic].kind == "Basic", basic
        assert published[general].kind == "General", general
        assert published[basic].areas == published[general].areas, basic


def test_an_area_takes_its_groups_in_turn(activities: tuple[InterestActivity, ...]) -> None:
    """The general activities, then each basic interest: one from each per turn."""
    for area in RIASEC:
        ordered = area_order(activities, area)
        groups = list(dict.fromkeys(a.basic_interest for a in ordered))
        assert groups[0] is None  # the area's own general activities come first
        first_turn = [a.basic_interest for a in ordered[: len(groups)]]
        assert first_turn == groups, area
        assert ordered[0].text == next(
            a.text for a in activities if a.kind == "General" and a.areas == (area,)
        )


def test_the_short_form_is_the_start_of_the_long_form(
    activities: tuple[InterestActivity, ...],
) -> None:
    short, long = form_items(activities, "short"), form_items(activities, "long")
    assert long[: len(short)] == short


def test_areas_are_interleaved_never_twice_in_a_row(
    activities: tuple[InterestActivity, ...],
) -> None:
    items = form_items(activities, "long")
    assert all(a.area != b.area for a, b in itertools.pairwise(items))
    rounds = [items[n : n + 6] for n in range(0, len(items), 6)]
    assert all({i.area for i in r} == set(RIASEC) for r in rounds)
    # Not one fixed cycle a student could learn: the rounds are not all in the same order.
    assert len({tuple(i.area for i in r) for r in rounds}) > 1


def test_rounds_never_repeat_an_area_across_their_boundary() -> None:
    """Today's forms need no move; over a hundred rounds a hash order would repeat one."""
    orders = round_orders(100)
    assert all(sorted(order) == sorted(RIASEC) for order in orders)
    assert all(a[-1] != b[0] for a, b in itertools.pairwise(orders))
    assert round_orders(10)[:5] == round_orders(5)


def test_the_selection_is_the_same_every_time(activities: tuple[InterestActivity, ...]) -> None:
    shuffled = tuple(reversed(activities))
    assert form_items(shuffled, "long") == form_items(activities, "long")


def test_too_few_activities_for_a_form_is_a_clear_error(
    activities: tuple[InterestActivity, ...],
) -> None:
    # Social keeps its four general activities and one basic interest's (Teaching/
    # Education: four, one of which restates a general one): 7, enough for 5, not 10.
    without = [
        a
        for a in activities
        if a.areas != ("Social",) or a.basic_interest in (None, "Teaching/Education")
    ]
    assert len(form_items(without, "short")) == 30
    with pytest.raises(QuizDataError, match="only 7 single-area activities for Social"):
        form_items(without, "long")
    with pytest.raises(ValueError, match="unknown form"):
        form_items(activities, "medium")  # type: ignore[arg-type]


def test_docs_quiz_md_lists_the_items_asked(activities: tuple[InterestActivity, ...]) -> None:
    """docs/quiz.md says which activities are used: its table is the long form, in order."""
    doc = Path(__file__).resolve().parents[2] / "docs" / "quiz.md"
    rows = [
        [cell.strip() for cell in line.strip().strip("|").split("|")]
        for line in doc.read_text(encoding="utf-8").splitlines()
        if re.match(r"^\| \d+ \| [RIASEC]\d\d \|", line)
    ]
    assert [(r[1], r[2], r[3]) for r in rows] == [
        (i.id, i.area, i.text) for i in form_items(activities, "long")
    ]
