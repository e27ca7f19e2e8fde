"""Dates are written the same way on every system the program ships for.

"%-d" (the day without a leading zero) is a glibc extension: on Windows, where the
lab installer runs, strftime rejects it (ValueError: Invalid format string), so a
report, a web page or a plan that wrote its date so could not be made there.
"""

from __future__ import annotations

import re
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[2] / "src" / "explorer"
# "%-d", "%-m", "%-I", "%-H", ... (glibc, macOS); "%#d" is the Windows-only form.
NOT_PORTABLE = re.compile(r"%[-#][a-zA-Z]")


def test_no_source_formats_a_date_with_a_platform_only_flag() -> None:
    found = [
        f"{path.relative_to(SOURCE)}:{number}: {line.strip()}"
        for path in sorted(SOURCE.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if NOT_PORTABLE.search(line)
    ]
    assert found == []
