"""The map of all jobs: each tile's area in proportion to its jobs (checked against the
database), hover text, a click or Enter opens the profile, the measure and the table."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QPoint, Qt

from explorer.ui.jobs_map.layout import Box, squarify
from explorer.ui.main_window import MainWindow

from conftest import COMMITTED_DB


@pytest.fixture
def opened(window: MainWindow):
    window.home.page.map_button.click()
    page = window.jobs_map
    assert page is not None and page.isVisible()
    return page


def test_squarified_boxes_fill_the_box_in_proportion() -> None:
    values = [50.0, 30, 10, 6, 3, 1]
    boxes = squarify(values, Box(0, 0, 300, 200))
    for value, box in zip(values, boxes, strict=True):
        assert box.area == pytest.approx(value / 100 * 60_000)
        assert box.x >= 0 and box.x + box.w <= 300.001 and box.y + box.h <= 200.001


def test_every_bls_occupation_is_a_tile_with_its_jobs(opened) -> None:
    with sqlite3.connect(f"file:{COMMITTED_DB}?mode=ro", uri=True) as db:
        expected = dict(
            db.execute(
                "SELECT soc_code, employment_2024 FROM projection WHERE employment_2024 > 0"
                " AND soc_code IN (SELECT projection_soc_code FROM occupation)"
            ).fetchall()
        )
    tiles = opened.view.tiles
    assert {t.soc_code: t.jobs for t in tiles} == expected
    assert [t.jobs for t in tiles] == sorted(expected.values(), reverse=True)


def test_tile_areas_are_in_proportion_to_jobs(opened) -> None:
    view = opened.view
    total_jobs = sum(t.jobs for t in view.tiles)
    per_job = view.width() * view.height() / total_jobs
    for index, box in view.boxes.items():
        assert box.area == pytest.approx(view.tiles[index].jobs * per_job, rel=1e-6)
    assert sum(b.area for b in view.boxes.values()) == pytest.approx(view.width() * view.height())


def test_hover_text_and_a_click_opens_the_profile(qtbot, window: MainWindow, opened) -> None:
    view = opened.view
    index = next(i for i, t in enumerate(view.tiles) if t.soc_code == "29-1141")
    assert view.tile_text(index).startswith("Registered nurses")
    assert "Jobs: 3,391,000" in view.tile_text(index)
    box = view.boxes[index]
    centre = QPoint(int(box.x + box.w / 2), int(box.y + box.h / 2))
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=centre)
    assert window.profile.code == "29-1141.00" and window.profile.isVisible()


def test_keys_move_between_tiles_and_enter_opens(qtbot, window: MainWindow, opened) -> None:
    view = opened.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert "Tile 2 of" in view.accessibleDescription()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.profile.code == view.tiles[1].code


def test_the_colour_follows_the_measure_and_the_table_shows_it(opened) -> None:
    view, model = opened.view, opened.table_model
    nurse = next(t for t in view.tiles if t.soc_code == "29-1141")
    assert view.measure is not None and view.measure.name == "Median pay"
    opened.measure.setCurrentIndex(opened.measure.findData("education"))
    assert view.measure.name == "Typical education"
    assert view.measure.colour(nurse) == view.measure.colours[3]  # a bachelor's degree
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Education"
    assert model.rowCount() == len(view.tiles)
    opened.toggle.click()
    assert opened.table.isVisible() and not view.isVisible()
