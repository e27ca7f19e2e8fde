"""No release name is typed in the program: every one comes from careers.db at run time.

A yearly data refresh must change the database alone. The forbidden words are
read from the committed database itself (its meta and source tables), so the
test follows the data; string constants in src/explorer are searched, docstrings
and the build step (which records the releases) excepted.
"""

from __future__ import annotations

import ast
import re
import sqlite3
from pathlib import Path

from conftest import COMMITTED_DB

SRC = Path(__file__).resolve().parents[2] / "src" / "explorer"


def _forbidden() -> list[re.Pattern[str]]:
    with sqlite3.connect(COMMITTED_DB) as db:
        releases = [v for (v,) in db.execute("SELECT value FROM meta WHERE key LIKE 'release.%'")]
        titles = [t for (t,) in db.execute("SELECT title FROM source")]
    words: set[str] = set()
    for release in releases:
        words.add(release)
        words.update(
            re.findall(
                r"(?:January|February|March|April|May|June|July|August|"
                r"September|October|November|December) \d{4}",
                release,
            )
        )
        words.update(re.findall(r"\d{4}[–-]\d{2}", release))
    for title in titles:
        words.update(re.findall(r"O\*NET\S* \d+\.\d+", title))
    years = set(re.findall(r"\b(?:19|20)\d{2}\b", " ".join(releases)))
    patterns = [re.compile(re.escape(w)) for w in sorted(words) if len(w) > 4]
    patterns += [re.compile(rf"(?<![\w.]){y}(?![\w.])") for y in sorted(years)]
    patterns.append(re.compile(r"O\*NET®? \d+\.\d+"))
    return patterns


def _string_constants(tree: ast.AST) -> list[tuple[int, str]]:
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    ]


def test_no_release_is_typed_in_the_program() -> None:
    patterns = _forbidden()
    found = []
    for path in sorted(SRC.rglob("*.py")):
        if "dataset" in path.relative_to(SRC).parts:
            continue
        for line, text in _string_constants(ast.parse(path.read_text())):
            for pattern in patterns:
                if pattern.search(text):
                    found.append(f"{path.relative_to(SRC)}:{line}: {text[:70]!r}")
                    break
    assert found == []


def test_the_check_finds_a_typed_release() -> None:
    """The test above can fail: a typed release in a snippet is found."""
    tree = ast.parse('TITLE = "Median pay, May 2025"\nYEARS = "Growth 2024–34"\n')
    texts = [text for _, text in _string_constants(tree)]
    patterns = _forbidden()
    assert all(any(p.search(t) for p in patterns) for t in texts)
