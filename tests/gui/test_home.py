"""Home: shown at launch and on Home; its example searches, cluster tiles and lists to
browse fill the results in the middle column, each checked against the database."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt

from explorer.data.repository import ALL_INDUSTRIES, NATIONAL
from explorer.ui.home.browse_lists import BROWSE_LISTS
from explorer.ui.home.choice_view import KEY_ROLE, ChoiceView
from explorer.ui.main_window import APP_TITLE, MainWindow

from conftest import COMMITTED_DB

#: Each list's rows, computed from careers.db without the program: its condition and the
#: figure it is sorted by (largest first, unpublished last, then title order).
LIST_SQL = {
    "bright": ("o.bright_outlook = 1", "p.openings_annual"),
    "openings": ("1", "p.openings_annual"),
    "growth": ("1", "p.change_percent"),
    "pay_no_degree": (
        "p.typical_education IN ('No formal educational credential',"
        " 'High school diploma or equivalent', 'Some college, no degree')",
        "w.annual_median",
    ),
    "pay_certificate": ("p.typical_education = 'Postsecondary nondegree award'", "w.annual_median"),
    "pay_associate": ("p.typical_education = 'Associate''s degree'", "w.annual_median"),
    "pay_bachelor": ("p.typical_education = 'Bachelor''s degree'", "w.annual_median"),
    "pay_more": (
        "p.typical_education IN ('Master''s degree', 'Doctoral or professional degree')",
        "w.annual_median",
    ),
}


def _expected(key: str, count: int) -> list[str]:
    where, figure = LIST_SQL[key]
    with sqlite3.connect(f"file:{COMMITTED_DB}?mode=ro", uri=True) as db:
        rows = db.execute(
            "SELECT o.title FROM occupation o"
            " LEFT JOIN projection p ON p.soc_code = o.projection_soc_code"
            " LEFT JOIN wage w ON w.soc_code = o.wage_soc_code AND w.area_code = ?"
            " AND w.industry_code = ?"
            f" WHERE {where} ORDER BY {figure} IS NULL, {figure} DESC, o.title, o.code"
            " LIMIT ?",
            (NATIONAL, ALL_INDUSTRIES, count),
        ).fetchall()
    return [title for (title,) in rows]


def _shown(window: MainWindow, count: int) -> list[str]:
    return [window.proxy.index(row, 0).data() for row in range(min(count, window.proxy.rowCount()))]


def _choose(view: ChoiceView, key: str) -> None:
    model = view.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(KEY_ROLE) == key)
    view.setCurrentIndex(model.index(row, 0))
    view.scrollTo(model.index(row, 0))
    view.clicked.emit(model.index(row, 0))


def test_home_shows_at_launch_with_focus_in_the_search_box(window: MainWindow) -> None:
    assert window.home.showing_home()
    assert window.home.page.isVisible()
    assert window.search_box.hasFocus()
    assert window.windowTitle() == APP_TITLE


def test_a_profile_replaces_home_and_home_brings_it_back(qtbot, window: MainWindow) -> None:
    assert window.open_profile("29-1141.00")
    assert not window.home.showing_home() and window.profile.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    assert window.home.showing_home() and window.windowTitle() == APP_TITLE
    assert window.open_profile("29-2072.00")
    window.home.home_action.trigger()
    assert window.home.showing_home()
    window.go_back()  # Back still walks the profiles' history
    assert not window.home.showing_home() and window.profile.code == "29-1141.00"


def test_the_toolbar_and_go_menu_have_home(window: MainWindow) -> None:
    go = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Go")
    assert window.home.home_action in go.actions()
    assert any(
        window.home.home_action in bar.actions()
        for bar in window.findChildren(type(window.addToolBar("probe")))
        if bar.objectName() == "goToolBar"
    )


def test_an_example_search_fills_the_search_box(qtbot, window: MainWindow) -> None:
    window.home.page.examples.linkActivated.emit("fixes cars")
    assert window.search_box.text() == "fixes cars"
    qtbot.waitUntil(
        lambda: window._last_result is not None and window._last_result.query == "fixes cars",
        timeout=5000,
    )
    assert window.proxy.rowCount() > 0


def test_sixteen_clusters_each_with_an_icon(window: MainWindow) -> None:
    model = window.home.page.cluster_model
    assert model.rowCount() == 16
    for row in range(16):
        icon = model.index(row, 0).data(Qt.ItemDataRole.DecorationRole)
        assert icon is not None and not icon.isNull()


def test_a_cluster_tile_shows_its_occupations_in_the_results(qtbot, window: MainWindow) -> None:
    window.search_box.setText("nurse")  # a search on: the cluster shows every occupation
    _choose(window.home.page.clusters, "Health Science")
    with sqlite3.connect(f"file:{COMMITTED_DB}?mode=ro", uri=True) as db:
        expected = sorted(
            title
            for (title,) in db.execute(
                "SELECT DISTINCT o.title FROM occupation o JOIN career_cluster c"
                " ON c.code = o.code WHERE c.cluster = 'Health Science'"
            )
        )
    shown = _shown(window, 10_000)
    assert window.search_box.text() == ""
    assert sorted(shown) == expected and len(shown) == 116
    assert window.filters.combo("cluster").currentText() == "Health Science"
    assert "Health Science" in window.filter_controller.bar_label.text()


@pytest.mark.parametrize("key", [b.key for b in BROWSE_LISTS])
def test_each_list_to_browse_shows_the_right_first_rows(window: MainWindow, key: str) -> None:
    _choose(window.home.page.lists, key)
    assert _shown(window, 12) == _expected(key, 12)
