"""Issue 12, speed: a profile opens in the time of one tab, at any moment after launch.

Opening fills the tab on screen; the others fill in idle time (or at once when
shown), always for the occupation on screen, never the one before. The profile
module needs no pyqtgraph, so a profile opened before the warm-up has imported
it shows its first tab without waiting.
"""

from __future__ import annotations

import subprocess
import sys

from pytestqt.qtbot import QtBot

from explorer.data.repository import CareerData
from explorer.profile.context import make_context
from explorer.profile.registry import TAB_SECTIONS, build_section
from explorer.ui.main_window import MainWindow
from explorer.ui.profile.section_page import SectionPage
from explorer.ui.profile.view import ProfileView


def _page(view: ProfileView, key: str) -> SectionPage:
    """A tab's page as it is, without filling it (view.page would fill it)."""
    page = view.tabs.widget([spec.key for spec in TAB_SECTIONS].index(key))
    assert isinstance(page, SectionPage)
    return page


def test_opening_fills_the_tab_on_screen_and_the_others_in_idle_time(
    qtbot: QtBot, data: CareerData
) -> None:
    view = ProfileView(data)
    qtbot.addWidget(view)
    view.show()
    assert view.show_occupation("29-1141.00")
    nurses = make_context(data, "29-1141.00", view.catalog)
    assert _page(view, "what").section == build_section("what", nurses)
    assert _page(view, "pay").section is None  # not yet: idle time fills it
    qtbot.waitUntil(view.fill_pending)
    assert _page(view, "pay").section == build_section("pay", nurses)


def test_a_tab_shown_before_its_idle_fill_shows_the_occupation_on_screen(
    qtbot: QtBot, data: CareerData
) -> None:
    view = ProfileView(data)
    qtbot.addWidget(view)
    view.show()
    assert view.show_occupation("29-1141.00")
    qtbot.waitUntil(view.fill_pending)  # every tab holds Registered Nurses
    assert view.show_occupation("25-2031.00")
    teachers = make_context(data, "25-2031.00", view.catalog)
    for key in ("pay", "outlook", "states"):  # shown at once, before idle time
        view.tabs.setCurrentWidget(_page(view, key))
        assert _page(view, key).section == build_section(key, teachers)


def test_a_profile_opened_at_launch_shows_before_charts_can_be_made(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.open_profile("29-1141.00")  # before the warm-up imported pyqtgraph
    view = window.profile
    assert _page(view, "what").section is not None
    qtbot.waitUntil(view.fill_pending, timeout=20_000)  # the rest follow in idle time
    assert window.warm_up.charts_ready()


def test_the_profile_needs_no_pyqtgraph_to_show_its_first_tab() -> None:
    code = (
        "import sys; import explorer.ui.main_window, explorer.ui.profile.view; "
        "print('pyqtgraph' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.strip() == "False"


def test_idle_time_lays_out_the_hidden_tabs_charts(qtbot: QtBot, data: CareerData) -> None:
    """Switching to a tab filled in idle time only paints: its charts are already placed
    for the size they will be shown at."""
    from explorer.ui.widgets.chart_panel import ChartPanel

    view = ProfileView(data)
    qtbot.addWidget(view)
    view.resize(1000, 800)
    view.show()
    assert view.show_occupation("29-1141.00")
    qtbot.waitUntil(view.fill_pending)
    pay = _page(view, "pay")
    assert not pay.isVisible()
    graphs = [p.graph for p in pay.findChildren(ChartPanel) if p.has_graph()]
    assert graphs and not any(g._stale for g in graphs)
    assert all(g.width() == graphs[0].width() for g in graphs)
