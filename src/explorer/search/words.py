"""Word lists for search: words to ignore, everyday words, and a light stemmer.

Students type "someone who fixes cars", not "automotive service technician".
The stop words drop what carries no meaning in a job search; the everyday
words add the terms O*NET uses for the same thing. Both only widen what a
word can match; the ranking in search/engine.py decides what comes first.
"""

from __future__ import annotations

from functools import lru_cache

STOP_WORDS = frozenset(
    (
        "a",
        "an",
        "the",
        "and",
        "or",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "with",
        "by",
        "from",
        "as",
        "is",
        "are",
        "be",
        "being",
        "been",
        "am",
        "was",
        "were",
        "i",
        "me",
        "my",
        "you",
        "your",
        "we",
        "our",
        "they",
        "their",
        "he",
        "she",
        "his",
        "her",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "who",
        "whom",
        "which",
        "what",
        "where",
        "when",
        "how",
        "why",
        "do",
        "does",
        "doing",
        "did",
        "can",
        "could",
        "would",
        "should",
        "will",
        "want",
        "wants",
        "like",
        "likes",
        "love",
        "loves",
        "someone",
        "somebody",
        "person",
        "people",
        "job",
        "jobs",
        "career",
        "careers",
        "work",
        "works",
        "working",
        "worker",
        "workers",
        "kind",
        "type",
        "sort",
        "something",
        "things",
        "thing",
        "help",
        "helps",
    )
)

#: Everyday word -> words O*NET titles, alternate titles and tasks use.
EVERYDAY_WORDS: dict[str, tuple[str, ...]] = {
    "fix": ("repair", "mechanic"),
    "fixes": ("repair", "mechanic"),
    "fixing": ("repair", "mechanic"),
    "fixer": ("repairer", "mechanic"),
    "car": ("automotive", "auto"),
    "cars": ("automotive", "auto"),
    "truck": ("tractor",),
    "trucks": ("tractor",),
    "vet": ("veterinarian",),
    "vets": ("veterinarian",),
    "doctor": ("physician",),
    "doctors": ("physician",),
    "kid": ("child",),
    "kids": ("child", "children"),
    "animal": ("animals",),
    "pet": ("animal",),
    "pets": ("animal",),
    "computer": ("computers",),
    "coding": ("programmer", "developer"),
    "cop": ("police",),
    "cops": ("police",),
    "lawyer": ("attorney",),
    "lawyers": ("attorney",),
    "teeth": ("dental", "dentist"),
    "tooth": ("dental", "dentist"),
    "hair": ("hairdresser", "hairstylist"),
    "money": ("financial", "finance"),
    "plane": ("aircraft", "pilot"),
    "planes": ("aircraft", "pilot"),
    "fly": ("pilot", "aircraft"),
    "cook": ("cooks", "chef"),
    "food": ("cooks", "chef"),
    "build": ("construction", "builder"),
    "builds": ("construction", "builder"),
    "house": ("residential", "construction"),
    "houses": ("residential", "construction"),
    "games": ("video", "game"),
    "art": ("artist", "artists"),
    "draw": ("illustrator",),
    "music": ("musician", "musicians"),
    "sick": ("patient", "patients"),
    "fire": ("firefighter", "fire"),
    "electric": ("electrician", "electrical"),
}

_SUFFIXES = ("ing", "es", "s")


@lru_cache(maxsize=65536)
def root(word: str) -> str:
    """A crude stem, enough to tell nurse, nurses and nursing are one word (but
    teacher and teaching are not: the index's Porter stemmer agrees)."""
    word = word.lower()
    if word.endswith("'s"):
        word = word[:-2]
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
            word = word[: -len(suffix)]
            break
    return word[:-1] if word.endswith("e") and len(word) > 3 else word
