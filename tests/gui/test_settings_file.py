"""A damaged or hand-edited settings file: the window starts on the defaults and says why.

Each INI file here is written by hand, as a user or a broken disk might leave
it; every one of them used to stop the program at start (exit 134 or a
traceback). Good values written the same way are used.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from explorer.data.catalog import OccupationFilter
from explorer.data.repository import CareerData
from explorer.profile.registry import SECTION_KEYS
from explorer.ui import settings as user_settings
from explorer.ui import window_fit
from explorer.ui.main_window import MainWindow
from explorer.ui.settings import SETTINGS_DIR_ENV

SETTINGS_LOGGER = "explorer.ui.settings"


def _no_filter(window: MainWindow) -> None:
    assert window.filters.current_filter() == OccupationFilter()
    assert window.proxy.rowCount() == 1016
    assert window.filter_controller.bar.isHidden()


# What older versions saved as the student's filter: sound or not, a launch ignores it
# (no filter, no warning), so one student's filter never hides occupations from the next.
SAVED_FILTERS = {
    "sound": '[search]\nfilters="{\\"job_zone\\": 4, \\"bright_outlook_only\\": true}"\n',
    "pay as text": '[search]\nfilters="{\\"wage_min\\": \\"abc\\"}"\n',
    "bright outlook maybe": '[search]\nfilters="{\\"bright_outlook_only\\": \\"maybe\\"}"\n',
    "job zone 9": '[search]\nfilters="{\\"job_zone\\": 9}"\n',
    "filters not JSON": "[search]\nfilters={oops\n",
    "filters a list": '[search]\nfilters="[1, 2]"\n',
    "huge pay": '[search]\nfilters="{\\"wage_min\\": 99999999999999}"\n',
}


def _no_recent(window: MainWindow) -> None:
    assert window.recent_model.rowCount() == 0
    assert not window.recent_menu.isEnabled()


def _no_home_state(window: MainWindow) -> None:
    assert window.open_profile("29-2072.00")
    assert window.profile.states.selected == ""


def _default_size(window: MainWindow) -> None:
    available = window.screen().availableGeometry()
    assert available.contains(window.geometry())  # as on a first launch: fits the screen
    size = window_fit.first_launch_size(available.size())
    assert window.isMaximized() if size is None else window.size() == size


BAD_FILES: dict[str, tuple[str, str, Callable[[MainWindow], None]]] = {
    "recent a size": ("[profiles]\nrecent=@Size(1 2)\n", "profiles/recent", _no_recent),
    "recent not codes": ("[profiles]\nrecent=nurse, 29-2072.00\n", "profiles/recent", _no_recent),
    "recent too long": (
        "[profiles]\nrecent=" + ", ".join(["29-2072.00"] * 11) + "\n",
        "profiles/recent",
        _no_recent,
    ),
    "home state a word": ("[profile]\nhome_state=Texas\n", "profile/home_state", _no_home_state),
    "geometry text": ("[window]\ngeometry=hello\n", "window/geometry", _default_size),
}


def _write_ini(folder: Path, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "career-explorer.ini").write_text(text, encoding="utf-8")


def _start(qtbot, data: CareerData) -> MainWindow:
    main = MainWindow(data)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_a_bad_value_starts_the_window_on_the_default_with_one_warning(
    qtbot,
    data: CareerData,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    case: str,
) -> None:
    text, key, shows_default = BAD_FILES[case]
    _write_ini(tmp_path, text)
    monkeypatch.setenv(SETTINGS_DIR_ENV, str(tmp_path))
    with caplog.at_level(logging.WARNING, logger=SETTINGS_LOGGER):
        main = _start(qtbot, data)
        shows_default(main)
    warnings = [
        r for r in caplog.records if r.name == SETTINGS_LOGGER and r.levelno == logging.WARNING
    ]
    assert len(warnings) == 1, [r.getMessage() for r in warnings]
    assert key in warnings[0].getMessage()
    main.close()


@pytest.mark.parametrize("case", list(SAVED_FILTERS))
def test_a_saved_filter_is_ignored_at_launch(
    qtbot,
    data: CareerData,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    case: str,
) -> None:
    _write_ini(tmp_path, SAVED_FILTERS[case])
    monkeypatch.setenv(SETTINGS_DIR_ENV, str(tmp_path))
    with caplog.at_level(logging.WARNING, logger=SETTINGS_LOGGER):
        main = _start(qtbot, data)
        _no_filter(main)
    assert [r for r in caplog.records if r.name == SETTINGS_LOGGER] == []
    main.close()


def test_good_values_written_by_hand_are_used(
    qtbot,
    data: CareerData,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    _write_ini(
        tmp_path,
        "[search]\n"
        'filters="{\\"job_zone\\": 4, \\"bright_outlook_only\\": true, '
        '\\"wage_min\\": 50000, \\"education\\": \\"Bachelor\'s degree\\"}"\n'
        "[profiles]\nrecent=29-2072.00, 27-2011.00\n"
        "[profile]\nhome_state=tx\n",
    )
    monkeypatch.setenv(SETTINGS_DIR_ENV, str(tmp_path))
    with caplog.at_level(logging.WARNING, logger=SETTINGS_LOGGER):
        main = _start(qtbot, data)
    assert [r for r in caplog.records if r.name == SETTINGS_LOGGER] == []
    _no_filter(main)  # a saved filter is not used (test_a_saved_filter_is_ignored_at_launch)
    assert [main.recent_model.index(row, 0).data() for row in range(2)] == [
        "Medical Records Specialists",
        "Actors",
    ]
    assert main.open_profile("29-2072.00")
    assert main.profile.states.selected == "TX"
    main.close()


def test_every_option_round_trips(tmp_path: Path) -> None:
    store = QSettings(str(tmp_path / "round.ini"), QSettings.Format.IniFormat)
    values: list[tuple[user_settings.Option, object]] = [
        (user_settings.recent, ["29-2072.00"]),
        (user_settings.home_state, "OH"),
        (user_settings.report_sections, ("quick", "pay")),
        (user_settings.report_state, "CA"),
        (user_settings.report_paper, "a4"),
        (user_settings.report_handout, True),
    ]
    for option, value in values:
        assert option.read(store) == option.default  # nothing stored yet
        option.write(store, value)
    store.sync()
    again = QSettings(str(tmp_path / "round.ini"), QSettings.Format.IniFormat)
    assert [option.read(again) for option, _ in values] == [value for _, value in values]
    assert user_settings.report_sections.default == tuple(SECTION_KEYS)


def test_a_bad_value_is_reported_once_however_often_it_is_read(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    _write_ini(tmp_path, "[reports]\npaper_size=tabloid\nsections=quick, nonsense\n")
    store = QSettings(str(tmp_path / "career-explorer.ini"), QSettings.Format.IniFormat)
    with caplog.at_level(logging.WARNING, logger=SETTINGS_LOGGER):
        for _ in range(3):
            assert user_settings.report_paper.read(store) == "letter"
            assert user_settings.report_sections.read(store) == tuple(SECTION_KEYS)
    messages = [r.getMessage() for r in caplog.records if r.name == SETTINGS_LOGGER]
    assert len(messages) == 2
    assert "reports/paper_size" in messages[0] and "reports/sections" in messages[1]


def test_the_filter_panel_takes_only_sound_saved_filters(qtbot, data: CareerData) -> None:
    from explorer.data.catalog import choices, load_catalog
    from explorer.ui.browse.filter_panel import FilterPanel, filter_from_dict

    assert filter_from_dict({"wage_min": "abc"}) == OccupationFilter()
    assert filter_from_dict({"bright_outlook_only": "maybe"}) == OccupationFilter()
    assert filter_from_dict(["not", "a", "dict"]) == OccupationFilter()
    assert filter_from_dict({"job_zone": 3, "from_a_newer_version": 1}) == OccupationFilter(
        job_zone=3
    )
    panel = FilterPanel(choices(load_catalog(data)))
    qtbot.addWidget(panel)
    panel.set_filter(OccupationFilter(wage_min=10**12))  # beyond the box: its maximum
    assert panel.current_filter().wage_min == panel.wage_min.maximum()
