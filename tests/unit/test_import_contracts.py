"""The import contracts in pyproject.toml ([tool.importlinter]) hold.

import-linter (run as `lint-imports`) checks that the domain packages never import the
window, that the data layer imports nothing above it, that only the build step imports
the build step, and which packages may import Qt. It reads the import graph that grimp
builds, so relative imports (`from ..ui import app`), imports inside functions and
indirect chains all count. import-linter forbids only whole external packages, so the
finer rule, that printed reports use QtCore and QtGui but no widgets, is checked here
with grimp, the same import graph.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SRC = REPO / "src"
#: The Qt modules printed reports may use: they paint offscreen, without widgets.
REPORTS_MAY_USE = ("PySide6.QtCore", "PySide6.QtGui")


def _environment() -> dict[str, str]:
    """This checkout's sources first, whatever copy of the package is installed."""
    path = os.pathsep.join(filter(None, [str(SRC), os.environ.get("PYTHONPATH", "")]))
    return {**os.environ, "PYTHONPATH": path}


def test_import_contracts_are_kept() -> None:
    """`lint-imports` exits 0: every contract in pyproject.toml is kept."""
    # importlinter.cli has no `if __name__ == "__main__"`: `python -m` would do nothing
    # and exit 0, so call the console script's function, as `lint-imports` does.
    command = "import sys; from importlinter.cli import lint_imports_command as c; sys.exit(c())"
    result = subprocess.run(
        [sys.executable, "-c", command, "--no-cache"],
        cwd=REPO,
        env=_environment(),
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout, result.stdout


def test_reports_use_only_qtcore_and_qtgui() -> None:
    """Reports print offscreen: no QtWidgets, QtPrintSupport or any other Qt module."""
    grimp = pytest.importorskip("grimp")
    sys.path.insert(0, str(SRC))
    try:
        graph = grimp.build_graph("explorer", include_external_packages=True, cache_dir=None)
    finally:
        sys.path.remove(str(SRC))
    reports = [m for m in graph.find_descendants("explorer.reports")] + ["explorer.reports"]
    offenders = []
    for module in sorted(reports):
        for qt in ("PySide6", "shiboken6"):
            for detail in graph.get_import_details(importer=module, imported=qt):
                line = " ".join(str(detail["line_contents"]).split())
                used = line.split()[1] if line.startswith(("from ", "import ")) else line
                if not used.startswith(REPORTS_MAY_USE):
                    offenders.append(f"{module}:{detail['line_number']}: {line}")
    assert offenders == []
