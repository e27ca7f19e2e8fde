"""O*NET's interest areas, their sample activities and every occupation's interest profile.

What the interest quiz (explorer.quiz) reads: the six RIASEC areas with O*NET's
description of each (Content Model Reference), the illustrative activities with
the area or areas each belongs to (a general activity to its own area, a
basic-interest activity to the areas "Basic Interests to RIASEC" gives its basic
interest), the occupations' six OI scores (Interests.txt, 1 to 7) with their job
zone, and the job zones' names. Part of CareerData (repository.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from explorer.data.store import Store

#: The six areas in O*NET's (Holland's) order, as the interest table names its columns.
RIASEC = ("Realistic", "Investigative", "Artistic", "Social", "Enterprising", "Conventional")


@dataclass(frozen=True)
class InterestArea:
    """One of the six RIASEC areas: O*NET's element ID, name and description."""

    element_id: str
    name: str
    description: str


@dataclass(frozen=True)
class InterestActivity:
    """One of O*NET's illustrative activities.

    kind is "General" (it illustrates an area as a whole) or "Basic" (it illustrates a
    basic interest, named in `basic_interest`); areas are the RIASEC areas it belongs
    to, in RIASEC order: one for a general activity, one or two for a basic one.
    """

    text: str
    kind: str
    element_id: str
    basic_interest: str | None
    areas: tuple[str, ...]


@dataclass(frozen=True)
class InterestProfile:
    """An occupation's six O*NET interest scores (OI, 1 to 7) in RIASEC order."""

    code: str
    title: str
    job_zone: int | None
    scores: tuple[float, float, float, float, float, float]


def element_order(element_id: str) -> tuple[int, str]:
    """O*NET's order of element IDs: 1.B.3.z before 1.B.3.aa."""
    last = element_id.rsplit(".", 1)[-1]
    return (len(last), element_id)


class InterestQueries(Store):
    """The interest-quiz queries of CareerData, on an open careers.db."""

    def interest_areas(self) -> tuple[InterestArea, ...]:
        """The six RIASEC areas in RIASEC order, with O*NET's descriptions."""
        rows = self._query(
            "SELECT element_id, name, description FROM interest_element WHERE kind = 'General'"
        )
        areas = sorted(rows, key=lambda r: element_order(r["element_id"]))
        return tuple(InterestArea(r["element_id"], r["name"], r["description"]) for r in areas)

    def interest_activities(self) -> tuple[InterestActivity, ...]:
        """Every illustrative activity: the general ones first, then the basic ones, each
        group in O*NET's element order and each element's activities as O*NET lists them."""
        elements = {
            r["element_id"]: (r["name"], r["kind"])
            for r in self._query("SELECT element_id, name, kind FROM interest_element")
        }
        basic_areas: dict[str, list[str]] = {}
        for r in self._query("SELECT basic_id, area_id FROM basic_interest_area"):
            basic_areas.setdefault(r["basic_id"], []).append(elements[r["area_id"]][0])
        found = []
        for r in self._query("SELECT element_id, activity FROM interest_activity"):
            name, kind = elements[r["element_id"]]
            general = kind == "General"
            areas = [name] if general else basic_areas.get(r["element_id"], [])
            found.append(
                InterestActivity(
                    text=r["activity"],
                    kind=kind,
                    element_id=r["element_id"],
                    basic_interest=None if general else name,
                    areas=tuple(a for a in RIASEC if a in areas),
                )
            )
        return tuple(
            sorted(
                found,
                key=lambda a: (a.kind != "General", element_order(a.element_id), a.text),
            )
        )

    def interest_profiles(self) -> tuple[InterestProfile, ...]:
        """Every occupation O*NET gives all six interest scores, in code order."""
        rows = self._query(
            "SELECT o.code, o.title, o.job_zone, i.realistic, i.investigative, i.artistic,"
            " i.social, i.enterprising, i.conventional FROM interest i"
            " JOIN occupation o ON o.code = i.code ORDER BY o.code"
        )
        profiles = []
        for r in rows:
            values = [r[area.lower()] for area in RIASEC]
            if any(v is None for v in values):
                continue
            a, b, c, d, e, f = (float(v) for v in values)
            profiles.append(
                InterestProfile(r["code"], r["title"], r["job_zone"], (a, b, c, d, e, f))
            )
        return tuple(profiles)

    def job_zone_names(self) -> dict[int, str]:
        """O*NET's name of each job zone ("Job Zone One: Little or No Preparation Needed")."""
        return {r["zone"]: r["name"] for r in self._query("SELECT zone, name FROM job_zone")}
