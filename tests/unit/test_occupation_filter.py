"""OccupationFilter's education range: "at least" and "at most" a level, in the order
of EDUCATION_LEVELS, against made-up rows and the committed catalog (issue 12, item 5)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from explorer.data.catalog import (
    EDUCATION_LEVELS,
    OccupationFilter,
    OccupationSummary,
    choices,
    education_rank,
    highest_pay,
    load_catalog,
)
from explorer.data.repository import CareerData

ROW = OccupationSummary(
    code="00-0000.00",
    title="Example",
    major_group="00-0000",
    major_group_title="Examples",
    annual_median=50_000,
    hourly_median=24.0,
    median_footnotes=frozenset(),
    growth_category=None,
    change_percent=None,
    openings_annual=None,
    typical_education="Associate's degree",
    job_zone=None,
    top_interest=None,
    bright_outlook=False,
    employment_rank=None,
)
ASSOCIATE, BACHELOR, MASTER = EDUCATION_LEVELS[4:7]


@pytest.mark.parametrize(
    ("level", "at_most", "at_least"),
    [
        ("High school diploma or equivalent", True, False),
        (ASSOCIATE, True, True),
        (BACHELOR, False, True),
        (None, False, False),
        ("A level BLS does not list", False, False),
    ],
)
def test_education_at_most_and_at_least_an_associate_degree(
    level: str | None, at_most: bool, at_least: bool
) -> None:
    row = replace(ROW, typical_education=level)
    assert OccupationFilter(education_max=ASSOCIATE).accepts(row) is at_most
    assert OccupationFilter(education_min=ASSOCIATE).accepts(row) is at_least
    assert OccupationFilter(education=ASSOCIATE).accepts(row) is (level == ASSOCIATE)


def test_education_range_both_ends_and_unknown_levels() -> None:
    between = OccupationFilter(education_min=ASSOCIATE, education_max=MASTER)
    accepted = [e for e in EDUCATION_LEVELS if between.accepts(replace(ROW, typical_education=e))]
    assert accepted == [ASSOCIATE, BACHELOR, MASTER]
    nonsense = OccupationFilter(education_min="Kindergarten")
    assert not nonsense.accepts(ROW)
    assert [education_rank(e) for e in EDUCATION_LEVELS] == list(range(8))
    assert education_rank(None) is None


def test_catalog_at_most_and_at_least(data: CareerData) -> None:
    rows = load_catalog(data)
    at_most = {r.code for r in rows if OccupationFilter(education_max=ASSOCIATE).accepts(r)}
    at_least = {r.code for r in rows if OccupationFilter(education_min=MASTER).accepts(r)}
    lower = set(EDUCATION_LEVELS[:5])
    higher = {MASTER, "Doctoral or professional degree"}
    assert at_most == {r.code for r in rows if r.typical_education in lower}
    assert at_least == {r.code for r in rows if r.typical_education in higher}
    assert at_most and at_least and not at_most & at_least
    top = highest_pay(rows)
    assert top is not None and top.annual_median == max(r.annual_median or 0 for r in rows)
    assert choices(rows)["highest_pay"] == [(str(top.annual_median), top.title)]
