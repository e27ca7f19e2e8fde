"""Issue 17, items 8 and 9: text size and themes, from the View menu and its keys.

Contrast is measured from what the program actually uses in each theme: the
application's palette after the theme is chosen from the menu, the chart's
background, axis and bar colours read back from the pyqtgraph items, the tile
map's colours and a pixel of its painted picture, the State Data key's squares
and the "Not available" panel: 4.5:1 for text, 3:1 for graphics. Printed
reports stay black on white whatever the theme.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette
from pytestqt.qtbot import QtBot

from explorer import reports
from explorer.data.repository import CareerData
from explorer.profile.registry import SECTION_KEYS
from explorer.profile.state_map import NOT_AVAILABLE_COLOUR, RAMP, text_colour
from explorer.ui import settings as user_settings
from explorer.ui import theme
from explorer.ui.contrast import GRAPHIC_RATIO, TEXT_RATIO, ratio
from explorer.ui.main_window import MainWindow
from explorer.ui.profile.state_tab import StateTab
from explorer.ui.widgets.chart_panel import ChartPanel

NURSES = "29-1141.00"
Role, Group = QPalette.ColorRole, QPalette.ColorGroup
#: (front, back, needed) pairs of palette roles a student reads.
PALETTE_PAIRS = [
    (Role.WindowText, Role.Window, TEXT_RATIO),
    (Role.Text, Role.Base, TEXT_RATIO),
    (Role.Text, Role.AlternateBase, TEXT_RATIO),
    (Role.ButtonText, Role.Button, TEXT_RATIO),
    (Role.HighlightedText, Role.Highlight, TEXT_RATIO),
    (Role.PlaceholderText, Role.Base, TEXT_RATIO),
    (Role.Link, Role.Base, TEXT_RATIO),
    (Role.Link, Role.Window, TEXT_RATIO),
    (Role.ToolTipText, Role.ToolTipBase, TEXT_RATIO),
]


@pytest.fixture(autouse=True)
def _system_theme() -> Iterator[None]:
    yield
    theme.apply_theme(theme.SYSTEM)
    theme.apply_text_size(theme.NORMAL_SIZE)


def _choose_theme(window: MainWindow, key: str, qtbot: QtBot) -> None:
    window.view_menu.theme_actions[key].trigger()  # as View > Theme > … does
    base = QGuiApplication.palette().color(Role.Base)
    qtbot.waitUntil(lambda: window.palette().color(Role.Base) == base)  # the widgets follow


def _shown_page(window: MainWindow, qtbot: QtBot, key: str) -> object:
    """The profile's page for a section, shown and filled."""
    page = window.profile._pages[key]
    window.profile.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: key not in window.profile._pending)
    return page


def _state_tab(window: MainWindow, qtbot: QtBot) -> StateTab:
    _shown_page(window, qtbot, "states")
    tab = window.findChild(StateTab)
    qtbot.waitUntil(lambda: tab.occupation is not None)
    return tab


def _measure(window: MainWindow, qtbot: QtBot) -> list[tuple[str, float, float]]:
    """(what, ratio, needed) of every pair the program draws now."""
    found: list[tuple[str, float, float]] = []
    palette = QGuiApplication.palette()
    for group in (Group.Active, Group.Inactive):
        for front, back, needed in PALETTE_PAIRS:
            name = f"{front.name} on {back.name} ({group.name})"
            found.append(
                (name, ratio(palette.color(group, front), palette.color(group, back)), needed)
            )
    table = window.table.palette()
    found.append(
        (
            "selected row in the results",
            ratio(table.color(Role.HighlightedText), table.color(Role.Highlight)),
            TEXT_RATIO,
        )
    )
    found.append(
        (
            "search placeholder",
            ratio(
                window.search_box.palette().color(Role.PlaceholderText),
                window.search_box.palette().color(Role.Base),
            ),
            TEXT_RATIO,
        )
    )
    # A chart: background, axis text and line, every bar, every value's text.
    assert window.open_profile(NURSES)
    pay = _shown_page(window, qtbot, "pay")
    panel = next(p for p in pay.findChildren(ChartPanel) if p.has_graph())
    graph = panel.graph
    background = graph.backgroundBrush().color()
    axis = graph.getAxis("left")
    found.append(("chart axis numbers", ratio(axis.textPen().color(), background), TEXT_RATIO))
    found.append(("chart axis line", ratio(axis.pen().color(), background), GRAPHIC_RATIO))
    found.append(("chart values", ratio(graph._item.ink, background), TEXT_RATIO))
    found.append(("chart bar outline", ratio(graph._item.ink, background), GRAPHIC_RATIO))
    for series in graph.bars:
        for bar in series:
            found.append((f"chart bar {bar[4]}", ratio(bar[4], background), GRAPHIC_RATIO))
    # The tile map: its painted background, legend texts and swatch outlines, tile texts.
    state = _state_tab(window, qtbot)
    state.select_state("TX")
    tile_map = state.map
    colours = tile_map.colours()
    tile_map.resize(600, tile_map.heightForWidth(600))
    picture = QImage(tile_map.size(), QImage.Format.Format_RGB32)
    picture.fill(QColor("#808080"))
    tile_map.render(picture)
    painted = picture.pixelColor(picture.width() - 2, picture.height() - 2)  # beside the key
    assert painted.name() == QColor(colours.background).name()
    found.append(("map legend text", ratio(colours.text, painted), TEXT_RATIO))
    found.append(("map swatch and tile outlines", ratio(colours.axis, painted), GRAPHIC_RATIO))
    for fill in {*RAMP, *(tile.colour for tile in tile_map.tiles.values())}:
        found.append((f"tile text on {fill}", ratio(text_colour(fill), fill), TEXT_RATIO))
    found.append(("not-available tile text", ratio("#222222", NOT_AVAILABLE_COLOUR), TEXT_RATIO))
    # The State Data key's squares, on the tab's own background.
    behind = state.series_key.palette().color(Role.Window)
    for square in re.findall(r"color:(#[0-9a-fA-F]{6})", state.series_key.text()):
        found.append((f"key square {square}", ratio(square, behind), GRAPHIC_RATIO))
    # "Not available" where a chart would be.
    empty = panel.empty.palette()
    found.append(
        (
            "'Not available' panel",
            ratio(
                empty.color(panel.empty.foregroundRole()), empty.color(panel.empty.backgroundRole())
            ),
            TEXT_RATIO,
        )
    )
    qtbot.wait(1)
    return found


@pytest.mark.parametrize("key", list(theme.THEMES))
def test_every_pair_meets_its_contrast_in_every_theme(
    qtbot: QtBot, window: MainWindow, key: str
) -> None:
    _choose_theme(window, key, qtbot)
    measured = _measure(window, qtbot)
    failing = [
        f"{what}: {value:.2f}:1 < {needed}" for what, value, needed in measured if value < needed
    ]
    assert failing == []
    assert len(measured) > 40


def test_the_state_data_key_orange_is_darkened_on_white(qtbot: QtBot, window: MainWindow) -> None:
    _choose_theme(window, theme.LIGHT, qtbot)
    assert ratio("#E69F00", "#ffffff") < GRAPHIC_RATIO  # the Okabe-Ito orange as it was
    assert window.open_profile(NURSES)
    state = _state_tab(window, qtbot)
    state.select_state("TX")  # Texas against the nation: two colours
    squares = re.findall(r"color:(#[0-9a-fA-F]{6})", state.series_key.text())
    assert len(squares) >= 2
    assert all(ratio(s, "#ffffff") >= GRAPHIC_RATIO for s in squares)


def test_a_theme_is_kept_and_applied_live_and_at_the_next_launch(
    qtbot: QtBot, window: MainWindow, data: CareerData
) -> None:
    assert window.open_profile(NURSES)
    pay = _shown_page(window, qtbot, "pay")
    from explorer.ui.widgets.charts import ChartGraph

    graph = pay.findChildren(ChartGraph)[0]
    assert theme.is_dark(window.palette()) is False
    assert graph.backgroundBrush().color().lightnessF() > 0.9
    _choose_theme(window, theme.DARK, qtbot)
    assert theme.is_dark(window.palette())
    assert graph.backgroundBrush().color().lightnessF() < 0.2  # live: no restart
    assert user_settings.theme.read(window.settings) == theme.DARK
    window.close()
    theme.apply_theme(theme.SYSTEM)
    again = MainWindow(data)
    qtbot.addWidget(again)
    assert theme.is_dark(QGuiApplication.palette())  # read back at launch
    assert again.view_menu.theme_actions[theme.DARK].isChecked()


def test_text_size_keys_grow_and_shrink_everything_and_are_kept(
    qtbot: QtBot, window: MainWindow, data: CareerData
) -> None:
    assert window.open_profile(NURSES)
    normal = QGuiApplication.font().pointSizeF()
    heading_font = window.profile.facts.font().pointSizeF()
    tile_map = _state_tab(window, qtbot).map
    map_height = tile_map.heightForWidth(600)
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.font().pointSizeF() > normal * 1.2
    qtbot.waitUntil(lambda: window.profile.facts.font().pointSizeF() > heading_font)
    assert window.profile.facts.font().pointSizeF() > heading_font
    assert tile_map.heightForWidth(600) > map_height  # the map's texts grew too
    assert user_settings.text_size.read(window.settings) == 130
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert user_settings.text_size.read(window.settings) == 115
    window.close()
    theme.apply_text_size(theme.NORMAL_SIZE)
    again = MainWindow(data)
    qtbot.addWidget(again)
    assert QGuiApplication.font().pointSizeF() == pytest.approx(normal * 1.15, abs=0.5)
    again.show()
    again.activateWindow()
    qtbot.waitUntil(again.isActiveWindow)
    qtbot.keyClick(again, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.font().pointSizeF() == normal
    assert user_settings.text_size.read(again.settings) == 100


def test_quick_facts_reflow_for_large_text(qtbot: QtBot, window: MainWindow) -> None:
    assert window.open_profile(NURSES)
    facts = window.profile.facts
    facts.resize(900, facts.height())
    qtbot.waitUntil(lambda: facts.columns == 3)
    for _ in range(5):
        window.view_menu.larger.trigger()
    qtbot.waitUntil(lambda: facts.columns < 3)
    for label in facts.values.values():  # nothing cut short
        assert label.heightForWidth(label.width()) <= label.height() + 1


def test_printed_reports_stay_black_on_white_in_every_theme(
    qtbot: QtBot, tmp_path: Path, window: MainWindow, data: CareerData
) -> None:
    from datetime import date

    from pypdf import PdfReader

    from explorer.profile.compare import build_comparison
    from explorer.quiz.engine import InterestQuiz
    from explorer.reports.compare import write_comparison
    from explorer.reports.handout import build_handouts, write_handouts
    from explorer.reports.interests import write_interests
    from explorer.reports.plan import PlanInput, write_plan

    made = reports.build_reports(data, [NURSES], tuple(SECTION_KEYS))
    quiz = InterestQuiz(data)
    result = quiz.score("short", [i % 5 for i in range(len(quiz.items("short")))])
    day = date(2026, 12, 6)
    two = [NURSES, "47-2111.00"]
    writers = {  # every kind of printed page: reports, handouts, comparisons, plans, quiz
        "report": lambda path: reports.write_pdf(path, made, reports.page_setup(data, day)),
        "handout": lambda path: write_handouts(path, build_handouts(data, two)),
        "compare": lambda path: write_comparison(
            path, build_comparison(data, two), reports.page_setup(data, day)
        ),
        "plan": lambda path: write_plan(
            path, PlanInput(data, ((NURSES, "a note"),), tuple(two), "Sam", day, result)
        ),
        "interests": lambda path: write_interests(path, quiz.summary(result, day, None)),
    }
    pages = {}
    for key in (theme.SYSTEM, theme.DARK, theme.HIGH_CONTRAST):
        _choose_theme(window, key, qtbot)
        for kind, write in writers.items():
            path = tmp_path / f"{key}-{kind}.pdf"
            write(path)
            pages.setdefault(key, []).extend(
                page.get_contents().get_data() for page in PdfReader(path).pages
            )
    # Every page drawn exactly as in the light system theme: the screen's colours never print.
    assert pages[theme.DARK] == pages[theme.SYSTEM]
    assert pages[theme.HIGH_CONTRAST] == pages[theme.SYSTEM]


@pytest.mark.parametrize("key", [theme.DARK, theme.HIGH_CONTRAST])
def test_check_boxes_and_text_fields_show_their_edges_on_a_dark_theme(
    qtbot: QtBot, window: MainWindow, key: str
) -> None:
    from PySide6.QtWidgets import QCheckBox

    _choose_theme(window, key, qtbot)
    palette = QGuiApplication.palette()
    for back in (Role.Window, Role.Base):
        assert ratio(palette.color(Role.Mid), palette.color(back)) >= GRAPHIC_RATIO
    box = QCheckBox()
    qtbot.addWidget(box)
    box.show()
    picture = box.grab().toImage()
    window_colour = palette.color(Role.Window)
    edge = [
        picture.pixelColor(x, y)
        for x in range(picture.width())
        for y in range(picture.height())
        if ratio(picture.pixelColor(x, y), window_colour) >= GRAPHIC_RATIO
    ]
    assert len(edge) >= 20  # Fusion alone draws the box black on black: nothing to see


@pytest.mark.parametrize("key", list(theme.THEMES))
def test_the_jobs_map_legend_squares_stand_out_in_every_theme(
    qtbot: QtBot, window: MainWindow, key: str
) -> None:
    window.show_jobs_map()
    _choose_theme(window, key, qtbot)
    legend = window.jobs_map.legend
    behind = legend.palette().color(legend.backgroundRole())
    frames = re.findall(r"background-color:(#[0-9a-fA-F]{6})", legend.text())
    assert len(frames) >= 5  # every step of the scale, and "not available"
    assert all(ratio(frame, behind) >= GRAPHIC_RATIO for frame in frames)
