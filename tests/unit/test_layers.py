"""Layering: only explorer.ui imports Qt; every module has a docstring."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "explorer"
QT_MODULES = ("PySide6", "pyqtgraph", "shiboken6")


def _imports(tree: ast.AST) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_only_the_ui_package_imports_qt() -> None:
    """Reports paint with QtGui (no widgets, so they print offscreen); the rest is plain."""
    offenders = []
    for path in SRC.rglob("*.py"):
        parts = path.relative_to(SRC).parts
        if "ui" in parts:
            continue
        names = _imports(ast.parse(path.read_text()))
        allowed = ("PySide6.QtCore", "PySide6.QtGui") if "reports" in parts else ()
        if any(name.startswith(QT_MODULES) and not name.startswith(allowed) for name in names):
            offenders.append(str(path.relative_to(SRC)))
    assert offenders == []


def test_every_module_has_a_docstring() -> None:
    missing = [str(p.relative_to(SRC)) for p in SRC.rglob("*.py")
               if not ast.get_docstring(ast.parse(p.read_text()))]
    assert missing == []


def test_the_program_never_imports_the_build_step() -> None:
    """The build step needs sqlite-utils and openpyxl, which the program does not ship."""
    offenders = []
    for path in SRC.rglob("*.py"):
        if "dataset" in path.relative_to(SRC).parts:
            continue
        tree = ast.parse(path.read_text())
        relative = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                    and node.level > 0 and node.module}
        if any(name.startswith("explorer.dataset") for name in _imports(tree)) or any(
                name == "dataset" or name.startswith("dataset.") for name in relative):
            offenders.append(str(path.relative_to(SRC)))
    assert offenders == []
