"""The queries search needs from careers.db, so the search engine holds ranking only.

The full-text index (search_text, FTS5) keeps names first (titles, alternate
and reported titles, programs of study, military codes) and descriptions and
tasks after them, so one rowid splits names
(held in memory by the engine) from details (ranked by bm25). Every method
returns plain tuples; the FTS expressions passed in are built by the engine
from quoted words only, so a failing query is never the user's syntax.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

from explorer.data.catalog import INTERESTS
from explorer.data.db import damaged
from explorer.data.repository import ALL_INDUSTRIES, NATIONAL, CareerData

#: Kinds of search_text row that are names of an occupation (the rest are details).
NAME_KINDS = ("title", "alternate", "short", "reported", "program", "military")
DETAIL_KINDS = ("description", "task")


class SearchIndex:
    """Named queries on the search tables of one open careers.db."""

    def __init__(self, data: CareerData) -> None:
        self.data = data

    def vocabulary(self) -> list[tuple[str, int]]:
        """Every indexed word with how often it is used, in word order."""
        return [
            (r["word"], r["uses"])
            for r in self.data._query("SELECT word, uses FROM search_word ORDER BY word")
        ]

    def names(self) -> dict[int, tuple[str, str, str]]:
        """Title, alternate and reported title rows of the index: rowid -> (code, kind,
        text). A DataError if any description or task row comes before the last name."""
        rows = self.data._query(
            "SELECT rowid, code, kind, text FROM search_text WHERE kind IN (?, ?, ?, ?, ?, ?)",
            NAME_KINDS,
        )
        names = {r["rowid"]: (r["code"], r["kind"], r["text"]) for r in rows}
        first_detail = self.data._query(
            "SELECT MIN(rowid) AS first FROM search_text WHERE kind IN (?, ?)", DETAIL_KINDS
        )[0]["first"]
        if first_detail is not None and first_detail < max(names, default=0):
            raise damaged(
                self.data.path,
                sqlite3.DatabaseError("search_text rows are not ordered names first"),
            )
        return names

    def matching_names(self, fts: str, last_name_row: int) -> list[int]:
        """Rowids of the name rows (rowid <= last_name_row) an FTS5 expression matches."""
        return [
            r[0]
            for r in self.data._query(
                "SELECT rowid FROM search_text WHERE search_text MATCH ? AND rowid <= ?",
                (fts, last_name_row),
            )
        ]

    def matching_details(
        self, fts: str, last_name_row: int, limit: int
    ) -> list[tuple[str, str, str, float]]:
        """(code, kind, text, bm25) of the description and task rows an FTS5 expression
        matches, most relevant (lowest bm25) first, at most limit."""
        return [
            (r[0], r[1], r[2], r[3])
            for r in self.data._query(
                "SELECT code, kind, text, bm25(search_text) AS relevance FROM search_text"
                " WHERE search_text MATCH ? AND rowid > ? ORDER BY relevance LIMIT ?",
                (fts, last_name_row, limit),
            )
        ]

    def matching_details_of(
        self, fts: str, last_name_row: int, codes: Iterable[str]
    ) -> list[tuple[str, str, str, float]]:
        """(code, kind, text, 0.0) of the description and task rows of the given
        occupations that an FTS5 expression matches (unranked, so cheap)."""
        return [
            (r[0], r[1], r[2], 0.0)
            for r in self.data._query(
                "SELECT code, kind, text FROM search_text WHERE search_text MATCH ?"
                " AND rowid > ? AND code IN (SELECT value FROM json_each(?))",
                (fts, last_name_row, json.dumps(sorted(codes))),
            )
        ]

    def military_services(self) -> dict[tuple[str, str], str]:
        """(military code, title) -> the services that use it ("Army")."""
        return self.data.military_services()

    def jobs(self) -> dict[str, tuple[str | None, int | None]]:
        """code -> (the SOC code whose OEWS figures it has, its national employment).
        O*NET specialties share their SOC code's figure (29-1141.01 with 29-1141.00)."""
        rows = self.data._query(
            "SELECT o.code, o.wage_soc_code, w.employment FROM occupation o"
            " LEFT JOIN wage w ON w.soc_code = o.wage_soc_code AND w.area_code = ?"
            " AND w.industry_code = ?",
            (NATIONAL, ALL_INDUSTRIES),
        )
        return {r["code"]: (r["wage_soc_code"], r["employment"]) for r in rows}

    def titles_and_ranks(self) -> list[tuple[str, str, int | None]]:
        """(code, title, national employment rank or None) of every occupation."""
        return [
            (r["code"], r["title"], r["employment_rank"])
            for r in self.data._query("SELECT code, title, employment_rank FROM occupation")
        ]

    def interest_scores(self) -> dict[str, dict[str, float]]:
        """O*NET interest scores (1 to 7) by occupation: code -> {"Social": 6.2, ...}."""
        rows = self.data._query(
            "SELECT code, realistic, investigative, artistic, social, enterprising,"
            " conventional FROM interest"
        )
        return {
            r["code"]: {area: r[area.lower()] for area in INTERESTS if r[area.lower()] is not None}
            for r in rows
        }
