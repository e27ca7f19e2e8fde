"""Occupations as JSON-ready dicts, in the key order `show --json` documents.

Beside each wage figure the document gives the words a person reads for it
(footnotes.wage_text: "$239,200 or more", "hourly wages only"), the same words
the window and the reports show, so a script need not decode BLS footnotes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, fields

from explorer.data.footnotes import wage_text
from explorer.data.records import Footnote, Occupation, Percentiles, StateFigures, Wages


def _wages(wages: Wages | None) -> dict[str, object] | None:
    if wages is None:
        return None
    return {
        "release": wages.release,
        "soc_code": wages.soc_code,
        "employment": wages.employment,
        "annual": asdict(wages.annual),
        "annual_text": _texts(wages.annual, "annual", wages.footnotes),
        "hourly": asdict(wages.hourly),
        "hourly_text": _texts(wages.hourly, "hourly", wages.footnotes),
        "footnotes": _footnotes(wages.footnotes),
    }


def _codes(footnotes: Iterable[Footnote], measure: str) -> frozenset[str]:
    return frozenset(f.code for f in footnotes if measure in f.measures)


def _texts(values: Percentiles, prefix: str, footnotes: tuple[Footnote, ...]) -> dict[str, str]:
    """Each percentile of one kind ("annual") in words, keyed like the figures."""
    return {
        f.name: wage_text(
            getattr(values, f.name), f"{prefix}_{f.name}", _codes(footnotes, f"{prefix}_{f.name}")
        )
        for f in fields(values)
    }


def _footnotes(footnotes: tuple[Footnote, ...]) -> list[dict[str, object]]:
    return [asdict(f) | {"measures": list(f.measures)} for f in footnotes]


def _state(state: StateFigures) -> dict[str, object]:
    document: dict[str, object] = {}
    for key, value in (asdict(state) | {"footnotes": _footnotes(state.footnotes)}).items():
        document[key] = value
        if key in ("annual_median", "hourly_median"):
            document[f"{key}_text"] = wage_text(value, key, _codes(state.footnotes, key))
    return document


def occupation_to_dict(occupation: Occupation) -> dict[str, object]:
    """The `show --json` document: null wherever BLS or O*NET publish nothing."""
    o = occupation
    return {
        "code": o.code,
        "title": o.title,
        "description": o.description,
        "major_group": asdict(o.major_group),
        "job_zone": o.job_zone,
        "wage_soc_code": o.wage_soc_code,
        "wage_soc_title": o.wage_soc_title,
        "projection_soc_code": o.projection_soc_code,
        "projection_soc_title": o.projection_soc_title,
        "wages": _wages(o.wages),
        "projections": asdict(o.projections) if o.projections else None,
        "interests": asdict(o.interests) if o.interests else None,
        "tasks": list(o.tasks),
        "technology": [asdict(t) for t in o.technology],
        "alternate_titles": list(o.alternate_titles),
        "states": [_state(s) for s in o.states],
        "related": [asdict(r) for r in o.related],
        "programs": [{"cip": p.cip, "title": p.title} for p in o.programs],
        "military_codes": [asdict(m) for m in o.military_codes],
    }
