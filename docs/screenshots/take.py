"""Take the README's screenshots: the main window, and every profile tab of a few occupations.

Run from the repository root, once per scale:
    python docs/screenshots/take.py 1      # 100%: main window and every profile tab
    python docs/screenshots/take.py 1.5    # 150%: the same
    python docs/screenshots/take.py 2      # 200%: the main window only (the README shows it)
Add --full to also write each tab's whole scrolling content to /tmp/career-explorer-shots
(for looking at everything, not for the README).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCALE = sys.argv[1] if len(sys.argv) > 1 else "1"
WINDOW_SIZE = (1366, 860)  # a common school-lab screen, at 100% (logical pixels)
_screen = Path(tempfile.mkdtemp(prefix="career-explorer-screen-")) / "screen.json"
_screen.write_text(
    json.dumps(
        {
            "screens": [
                {
                    "name": "lab",
                    "x": 0,
                    "y": 0,
                    "width": round(WINDOW_SIZE[0] * float(SCALE)),
                    "height": round(WINDOW_SIZE[1] * float(SCALE)),
                    "logicalDpi": 96,
                    "logicalBaseDpi": 96,
                    "dpr": 1,
                }
            ]
        }
    ),
    encoding="utf-8",
)
# The window opens as on a first launch, filling a screen of WINDOW_SIZE (scaled).
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen}"
os.environ["QT_SCALE_FACTOR"] = SCALE
os.environ["CAREER_EXPLORER_SETTINGS_DIR"] = tempfile.mkdtemp(prefix="career-explorer-")
sys.path.insert(0, str(HERE.parents[1] / "src"))

from PySide6.QtWidgets import QApplication, QScrollArea  # noqa: E402

from explorer.data.repository import CareerData  # noqa: E402
from explorer.paths import default_database  # noqa: E402
from explorer.ui.app import create_application  # noqa: E402
from explorer.ui.main_window import MainWindow  # noqa: E402

OCCUPATIONS = {"29-2072.00": "medical-records", "27-2011.00": "actors", "11-1031.00": "legislators"}
PROFILE_SCALES = {100, 150}  # the README shows 200% for the main window only


def settle(app: QApplication, seconds: float = 0.2) -> None:
    """Let layouts, deferred resizes and the search's worker thread finish."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()


def main() -> None:
    """Write main-window-<percent>.png and profile-<occupation>-<tab>-<percent>.png."""
    app = create_application()
    window = MainWindow(CareerData(default_database()))
    window.show()
    percent = round(float(SCALE) * 100)
    full = "--full" in sys.argv
    folder = Path(tempfile.gettempdir()) / "career-explorer-shots"
    folder.mkdir(exist_ok=True)
    window.search_box.setText("medical records")
    deadline = time.monotonic() + 10
    while window.proxy.rowCount() > 20 and time.monotonic() < deadline:
        app.processEvents()  # the search runs in its worker thread
    window.open_profile("29-2072.00")
    settle(app)
    window.grab().save(str(HERE / f"main-window-{percent}.png"))
    if percent not in PROFILE_SCALES:
        window.close()
        return
    for code, name in OCCUPATIONS.items():
        window.open_profile(code)
        profile = window.profile
        for index in range(profile.tabs.count()):
            profile.tabs.setCurrentIndex(index)
            settle(app)
            tab = profile.tabs.tabText(index).replace("&", "").lower().split()[0]
            profile.grab().save(str(HERE / f"profile-{name}-{tab}-{percent}.png"))
            page = profile.tabs.widget(index)
            if full and isinstance(page, QScrollArea):
                page.widget().grab().save(str(folder / f"{name}-{tab}-{percent}-full.png"))
    window.close()


if __name__ == "__main__":
    main()
