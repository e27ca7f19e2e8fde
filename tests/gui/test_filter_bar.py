"""A launch starts in the search box with no filter, and a bar above the results says which
filters are on, with a Clear button (issue 12)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from explorer.data.catalog import OccupationFilter
from explorer.ui.browse.filter_controller import filter_labels
from explorer.ui.main_window import MainWindow


def test_focus_starts_in_the_search_box_so_typing_at_launch_searches(
    qtbot, window: MainWindow
) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search_box, timeout=5000)
    qtbot.keyClicks(QApplication.focusWidget(), "police")
    assert window.search_box.text() == "police"
    assert window.filters.current_filter() == OccupationFilter()
    assert window.filter_controller.bar.isHidden()


def test_the_bar_names_the_filters_on_and_clear_resets_them(qtbot, window: MainWindow) -> None:
    bar, label = window.filter_controller.bar, window.filter_controller.bar_label
    assert bar.isHidden() and window.proxy.rowCount() == 1016
    window.filters.set_filter(
        OccupationFilter(education="Bachelor's degree", bright_outlook_only=True)
    )
    assert bar.isVisible()
    assert label.text() == "2 filters on: Bachelor's degree, Bright Outlook"
    assert 0 < window.proxy.rowCount() < 1016
    group = window.filters.combo("major_group")
    group.setCurrentIndex(group.findData("33-0000"))  # as the student picks it
    assert label.text().startswith("3 filters on: Protective Service Occupations (33), ")
    qtbot.mouseClick(window.filter_controller.clear_button, Qt.MouseButton.LeftButton)
    assert window.filters.current_filter() == OccupationFilter()
    assert window.proxy.rowCount() == 1016
    assert bar.isHidden()


def test_each_kind_of_filter_has_words(window: MainWindow) -> None:
    from explorer.data.catalog import choices

    chosen = OccupationFilter(
        job_zone=4, wage_min=50_000, wage_max=90_000, openings_min=1000, cluster="Health Science"
    )
    assert filter_labels(chosen, choices(window.catalog)) == [
        "Health Science",
        "Pay at least $50,000",
        "Pay at most $90,000",
        "At least 1,000 openings a year",
        "Job Zone 4",
    ]
    assert filter_labels(OccupationFilter(), choices(window.catalog)) == []


def test_an_education_range_is_said_in_words(window: MainWindow) -> None:
    from explorer.data.catalog import choices

    chosen = OccupationFilter(education_min="Master's degree")
    assert filter_labels(chosen, choices(window.catalog)) == ["Education at least: Master's degree"]
    chosen = OccupationFilter(education_max="Associate's degree")
    assert filter_labels(chosen, choices(window.catalog)) == [
        "Education at most: Associate's degree"
    ]
