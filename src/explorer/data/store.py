"""An open careers.db and the one method that runs SQL on it, private to explorer.data.

CareerData (repository.py) and DetailQueries (details.py) build on Store; the
catalog and the search index reach the file through the same _query, so
every failure is sorted in one place into a bad file (DataError) or a wrong
query of ours (InternalError, see db.query_failed).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from explorer.data.db import connect, query_failed


class Store:
    """careers.db opened read-only (db.connect), its rows addressable by column name."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._connection = connect(self.path)
        self._connection.row_factory = sqlite3.Row

    def close(self) -> None:
        """Close the database file."""
        self._connection.close()

    def _query(self, sql: str, params: tuple[object, ...] = ()) -> list[sqlite3.Row]:
        """Rows of a parameterised query, private to explorer.data (nothing else runs SQL).

        A bad file raises DataError; a wrong query (our bug) raises InternalError,
        logged with its traceback (db.query_failed).
        """
        try:
            return self._connection.execute(sql, params).fetchall()
        except sqlite3.Error as error:
            raise query_failed(self.path, error, sql) from error
