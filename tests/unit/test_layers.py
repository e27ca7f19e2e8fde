"""Layering: only explorer.ui imports Qt; every module has a docstring."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "explorer"
#: Importing the window package (explorer.ui) brings its widgets, so it counts as Qt too.
QT_MODULES = ("PySide6", "pyqtgraph", "shiboken6", "explorer.ui")


def _module_name(path: Path) -> str:
    """explorer.profile.formatting for src/explorer/profile/formatting.py."""
    parts = ("explorer", *path.relative_to(SRC).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(tree: ast.AST, module: str, is_package: bool = False) -> set[str]:
    """Every module the code names, relative imports made absolute.

    `from ..ui import app` in explorer.profile.formatting names explorer.ui and
    explorer.ui.app: a layer test that skipped relative imports missed exactly that.
    """
    names: set[str] = set()
    package = module.split(".") if is_package else module.split(".")[:-1]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            stem = ".".join([*base, *([node.module] if node.module else [])])
            names.add(stem)
            names.update(f"{stem}.{alias.name}" for alias in node.names if alias.name != "*")
    return names


def _source_imports(path: Path) -> set[str]:
    """The absolute names every import in the file at path refers to."""
    return _imports(ast.parse(path.read_text()), _module_name(path), path.name == "__init__.py")


def test_only_the_ui_package_imports_qt() -> None:
    """Reports paint with QtGui (no widgets, so they print offscreen); the rest is plain.

    The command line (cli.py) starts the window and the report command lazily.
    """
    offenders = []
    for path in SRC.rglob("*.py"):
        parts = path.relative_to(SRC).parts
        if "ui" in parts or parts == ("cli.py",):
            continue
        names = _source_imports(path)
        allowed = ("PySide6.QtCore", "PySide6.QtGui") if "reports" in parts else ()
        if any(name.startswith(QT_MODULES) and not name.startswith(allowed) for name in names):
            offenders.append(str(path.relative_to(SRC)))
    assert offenders == []


def test_every_module_has_a_docstring() -> None:
    missing = [
        str(p.relative_to(SRC))
        for p in SRC.rglob("*.py")
        if not ast.get_docstring(ast.parse(p.read_text()))
    ]
    assert missing == []


def test_the_program_never_imports_the_build_step() -> None:
    """The build step needs sqlite-utils and openpyxl, which the program does not ship."""
    offenders = []
    for path in SRC.rglob("*.py"):
        if "dataset" in path.relative_to(SRC).parts:
            continue
        if any(
            name == "explorer.dataset" or name.startswith("explorer.dataset.")
            for name in _source_imports(path)
        ):
            offenders.append(str(path.relative_to(SRC)))
    assert offenders == []


def test_no_module_is_over_400_lines() -> None:
    """One responsibility per module: a module past 400 lines is split, not grown."""
    long = {
        str(p.relative_to(SRC)): n
        for p in SRC.rglob("*.py")
        if (n := len(p.read_text().splitlines())) > 400
    }
    assert long == {}
