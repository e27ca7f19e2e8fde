"""The profile pane's Pay and Outlook tabs: graphs draw the chart data, tables show it."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl

from explorer.data.repository import CareerData
from explorer.ui.profile.view import ProfileView


def _view(qtbot, data: CareerData, code: str) -> ProfileView:
    view = ProfileView(data)
    qtbot.addWidget(view)
    view.show()
    assert view.show_occupation(code)
    return view


def test_pay_tab_draws_the_percentiles_with_their_values(qtbot, data: CareerData) -> None:
    view = _view(qtbot, data, "29-2072.00")
    panel = view.pages["pay"].chart_panels()["percentiles"]
    assert panel.graph.chart.series[0].values[2] == 51140
    assert panel.graph.labels == ["$37,000", "$43,490", "$51,140", "$64,820", "$81,150"]
    assert len(panel.graph.bars) == 1
    assert "Source: BLS Occupational Employment and Wage Statistics" in panel.source.text()


def test_every_chart_can_be_shown_as_a_table(qtbot, data: CareerData) -> None:
    view = _view(qtbot, data, "29-2072.00")
    view.tabs.setCurrentWidget(view.pages["pay"])
    panel = view.pages["pay"].chart_panels()["percentiles"]
    panel.toggle.click()
    assert panel.showing_table()
    model = panel.table.model()
    assert model.rowCount() == 5
    assert model.index(2, 0).data() == "Median" and model.index(2, 1).data() == "$51,140"
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert not panel.showing_table()


def test_hourly_only_occupation_opens_on_hourly(qtbot, data: CareerData) -> None:
    view = _view(qtbot, data, "27-2011.00")
    choice = view.pages["pay"].block_widget("percentiles")
    assert choice.buttons[1].isChecked()
    assert view.pages["pay"].chart_panels()["percentiles"].graph.labels[2] == "$29.05"
    choice.buttons[0].setChecked(True)
    assert view.pages["pay"].chart_panels()["percentiles"].graph.labels == ["not available"]
    assert "0" not in view.pages["pay"].chart_panels()["percentiles"].graph.labels


def test_no_wage_data_says_so(qtbot, data: CareerData) -> None:
    view = _view(qtbot, data, "11-1031.00")
    assert "no wage estimate" in view.pages["pay"].block_widget("summary").text()
    assert view.pages["pay"].chart_panels()["percentiles"].graph.labels == ["not available"]
    assert view.pages["outlook"].chart_panels()["employment"].graph.labels == ["27,700", "28,600"]


def test_broader_code_is_named(qtbot, data: CareerData) -> None:
    view = _view(qtbot, data, "13-1021.00")
    assert "13-1020" in view.pages["pay"].block_widget("summary").text()
    assert "13-1020" in view.pages["outlook"].block_widget("summary").text()


def test_quick_facts_match_the_database(qtbot, data: CareerData) -> None:
    view = _view(qtbot, data, "29-2072.00")
    facts = {k: v.accessibleName().split(": ", 1)[1] for k, v in view.facts.values.items()}
    assert facts["Median pay, May 2025"] == "$51,140 a year, $24.59 an hour"
    assert facts["Number of jobs, 2024"] == "194,800"
    assert facts["Projected change, 2024–34"] == ("+7.1% (much faster than average), +13,800 jobs")
    assert facts["Openings a year"] == "14,200"
    assert facts["Typical education to enter"] == "Postsecondary nondegree award"
    assert facts["Bright Outlook"] == "Yes (grows much faster than average; many job openings)"


def test_quick_facts_name_the_broader_code_and_missing_figures(qtbot, data: CareerData) -> None:
    view = _view(qtbot, data, "13-1021.00")
    facts = {k: v.accessibleName() for k, v in view.facts.values.items()}
    assert (
        "Figures are for Buyers and Purchasing Agents, the broader group"
        in (facts["Median pay, May 2025"])
    )
    assert "for BLS code" not in " ".join(facts.values())
    view.show_occupation("11-1031.00")
    facts = {k: v.accessibleName() for k, v in view.facts.values.items()}
    assert "not available" in facts["Median pay, May 2025"]
    assert "$0" not in " ".join(facts.values())


def test_similar_tab_lists_related_occupations_and_opens_them(qtbot, data: CareerData) -> None:
    view = _view(qtbot, data, "29-2072.00")
    view.tabs.setCurrentWidget(view.pages["similar"])
    table = view.pages["similar"].block_widget("related").table
    expected = [r.title for r in data.occupation("29-2072.00").related]
    shown = [table.model().index(r, 0).data() for r in range(table.model().rowCount())]
    assert shown == expected
    with qtbot.waitSignal(view.related_requested) as opened:
        index = table.model().index(0, 0)
        qtbot.mouseClick(
            table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center()
        )
    assert opened.args == [data.occupation("29-2072.00").related[0].code]


def test_what_they_do_lists_tasks_and_marks_hot_technology(qtbot, data: CareerData) -> None:
    view = _view(qtbot, data, "29-2072.00")
    page = view.pages["what"]
    tasks = page.block_widget("tasks")
    assert "Post medical insurance billings." not in tasks.text()  # a supplemental task
    tasks.button.click()
    assert "Post medical insurance billings." in tasks.text()
    technology = page.block_widget("technology").text()
    assert "★" in technology and "Hot Technology" in technology
    assert "Sample job titles" in page.block_widget("titles").text()


def test_how_to_become_one_tab(qtbot, data: CareerData) -> None:
    view = _view(qtbot, data, "47-2111.00")
    assert "Apprenticeship" in view.pages["become"].block_widget("entry").text()
    assert "Job Zone Three" in view.pages["become"].block_widget("zone").text()
    assert view.pages["become"].chart_panels()["skill_ranks"].graph.labels[0] == "97"
    assert view.tabs.tabText(1) == "How to &Become One"


def test_programs_of_study_show_their_definition_on_demand(qtbot, data: CareerData) -> None:
    """What to study lists programs; a program's definition appears when it is chosen."""
    from explorer.ui.profile.details_table import DetailsTable

    view = _view(qtbot, data, "15-1252.00")
    view.tabs.setCurrentWidget(view.pages["become"])
    table = view.pages["become"].block_widget("programs")
    assert isinstance(table, DetailsTable)
    first = data.occupation("15-1252.00").programs[0]
    assert first.title in table.table.text() and first.cip in table.table.text()
    assert first.definition and first.definition not in table.table.text()
    assert table.detail.isHidden()
    table.table.anchorClicked.emit(QUrl("row:0"))
    assert table.detail.isVisible() and first.definition in table.detail.text()
    # The next occupation has none: the same place says so, and nothing of the last stays.
    none = next(c for c in ("55-3016.00", "11-1031.00") if not data.occupation(c).programs)
    assert view.show_occupation(none)
    shown = view.pages["become"].block_widget("programs")
    assert not isinstance(shown, DetailsTable)
    assert "No matching program" in shown.text()
    assert view.show_occupation("15-1252.00")
    assert view.pages["become"].block_widget("programs").detail.isHidden()


def test_the_pay_switch_shows_only_where_there_is_something_to_switch(
    qtbot, data: CareerData
) -> None:
    view = _view(qtbot, data, "29-2072.00")  # annual and hourly wages: the switch is there
    view.tabs.setCurrentWidget(view.pages["pay"])
    choice = view.pages["pay"].block_widget("percentiles")
    assert all(button.isVisibleTo(choice) for button in choice.buttons)
    for code in ("11-1031.00", "27-2011.00"):  # no wages at all; hourly wages only
        assert view.show_occupation(code)
        assert not any(button.isVisibleTo(choice) for button in choice.buttons), code


def test_the_interests_take_their_row_and_explaining_words_are_not_bold(
    qtbot, data: CareerData
) -> None:
    from explorer.ui.widgets.quick_facts import COLUMNS, value_html

    view = _view(qtbot, data, "29-1141.00")
    view.facts.resize(900, view.facts.height())  # three columns (fewer when narrow: issue 17)
    qtbot.waitUntil(lambda: view.facts.columns == COLUMNS)
    interests = view.facts.values["Top interests"]
    _, column, _, span = view.facts.grid.getItemPosition(view.facts.grid.indexOf(interests))
    assert (column, span) == (0, COLUMNS)  # room for what each area means, not a thin column
    assert "Social</b>" not in interests.text()
    assert "<b>Social <span style='font-weight: normal'>(helping" in interests.text()
    median = view.facts.values["Median pay, May 2025"].toolTip()
    assert median.startswith("The median is the middle wage")
    assert value_html("4 of 5 (considerable preparation needed)") == (
        "<b>4 of 5 <span style='font-weight: normal'>(considerable preparation needed)</span></b>"
    )
