"""Issue 11, "Every figure right": the narrowest BLS code, top-coded wages at BLS's cap,
openings from growth by BLS's method, BLS's marks kept, and industries ranked only
where they employ a meaningful share. Checked against the raw files and the DB."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from explorer.data.footnotes import top_coding_caps
from explorer.data.repository import CareerData
from explorer.dataset import oews, onet, projections
from explorer.dataset.joins import aggregates, find_bls_code, soc_of
from explorer.dataset.readers import read_sheet
from explorer.profile import become, pay, quick
from explorer.profile.chart_data import ChartData, Series
from explorer.profile.context import SectionContext

from conftest import COMMITTED_DB, ctx

PROJECTIONS = "bls-projections-2024-34"
COUNSELORS = ("21-1011.00", "21-1014.00")


def _db(sql: str, params: tuple[object, ...] = ()) -> list[tuple]:
    with sqlite3.connect(COMMITTED_DB) as connection:
        return connection.execute(sql, params).fetchall()


def _ctx(data: CareerData, code: str) -> SectionContext:
    occupation = data.occupation(code)
    assert occupation
    return ctx(occupation)


# -- 1. the narrowest published code ---------------------------------------------------


def test_an_aggregate_contains_the_unpublished_codes_of_its_broad_group() -> None:
    published = {"21-1010", "21-1012", "21-1018", "21-1019", "21-0000"}
    socs = {"21-1011", "21-1012", "21-1014", "21-1019", "13-1021"}
    found = aggregates(published, socs)
    assert found == {"21-1011": "21-1018", "21-1014": "21-1018"}
    assert find_bls_code("21-1014.00", published, found) == ("21-1018", "aggregate")
    assert find_bls_code("21-1019.00", published, found) == ("21-1019", "own")
    # Two aggregates in one broad group: the code lists do not say which, so the broad code.
    two = aggregates(published | {"21-1017"}, socs)
    assert two == {} and find_bls_code("21-1011.00", published, two) == ("21-1010", "broad")


def test_aggregates_derived_from_the_raw_projections_and_onet_lists(shared_data: Path) -> None:
    socs = {soc_of(str(o["code"])) for o in onet.occupations(shared_data / "onet-30.1")}
    rows = list(read_sheet(shared_data / PROJECTIONS / "occupation.xlsx", "Table 1.2"))
    line_items = {str(r[projections.CODE]) for r in rows if r["Occupation type"] == "Line item"}
    found = aggregates(line_items, socs)
    for aggregate, members in {
        "21-1018": ("21-1011", "21-1014"),
        "25-2052": ("25-2055", "25-2056"),
        "25-9045": ("25-9042", "25-9043", "25-9049"),
        "51-2028": ("51-2022", "51-2023"),
        "53-1047": ("53-1042", "53-1043", "53-1044", "53-1049"),
    }.items():
        assert {found[m] for m in members} == {aggregate}
    # The committed DB uses them, for wages and projections, with BLS's own titles.
    titles = {str(r[projections.CODE]): str(r[projections.TITLE]).strip() for r in rows}
    for soc, aggregate in found.items():
        for code, wage, wage_title, proj, proj_title in _db(
            "SELECT code, wage_soc_code, wage_soc_title, projection_soc_code,"
            " projection_soc_title FROM occupation WHERE soc_code = ?",
            (soc,),
        ):
            assert wage == proj == aggregate, code
            assert proj_title == re.sub(r"\[\d+\]$", "", titles[aggregate])
            assert wage_title and wage_title.lower() == proj_title.lower().removesuffix(
                " supervisors"
            )


def test_counselors_show_the_aggregate_figures_and_say_whose(
    data: CareerData, shared_data: Path
) -> None:
    raw = next(
        r
        for r in read_sheet(shared_data / PROJECTIONS / "occupation.xlsx", "Table 1.2")
        if r[projections.CODE] == "21-1018"
    )
    for code in COUNSELORS:
        occupation = data.occupation(code)
        assert occupation and occupation.projections and occupation.wages
        p = occupation.projections
        assert p.soc_code == occupation.wages.soc_code == "21-1018"
        assert p.employment_2024 == round(float(raw["Employment, 2024"]) * 1000)
        assert p.change_percent == raw["Employment change, percent, 2024–34"]
        assert p.typical_education == raw["Typical education needed for entry"]
        facts = dict(quick.quick_facts(_ctx(data, code)))
        sentence = (
            "Figures are for Substance Abuse, Behavioral Disorder, and Mental Health "
            "Counselors, which BLS reports together"
        )
        assert sentence in facts["Median pay, May 2025"]
        assert "for BLS code" not in " ".join(facts.values())
        assert sentence in pay.pay_summary_html(_ctx(data, code))


def test_show_json_names_the_codes_used(data: CareerData) -> None:
    from explorer.data.serialize import occupation_to_dict

    occupation = data.occupation("25-2055.00")
    assert occupation
    document = occupation_to_dict(occupation)
    assert document["wage_soc_code"] == document["projection_soc_code"] == "25-2052"
    assert document["wage_soc_title"] == (
        "Special Education Teachers, Kindergarten and Elementary School"
    )
    assert document["projection_soc_title"] == (
        "Special education teachers, kindergarten and elementary school"
    )


# -- 2. top-coded wages at the cap BLS used -------------------------------------------


def test_history_caps_come_from_each_files_notes(shared_data: Path) -> None:
    folder = shared_data / "oews-national-history"
    assert oews.history_caps(folder / "national_M2022_dl.xlsx") == (11500, 239200)
    assert oews.history_caps(folder / "national_M2019_dl.xlsx") == (10000, 208000)
    assert oews.history_caps(folder / "national_M2018_dl.xlsx") is None  # no notes sheet
    caps = dict(_db("SELECT year, annual_cap FROM wage_history WHERE soc_code = '29-1022'"))
    assert caps[2021] == 208000 and caps[2024] == 239200 and caps[2018] is None
    assert not _db(
        "SELECT 1 FROM wage_history WHERE annual_cap IS NOT NULL AND annual_median IS NOT NULL"
    )


def test_top_coded_trend_years_are_drawn_at_the_cap_as_or_more(data: CareerData) -> None:
    chart = pay.wage_trend(_ctx(data, "29-1022.00"))
    series = chart.series[0]
    years = dict(zip(chart.categories, range(len(chart.categories)), strict=True))
    assert series.values[years["2022"]] == 239200 and series.is_at_least(years["2022"])
    assert series.values[years["2019"]] == 208000
    assert chart.value_text(series, years["2019"]) == "$208,000 or more"
    assert series.values[years["2018"]] is None  # the 2018 file states no cap
    assert chart.value_text(series, years["2018"]) == "top-coded; that year's file states no cap"
    assert any("top-coded" in note for note in chart.notes)


def test_top_coded_industry_medians_rank_first_as_or_more(data: CareerData) -> None:
    text = _db("SELECT text FROM wage_footnote WHERE code = '5'")[0][0]
    cap = top_coding_caps(text)
    assert cap and cap[1] == 239200
    chart = pay.best_paying_industries(_ctx(data, "29-1212.00"))
    series = chart.series[0]
    assert chart.categories[0] == "Management of Companies and Enterprises"
    assert series.values[0] == cap[1] and series.is_at_least(0)
    assert chart.value_text(series, 0) == "$239,200 or more"
    assert any("hatched" in note for note in chart.notes)


def test_chart_data_writes_a_capped_value_as_or_more() -> None:
    chart = ChartData(
        "t",
        "bar",
        ("a", "b"),
        (Series("s", (5.0, 7.0), at_least=(False, True)),),
        "dollars",
        "",
        "",
        "",
    )
    assert chart.value_text(chart.series[0], 0) == "$5"
    assert chart.value_text(chart.series[0], 1) == "$7 or more"


# -- 3. openings from growth ---------------------------------------------------------


def test_openings_from_growth_are_the_change_over_ten(shared_data: Path) -> None:
    rows = read_sheet(shared_data / PROJECTIONS / "occupation.xlsx", "Table 1.2")
    change = {str(r[projections.CODE]): r["Employment change, numeric, 2024–34"] for r in rows}
    stored = dict(_db("SELECT soc_code, openings_growth FROM projection"))
    assert stored["29-2072"] == 1380
    for code, thousands in change.items():
        assert stored[code] == round(float(thousands) * 1000 / 10), code


# -- 4. BLS's marks ------------------------------------------------------------------


def test_marks_on_skill_ranks_and_attainment_are_kept(data: CareerData, shared_data: Path) -> None:
    for workbook, sheet in (projections.SKILL_RANKS, projections.ATTAINMENT):
        marked = {
            str(r[projections.CODE])
            for r in read_sheet(shared_data / PROJECTIONS / workbook, sheet)
            if "[1]" in str(r[projections.TITLE])
        }
        stored = {
            c for (c,) in _db("SELECT soc_code FROM projection_mark WHERE table_name = ?", (sheet,))
        }
        assert stored == marked and marked
    notes = become.skill_ranks(_ctx(data, "11-1031.00")).notes
    assert any("imputed" in n for n in notes)
    assert not become.skill_ranks(_ctx(data, "11-1011.00")).notes
    assert any("not an exact match" in n for n in become.attainment(_ctx(data, "11-1011.00")).notes)


# -- 5. best-paying industries -------------------------------------------------------


def test_best_paying_industries_skip_industries_under_the_share(data: CareerData) -> None:
    for code in ("29-1141.00", "47-2111.00"):
        occupation = data.occupation(code)
        assert occupation and occupation.wages and occupation.wages.employment
        floor = occupation.wages.employment * pay.MIN_INDUSTRY_SHARE
        chart = pay.best_paying_industries(_ctx(data, code))
        jobs = chart.series[1].values
        assert jobs and all(j is not None and j >= floor for j in jobs)
        assert "Computer and Electronic Product Manufacturing" not in chart.categories
        assert "Credit Intermediation and Related Activities" not in chart.categories
        assert any("at least 1%" in n for n in chart.notes)


def test_the_printed_chart_marks_a_capped_bar_and_point(qapp, data: CareerData) -> None:
    """The paper painter draws a value at BLS's cap cross-hatched (bar) or hollow (point)."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    from explorer.reports.chart_painter import ChartPainter

    image = QImage(800, 600, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    try:
        chart_painter = ChartPainter(painter, 72)
        capped: list[bool] = []
        original = chart_painter._bar
        chart_painter._bar = lambda bar, index, at_least=False: (  # type: ignore[method-assign]
            capped.append(at_least),
            original(bar, index, at_least),
        )
        chart_painter.draw(
            pay.best_paying_industries(_ctx(data, "29-1212.00")), QRectF(image.rect())
        )
        chart_painter.draw(pay.wage_trend(_ctx(data, "29-1212.00")), QRectF(image.rect()))
    finally:
        painter.end()
    assert capped[0] is True and not any(capped[1:])


def test_a_top_coded_percentile_is_drawn_at_the_cap_in_every_wage_chart(data: CareerData) -> None:
    """Top-coded wages in every chart: Minnesota's 90th percentile for 29-1242 is BLS's cap
    (footnote 5), drawn at the cap and flagged "or more", never a gap."""
    from explorer.profile import states
    from explorer.profile.sources import releases

    wages = data.state_wages("29-1242", "MN")
    assert wages is not None and wages.annual.p90 is None
    assert "5" in wages.footnote_codes("annual_p90")
    occupation = data.occupation("29-1242.00")
    chart = states.percentiles_vs_nation(
        "Minnesota", wages, occupation.wages, False, releases(data)
    )
    mn = chart.series[0]
    assert mn.values[4] == 239_200 and mn.is_at_least(4)
    assert not mn.is_at_least(3) and mn.values[3] == wages.annual.p75
    assert chart.value_text(mn, 4) == "$239,200 or more"
