"""The filter panel's pay boxes take typing over "Any" and say when a pay is above
every median BLS publishes; education is "exactly", "at most" or "at least" a level
(issue 12, item 5). Typed with qtbot.keyClicks, as a student types."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from explorer.data.catalog import (
    EDUCATION_LEVELS,
    OccupationFilter,
    OccupationSummary,
    choices,
    highest_pay,
    load_catalog,
)
from explorer.data.repository import CareerData
from explorer.ui.browse.filter_panel import FilterPanel, filter_from_dict

ASSOCIATE, MASTER = EDUCATION_LEVELS[4], EDUCATION_LEVELS[6]


@pytest.fixture
def catalog(data: CareerData) -> list[OccupationSummary]:
    return load_catalog(data)


@pytest.fixture
def panel(qtbot, catalog: list[OccupationSummary]) -> FilterPanel:
    shown = FilterPanel(choices(catalog))
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def _last(qtbot, panel: FilterPanel, keys: str | Qt.Key, widget) -> OccupationFilter:
    """Type keys (or press one key) in widget; the last filter the panel emitted."""
    qtbot.wait(QApplication.keyboardInputInterval() + 50)  # a list box's search starts anew
    emitted: list[OccupationFilter] = []
    panel.changed.connect(emitted.append)
    widget.setFocus()
    if isinstance(keys, str):
        qtbot.keyClicks(widget, keys)
    else:
        qtbot.keyClick(widget, keys)
    qtbot.waitUntil(lambda: bool(emitted))
    panel.changed.disconnect(emitted.append)
    return emitted[-1]


def test_typing_a_pay_over_any(qtbot, panel: FilterPanel, catalog) -> None:
    assert panel.wage_min.text() == "Any"
    chosen = _last(qtbot, panel, "300000", panel.wage_min)
    assert panel.wage_min.value() == 300_000 and chosen.wage_min == 300_000
    assert panel.wage_min.text().replace(",", "") == "$300000"
    assert not panel.pay_note.isVisibleTo(panel)
    passed = [r for r in catalog if chosen.accepts(r)]
    assert passed and all((r.annual_median or 0) >= 300_000 for r in passed)
    qtbot.keyClick(panel.wage_max, Qt.Key.Key_Up)  # the other box: still "Any" below
    assert panel.current_filter().wage_min == 300_000


def test_a_pay_above_every_median_says_so(qtbot, panel: FilterPanel, catalog) -> None:
    top = highest_pay(catalog)
    assert top is not None and top.annual_median is not None
    chosen = _last(qtbot, panel, "900000", panel.wage_min)
    assert chosen.wage_min == 900_000 > top.annual_median  # kept as typed, not cut
    assert panel.pay_note.isVisibleTo(panel)
    note = panel.pay_note.text()
    assert "$900,000 is above the highest median pay BLS publishes" in note
    assert f"${top.annual_median:,}" in note and top.title in note
    assert not [r for r in catalog if chosen.accepts(r)]
    panel.reset()
    assert not panel.pay_note.isVisibleTo(panel) and panel.wage_min.text() == "Any"


def test_education_at_most_and_at_least(qtbot, panel: FilterPanel, catalog) -> None:
    _last(qtbot, panel, Qt.Key.Key_Down, panel.education_mode)  # exactly -> at most
    assert panel.education_mode.currentText() == "at most"
    chosen = _last(qtbot, panel, "Associ", panel.combo("education"))
    assert chosen == OccupationFilter(education_max=ASSOCIATE)
    kept = {r.typical_education for r in catalog if chosen.accepts(r)}
    assert kept == set(EDUCATION_LEVELS[:5])
    chosen = _last(qtbot, panel, Qt.Key.Key_Down, panel.education_mode)
    assert chosen == OccupationFilter(education_min=ASSOCIATE)
    chosen = _last(qtbot, panel, "Mas", panel.combo("education"))
    assert chosen == OccupationFilter(education_min=MASTER)
    kept = {r.typical_education for r in catalog if chosen.accepts(r)}
    assert kept == {MASTER, "Doctoral or professional degree"}


@pytest.mark.parametrize(
    "saved",
    [
        OccupationFilter(education_min=MASTER),
        OccupationFilter(education_max=ASSOCIATE, wage_min=40_000),
        OccupationFilter(education=ASSOCIATE),
        OccupationFilter(),
    ],
)
def test_a_saved_education_range_comes_back(panel: FilterPanel, saved) -> None:
    panel.set_filter(saved)
    assert panel.current_filter() == saved
    assert filter_from_dict(saved.__dict__) == saved


def test_a_saved_education_range_must_name_a_level() -> None:
    assert filter_from_dict({"education_max": "Kindergarten"}) == OccupationFilter()
    assert filter_from_dict({"education_min": 3}) == OccupationFilter()
