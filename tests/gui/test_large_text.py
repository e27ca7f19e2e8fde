"""Issue 17, item 8: with an 18-point system font nothing is cut short on a lab screen.

tests/gui/lab_screen.py runs in its own process with --font 18 (the font is set
before the window is made, as a student's system font would be) and walks the
same steps as test_lab_screens.py: a search, every profile section of the longest
title and of Registered Nurses, Home, the quiz and the map of all jobs, checked
widget by widget by layout_check.py.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = Path(__file__).with_name("lab_screen.py")


@pytest.mark.slow
@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1920, 1080)], ids=str)
def test_nothing_is_cut_short_at_an_18_point_font(width: int, height: int) -> None:
    done = subprocess.run(
        [sys.executable, str(PROBE), str(width), str(height), "1", "--font", "18"],
        capture_output=True,
        text=True,
        timeout=400,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["problems"] == []
