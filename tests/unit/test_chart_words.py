"""Issue 17 item 5: a chart's accessible description carries every figure it shows, for
every chart of every occupation (plain code: what ChartPanel puts on the graph)."""

from __future__ import annotations

import pytest

from explorer.data.repository import CareerData
from explorer.profile.blocks import Chart, ChartChoice
from explorer.profile.chart_data import ChartData, Series
from explorer.profile.chart_words import chart_sentence
from explorer.profile.registry import TAB_SECTIONS, build_section

from conftest import ctx


def _figures(chart: ChartData) -> list[str]:
    return [
        chart.value_text(series, index)
        for series in chart.series
        for index in range(len(chart.categories))
    ]


def test_a_wage_chart_reads_as_a_sentence() -> None:
    chart = ChartData(
        "Annual wages, May 2025",
        "bar",
        ("10th percentile", "Median", "90th percentile"),
        (Series("Annual", (37_000.0, None, 239_200.0), at_least=(False, False, True)),),
        "dollars",
        "Percentile",
        "Wage",
        "BLS",
    )
    assert chart_sentence(chart) == (
        "Annual wages, May 2025: 10th percentile $37,000; Median not available; "
        "90th percentile $239,200 or more."
    )


def test_an_empty_chart_says_why() -> None:
    chart = ChartData("Wages", "bar", ("Median",), (Series("A", (None,)),), "dollars", "", "", "")
    assert chart_sentence(chart).startswith("Wages: not available.")


@pytest.mark.slow
def test_every_chart_of_every_occupation_says_each_figure(data: CareerData) -> None:
    keys = [spec.key for spec in TAB_SECTIONS]
    checked = 0
    for code in data.occupation_codes():
        context = ctx(code)
        for key in keys:
            for block in build_section(key, context).blocks:
                charts = (
                    [option for _, option in block.options]
                    if isinstance(block, ChartChoice)
                    else [block.chart]
                    if isinstance(block, Chart)
                    else []
                )
                for chart in charts:
                    sentence = chart_sentence(chart)
                    assert sentence.startswith(chart.title), (code, chart.title)
                    if not chart.is_empty():
                        missing = [f for f in _figures(chart) if f not in sentence]
                        assert missing == [], (code, chart.title, missing)
                    checked += 1
    assert checked > 2000
