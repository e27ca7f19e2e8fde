"""One door to careers.db: only explorer.data runs SQL, and its errors say whose fault.

A bad file is the user's problem (DataError, one line naming the file); a
wrong query is ours (InternalError, logged with its traceback).
"""

from __future__ import annotations

import ast
import logging
import random
import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from explorer.data.catalog import load_catalog
from explorer.data.db import DataError, InternalError, is_programming_error
from explorer.data.repository import CareerData

from conftest import COMMITTED_DB

SRC = Path(__file__).resolve().parents[2] / "src" / "explorer"
#: The packages allowed to talk to SQLite: the data layer and the build step.
SQL_PACKAGES = ("data", "dataset")
SQL_CALLS = {"execute", "executemany", "executescript", "query", "_query"}
SQL_WORDS = re.compile(
    r"\b(SELECT|INSERT INTO|UPDATE|DELETE FROM|CREATE TABLE|DROP TABLE"
    r"|PRAGMA)\s"
)


def sql_offences(source: str) -> list[str]:
    """Every place in a module's source that imports sqlite3, calls a query method or
    holds an SQL statement in a string."""
    offences = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            offences += [
                f"import {a.name}" for a in node.names if a.name.split(".")[0] == "sqlite3"
            ]
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("sqlite3"):
            offences.append(f"from {node.module} import")
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in SQL_CALLS
        ):
            offences.append(f".{node.func.attr}( on line {node.lineno}")
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and SQL_WORDS.search(node.value)
        ):
            offences.append(f"SQL in a string on line {node.lineno}")
    return offences


def test_nothing_outside_the_data_layer_runs_sql() -> None:
    found = {}
    for path in sorted(SRC.rglob("*.py")):
        relative = path.relative_to(SRC)
        if relative.parts[0] in SQL_PACKAGES:
            continue
        offences = sql_offences(path.read_text(encoding="utf-8"))
        if offences:
            found[str(relative)] = offences
    assert found == {}


@pytest.mark.parametrize(
    "source",
    [
        "import sqlite3\n",
        "from sqlite3 import Row\n",
        "rows = data.query('x')\n",
        "rows = data._query('x')\n",
        "connection.execute('x')\n",
        "SQL = 'SELECT code FROM occupation'\n",
        "sql = f'UPDATE wage SET x = {1}'\n",
    ],
)
def test_the_scan_sees_each_kind_of_sql(source: str) -> None:
    assert sql_offences(source)


def test_the_scan_passes_ordinary_code() -> None:
    assert sql_offences("text = 'Select a state'\nresult.query\nsearch(data, 'nurse')\n") == []


def test_the_query_method_is_private(data: CareerData) -> None:
    assert not hasattr(data, "query") and not hasattr(data, "connection")


def test_a_wrong_column_is_an_internal_error_logged_with_its_traceback(
    data: CareerData, caplog: pytest.LogCaptureFixture
) -> None:
    with (
        caplog.at_level(logging.ERROR, logger="explorer.data"),
        pytest.raises(InternalError) as raised,
    ):
        data._query("SELECT cod FROM occupation")
    assert not isinstance(raised.value, DataError)
    assert isinstance(raised.value.__cause__, sqlite3.OperationalError)
    assert "no such column: cod" in str(raised.value)
    [record] = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert record.exc_info is not None and "SELECT cod FROM occupation" in record.getMessage()


@pytest.mark.parametrize(
    "sql, params",
    [
        ("SELECT code FROM occupation WHERE code = ?", ()),  # wrong number of bindings
        ("SELEC code FROM occupation", ()),  # syntax error
        ("SELECT code FROM occupations", ()),  # a table careers.db never had
        ("SELECT nosuchfunction(code) FROM occupation", ()),
    ],
)
def test_every_kind_of_wrong_query_is_internal(data: CareerData, sql: str, params: tuple) -> None:
    with pytest.raises(InternalError):
        data._query(sql, params)


@pytest.mark.parametrize(
    "error, ours",
    [
        (sqlite3.ProgrammingError("Incorrect number of bindings supplied"), True),
        (sqlite3.InterfaceError("Error binding parameter 1"), True),
        (sqlite3.OperationalError("no such column: cod"), True),
        (sqlite3.OperationalError('near "SELEC": syntax error'), True),
        (sqlite3.OperationalError("no such table: occupations"), True),
        (sqlite3.OperationalError("no such table: task"), False),
        (sqlite3.OperationalError("no such table: main.wage"), False),
        (sqlite3.OperationalError("disk I/O error"), False),
        (sqlite3.DatabaseError("file is not a database"), False),
        (sqlite3.DatabaseError("database disk image is malformed"), False),
    ],
)
def test_whose_fault_an_error_is(error: sqlite3.Error, ours: bool) -> None:
    assert is_programming_error(error) is ours


def test_random_bytes_in_the_file_are_a_damaged_database(tmp_path: Path) -> None:
    path = tmp_path / "careers.db"
    shutil.copy(COMMITTED_DB, path)
    size = path.stat().st_size
    with open(path, "r+b") as file:
        file.seek(size // 3)
        file.write(random.Random(7).randbytes(size // 3))
    damaged = CareerData(path)  # the header and schema pages are intact
    try:
        with pytest.raises(DataError, match="database is damaged") as raised:
            load_catalog(damaged)
        assert str(path) in str(raised.value) and "\n" not in str(raised.value)
    finally:
        damaged.close()


@pytest.mark.parametrize("table", ["task", "area", "related_occupation", "work_style"])
def test_a_missing_table_of_the_schema_is_refused_at_open(tmp_path: Path, table: str) -> None:
    """Every table the schema has is checked at open: without task, area or
    related_occupation the window opened, but no profile ever did (issue 16)."""
    path = tmp_path / "careers.db"
    shutil.copy(COMMITTED_DB, path)
    with sqlite3.connect(path) as connection:
        connection.execute(f"DROP TABLE {table}")
    with pytest.raises(
        DataError, match=f"database is damaged: '{path}' \\(missing tables: {table}\\)"
    ):
        CareerData(path)


def test_a_database_without_occupations_is_refused_at_open(tmp_path: Path) -> None:
    path = tmp_path / "careers.db"
    shutil.copy(COMMITTED_DB, path)
    with sqlite3.connect(path) as connection:
        connection.execute("DELETE FROM occupation")
    with pytest.raises(DataError, match="it holds no occupations"):
        CareerData(path)


def test_a_search_index_naming_deleted_occupations_is_a_damaged_database(tmp_path: Path) -> None:
    """Rows deleted from occupation, not from the index: search raised KeyError (issue 16)."""
    from explorer.search.engine import search

    path = tmp_path / "careers.db"
    shutil.copy(COMMITTED_DB, path)
    with sqlite3.connect(path) as connection:
        connection.execute("DELETE FROM occupation WHERE code LIKE '29-%'")
    data = CareerData(path)
    try:
        with pytest.raises(DataError, match="the search index names 29-"):
            search(data, "nurse")
    finally:
        data.close()


def test_the_data_layer_imports_no_layer_above_it() -> None:
    """The window, profiles and reports build on explorer.data, never the other way."""
    above = (
        "explorer.ui",
        "explorer.profile",
        "explorer.reports",
        "explorer.search",
        "PySide6",
        "shiboken6",
        "pyqtgraph",
    )
    found = {}
    for path in sorted((SRC / "data").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        names |= {
            n.module
            for n in ast.walk(tree)
            if isinstance(n, ast.ImportFrom) and n.module and n.level == 0
        }
        bad = sorted(n for n in names if n.startswith(above))
        if bad:
            found[path.name] = bad
    assert found == {}


def test_a_loop_of_links_is_a_database_that_cannot_be_opened(tmp_path: Path) -> None:
    (tmp_path / "a.db").symlink_to(tmp_path / "b.db")
    (tmp_path / "b.db").symlink_to(tmp_path / "a.db")
    with pytest.raises(DataError, match=r"database cannot be opened: '.*a\.db'"):
        CareerData(tmp_path / "a.db")


def test_a_folder_as_the_database_says_it_is_not_a_file(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="database is not a file"):
        CareerData(tmp_path)
