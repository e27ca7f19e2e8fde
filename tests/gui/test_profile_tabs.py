"""Every chart of every profile tab, for the issue's four kinds of occupation: what the
graph and its table show is what the chart builders read from the database, and a
figure BLS did not publish is never shown as 0."""

from __future__ import annotations

import re

import pytest

from explorer.data.repository import CareerData
from explorer.profile import charts as profile_charts
from explorer.profile import work_charts
from explorer.ui.profile.view import ProfileView
from explorer.ui.widgets.charts import ChartPanel

OCCUPATIONS = {
    "29-2072.00": "published in full",
    "27-2011.00": "hourly wages only (footnote 4)",
    "13-1021.00": "no figures of its own: BLS publishes 13-1020",
    "11-1031.00": "no wage data at all",
}
ZERO = re.compile(r"^\$?0(\.0+)?%?$|^\+?0\.0%$")


@pytest.fixture
def view(qtbot, data: CareerData) -> ProfileView:
    shown = ProfileView(data)
    qtbot.addWidget(shown)
    shown.resize(1000, 900)
    shown.show()
    return shown


@pytest.mark.parametrize("code", OCCUPATIONS)
def test_no_chart_shows_zero_for_a_missing_figure(view: ProfileView, code: str) -> None:
    assert view.show_occupation(code)
    panels = view.findChildren(ChartPanel)
    assert len(panels) == 16  # 5 How to Become One, 3 Work, 4 Pay, 3 Outlook, 1 State
    for panel in panels:
        chart = panel.graph.chart
        assert chart is not None, panel.title.text()
        model = panel.table_model
        for row, category in enumerate(chart.categories):
            for column, series in enumerate(chart.series, start=1):
                shown = model.index(row, column).data()
                if series.values[row] is None:
                    assert not ZERO.match(shown), (chart.title, category, shown)
                    assert shown, (chart.title, category)
        if chart.is_empty():
            assert panel.graph.labels == ["not available"]
            assert panel.empty.text().startswith("<b>Not available.</b>")


@pytest.mark.parametrize("code", OCCUPATIONS)
def test_each_tab_shows_what_its_builder_reads(view: ProfileView, data: CareerData,
                                               code: str) -> None:
    assert view.show_occupation(code)
    occupation = data.occupation(code)
    expected = {
        view.work.industries: work_charts.industries_employing(data, occupation),
        view.work.styles: work_charts.work_styles(data, occupation),
        view.work.values: work_charts.work_values(data, occupation),
        view.pay.comparison: profile_charts.pay_comparison(data, occupation),
        view.pay.trend: profile_charts.wage_trend(data, occupation),
        view.pay.industries: work_charts.best_paying_industries(data, occupation),
        view.outlook.employment: profile_charts.employment_projection(occupation),
        view.outlook.growth: profile_charts.growth_comparison(data, occupation),
        view.outlook.openings: profile_charts.openings_breakdown(occupation),
        view.become.education: profile_charts.education_required(data, occupation),
        view.become.attainment: profile_charts.attainment(data, occupation),
        view.become.skill_ranks: profile_charts.skill_ranks(data, occupation),
    }
    for panel, chart in expected.items():
        assert panel.graph.chart == chart, chart.title


def test_no_projections_of_its_own_names_the_code_used(view: ProfileView,
                                                      data: CareerData) -> None:
    assert view.show_occupation("13-1021.00")
    assert data.occupation("13-1021.00").projections.soc_code == "13-1020"
    assert "broader code 13-1020" in view.outlook.summary.text()
    assert "13-1020" in view.pay.summary.text()
    openings = view.outlook.openings.graph.chart.series[0].values
    assert openings == tuple(data._query(
        "SELECT openings_growth, openings_exits, openings_transfers FROM projection"
        " WHERE soc_code = '13-1020'")[0])


def test_no_wage_data_on_every_pay_chart(view: ProfileView) -> None:
    assert view.show_occupation("11-1031.00")
    for panel in (view.pay.percentiles, view.pay.trend, view.pay.industries,
                  view.work.industries):
        assert panel.graph.chart.is_empty(), panel.title.text()
        assert "no" in panel.empty.text().lower()
    assert "Self-employed: not available" in view.work.summary.text()
    assert view.states.details.isHidden()


def test_similar_occupations_open_the_right_profile(qtbot, view: ProfileView,
                                                    data: CareerData) -> None:
    assert view.show_occupation("27-2011.00")
    view.tabs.setCurrentWidget(view.similar)
    table = view.similar.pathway
    assert table.model().rowCount() > 0
    index = table.model().index(0, 0)
    with qtbot.waitSignal(view.related_requested) as opened:
        table.activated.emit(index)
    assert data.occupation(opened.args[0]).title == index.data()
