"""One footnote rule: every OEWS code in words, and the screen and the JSON agree."""

from __future__ import annotations

import json

import pytest

from explorer.data.footnotes import NOT_AVAILABLE, TOP_CODED_ANNUAL, TOP_CODED_HOURLY, wage_text
from explorer.data.records import Wages
from explorer.data.repository import CareerData
from explorer.data.serialize import occupation_to_dict
from explorer.profile import formatting

PERCENTILES = ("mean", "p10", "p25", "median", "p75", "p90")


@pytest.mark.parametrize(
    "value, measure, codes, text",
    [
        (51_140, "annual_median", (), "$51,140"),
        (51_140.0, "annual_p90", {"5"}, "$51,140"),  # a published figure wins over any code
        (24.59, "hourly_median", (), "$24.59"),
        (27.3, "hourly_mean", (), "$27.30"),
        (None, "annual_median", {"5"}, "$239,200 or more"),
        (None, "annual_p90", ["5", "1"], "$239,200 or more"),
        (None, "hourly_p90", {"5"}, "$115.00 or more"),
        (None, "annual_median", {"4"}, "hourly wages only"),
        (None, "hourly_median", {"4"}, "annual salaries only"),
        (None, "annual_p25", {"8"}, "not released"),
        (None, "hourly_p10", frozenset("8"), "not released"),
        (None, "annual_median", (), "not available"),
        (None, "hourly_median", {"1", "2", "3"}, "not available"),
        (None, "annual_median", {"5", "4", "8"}, "$239,200 or more"),  # top-coded first
        (None, "annual_median", {"4", "8"}, "hourly wages only"),
    ],
)
def test_wage_text_writes_every_footnote_code(
    value: float | None, measure: str, codes: set[str], text: str
) -> None:
    assert wage_text(value, measure, codes) == text


def test_the_words_are_the_ones_formatting_always_used() -> None:
    assert (TOP_CODED_ANNUAL, TOP_CODED_HOURLY, NOT_AVAILABLE) == (
        "$239,200 or more",
        "$115.00 or more",
        "not available",
    )
    assert formatting.TOP_CODED_ANNUAL is TOP_CODED_ANNUAL
    assert formatting.missing_wage("hourly_p90", {"5"}) == "$115.00 or more"
    assert formatting.missing_wage("annual_median", {"4"}) == "hourly wages only"
    assert formatting.dollars(24.591, cents=True) == "$24.59"
    assert formatting.dollars(None) == NOT_AVAILABLE


@pytest.mark.parametrize(
    "annual, hourly, codes, text",
    [
        (51_140, 24.59, (), "$51,140"),
        (None, None, {"5"}, "$239,200 or more"),
        (None, 29.05, {"4"}, "$29.05 an hour"),
        (None, None, {"4"}, "not available"),
        (None, None, {"8"}, "not available"),
    ],
)
def test_annual_pay_keeps_its_words(
    annual: int | None, hourly: float | None, codes: set[str], text: str
) -> None:
    assert formatting.annual_pay(annual, hourly, codes) == text


def _screen(wages: Wages, kind: str) -> dict[str, str]:
    """What the window writes for each percentile (charts and tables use these)."""
    values = getattr(wages, kind)
    texts = {}
    for name in PERCENTILES:
        value, measure = getattr(values, name), f"{kind}_{name}"
        texts[name] = (
            formatting.dollars(value, cents=kind == "hourly")
            if value is not None
            else formatting.missing_wage(measure, wages.footnote_codes(measure))
        )
    return texts


@pytest.mark.parametrize(
    "code, state, state_text",
    [
        ("29-1212", "AZ", "$239,200 or more"),  # Cardiologists: top-coded in Arizona
        ("27-2011", "NY", "hourly wages only"),  # Actors: paid by the hour
    ],
)
def test_the_screen_and_the_json_give_the_same_words(
    data: CareerData, code: str, state: str, state_text: str
) -> None:
    occupation = data.resolve_code(code)
    assert occupation is not None
    found = data.occupation(occupation)
    assert found is not None and found.wages is not None
    shown = json.loads(json.dumps(occupation_to_dict(found)))
    for kind in ("annual", "hourly"):
        assert shown["wages"][f"{kind}_text"] == _screen(found.wages, kind)
    for figures in found.states:
        state_json = next(s for s in shown["states"] if s["abbr"] == figures.abbr)
        codes = {f.code for f in figures.footnotes if "annual_median" in f.measures}
        assert state_json["annual_median_text"] == (
            formatting.dollars(figures.annual_median)
            if figures.annual_median is not None
            else formatting.missing_wage("annual_median", codes)
        )
    assert (
        next(s for s in shown["states"] if s["abbr"] == state)["annual_median_text"] == state_text
    )


def test_actors_are_hourly_only_in_the_json(data: CareerData) -> None:
    actors = data.occupation("27-2011.00")
    assert actors is not None
    shown = occupation_to_dict(actors)["wages"]
    assert set(shown["annual_text"].values()) == {"hourly wages only"}
    assert shown["hourly_text"]["median"] == formatting.dollars(
        actors.wages.hourly.median, cents=True
    )
    assert formatting.annual_pay(
        None, actors.wages.hourly.median, actors.wages.footnote_codes("annual_median")
    ) == (f"{shown['hourly_text']['median']} an hour")
