"""Find occupations by what people type: a code, a title, a nickname or a task.

Typed text never reaches FTS5 as syntax: it is cut into words, and each word
is quoted and searched as a prefix, so quotes, operators (AND OR NOT NEAR * ^
: ( )), SQL fragments and emoji are just text. A match in a title beats one in
an alternate title, which beats a reported title, a description or a task;
within a kind, better full-text rank first, then the more common occupation.
"""

from __future__ import annotations

import re
import sqlite3

from .models import SearchHit
from .repository import CareerData

MAX_WORDS = 12
MAX_WORD_LENGTH = 40
CANDIDATE_ROWS = 3000
KIND_ORDER = {"title": 0, "short": 1, "alternate": 1, "reported": 2, "description": 3,
              "task": 4}
KIND_LABEL = {"title": "title", "short": "alternate title", "alternate": "alternate title",
              "reported": "reported title", "description": "description", "task": "task"}
_WORD = re.compile(r"\w+", re.UNICODE)


def words_of(text: str) -> list[str]:
    """The searchable words of typed text, at most MAX_WORDS of them."""
    words = [w.lower()[:MAX_WORD_LENGTH] for w in _WORD.findall(text[:2000])]
    return words[:MAX_WORDS]


def fts_query(words: list[str]) -> str:
    """An FTS5 query that matches rows holding every word, each as a prefix."""
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words)


def search(data: CareerData, text: str, limit: int = 20) -> list[SearchHit]:
    """Occupations matching text, best first, each saying why it matched."""
    limit = max(1, min(int(limit), 1016))
    code = data.resolve_code(text)
    hits: dict[str, SearchHit] = {}
    if code is not None:
        occupation = data.occupation_title(code)
        hits[code] = SearchHit(code, occupation, f"code: {code}", -1.0)
    words = words_of(text)
    if not words:
        return list(hits.values())[:limit]
    try:
        rows = data.connection.execute(
            "SELECT s.code, s.kind, s.text, bm25(search_text) AS rank, o.title, "
            "o.employment_rank FROM search_text s JOIN occupation o ON o.code = s.code "
            "WHERE search_text MATCH ? ORDER BY rank LIMIT ?",
            (fts_query(words), CANDIDATE_ROWS)).fetchall()
    except sqlite3.OperationalError:
        rows = []
    best: dict[str, tuple] = {}
    for code_, kind, matched, rank, title, employment_rank in rows:
        key = (KIND_ORDER[kind], rank, employment_rank or 10_000)
        if code_ not in best or key < best[code_][0]:
            best[code_] = (key, kind, matched, title)
    for code_, (key, kind, matched, title) in sorted(best.items(), key=lambda item: item[1][0]):
        if code_ not in hits:
            hits[code_] = SearchHit(code_, title, f"{KIND_LABEL[kind]}: {matched}", key[0])
    return list(hits.values())[:limit]
