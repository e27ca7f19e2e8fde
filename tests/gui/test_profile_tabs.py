"""Every chart of every profile tab, for the issue's four kinds of occupation: what the
graph and its table show is what the chart builders read from the database, and a
figure BLS did not publish is never shown as 0."""

from __future__ import annotations

import re
import sqlite3

import pytest

from explorer.data.repository import CareerData
from explorer.profile.blocks import Chart, ChartChoice
from explorer.profile.registry import TAB_SECTIONS, build_section
from explorer.ui.profile.view import ProfileView
from explorer.ui.widgets.chart_panel import ChartPanel

from conftest import COMMITTED_DB, ctx

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


def _panels(view: ProfileView) -> dict[tuple[str, str], ChartPanel]:
    """Every visible chart panel of every tab, by (section, block key)."""
    return {
        (section, key): panel
        for section, page in view.pages.items()
        for key, panel in page.chart_panels().items()
    }


@pytest.mark.parametrize("code", OCCUPATIONS)
def test_no_chart_shows_zero_for_a_missing_figure(view: ProfileView, code: str) -> None:
    assert view.show_occupation(code)
    assert view.pages  # every tab filled (the hidden ones fill in idle time otherwise)
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
def test_each_tab_shows_its_sections_charts_in_order(view: ProfileView, code: str) -> None:
    """The tabs draw what the registry's builders return, every chart, in order."""
    assert view.show_occupation(code)
    context = ctx(code)
    for spec in TAB_SECTIONS:
        section = build_section(spec.key, context)
        page = view.pages[spec.key]
        panels = page.chart_panels()
        expected = [b for b in section.blocks if isinstance(b, Chart | ChartChoice)]
        assert list(panels) == [b.key for b in expected], spec.key
        for block in expected:
            assert panels[block.key].graph.chart == block.chart, (spec.key, block.key)
        assert view.tabs.tabText(view.tabs.indexOf(page)) == spec.tab_label


def test_the_charts_of_each_tab_are_the_ones_it_should_have(view: ProfileView) -> None:
    """An independent list of titles: a chart dropped, added or moved to another tab
    fails here even though the tab and the builder agree."""
    assert view.show_occupation("29-2072.00")
    titles = {
        key: [panel.graph.chart.title for panel in page.chart_panels().values()]
        for key, page in view.pages.items()
    }
    assert [t.split(" (")[0] for t in titles["become"]] == [
        "Education workers say the job requires",
        "Highest education of workers in the occupation",
        "How much the job uses each skill, compared with all occupations",
        "Most important skills",
        "Most important knowledge areas",
    ]
    assert [t.split(",")[0] for t in titles["environment"]] == [
        "Industries that employ the most",
        "Work styles that matter most (O*NET)",
        "What the job offers: work values (O*NET)",
    ]
    assert [t.split(",")[0] for t in titles["pay"]] == [
        "Annual wages",
        "Median annual wage compared",
        "Median annual wage over time (May of each year)",
        "Best-paying industries",
    ]
    assert [t.split(",")[0] for t in titles["outlook"]] == [
        "Employment",
        "Projected employment change",
        "Openings each year and where they come from",
    ]
    assert titles["what"] == [] and titles["similar"] == []


def test_no_projections_of_its_own_names_the_code_used(view: ProfileView) -> None:
    assert view.show_occupation("13-1021.00")
    assert ctx("13-1021.00").occupation.projections.soc_code == "13-1020"
    assert (
        "Figures are for Buyers and Purchasing Agents, the broader group BLS reports"
        in view.pages["outlook"].block_widget("summary").text()
    )
    assert "13-1020" in view.pages["pay"].block_widget("summary").text()
    openings = view.pages["outlook"].chart_panels()["openings"].graph.chart.series[0].values
    with sqlite3.connect(COMMITTED_DB) as db:
        assert (
            openings
            == db.execute(
                "SELECT openings_growth, openings_exits, openings_transfers FROM projection"
                " WHERE soc_code = '13-1020'"
            ).fetchone()
        )


def test_no_wage_data_on_every_pay_chart(view: ProfileView) -> None:
    assert view.show_occupation("11-1031.00")
    pay_panels = view.pages["pay"].chart_panels()
    work_panels = view.pages["environment"].chart_panels()
    for panel in (
        pay_panels["percentiles"],
        pay_panels["trend"],
        pay_panels["industries"],
        work_panels["industries"],
    ):
        assert panel.graph.chart.is_empty(), panel.title.text()
        assert "no" in panel.empty.text().lower()
    assert "Self-employed: not available" in (view.pages["environment"].block_widget("text").text())
    assert view.states.details.isHidden()


def test_hourly_switch_shows_the_other_form(qtbot, view: ProfileView) -> None:
    assert view.show_occupation("27-2011.00")  # actors: hourly only, so hourly first
    choice = view.pages["pay"].block_widget("percentiles")
    assert choice.selected() == 1
    assert choice.panel.graph.chart.unit == "dollars_hourly"
    choice.buttons[0].click()
    assert choice.panel.graph.chart.unit == "dollars"
    assert view.show_occupation("29-2072.00")  # a salaried occupation opens on annual
    assert choice.selected() == 0 and choice.panel.graph.chart.unit == "dollars"


def test_similar_occupations_open_the_right_profile(
    qtbot, view: ProfileView, data: CareerData
) -> None:
    assert view.show_occupation("27-2011.00")
    view.tabs.setCurrentWidget(view.pages["similar"])
    table = view.pages["similar"].block_widget("pathway").table
    assert table.model().rowCount() > 0
    index = table.model().index(0, 0)
    with qtbot.waitSignal(view.related_requested) as opened:
        table.activated.emit(index)
    assert data.occupation(opened.args[0]).title == index.data()


def test_a_top_coded_value_is_hatched_on_screen_and_hollow_on_the_line(
    view: ProfileView,
) -> None:
    """Cardiologists: BLS top-codes the median in Management of Companies (footnote 5) and
    in every trend year; those values are drawn at the cap and marked, labelled "or more"."""
    assert view.show_occupation("29-1212.00")
    panels = view.pages["pay"].chart_panels()
    industries = panels["industries"].graph
    assert industries._item.capped == {0}
    assert industries.labels[0].startswith("$239,200 or more")
    trend = panels["trend"].graph
    series = trend.chart.series[0]
    capped = [i for i in range(len(series.values)) if series.is_at_least(i)]
    assert capped
    brushes = trend._line.opts["symbolBrush"]
    assert all(brushes[i].color().name() == "#ffffff" for i in capped)
    assert all(trend.labels[i].endswith("or more") for i in capped)
