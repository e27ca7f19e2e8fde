"""Occupations as JSON-ready dicts, in the key order `show --json` documents."""

from __future__ import annotations

from dataclasses import asdict

from explorer.data.records import Occupation, StateFigures, Wages


def _wages(wages: Wages | None) -> dict | None:
    if wages is None:
        return None
    return {
        "release": wages.release,
        "soc_code": wages.soc_code,
        "employment": wages.employment,
        "annual": asdict(wages.annual),
        "hourly": asdict(wages.hourly),
        "footnotes": _footnotes(wages.footnotes),
    }


def _footnotes(footnotes: tuple) -> list[dict]:
    return [asdict(f) | {"measures": list(f.measures)} for f in footnotes]


def _state(state: StateFigures) -> dict:
    return asdict(state) | {"footnotes": _footnotes(state.footnotes)}


def occupation_to_dict(occupation: Occupation) -> dict:
    """The `show --json` document: null wherever BLS or O*NET publish nothing."""
    o = occupation
    return {
        "code": o.code,
        "title": o.title,
        "description": o.description,
        "major_group": asdict(o.major_group),
        "job_zone": o.job_zone,
        "wage_soc_code": o.wage_soc_code,
        "wages": _wages(o.wages),
        "projections": asdict(o.projections) if o.projections else None,
        "interests": asdict(o.interests) if o.interests else None,
        "tasks": list(o.tasks),
        "technology": [asdict(t) for t in o.technology],
        "alternate_titles": list(o.alternate_titles),
        "states": [_state(s) for s in o.states],
        "related": [asdict(r) for r in o.related],
    }
