"""The State Data tab: tile map, state table, pay against the nation and top areas,
checked figure by figure against careers.db (queried directly here)."""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtCore import QPointF, Qt

from explorer.data.records import AreaFigures
from explorer.data.repository import ALL_INDUSTRIES, NATIONAL, CareerData
from explorer.profile import state_map as state_data
from explorer.profile import states
from explorer.ui.profile.state_tab import StateTab
from explorer.ui.profile.state_tables import ABBR_ROLE

MEDICAL_RECORDS, ACTORS, LEGISLATORS = "29-2072.00", "27-2011.00", "11-1031.00"
COLUMNS = ("employment", "per_1000", "location_quotient", "annual_median", "hourly_median")


def _db_states(data: CareerData, soc: str) -> dict[str, dict]:
    """Every state row of a BLS code as stored (hourly in dollars), by abbreviation."""
    rows = data._query(
        "SELECT a.state_abbr, w.* FROM wage w JOIN area a ON a.area_code = w.area_code"
        " WHERE w.soc_code = ? AND a.area_type = 'S' AND w.industry_code = ?",
        (soc, ALL_INDUSTRIES),
    )
    states = {}
    for r in rows:
        row = dict(r)
        row["hourly_median"] = (
            None if r["hourly_median_cents"] is None else (r["hourly_median_cents"] / 100)
        )
        states[r["state_abbr"]] = row
    return states


def _tab(qtbot, data: CareerData, code: str, home: str | None = None) -> StateTab:
    tab = StateTab(data, home_state=home)
    qtbot.addWidget(tab)
    tab.resize(900, 1100)
    tab.show()
    tab.show_occupation(data.occupation(code))
    return tab


def _table_texts(tab: StateTab) -> dict[str, list[str]]:
    model = tab.state_model
    return {
        model.index(row, 0).data(ABBR_ROLE): [
            model.index(row, c).data() for c in range(model.columnCount())
        ]
        for row in range(model.rowCount())
    }


def test_tile_grid_is_the_50_states_dc_and_the_territories() -> None:
    grid = state_data.TILE_GRID
    assert len(grid) == 54 and {"DC", "PR", "GU", "VI"} <= set(grid)
    assert set(grid) == set(state_data.STATE_NAMES)
    assert len(set(grid.values())) == 54
    assert all(
        0 <= r < state_data.GRID_ROWS and 0 <= c < state_data.GRID_COLUMNS for r, c in grid.values()
    )
    assert grid["WA"] == (2, 1) and grid["ME"] == (0, 11) and grid["FL"] == (7, 9)


def test_medical_records_tiles_and_table_equal_the_database(qtbot, data: CareerData) -> None:
    tab = _tab(qtbot, data, MEDICAL_RECORDS)
    db = _db_states(data, "29-2072")
    assert tab.measure_key() == "annual_median" and tab.selected == ""
    assert set(tab.map.tiles) == set(state_data.TILE_GRID)
    for abbr, tile in tab.map.tiles.items():
        value = db[abbr]["annual_median"] if abbr in db else None
        assert tile.figure.value == value
        assert tile.figure.text == (f"${value:,}" if value is not None else "not available")
        assert (tile.bin >= 0) == (value is not None)
    assert tab.map.tiles["IN"].figure.text == "$47,670"
    texts = _table_texts(tab)
    assert set(texts) == set(db) | set(state_data.TILE_GRID)  # GU and VI are in the table
    for abbr, row in db.items():
        for column, key in enumerate(COLUMNS, start=1):
            if row[key] is None:
                assert texts[abbr][column] == "not available", (abbr, key)
    # Vermont: employment suppressed (footnote 8), wages published.
    assert db["VT"]["employment"] is None and db["VT"]["annual_median"] == 57560
    assert texts["VT"][1:6] == ["not available"] * 3 + ["$57,560", "$27.67"]
    assert "not released" in texts["VT"][6]
    tab.measure.setCurrentIndex(tab.measure.findData("employment"))
    vermont = tab.map.tiles["VT"]
    assert vermont.figure.text == "not available" and vermont.bin == -1
    assert vermont.figure.reason == "Estimate not released."
    assert "Estimate not released." in tab.map.tile_text("VT")
    assert tab.map.tiles["CA"].figure.value == db["CA"]["employment"] == 18700


def test_colour_bins_hold_their_tiles_in_order(qtbot, data: CareerData) -> None:
    tab = _tab(qtbot, data, MEDICAL_RECORDS)
    bins = tab.map.data.bins
    assert [b.colour for b in bins] == list(state_data.RAMP)
    assert all(a.high < b.low for a, b in pairwise(bins))
    for tile in tab.map.tiles.values():
        if tile.bin >= 0:
            assert bins[tile.bin].low <= tile.figure.value <= bins[tile.bin].high
            assert tile.colour == bins[tile.bin].colour
    assert (
        bins[0].low
        == min(t.figure.value for t in tab.map.tiles.values() if t.figure.value is not None)
        == 27990
    )  # PR
    assert bins[0].text.startswith("$27,990 to ")
    assert state_data.text_colour(state_data.RAMP[0]) == "#000000"
    assert state_data.text_colour(state_data.RAMP[-1]) == "#ffffff"


def test_table_sorts_by_number_with_missing_figures_last(qtbot, data: CareerData) -> None:
    tab = _tab(qtbot, data, MEDICAL_RECORDS)
    db = _db_states(data, "29-2072")
    proxy = tab.state_proxy
    for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
        proxy.sort(1, order)
        abbrs = [proxy.index(r, 0).data(ABBR_ROLE) for r in range(proxy.rowCount())]
        values = [db[a]["employment"] if a in db else None for a in abbrs]
        published = [v for v in values if v is not None]
        assert values[: len(published)] == published  # "not available" at the end
        assert published == sorted(published, reverse=order == Qt.SortOrder.DescendingOrder)
    proxy.sort(1, Qt.SortOrder.DescendingOrder)
    most = max(
        (r for r in db.values() if r["employment"] is not None), key=lambda r: r["employment"]
    )
    assert proxy.index(0, 1).data() == f"{most['employment']:,}"
    assert proxy.index(0, 0).data(ABBR_ROLE) == most["state_abbr"]
    proxy.sort(4, Qt.SortOrder.AscendingOrder)  # by number: "$27,990" (PR) before "$38,470"
    assert [proxy.index(r, 4).data() for r in range(2)] == ["$27,990", "$38,470"]


def test_actors_are_paid_by_the_hour(qtbot, data: CareerData) -> None:
    tab = _tab(qtbot, data, ACTORS)
    db = _db_states(data, "27-2011")
    assert tab.measure_key() == "hourly_median"  # as the Pay tab does
    for abbr, tile in tab.map.tiles.items():
        assert tile.figure.value == (db[abbr]["hourly_median"] if abbr in db else None)
    assert tab.map.tiles["NY"].figure.text == f"${db['NY']['hourly_median']:.2f}"
    tab.measure.setCurrentIndex(tab.measure.findData("annual_median"))
    # BLS's footnote 4 in the one footnote rule's words; no row at all is "not available".
    assert all(t.bin == -1 for t in tab.map.tiles.values())
    for abbr, tile in tab.map.tiles.items():
        expected = ("hourly wages only", "not released") if abbr in db else ("not available",)
        assert tile.figure.text in expected, abbr
    assert tab.map.tiles["NY"].figure.text == "hourly wages only"
    footnote_4 = data._query("SELECT text FROM wage_footnote WHERE code = '4'")[0]["text"]
    assert tab.map.tiles["NY"].figure.reason == footnote_4
    assert tab.map.legend_texts() == ["not available"]
    chart = tab.percentiles.graph.chart
    nation = data._query(
        "SELECT * FROM wage WHERE soc_code = '27-2011' AND area_code = ? AND industry_code = ?",
        (NATIONAL, ALL_INDUSTRIES),
    )[0]
    assert chart.unit == "dollars_hourly"
    assert chart.series[-1].values == tuple(
        nation[f"hourly_{p}_cents"] / 100 for p in ("p10", "p25", "median", "p75", "p90")
    )
    # The next occupation goes back to annual wages.
    tab.show_occupation(data.occupation(MEDICAL_RECORDS))
    assert tab.measure_key() == "annual_median"


def test_legislators_have_no_figures_and_no_zeros(qtbot, data: CareerData) -> None:
    tab = _tab(qtbot, data, LEGISLATORS)
    assert data.occupation(LEGISLATORS).wage_soc_code is None
    assert all(
        t.figure.text == "not available" and t.bin == -1 and t.figure.reason
        for t in tab.map.tiles.values()
    )
    assert tab.map.data.bins == () and tab.map.legend_texts() == ["not available"]
    for texts in _table_texts(tab).values():
        assert texts[1:6] == ["not available"] * 5
        assert not any(t in ("0", "$0", "0.00") for t in texts)
    assert tab.percentiles.graph.chart.is_empty()
    assert tab.area_model.rowCount() == 0 and not tab.area_table.isVisibleTo(tab)
    assert "no wage or employment estimates" in tab.summary.text()
    tab.select_state("OH")
    assert tab.map.selected == "OH" and tab.percentiles.graph.chart.is_empty()


def test_map_and_table_select_together(qtbot, data: CareerData) -> None:
    tab = _tab(qtbot, data, MEDICAL_RECORDS)
    centre = tab.map.tile_rect("IN").center().toPoint()
    with qtbot.wait_signal(tab.map.state_selected) as blocker:
        qtbot.mouseClick(tab.map, Qt.MouseButton.LeftButton, pos=centre)
    assert blocker.args == ["IN"] and tab.selected == "IN"
    current = tab.state_table.selectionModel().selectedRows()
    assert [i.data(ABBR_ROLE) for i in current] == ["IN"]
    ohio = tab.state_proxy.mapFromSource(tab.state_model.index(tab.state_model.row_of("OH"), 0))
    qtbot.mouseClick(
        tab.state_table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=tab.state_table.visualRect(ohio).center(),
    )
    assert tab.selected == "OH" and tab.map.selected == "OH"
    assert tab.map.tile_at(QPointF(1, 1)) == ""
    tab.clear.click()
    assert tab.selected == "" and tab.map.selected == ""
    assert not tab.state_table.selectionModel().selectedRows()


def test_keyboard_moves_and_selects(qtbot, data: CareerData) -> None:
    tab = _tab(qtbot, data, MEDICAL_RECORDS)
    tab.map.setFocus()
    tab.map.focus_abbr = "WA"
    qtbot.keyClick(tab.map, Qt.Key.Key_Right)
    assert tab.map.focus_abbr == "ID"
    qtbot.keyClick(tab.map, Qt.Key.Key_Down)
    assert tab.map.focus_abbr == "NV"
    with qtbot.wait_signal(tab.map.state_selected) as blocker:
        qtbot.keyClick(tab.map, Qt.Key.Key_Return)
    assert blocker.args == ["NV"] and tab.selected == "NV"
    with qtbot.wait_signal(tab.map.state_selected) as blocker:
        qtbot.keyClick(tab.map, Qt.Key.Key_Escape)
    assert blocker.args == [""] and tab.selected == ""


def test_selected_state_percentiles_equal_the_database(qtbot, data: CareerData) -> None:
    tab = _tab(qtbot, data, MEDICAL_RECORDS)
    tab.select_state("IN")
    fields = ("annual_p10", "annual_p25", "annual_median", "annual_p75", "annual_p90")
    indiana = _db_states(data, "29-2072")["IN"]
    nation = data._query(
        "SELECT * FROM wage WHERE soc_code = '29-2072' AND area_code = ? AND industry_code = ?",
        (NATIONAL, ALL_INDUSTRIES),
    )[0]
    chart = tab.percentiles.graph.chart
    assert [s.name for s in chart.series] == ["Indiana", "U.S."]
    assert chart.series[0].values == tuple(indiana[f] for f in fields)
    assert chart.series[1].values == tuple(nation[f] for f in fields)
    assert chart.series[1].values[2] == 51140
    assert tab.percentiles.graph.labels[2] == f"${indiana['annual_median']:,}"
    assert (
        "Source: BLS Occupational Employment and Wage Statistics" in tab.percentiles.source.text()
    )
    assert "Indiana" in tab.summary.text() and "$47,670" in tab.summary.text()


def _db_areas(data: CareerData, soc: str) -> list[dict]:
    return [
        dict(r)
        for r in data._query(
            "SELECT a.name, a.state_abbr, w.employment, w.annual_median FROM wage w JOIN area a"
            " ON a.area_code = w.area_code WHERE w.soc_code = ? AND a.area_type = 'M'"
            " AND w.industry_code = ?",
            (soc, ALL_INDUSTRIES),
        )
    ]


def test_areas_are_filtered_to_the_selected_state(qtbot, data: CareerData) -> None:
    tab = _tab(qtbot, data, MEDICAL_RECORDS)
    national = [tab.area_model.rows[i].area.name for i in range(tab.area_model.rowCount())]
    expected = sorted(
        (a for a in _db_areas(data, "29-2072") if a["employment"] is not None),
        key=lambda a: -a["employment"],
    )[:10]
    assert national == [a["name"] for a in expected]
    tab.select_state("IN")
    rows = tab.area_model.rows
    names = [r.area.name for r in rows]
    assert names[0] == "Chicago-Naperville-Elgin, IL-IN"  # first state IL, also Indiana
    assert "Indianapolis-Carmel-Greenwood, IN" in names
    assert all("IN" in states.area_states(r.area) for r in rows)
    assert {r.kind for r in rows} == {"Metro", "Nonmetro"}
    assert tab.area_model.index(0, 2).data() == "4,510"
    tab.by_wage.setChecked(True)
    wages = [r.area.annual_median for r in tab.area_model.rows]
    assert wages == sorted(wages, reverse=True) and len(wages) == 10
    assert "that pay the most" in tab.area_title.text()


def test_areas_without_published_jobs_are_listed_not_zero(qtbot, data: CareerData) -> None:
    tab = _tab(qtbot, data, MEDICAL_RECORDS)
    tab.select_state("VT")
    db = [a for a in _db_areas(data, "29-2072") if a["state_abbr"] == "VT"]
    assert db and all(a["employment"] is None for a in db)
    assert tab.area_model.rowCount() == len(db)
    assert [tab.area_model.index(r, 2).data() for r in range(len(db))] == ["not available"] * len(
        db
    )


def test_area_states_reads_every_state_of_a_metro() -> None:
    def area(name: str, first: str) -> AreaFigures:
        return AreaFigures("x", name, first, 1, 1.0, 1.0)

    assert states.area_states(area("Cincinnati, OH-KY-IN", "OH")) == ("OH", "KY", "IN")
    assert states.area_states(area("Alaska nonmetropolitan area", "AK")) == ("AK",)
    odd = area("North Northeastern Ohio nonmetropolitan area (noncontiguous)", "OH")
    assert states.is_nonmetro(odd.name) and states.area_states(odd) == ("OH",)


def test_home_state_opens_selected_and_is_announced(qtbot, data: CareerData) -> None:
    tab = _tab(qtbot, data, MEDICAL_RECORDS, home="TX")
    assert tab.selected == "TX" and tab.map.selected == "TX"
    assert tab.home.currentData() == "TX"
    assert tab.percentiles.graph.chart.series[0].name == "Texas"
    with qtbot.assert_not_emitted(tab.home_state_changed):
        tab.set_home_state("OH")
    tab.show_occupation(data.occupation(ACTORS))
    assert tab.selected == "OH"
    index = tab.home.findData("VT")
    with qtbot.wait_signal(tab.home_state_changed) as blocker:
        tab.home.setCurrentIndex(index)
        tab.home.activated.emit(index)
    assert blocker.args == ["VT"] and tab.selected == "VT" and tab.home_state == "VT"
    tab.set_home_state(None)
    tab.show_occupation(data.occupation(MEDICAL_RECORDS))
    assert tab.selected == ""


def test_top_coded_wages_are_written_and_coloured_as_the_top(qtbot, data: CareerData) -> None:
    found = data._query(
        "SELECT w.soc_code, a.state_abbr FROM wage w JOIN area a ON a.area_code = w.area_code"
        " WHERE a.area_type = 'S' AND w.industry_code = ? AND w.annual_median IS NULL"
        " AND w.footnotes LIKE '%13=5%' ORDER BY w.soc_code, a.state_abbr LIMIT 1",
        (ALL_INDUSTRIES,),
    )[0]
    code = data.resolve_code(found["soc_code"])
    tab = _tab(qtbot, data, code)
    tile = tab.map.tiles[found["state_abbr"]]
    assert tile.figure.value is None and tile.figure.text == "$239,200 or more"
    assert tile.figure.sort_value == 239200
    holding = tab.map.data.bins[tile.bin]
    assert holding.low <= 239200 <= holding.high
    if holding.high == 239200:
        assert holding.text.endswith("$239,200 or more")
    assert all(b.text.count("or more") == 0 for b in tab.map.data.bins if b.high > 239200)


def test_map_shows_as_a_table_and_models_are_sound(qtbot, qtmodeltester, data: CareerData) -> None:
    tab = _tab(qtbot, data, MEDICAL_RECORDS)
    panel = tab.map_panel
    panel.toggle.click()
    assert panel.showing_table() and not tab.map.isVisibleTo(panel)
    model = panel.table_model
    assert model.rowCount() == 54
    texts = {model.index(r, 0).data(): model.index(r, 1).data() for r in range(model.rowCount())}
    assert texts["Indiana"] == "$47,670" and texts["Puerto Rico"] == "$27,990"
    assert "Source: BLS Occupational Employment and Wage Statistics" in panel.source.text()
    tab.select_state("IN")
    for checked in (tab.state_model, tab.area_model, model):
        qtmodeltester.check(checked)


@pytest.mark.parametrize("code", [MEDICAL_RECORDS, ACTORS, LEGISLATORS])
def test_no_figure_is_shown_as_zero_where_the_database_has_none(
    qtbot, data: CareerData, code: str
) -> None:
    tab = _tab(qtbot, data, code)
    soc = data.occupation(code).wage_soc_code
    db = _db_states(data, soc) if soc else {}
    texts = _table_texts(tab)
    for abbr in texts:
        for column, key in enumerate(COLUMNS, start=1):
            value = db[abbr][key] if abbr in db else None
            shown = texts[abbr][column]
            if value is None:
                assert shown in (
                    "not available",
                    "$239,200 or more",
                    "$115.00 or more",
                    "hourly wages only",
                    "annual salaries only",
                    "not released",
                )
            else:
                assert shown == state_data.format_measure(value, key)


def test_every_tile_shows_its_figure_in_the_same_form(qtbot, data: CareerData) -> None:
    """Full figures on every tile, or short ones on every tile, never "$124k" beside
    "$92,460" (issue 12, screenshots at 1920x1080)."""
    from explorer.ui.widgets.tile_map import TileMap

    tab = StateTab(data)
    qtbot.addWidget(tab)
    tab.show()
    tab.show_occupation(data.occupation("29-1141.00"))
    tile_map = tab.findChild(TileMap)
    assert tile_map is not None
    for width in (300, 420, 560, 700, 900):
        tile_map.resize(width, tile_map.heightForWidth(width))
        metrics = tile_map._fonts(tile_map.tile_rect("TX").width())[2]
        form = tile_map._figure_form(metrics, tile_map.tile_rect("TX").width() - 4)
        assert form in ("text", "short_text", "")
        fits = [
            metrics.horizontalAdvance(getattr(t.figure, form or "text"))
            <= tile_map.tile_rect("TX").width() - 4
            for t in tile_map.tiles.values()
        ]
        assert all(fits) or form == ""


def test_controls_show_only_where_there_is_something_to_choose(qtbot, data: CareerData) -> None:
    """Issue 12, item 12: an occupation BLS publishes no state figures for (a military
    one) shows no map controls; "Whole U.S." shows only while a state is selected."""
    tab = StateTab(data)
    qtbot.addWidget(tab)
    tab.show()
    military = next(c for c in data.occupation_codes() if c.startswith("55-"))
    tab.show_occupation(data.occupation(military))
    assert not tab.controls.isVisible() and not tab.measure.isVisible()
    tab.show_occupation(data.occupation("29-1141.00"))
    assert tab.controls.isVisible() and not tab.clear.isVisible()
    tab.select_state("TX")
    assert tab.clear.isVisible()
    tab.clear.click()
    assert not tab.clear.isVisible()
