"""The one door to careers.db: opens it read-only and refuses what it cannot read.

The file is opened with SQLite's ``mode=ro&immutable=1``: no journal, lock or
WAL file is ever created, so the program runs from a read-only install
folder and any number of copies can read the same file at once.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from pathlib import Path
from urllib.parse import quote

from explorer.data.schema import DDL, SCHEMA_VERSION
from explorer.safe_text import quoted

logger = logging.getLogger(__name__)
#: Every table and view careers.db is built with: "no such table" for one of them means a
#: bad file.
SCHEMA_TABLES = frozenset(re.findall(r"CREATE (?:VIRTUAL )?(?:TABLE|VIEW) (\w+)", DDL))
#: What SQLite says when the SQL itself is wrong, whatever file it runs on.
_WRONG_SQL = (
    "no such column",
    "syntax error",
    'near "',
    "no such function",
    "wrong number of arguments",
    "ambiguous column name",
    "unrecognized token",
    "incomplete input",
)


class DataError(Exception):
    """careers.db is missing, damaged or of another version; the message is one
    line that names the file and says what to do."""


class InternalError(RuntimeError):
    """A query of the program itself is wrong (a typo, a wrong number of bindings):
    not the user's file. Raised with the sqlite3 error chained, after it was logged
    with its traceback; reinstalling or rebuilding careers.db would not help."""


def connect(path: Path) -> sqlite3.Connection:
    """Open path read-only and check that it is a careers.db of this schema."""
    path = Path(path)
    try:
        found = path.is_file()
        if not found and path.exists():
            raise DataError(f"database is not a file: {quoted(path)} (pass the careers.db file)")
        uri = "file:" + quote(str(path.resolve()).replace("\\", "/")) + "?mode=ro&immutable=1"
    except (OSError, ValueError, RuntimeError) as error:  # too long, a NUL byte, a loop of links
        raise DataError(f"database cannot be opened: {quoted(path)} ({error})") from error
    if not found:
        raise DataError(
            f"database not found: {quoted(path)} (reinstall Career Explorer or pass --db)"
        )
    try:
        connection = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as error:
        raise DataError(f"database cannot be opened: {quoted(path)} ({error})") from error
    try:
        _check(connection, path)
    except BaseException:
        connection.close()
        raise
    return connection


def _check(connection: sqlite3.Connection, path: Path) -> None:
    """The checks every opened file passes: this schema's version, every table and view
    of the schema, and occupations to show. What a query meets later is checked lazily:
    any other sqlite3.DatabaseError is a DataError too (query_failed)."""
    try:
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        tables = {
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"
            )
        }
    except sqlite3.Error as error:
        raise DataError(
            f"database is damaged or not a Career Explorer database: {quoted(path)} ({error})"
        ) from error
    if "meta" not in tables or "occupation" not in tables:
        raise DataError(f"not a Career Explorer database: {quoted(path)}")
    if version != SCHEMA_VERSION:
        raise DataError(
            f"database {quoted(path)} has schema version {version}, this program reads "
            f"version {SCHEMA_VERSION} (rebuild it or install the matching version)"
        )
    missing = sorted(SCHEMA_TABLES - tables)
    if missing:
        raise damaged_because(path, f"missing tables: {', '.join(missing)}")
    try:
        empty = connection.execute("SELECT 1 FROM occupation LIMIT 1").fetchone() is None
    except sqlite3.Error as error:
        raise damaged(path, error) from error
    if empty:
        raise damaged_because(path, "it holds no occupations")


def damaged(path: Path, error: sqlite3.Error) -> DataError:
    """The DataError to raise when a query on an opened database fails because of the file."""
    return damaged_because(path, str(error))


def damaged_because(path: Path, reason: str) -> DataError:
    """The DataError for a file found damaged, in words: "database is damaged: 'FILE' (why)"."""
    return DataError(f"database is damaged: {quoted(path)} ({' '.join(reason.split())})")


def is_programming_error(error: sqlite3.Error) -> bool:
    """True when error says our SQL is wrong rather than the file bad.

    sqlite3.ProgrammingError and InterfaceError (wrong bindings, closed
    connection) and the OperationalErrors of a wrong statement ("no such
    column", a syntax error, "no such table" for a table careers.db never has)
    are the program's; everything else (not a database, malformed, a missing
    table the schema has, an I/O error) is the file's.
    """
    if isinstance(
        error, sqlite3.ProgrammingError | sqlite3.InterfaceError | sqlite3.NotSupportedError
    ):
        return True
    if not isinstance(error, sqlite3.OperationalError):
        return False
    message = str(error)
    if message.startswith("no such table:"):
        table = message.removeprefix("no such table:").strip().rpartition(".")[2]
        return table not in SCHEMA_TABLES
    return any(words in message for words in _WRONG_SQL)


def query_failed(path: Path, error: sqlite3.Error, sql: str) -> DataError | InternalError:
    """The exception to raise for a failed query: DataError for a bad file, else an
    InternalError, logged here with its traceback (call it inside the except block)."""
    if not is_programming_error(error):
        return damaged(path, error)
    logger.exception("internal error: query on %s failed: %s\nSQL: %s", path, error, sql)
    return InternalError(f"a query of the data layer failed ({error})")
