"""Open Career Explorer as on a lab screen of a given size and scale, and list what does not fit.

Run by tests/gui/test_lab_screens.py in a fresh process per screen (the scale
factor is read once, when Qt starts), and by hand to look at the result:

    python tests/gui/lab_screen.py 1024 768 1 [--shots DIR] [--font 18] [--theme dark]

--font gives the application an N-point font first (a student's large system
font, issue 17 item 8); --theme opens it in a theme of View > Theme (item 9).

The offscreen platform is given a screen of that size (its configfile), the
window opens as on a first launch with empty settings, and the program is used
as a student would: a search, a misspelt search with its "did you mean", the
occupation with the longest title and every profile section, then Registered
Nurses' State Data, then Home again (its top and its end), a quiz question and the results, the map
of all jobs (and its table), a list to browse, a comparison of the four longest titles (its
window at its top and its end, its charts as tables), and My list with three careers and notes.
After each step every visible widget is checked: the window
inside the screen, no label, button or list cut short, no heading elided, no
sideways scrolling, every section button in view. Prints one JSON object:
{"screen": ..., "window": ..., "problems": [...]}.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def configure(width: int, height: int, scale: str) -> None:
    """Point Qt at a screen of `width`×`height` device pixels, scaled by `scale`."""
    config = Path(tempfile.mkdtemp(prefix="lab-screen-")) / "screen.json"
    screen = {"name": "lab", "x": 0, "y": 0, "width": width, "height": height}
    screen |= {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ["QT_SCALE_FACTOR"] = scale
    os.environ["CAREER_EXPLORER_SETTINGS_DIR"] = tempfile.mkdtemp(prefix="lab-settings-")
    os.environ["CAREER_EXPLORER_MY_LIST_DIR"] = tempfile.mkdtemp(prefix="lab-my-list-")
    sys.path.insert(0, str(ROOT / "src"))


def main(argv: list[str]) -> int:
    """Open the window on the screen the arguments describe; print what does not fit."""
    width, height, scale = int(argv[0]), int(argv[1]), argv[2]
    shots = Path(argv[argv.index("--shots") + 1]) if "--shots" in argv else None
    points = float(argv[argv.index("--font") + 1]) if "--font" in argv else 0.0
    theme = argv[argv.index("--theme") + 1] if "--theme" in argv else ""
    configure(width, height, scale)
    from PySide6.QtWidgets import QApplication

    from explorer.data.repository import CareerData
    from explorer.paths import default_database
    from explorer.ui.app import create_application
    from explorer.ui.main_window import MainWindow

    sys.path.insert(0, str(ROOT / "tests" / "gui"))
    from layout_check import layout_problems

    app = create_application()
    if points:
        font = app.font()
        font.setPointSizeF(points)
        app.setFont(font)
    if theme:
        from explorer.ui import settings as user_settings
        from explorer.ui.settings import open_settings

        user_settings.theme.write(open_settings(), theme)
    data = CareerData(default_database())
    window = MainWindow(data)
    window.show()
    tag = f"{width}x{height}-{round(float(scale) * 100)}"
    tag += f"-{points:g}pt" if points else ""
    tag += f"-{theme}" if theme else ""
    problems: list[str] = []

    def settle(seconds: float = 0.25) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            app.processEvents()

    def check(step: str, shot: str = "") -> None:
        settle()
        problems.extend(f"{step}: {p}" for p in layout_problems(window))
        if shots is not None and shot:
            shots.mkdir(parents=True, exist_ok=True)
            window.grab().save(str(shots / f"{shot}-{tag}.png"))

    def search(text: str) -> None:
        window.search_box.setText(text)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            app.processEvents()
            result = window.search.last_result
            if result is not None and result.query == text:
                break
        settle()

    settle(0.5)
    check("first launch", "first-launch")
    search("nurse")
    check("search nurse", "search")
    search("elektrician wiring for the houses in the countryside near the river")
    check("did you mean")
    search("jobs with no college where i can work with kids and help people outdoors")
    check("a wish with its filter offer")
    longest = max(window.catalog, key=lambda row: len(row.title))
    window.open_profile(longest.code)
    profile = window.profile
    for index in range(profile.tabs.count()):
        profile.tabs.setCurrentIndex(index)
        check(f"{longest.code} tab {profile.tabs.tabText(index).replace('&', '')}")
    window.open_profile("29-1141.00")
    for index in range(profile.tabs.count()):
        profile.tabs.setCurrentIndex(index)
        name = profile.tabs.tabText(index).replace("&", "").split()[0].lower()
        check(f"29-1141.00 tab {name}", f"profile-{name}")
    window.home.show_home()
    check("home again", "home")
    home = window.home.page
    home.verticalScrollBar().setValue(home.verticalScrollBar().maximum())
    check("home scrolled to its end", "home-end")
    window.home.page.quiz_button.click()
    check("a quiz question", "quiz-question")
    for index in range(len(window.quiz.items())):
        window.quiz.answer((1, 4, 3, 0, 2, 1)[index % 6])
    check("the quiz's results", "quiz-results")
    results = window.quiz.results
    results.verticalScrollBar().setValue(results.verticalScrollBar().maximum())
    check("the quiz's results, their end", "quiz-results-end")
    window.home.show_home()
    window.home.page.map_button.click()
    check("the map of all jobs", "jobs-map")
    window.jobs_map.toggle.click()
    check("the map of all jobs as a table", "jobs-map-table")
    window.home.show_home()
    window.home.show_list("pay_bachelor")
    check("a list to browse", "list")
    four = sorted(window.catalog, key=lambda row: -len(row.title))[:4]
    window.open_comparison([row.code for row in four])
    compare = window.compare.window

    def check_compare(step: str, shot: str) -> None:
        settle()
        problems.extend(f"{step}: {p}" for p in layout_problems(compare))
        if shots is not None:
            compare.grab().save(str(shots / f"{shot}-{tag}.png"))

    check_compare("a comparison of four", "compare")
    bar = compare.scroll_area.verticalScrollBar()
    bar.setValue(bar.maximum())
    check_compare("a comparison of four, its end", "compare-end")
    compare.pay_panel.toggle.click()
    compare.interest_panel.toggle.click()
    check_compare("a comparison's charts as tables", "compare-tables")
    compare.close()
    for code, note in (
        ("29-1141.00", "Ask the school nurse about the CNA course"),
        (longest.code, ""),
        ("47-2111.00", "Apprenticeship: 4 years, paid"),
    ):
        window.my_list.add(code)
        window.my_list.set_note(code, note)
    window.open_profile("29-1141.00")
    window.show_my_list()
    check("My list with notes", "my-list")
    screen = app.primaryScreen().availableGeometry()
    frame = window.frameGeometry()
    print(
        json.dumps(
            {
                "screen": [screen.width(), screen.height()],
                "window": [frame.x(), frame.y(), frame.width(), frame.height()],
                "problems": problems,
            }
        )
    )
    window.close()
    data.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
