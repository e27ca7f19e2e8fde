"""The main window with pytest-qt: search as you type, filters, keyboard, settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from explorer.data.catalog import OccupationFilter
from explorer.data.repository import CareerData
from explorer.search.intents import NO_DEGREE
from explorer.ui.main_window import MainWindow
from explorer.ui.settings import SETTINGS_DIR_ENV


def _search(qtbot, window: MainWindow, text: str) -> list[str]:
    window.search_box.clear()
    qtbot.keyClicks(window.search_box, text)
    qtbot.waitUntil(
        lambda: window._last_result is not None and window._last_result.query == text, timeout=5000
    )
    return [window.proxy.index(r, 0).data() for r in range(window.proxy.rowCount())]


def test_browsing_lists_every_occupation(window: MainWindow) -> None:
    assert window.proxy.rowCount() == 1016
    assert window.count_label.text() == "1,016 of 1,016 occupations"


def test_typing_coder_lists_medical_records_specialists_in_the_first_three(
    qtbot, window: MainWindow
) -> None:
    titles = _search(qtbot, window, "coder")
    assert "Medical Records Specialists" in titles[:3]
    assert window.matched_text(titles.index("Medical Records Specialists")) == (
        "alternate title: Coder"
    )
    window.table.selectRow(titles.index("Medical Records Specialists"))
    assert "matched alternate title: Coder" in window.match_label.text()


def test_rn_lists_registered_nurses_first(qtbot, window: MainWindow) -> None:
    assert _search(qtbot, window, "RN")[0] == "Registered Nurses"


def test_typo_shows_did_you_mean(qtbot, window: MainWindow) -> None:
    assert _search(qtbot, window, "electrican")[0] == "Electricians"
    assert window.suggestion.isVisible() and "electrician" in window.suggestion.text()


def test_a_wish_offers_its_filter_and_the_link_puts_it_on(qtbot, window: MainWindow) -> None:
    """A wish that is a filter ("no college") offers "Show only: no degree needed"; the
    link adds it to the filters on (Registered Nurses go from "nurse no college"), and
    the line hides while the filters hold it."""
    window.filters.set_filter(OccupationFilter(bright_outlook_only=True))
    assert "Registered Nurses" in _search(qtbot, window, "nurse no college")
    offer = window.search.offer
    assert offer.isVisible() and "Show only:" in offer.text()
    assert "no degree needed" in offer.text()
    shown = window.proxy.rowCount()
    offer.linkActivated.emit("offer")
    assert window.filters.current_filter() == OccupationFilter(
        education_max=NO_DEGREE, bright_outlook_only=True
    )
    assert not offer.isVisible() and window.filter_controller.bar.isVisible()
    titles = [window.proxy.index(r, 0).data() for r in range(window.proxy.rowCount())]
    assert 0 < len(titles) < shown and "Registered Nurses" not in titles
    assert "Licensed Practical and Licensed Vocational Nurses" in titles
    window.filters.reset()
    assert offer.isVisible()
    _search(qtbot, window, "nurse")
    assert not offer.isVisible()


def test_filters_combine_with_each_other_and_the_search(qtbot, window: MainWindow) -> None:
    _search(qtbot, window, "nurse")
    unfiltered = window.proxy.rowCount()
    window.filters.set_filter(OccupationFilter(education="Bachelor's degree"))
    bachelor = window.proxy.rowCount()
    window.filters.set_filter(OccupationFilter(education="Bachelor's degree", wage_min=90_000))
    both = window.proxy.rowCount()
    assert unfiltered > bachelor >= both > 0
    for row in range(both):
        code = window.proxy.index(row, 0).data(Qt.ItemDataRole.UserRole + 1)
        summary = window._by_code[code]
        assert summary.typical_education == "Bachelor's degree"
        assert summary.annual_median >= 90_000
    window.filters.reset()
    assert window.proxy.rowCount() == unfiltered


def test_filters_alone_and_the_empty_state(qtbot, window: MainWindow) -> None:
    window.filters.set_filter(OccupationFilter(major_group="29-0000", bright_outlook_only=True))
    shown = window.proxy.rowCount()
    assert 0 < shown < 1016
    _search(qtbot, window, "qwxzv")
    assert window.proxy.rowCount() == 0
    assert window.empty_label.isVisible()
    assert "Nothing matches" in window.empty_label.text()


def test_keyboard_flow_from_search_to_profile_and_back(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_box.hasFocus()
    _search(qtbot, window, "RN")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.profile.code == "29-1141.00"
    _search(qtbot, window, "coder")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    assert window.table.hasFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert window.profile.code == "29-2072.00"
    window.back_action.trigger()
    assert window.profile.code == "29-1141.00"
    window.forward_action.trigger()
    assert window.profile.code == "29-2072.00"
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert window.search_box.text() == ""


def test_recent_profiles_are_one_click_away(qtbot, window: MainWindow) -> None:
    window.open_profile("27-2011.00")
    window.open_profile("29-2072.00")
    actions = window.recent_menu.actions()
    assert [a.text().split(" ", 1)[1] for a in actions[:2]] == [
        "Medical Records Specialists",
        "Actors",
    ]
    actions[1].trigger()
    assert window.profile.code == "27-2011.00"
    window.open_profile("29-1141.00")
    first = window.recent_model.index(2, 0)
    assert first.data() == "Medical Records Specialists"
    rect = window.recent_list.visualRect(first)
    qtbot.mouseClick(window.recent_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.profile.code == "29-2072.00"


def test_about_box_names_the_releases_and_the_attribution(data: CareerData) -> None:
    from explorer.ui.about import about_html

    html = about_html(data)
    assert "O*NET 30.1: December 2025" in html and "May 2025" in html
    assert "USDOL/ETA has not approved, endorsed, or tested these modifications" in html


@pytest.mark.parametrize(
    "text", ['"', "NEAR(", "'); DROP TABLE occupation;--", "🙂", "x" * 5000, "    ", "AND OR NOT *"]
)
def test_hostile_text_in_the_search_box(qtbot, window: MainWindow, text: str) -> None:
    """Hostile text is searched as text: the answer to exactly that text arrives, the count
    says what is shown, and the next search still works."""

    def answered(query: str) -> bool:
        result = window._last_result
        return result is not None and result.query == query

    window.search_box.setText(text)
    if text.strip():
        qtbot.waitUntil(lambda: answered(text), timeout=10_000)
    else:
        qtbot.waitUntil(lambda: window.proxy.rowCount() == len(window.catalog), timeout=10_000)
    shown, label = window.proxy.rowCount(), window.count_label.text()
    assert f"{shown:,} of" in label or (shown == 0 and label == "No matching occupations")
    window.search_box.setText("nurse")
    qtbot.waitUntil(lambda: answered("nurse"), timeout=10_000)
    assert window.proxy.rowCount() > 0


def test_every_control_has_an_accessible_name(window: MainWindow) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit

    window.show_filters_action.setChecked(True)  # folded away on the test's small screen
    controls = [
        w
        for kind in (QComboBox, QLineEdit, QAbstractSpinBox, QAbstractButton)
        for w in window.findChildren(kind)
        if w.isVisible() and not w.objectName().startswith("qt_")
    ]
    unnamed = [
        w
        for w in controls
        if not w.accessibleName() and not (isinstance(w, QAbstractButton) and w.text())
    ]
    assert len(controls) > 10 and unnamed == []


def test_settings_remember_recent_but_not_filters(
    qtbot, data: CareerData, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a shared login the next launch starts with no filter (issue 12)."""
    monkeypatch.setenv(SETTINGS_DIR_ENV, str(tmp_path))
    first = MainWindow(data)
    qtbot.addWidget(first)
    first.filters.set_filter(OccupationFilter(job_zone=4))
    first.open_profile("29-2072.00")
    first.close()
    assert "filters" not in (tmp_path / "career-explorer.ini").read_text()
    second = MainWindow(data)
    qtbot.addWidget(second)
    assert second.filters.current_filter() == OccupationFilter()
    assert second.proxy.rowCount() == 1016
    assert second.recent_menu.actions()[0].text().endswith("Medical Records Specialists")
    second.close()
    assert (tmp_path / "career-explorer.ini").is_file()


def test_results_model_passes_the_model_tester(qtmodeltester, data: CareerData) -> None:
    from explorer.data.catalog import load_catalog
    from explorer.ui.browse.results_model import ResultsModel, ResultsProxy

    model = ResultsModel()
    model.set_rows(load_catalog(data)[:50], [f"title: {n}" for n in range(50)])
    qtmodeltester.check(model)
    proxy = ResultsProxy()
    proxy.setSourceModel(model)
    proxy.set_filter(OccupationFilter(growth="Decline"))
    qtmodeltester.check(proxy)


def test_profile_pane_warms_up_while_idle_without_showing_a_profile(
    qtbot, window: MainWindow
) -> None:
    from explorer.ui.widgets.chart_panel import ChartPanel

    qtbot.waitUntil(lambda: window.warm_up.finished, timeout=20_000)
    profile = window._profile
    assert profile is not None and profile.code is None
    assert not profile.tabs.isVisible() and "Choose an occupation" in profile.heading.text()
    panels = profile.findChildren(ChartPanel)
    assert panels and all(panel.has_graph() for panel in panels)
    assert window.open_profile("27-2011.00")
    assert profile.pages["pay"].chart_panels()["percentiles"].graph.labels[2] == "$29.05"


def test_warm_up_waits_while_the_student_types(qtbot, window: MainWindow) -> None:
    window.warm_up._step()  # what the timer would do next
    window.warm_up.note_input()
    assert window.warm_up._busy()
    steps_before = window.warm_up._steps
    window.warm_up._step()
    assert window.warm_up._steps is steps_before and not window.warm_up.finished


def test_home_state_is_remembered_and_the_state_tab_opens_on_it(
    qtbot, data: CareerData, window: MainWindow, tmp_path: Path
) -> None:
    assert window.open_profile("29-2072.00")
    states = window.profile.states
    states.home.setCurrentIndex(states.home.findData("TX"))
    states.home.activated.emit(states.home.currentIndex())  # as a click on it does
    assert states.selected == "TX"
    window.close()
    again = MainWindow(data)
    qtbot.addWidget(again)
    assert again.open_profile("29-2072.00")
    assert again.profile.states.selected == "TX"
    again.close()


def test_access_keys_are_unique(window: MainWindow) -> None:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    assert window.open_profile("29-2072.00")
    texts = [a.text() for a in window.menuBar().actions()]
    # The profile's sections are buttons (SectionStrip), counted with the buttons below.
    texts += [w.text() for w in window.findChildren(QLabel) if w.buddy() is not None]
    texts += [w.text() for w in window.findChildren(QAbstractButton)]
    keys = [t[t.index("&") + 1].lower() for t in texts if "&" in t.replace("&&", "")]
    assert len(keys) == len(set(keys)), sorted(keys)


def test_the_administrators_home_state_is_the_default(
    qtbot, data: CareerData, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from explorer.admin_defaults import current
    from explorer.paths import ADMIN_DEFAULTS_ENV

    defaults = tmp_path / "defaults.ini"
    defaults.write_text("[defaults]\nhome_state = OH\nlocked = home_state\n")
    monkeypatch.setenv(ADMIN_DEFAULTS_ENV, str(defaults))
    monkeypatch.setenv(SETTINGS_DIR_ENV, str(tmp_path))
    current.cache_clear()  # the program reads the file once per run
    try:
        main = MainWindow(data)
        qtbot.addWidget(main)
        assert main.open_profile("29-2072.00")
        assert main.profile.states.selected == "OH"
        assert not main.profile.states.home.isEnabled()  # locked: the student cannot change it
        main.close()
    finally:
        current.cache_clear()


def test_choosing_a_cluster_narrows_the_pathways(qtbot, window: MainWindow) -> None:
    from explorer.data.catalog import pathways_by_cluster

    panel = window.filters
    by_cluster = pathways_by_cluster(window.catalog)
    everything = panel.pathway_choices()
    assert len(everything) == 73
    clusters, pathways = panel.combo("cluster"), panel.combo("pathway")
    clusters.setCurrentIndex(clusters.findData("Information Technology"))
    assert panel.pathway_choices() == by_cluster["Information Technology"]
    assert "Web and Digital Communications" in panel.pathway_choices()
    codes = {
        window.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1)
        for r in range(window.proxy.rowCount())
    }
    assert {"15-1255.00", "15-1253.00"} <= codes
    pathways.setCurrentIndex(pathways.findData("Web and Digital Communications"))
    assert panel.current_filter().pathway == "Web and Digital Communications"
    clusters.setCurrentIndex(clusters.findData("Health Science"))
    assert panel.current_filter() == OccupationFilter(cluster="Health Science")
    assert panel.pathway_choices() == by_cluster["Health Science"]
    assert "Web and Digital Communications" not in panel.pathway_choices()
    panel.set_filter(
        OccupationFilter(cluster="Information Technology", pathway="Web and Digital Communications")
    )
    assert panel.pathway_choices() == by_cluster["Information Technology"]
    assert panel.current_filter().pathway == "Web and Digital Communications"
    clusters.setCurrentIndex(0)
    assert panel.pathway_choices() == everything
    assert panel.current_filter().pathway == "Web and Digital Communications"


def test_nothing_found_says_so_without_an_empty_table(qtbot, window: MainWindow) -> None:
    window.search_box.setText("zzqqxxv")
    qtbot.waitUntil(lambda: window.empty_label.isVisible(), timeout=10_000)
    assert window.count_label.text() == "No matching occupations"
    assert not window.table.isVisible()
    window.search_box.setText("nurse")
    qtbot.waitUntil(lambda: window.table.isVisible(), timeout=10_000)
    assert not window.empty_label.isVisible()


def test_esc_clears_the_search_and_why_it_matched(qtbot, window: MainWindow) -> None:
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, "coder")
    qtbot.waitUntil(lambda: bool(window.match_label.text()), timeout=10_000)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert window.search_box.text() == "" and window.match_label.text() == ""


@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_sorting_pay_puts_unpublished_pay_last(window: MainWindow, order: Qt.SortOrder) -> None:
    """Missing and hourly-only medians come last whichever way pay is sorted."""
    window.table.sortByColumn(1, order)
    proxy = window.proxy
    from explorer.ui.browse.results_model import SORT_ROLE

    pays = [proxy.index(r, 1).data(SORT_ROLE) for r in range(proxy.rowCount())]
    known = [p for p in pays if p is not None]
    assert pays[: len(known)] == known and all(p is None for p in pays[len(known) :])
    assert known == sorted(known, reverse=order == Qt.SortOrder.DescendingOrder)
    assert 0 < len(known) < len(pays)


def test_a_narrow_window_starts_with_the_filters_folded_away(
    qtbot, data: CareerData, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 1024x768 the results need the room: the filters start hidden, and "Show
    filters" (a button by the count, and the Go menu) brings them back."""
    from explorer.ui import window_fit

    monkeypatch.setenv(SETTINGS_DIR_ENV, str(tmp_path))
    main = MainWindow(data)
    qtbot.addWidget(main)
    main.show()
    assert main.width() < window_fit.FILTERS_FROM  # the test screen is 800 wide
    assert not main.filters_pane.isVisible()
    main.show_filters_action.trigger()
    assert main.filters_pane.isVisible() and main.filters.isVisible()
    assert window_fit.room_for_filters(1280) and not window_fit.room_for_filters(1024)
