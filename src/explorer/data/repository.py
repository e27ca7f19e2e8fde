"""Read careers.db into dataclasses: CareerData, the one object the program opens.

Widgets and the command line ask it for occupations; they never see a
cursor. Every query is parameterised. With details.py, programs.py,
interests.py, store.py, search_index.py and catalog.py, this is all the SQL the
program runs.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from explorer.data.codes import parse_code
from explorer.data.details import DetailQueries
from explorer.data.footnotes import TOP_CODED, top_coding_caps
from explorer.data.interests import InterestQueries
from explorer.data.programs import ProgramQueries
from explorer.data.records import (
    AreaFigures,
    Footnote,
    IndustryFigures,
    Interests,
    MajorGroup,
    Occupation,
    Percentiles,
    Projection,
    RelatedOccupation,
    StateFigures,
    Technology,
    WagePoint,
    Wages,
)
from explorer.data.schema import WAGE_MEASURES, footnote_pairs, measure_footnotes

NATIONAL = "0000000"
ALL_INDUSTRIES = "000000"
PERCENTILE_FIELDS = ("mean", "p10", "p25", "median", "p75", "p90")
MEASURE_OF_DATATYPE = dict(WAGE_MEASURES)


def _cap(footnotes: str | None, measure: str, cap: float | None) -> float | None:
    """cap where the stored footnotes top-code the measure (footnote 5), else None."""
    return cap if TOP_CODED in measure_footnotes(footnotes, measure) else None


def _dollars(cents: int | None) -> float | None:
    """Dollars from whole cents as stored; None stays None."""
    return None if cents is None else cents / 100


class CareerData(DetailQueries, ProgramQueries, InterestQueries):
    """An open careers.db. Create one per process (or thread) and reuse it."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self._footnotes: dict[str, str] = {
            r["code"]: r["text"] for r in self._query("SELECT code, text FROM wage_footnote")
        }
        self._meta: dict[str, str] = {
            r["key"]: r["value"] for r in self._query("SELECT key, value FROM meta")
        }
        self._releases = {
            k.removeprefix("release."): v for k, v in self._meta.items() if k.startswith("release.")
        }

    # -- releases -----------------------------------------------------------------

    def releases(self) -> dict[str, str]:
        """Release of each source by short name ("oews": "May 2025")."""
        return dict(self._releases)

    def sources(self) -> list[dict[str, str]]:
        """Each source's title, release, input files and their SHA-256."""
        order = (
            "onet",
            "onet_skills",
            "clusters",
            "oews",
            "oews_history",
            "projections",
            "ooh",
            "cip",
            "military",
        )
        rows = [dict(r) for r in self._query("SELECT * FROM source")]
        return sorted(rows, key=lambda r: order.index(r["name"]) if r["name"] in order else 99)

    # -- codes --------------------------------------------------------------------

    def resolve_code(self, text: str) -> str | None:
        """The O*NET-SOC code meant by typed text, or None if there is none.

        "29-2072" and "292072" mean 29-2072.00 where it exists, else the first
        O*NET occupation under that SOC code.
        """
        parsed = parse_code(text)
        if parsed is None:
            return None
        soc, suffix = parsed
        if suffix is not None:
            found = self._query("SELECT code FROM occupation WHERE code = ?", (f"{soc}.{suffix}",))
        else:
            found = self._query(
                "SELECT code FROM occupation WHERE soc_code = ? ORDER BY code LIMIT 1", (soc,)
            )
        return found[0]["code"] if found else None

    def occupation_count(self) -> int:
        """How many occupations the database holds."""
        count: int = self._query("SELECT COUNT(*) AS n FROM occupation")[0]["n"]
        return count

    def occupation_codes(self) -> list[str]:
        """Every O*NET-SOC code in the database, in code order."""
        return [r["code"] for r in self._query("SELECT code FROM occupation ORDER BY code")]

    def occupation_title(self, code: str) -> str:
        """Title of an O*NET-SOC code ("" if unknown)."""
        rows = self._query("SELECT title FROM occupation WHERE code = ?", (code,))
        return rows[0]["title"] if rows else ""

    # -- one occupation -----------------------------------------------------------

    def occupation(self, code: str) -> Occupation | None:
        """Everything `show` prints for one O*NET-SOC code, or None if unknown."""
        rows = self._query(
            "SELECT o.*, g.title AS group_title FROM occupation o "
            "JOIN major_group g ON g.code = o.major_group WHERE o.code = ?",
            (code,),
        )
        if not rows:
            return None
        row = rows[0]
        wage_code = row["wage_soc_code"]
        return Occupation(
            code=row["code"],
            title=row["title"],
            description=row["description"],
            major_group=MajorGroup(row["major_group"], row["group_title"]),
            job_zone=row["job_zone"],
            wage_soc_code=wage_code,
            wages=self.wages(wage_code) if wage_code else None,
            projections=self.projection(row["projection_soc_code"]),
            interests=self.interests(code),
            tasks=tuple(
                r["text"]
                for r in self._query(
                    "SELECT text FROM task WHERE code = ? ORDER BY type = 'Supplemental', task_id",
                    (code,),
                )
            ),
            technology=tuple(
                Technology(r["name"], r["category"], bool(r["hot"]), bool(r["in_demand"]))
                for r in self._query(
                    "SELECT name, category, hot, in_demand FROM technology "
                    "WHERE code = ? ORDER BY category, name",
                    (code,),
                )
            ),
            alternate_titles=tuple(
                r["title"]
                for r in self._query(
                    "SELECT title FROM alternate_title WHERE code = ? ORDER BY title", (code,)
                )
            ),
            states=self.states(wage_code) if wage_code else (),
            wage_soc_title=row["wage_soc_title"],
            projection_soc_code=row["projection_soc_code"],
            projection_soc_title=row["projection_soc_title"],
            related=tuple(
                RelatedOccupation(r["related_code"], r["title"], r["tier"])
                for r in self._query(
                    "SELECT r.related_code, o.title, r.tier FROM "
                    "related_occupation r JOIN occupation o ON "
                    "o.code = r.related_code WHERE r.code = ? ORDER BY r.rank",
                    (code,),
                )
            ),
            programs=self.programs(row["soc_code"]),
            military_codes=self.military_codes(code),
        )

    def wages(
        self, soc_code: str, area_code: str = NATIONAL, industry_code: str = ALL_INDUSTRIES
    ) -> Wages | None:
        """OEWS figures for a BLS code in an area and industry, or None if unpublished."""
        rows = self._query(
            "SELECT * FROM wage WHERE soc_code = ? AND area_code = ? AND industry_code = ?",
            (soc_code, area_code, industry_code),
        )
        return self._wages_from_row(rows[0]) if rows else None

    def _wages_from_row(self, row: sqlite3.Row) -> Wages:
        def percentiles(prefix: str, scale: float, suffix: str) -> Percentiles:
            values = {}
            for name in PERCENTILE_FIELDS:
                column = f"{prefix}_{'median' if name == 'median' else name}{suffix}"
                value = row[column]
                values[name] = None if value is None else value / scale
            return Percentiles(**values)

        return Wages(
            release=self._releases.get("oews", ""),
            soc_code=row["soc_code"],
            employment=row["employment"],
            annual=percentiles("annual", 1, ""),
            hourly=percentiles("hourly", 100, "_cents"),
            per_1000=row["per_1000"],
            location_quotient=row["location_quotient"],
            footnotes=self._footnotes_of(row["footnotes"]),
        )

    def _footnotes_of(self, text: str | None) -> tuple[Footnote, ...]:
        by_code: dict[str, list[str]] = {}
        for datatype, code in footnote_pairs(text):
            by_code.setdefault(code, []).append(MEASURE_OF_DATATYPE[datatype])
        return tuple(
            Footnote(code, self._footnotes.get(code, ""), tuple(measures))
            for code, measures in sorted(by_code.items())
        )

    def projection(self, soc_code: str | None) -> Projection | None:
        """Employment Projections 2024–34 for a BLS code, or None."""
        if soc_code is None:
            return None
        rows = self._query("SELECT * FROM projection WHERE soc_code = ?", (soc_code,))
        if not rows:
            return None
        r = rows[0]
        return Projection(
            soc_code=r["soc_code"],
            employment_2024=r["employment_2024"],
            employment_2034=r["employment_2034"],
            change_numeric=r["change_numeric"],
            change_percent=r["change_percent"],
            openings_annual=r["openings_annual"],
            growth_category=r["growth_category"],
            typical_education=r["typical_education"],
            work_experience=r["work_experience"],
            training=r["training"],
            self_employed_percent=r["self_employed_percent"],
            openings_growth=r["openings_growth"],
            openings_exits=r["openings_exits"],
            openings_transfers=r["openings_transfers"],
        )

    def interests(self, code: str) -> Interests | None:
        """RIASEC scores of an occupation, or None where O*NET has none."""
        rows = self._query("SELECT * FROM interest WHERE code = ?", (code,))
        if not rows:
            return None
        r = rows[0]
        return Interests(
            r["realistic"],
            r["investigative"],
            r["artistic"],
            r["social"],
            r["enterprising"],
            r["conventional"],
        )

    def states(self, soc_code: str) -> tuple[StateFigures, ...]:
        """OEWS figures in every state and territory where BLS publishes them."""
        rows = self._query(
            "SELECT a.state_abbr, a.name, w.employment, w.per_1000, w.location_quotient, "
            "w.annual_median, w.hourly_median_cents, w.footnotes FROM wage w JOIN area a "
            "ON a.area_code = w.area_code WHERE w.soc_code = ? AND a.area_type = 'S' "
            "AND w.industry_code = ? ORDER BY a.name",
            (soc_code, ALL_INDUSTRIES),
        )
        return tuple(
            StateFigures(
                r["state_abbr"],
                r["name"],
                r["employment"],
                r["per_1000"],
                r["location_quotient"],
                r["annual_median"],
                _dollars(r["hourly_median_cents"]),
                self._footnotes_of(r["footnotes"]),
            )
            for r in rows
        )

    def wage_history(self, soc_code: str) -> list[WagePoint]:
        """National median wage by year (May 2014 to May 2024), annual and hourly, where
        the year's file published the code; None where it published "*" or "#", with
        the cap the file states where it top-coded ("#")."""
        return [
            WagePoint(
                r["year"],
                r["annual_median"],
                _dollars(r["hourly_median_cents"]),
                r["annual_cap"],
                _dollars(r["hourly_cap_cents"]),
                r["note"],
            )
            for r in self._query(
                "SELECT year, annual_median, hourly_median_cents, annual_cap, hourly_cap_cents,"
                " note FROM wage_history WHERE soc_code = ? ORDER BY year",
                (soc_code,),
            )
        ]

    def industries(self, soc_code: str, level: int) -> list[IndustryFigures]:
        """National figures of a BLS code in each industry of one NAICS level; where BLS
        top-coded a median (footnote 5), the cap its footnote states."""
        caps = top_coding_caps(self._footnotes.get(TOP_CODED, "")) or (None, None)
        return [
            IndustryFigures(
                r["industry_code"],
                r["name"],
                r["employment"],
                r["annual_median"],
                _dollars(r["hourly_median_cents"]),
                caps[1]
                if TOP_CODED in measure_footnotes(r["footnotes"], "annual_median")
                else None,
                caps[0]
                if TOP_CODED in measure_footnotes(r["footnotes"], "hourly_median")
                else None,
            )
            for r in self._query(
                "SELECT w.industry_code, i.name, w.employment, w.annual_median,"
                " w.hourly_median_cents, w.footnotes FROM wage w"
                " JOIN industry i ON i.industry_code = w.industry_code WHERE w.soc_code = ?"
                " AND w.area_code = ? AND i.level = ? ORDER BY w.employment DESC",
                (soc_code, NATIONAL, level),
            )
        ]

    # -- states and areas (the State Data tab) --------------------------------------

    def areas(self, soc_code: str) -> tuple[AreaFigures, ...]:
        """OEWS figures in every metropolitan and nonmetropolitan area where BLS
        publishes them, in one query (the State Data tab ranks and filters them)."""
        rows = self._query(
            "SELECT a.area_code, a.state_abbr, a.name, w.employment, w.annual_median, "
            "w.hourly_median_cents, w.footnotes FROM wage w JOIN area a "
            "ON a.area_code = w.area_code WHERE w.soc_code = ? AND w.industry_code = ? "
            "AND a.area_type = 'M' ORDER BY a.name",
            (soc_code, ALL_INDUSTRIES),
        )
        return tuple(
            AreaFigures(
                r["area_code"],
                r["name"],
                r["state_abbr"] or "",
                r["employment"],
                r["annual_median"],
                _dollars(r["hourly_median_cents"]),
                self._footnotes_of(r["footnotes"]),
            )
            for r in rows
        )

    def state_wages(self, soc_code: str, abbr: str) -> Wages | None:
        """OEWS figures (with every percentile) for a BLS code in one state or
        territory, by its postal abbreviation; None if BLS published none."""
        rows = self._query(
            "SELECT w.* FROM wage w JOIN area a ON a.area_code = w.area_code "
            "WHERE w.soc_code = ? AND w.industry_code = ? AND a.area_type = 'S' "
            "AND a.state_abbr = ?",
            (soc_code, ALL_INDUSTRIES, abbr),
        )
        return self._wages_from_row(rows[0]) if rows else None
