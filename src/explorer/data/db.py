"""The one door to careers.db: opens it read-only and refuses what it cannot read.

The file is opened with SQLite's ``mode=ro&immutable=1``: no journal, lock or
WAL file is ever created, so the program runs from a read-only install
folder and any number of copies can read the same file at once.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

from explorer.data.schema import REQUIRED_TABLES, SCHEMA_VERSION


class DataError(Exception):
    """careers.db is missing, damaged or of another version; the message is one
    line that names the file and says what to do."""


def connect(path: Path) -> sqlite3.Connection:
    """Open path read-only and check that it is a careers.db of this schema."""
    path = Path(path)
    if not path.is_file():
        raise DataError(f"database not found: {path} (reinstall Career Explorer or pass --db)")
    uri = "file:" + quote(str(path.resolve()).replace("\\", "/")) + "?mode=ro&immutable=1"
    try:
        connection = sqlite3.connect(uri, uri=True)
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        tables = {name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.Error as error:
        raise DataError(f"database is damaged or not a Career Explorer database: {path} "
                        f"({error})") from error
    if "meta" not in tables or "occupation" not in tables:
        connection.close()
        raise DataError(f"not a Career Explorer database: {path}")
    if version != SCHEMA_VERSION:
        connection.close()
        raise DataError(f"database {path} has schema version {version}, this program reads "
                        f"version {SCHEMA_VERSION} (rebuild it or install the matching version)")
    missing = [t for t in REQUIRED_TABLES if t not in tables]
    if missing:
        connection.close()
        raise DataError(f"database is damaged: {path} (missing tables: {', '.join(missing)})")
    return connection


def damaged(path: Path, error: sqlite3.Error) -> DataError:
    """The DataError to raise when a query on an opened database fails."""
    return DataError(f"database is damaged: {path} ({error})")
