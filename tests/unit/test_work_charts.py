"""Work Environment, industry and Outlook figures: each equals the database, and what
BLS did not publish is said in words, never drawn as 0."""

from __future__ import annotations

import sqlite3

from explorer.data.repository import CareerData
from explorer.profile import environment, formatting, outlook, pay
from explorer.profile.environment import environment_html
from explorer.profile.outlook import factors_list, outlook_html

from conftest import COMMITTED_DB, ctx

SUBSECTORS = (
    "SELECT i.name, w.employment, w.annual_median, w.hourly_median_cents FROM wage w"
    " JOIN industry i ON i.industry_code = w.industry_code WHERE w.soc_code = ?"
    " AND w.area_code = '0000000' AND i.level = 3"
)


def _db(sql: str, *params: object) -> list[tuple]:
    with sqlite3.connect(COMMITTED_DB) as connection:
        return connection.execute(sql, params).fetchall()


def test_industries_employing_are_subsectors_with_their_share(data: CareerData) -> None:
    chart = environment.industries_employing(ctx(data.occupation("29-2072.00")))
    rows = sorted((r for r in _db(SUBSECTORS, "29-2072") if r[1]), key=lambda r: -r[1])[:8]
    jobs = chart.series[1]
    assert chart.categories == tuple(r[0] for r in rows)
    assert chart.categories[0] == "Ambulatory Health Care Services"
    assert jobs.values == tuple(r[1] for r in rows) and not jobs.drawn
    total = _db(
        "SELECT employment FROM wage WHERE soc_code = '29-2072' AND area_code ="
        " '0000000' AND industry_code = '000000'"
    )[0][0]
    assert chart.series[0].values == tuple(round(100 * r[1] / total, 1) for r in rows)
    label = chart.bar_label(chart.series[0], 0)
    assert label == f"{chart.series[0].values[0]:.1f}% · {rows[0][1]:,} jobs"


def test_best_paying_industries_fall_back_to_hourly_for_actors(data: CareerData) -> None:
    actors = data.occupation("27-2011.00")
    chart = pay.best_paying_industries(ctx(actors))
    floor = actors.wages.employment * pay.MIN_INDUSTRY_SHARE
    rows = [r for r in _db(SUBSECTORS, "27-2011") if r[1] is not None and r[1] >= floor]
    hourly = sorted((r[3] / 100 for r in rows if r[3]), reverse=True)
    assert chart.unit == "dollars_hourly"
    assert list(chart.series[0].values) == hourly[:8]
    assert "only hourly wages" in chart.notes[0]
    coders = data.occupation("29-2072.00")
    annual = pay.best_paying_industries(ctx(coders))
    floor = coders.wages.employment * pay.MIN_INDUSTRY_SHARE
    rows = [r for r in _db(SUBSECTORS, "29-2072") if r[1] is not None and r[1] >= floor]
    assert annual.unit == "dollars"
    assert annual.series[0].values[0] == max(r[2] for r in rows if r[2])


def test_no_industry_figures_say_so(data: CareerData) -> None:
    legislators = data.occupation("11-1031.00")
    for chart in (
        environment.industries_employing(ctx(legislators)),
        pay.best_paying_industries(ctx(legislators)),
    ):
        assert chart.is_empty() and "no industry" in chart.notes[0]


def test_work_styles_and_values_are_onet_ratings(data: CareerData) -> None:
    occupation = data.occupation("29-2072.00")
    styles = environment.work_styles(ctx(occupation))
    expected = _db(
        "SELECT name, impact FROM work_style WHERE code = '29-2072.00' AND impact"
        " IS NOT NULL ORDER BY impact DESC, name LIMIT 8"
    )
    assert list(zip(styles.categories, styles.series[0].values, strict=True)) == expected
    assert styles.categories[0] == "Attention to Detail"
    values = environment.work_values(ctx(data.occupation("11-1011.00")))
    assert dict(zip(values.categories, values.series[0].values, strict=True)) == dict(
        _db("SELECT name, extent FROM work_value WHERE code = '11-1011.00'")
    )
    assert values.notes[0].startswith("Strongest: Recognition, Independence, Achievement.")


def test_openings_breakdown_adds_up_to_the_openings(data: CareerData) -> None:
    occupation = data.occupation("29-2072.00")
    chart = outlook.openings_breakdown(ctx(occupation))
    growth, exits, transfers, total = _db(
        "SELECT openings_growth, openings_exits, openings_transfers, openings_annual"
        " FROM projection WHERE soc_code = '29-2072'"
    )[0]
    assert chart.series[0].values == (growth, exits, transfers) == (1380, 7100, 5800)
    # Growth is BLS's change / 10; the others are rounded to hundreds: within 100 of the total.
    assert abs(growth + exits + transfers - total) < 100
    assert "14,200" in chart.notes[0]


def test_outlook_text_defines_the_category_and_lists_factors(data: CareerData) -> None:
    text = outlook_html(ctx("29-2072.00"))
    assert "+7.1% (much faster than average)" in text and "7% or more" in text
    assert "14,200" in text
    factors = data.utilization_factors("29-2072")
    assert factors == [
        tuple(r)
        for r in _db(
            "SELECT industry_title, factor FROM utilization_factor WHERE soc_code = '29-2072'"
            " ORDER BY industry_code LIKE 'TE%' DESC, industry_title"
        )
    ]
    listed = factors_list(ctx("29-2072.00"))
    assert listed is not None and factors[0][1].split(" - ")[0] in listed.html(expanded=True)
    assert factors_list(ctx("55-1011.00")) is None
    assert "no employment projections" in outlook_html(ctx("55-1011.00"))


def test_growth_ranges_cover_every_whole_percent() -> None:
    ranges = dict(formatting.growth_ranges())
    assert ranges == {
        "Much faster than average": "7% or more",
        "Faster than average": "5–6%",
        "As fast as average": "3–4%",
        "Slower than average": "1–2%",
        "Little or no change": "0%",
        "Decline": "−1% or less",
    }


def test_missing_wages_are_written_in_words(data: CareerData) -> None:
    # A state row BLS top-coded: Alabama's 90th percentile for one occupation.
    soc, area = _db(
        "SELECT w.soc_code, w.area_code FROM wage w JOIN area a ON a.area_code ="
        " w.area_code WHERE a.area_type = 'S' AND w.industry_code = '000000' AND"
        " w.footnotes LIKE '%15=5%' AND w.annual_p90 IS NULL LIMIT 1"
    )[0]
    wages = data.wages(soc, area)
    assert wages.annual.p90 is None
    assert formatting.missing_wage("annual_p90", wages.footnote_codes("annual_p90")) == (
        "$239,200 or more"
    )
    actors = data.occupation("27-2011.00")
    chart = pay.pay_percentiles(ctx(actors))
    assert chart.value_text(chart.series[0], 2) == "hourly wages only"
    teachers = pay.pay_percentiles(ctx(data.occupation("25-2021.00")), hourly=True)
    assert teachers.value_text(teachers.series[0], 2) == "annual salaries only"


def test_self_employment_is_shown_or_explained(data: CareerData) -> None:
    actors = data.occupation("27-2011.00")
    self_employed = _db("SELECT self_employed_percent FROM projection WHERE soc_code = '27-2011'")[
        0
    ][0]
    text = environment_html(ctx(actors))
    assert f"{self_employed:.1f}%" in text
    legislators = environment_html(ctx("11-1031.00"))
    assert "Self-employed: not available" in legislators
