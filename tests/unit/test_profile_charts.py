"""The profile charts: the numbers fed to each chart are the database figures."""

from __future__ import annotations

import sqlite3

import pytest

from explorer.data.repository import CareerData
from explorer.profile import become, outlook, pay
from explorer.profile.blocks import Chart
from explorer.profile.chart_data import format_value
from explorer.profile.registry import build_section

from conftest import COMMITTED_DB, ctx


def _db(sql: str, *params: object) -> list[tuple]:
    with sqlite3.connect(COMMITTED_DB) as connection:
        return connection.execute(sql, params).fetchall()


def test_percentiles_are_the_published_wages(data: CareerData) -> None:
    occupation = data.occupation("29-2072.00")
    chart = pay.pay_percentiles(ctx(occupation))
    expected = _db(
        "SELECT annual_p10, annual_p25, annual_median, annual_p75, annual_p90"
        " FROM wage WHERE soc_code = '29-2072' AND area_code = '0000000'"
        " AND industry_code = '000000'"
    )[0]
    assert chart.series[0].values == expected == (37000, 43490, 51140, 64820, 81150)
    hourly = pay.pay_percentiles(ctx(occupation), hourly=True)
    assert hourly.series[0].values[2] == 24.59 and hourly.unit == "dollars_hourly"


def test_comparison_uses_the_group_and_all_occupations(data: CareerData) -> None:
    chart = pay.pay_comparison(ctx(data.occupation("29-2072.00")))
    group = _db(
        "SELECT annual_median FROM wage WHERE soc_code = '29-0000'"
        " AND area_code = '0000000' AND industry_code = '000000'"
    )[0][0]
    everyone = _db(
        "SELECT annual_median FROM wage WHERE soc_code = '00-0000'"
        " AND area_code = '0000000' AND industry_code = '000000'"
    )[0][0]
    assert chart.series[0].values == (51140, group, everyone)


def test_trend_ends_with_may_2025(data: CareerData) -> None:
    chart = pay.wage_trend(ctx(data.occupation("29-2072.00")))
    history = _db(
        "SELECT year, annual_median FROM wage_history WHERE soc_code = '29-2072' ORDER BY year"
    )
    assert chart.categories == (*(str(y) for y, _ in history), "2025")
    assert chart.series[0].values == (*(v for _, v in history), 51140)


def test_trend_of_an_hourly_only_occupation_is_hourly(data: CareerData) -> None:
    chart = pay.wage_trend(ctx(data.occupation("27-2011.00")))
    history = _db(
        "SELECT year, hourly_median_cents FROM wage_history WHERE soc_code ="
        " '27-2011' ORDER BY year"
    )
    assert chart.unit == "dollars_hourly" and chart.title.startswith("Median hourly wage")
    assert chart.series[0].values == (*(c / 100 for _, c in history), 29.05)
    assert not chart.is_empty()


def test_outlook_charts_are_the_projections(data: CareerData) -> None:
    occupation = data.occupation("29-2072.00")
    assert outlook.employment_projection(ctx(occupation)).series[0].values == (194_800, 208_600)
    growth = outlook.growth_comparison(ctx(occupation))
    assert growth.series[0].values == (
        7.1,
        *(
            _db("SELECT change_percent FROM projection WHERE soc_code = ?", c)[0][0]
            for c in ("29-0000", "00-0000")
        ),
    )


@pytest.mark.parametrize("code", ["27-2011.00", "11-1031.00", "55-1011.00"])
def test_missing_figures_are_none_never_zero(data: CareerData, code: str) -> None:
    occupation = data.occupation(code)
    charts = [
        pay.pay_percentiles(ctx(occupation)),
        pay.pay_comparison(ctx(occupation)),
        pay.wage_trend(ctx(occupation)),
        outlook.employment_projection(ctx(occupation)),
        outlook.growth_comparison(ctx(occupation)),
    ]
    for chart in charts:
        assert all(v is None or v != 0 for s in chart.series for v in s.values), chart.title
    assert pay.pay_percentiles(ctx(occupation)).series[0].values[2] is None
    assert format_value(None, "dollars") == "not available"


def test_actors_show_hourly_percentiles(data: CareerData) -> None:
    chart = pay.pay_percentiles(ctx(data.occupation("27-2011.00")), hourly=True)
    assert chart.series[0].values[2] == 29.05
    assert any(
        "hourly wages" in note
        for note in pay.pay_percentiles(ctx(data.occupation("27-2011.00"))).notes
    )


def test_how_to_become_one_charts_match_the_database(data: CareerData) -> None:
    electricians = data.occupation("47-2111.00")
    education = become.education_required(ctx(electricians))
    raw = _db(
        "SELECT label, percent FROM education_level WHERE code = '47-2111.00'"
        " AND percent > 0 ORDER BY category"
    )
    assert education.series[0].values == tuple(p for _, p in raw)
    assert education.categories[2] == "Post-Secondary Certificate"
    ranks = become.skill_ranks(ctx(electricians))
    assert ranks.series[0].values[0] == max(
        v for (v,) in _db("SELECT percentile FROM bls_skill_rank WHERE soc_code = '47-2111'")
    )
    assert len(ranks.categories) == 17
    skills = become.top_ratings(ctx(electricians), "skill")
    assert list(skills.series[0].values) == sorted(skills.series[0].values, reverse=True)


def test_missing_onet_surveys_are_explained(data: CareerData) -> None:
    records = data.occupation("29-2072.00")
    chart = become.education_required(ctx(records))
    assert chart.is_empty() and "no education survey" in chart.notes[0]
    assert become.top_ratings(ctx(records), "skill").is_empty()
    assert become.attainment(ctx(records)).series[0].values[1] == 19.2


@pytest.mark.parametrize("code", ["47-2111.00", "15-1251.00", "29-1141.00"])
def test_skills_and_knowledge_charts_hold_their_own_domain(code: str) -> None:
    """Each chart of How to Become One shows the O*NET domain its title names: swapping
    the skills and knowledge charts in the section fails here."""
    section = build_section("become", ctx(code))
    charts = {block.key: block.chart for block in section.blocks if isinstance(block, Chart)}
    with sqlite3.connect(COMMITTED_DB) as db:
        for key, domain in (("skills", "skill"), ("knowledge", "knowledge")):
            names = [
                name
                for (name,) in db.execute(
                    "SELECT e.name FROM ability_rating a JOIN element e ON e.element_id ="
                    " a.element_id WHERE a.code = ? AND e.domain = ? AND a.importance IS NOT NULL"
                    " ORDER BY a.importance DESC, e.name LIMIT 8",
                    (code, domain),
                )
            ]
            assert names, (code, domain)
            assert list(charts[key].categories) == names, (code, key)
            assert ("skills" if key == "skills" else "knowledge") in charts[key].title
