"""What a profile's tabs show beyond the summary: tasks, tools, education, skills, styles.

Part of CareerData (repository.py), kept apart so each module stays short;
every method reads one occupation's rows and returns plain tuples or
dataclasses.
"""

from __future__ import annotations

from explorer.data.records import OccupationDetails
from explorer.data.store import Store


class DetailQueries(Store):
    """The detail queries of CareerData, on an open careers.db."""

    def details(self, code: str) -> OccupationDetails | None:
        """Tasks, activities, tools, titles and OOH text of an occupation."""
        rows = self._query(
            "SELECT o.*, p.ooh_url FROM occupation o LEFT JOIN projection p"
            " ON p.soc_code = o.projection_soc_code WHERE o.code = ?",
            (code,),
        )
        if not rows:
            return None
        row = rows[0]
        tasks = self._query("SELECT text, type FROM task WHERE code = ? ORDER BY task_id", (code,))
        interest = self._query(
            "SELECT high_point_1, high_point_2, high_point_3 FROM interest WHERE code = ?", (code,)
        )
        return OccupationDetails(
            code=code,
            core_tasks=tuple(t["text"] for t in tasks if t["type"] != "Supplemental"),
            supplemental_tasks=tuple(t["text"] for t in tasks if t["type"] == "Supplemental"),
            emerging_tasks=tuple(
                r["text"]
                for r in self._query(
                    "SELECT text FROM emerging_task WHERE code = ? ORDER BY text", (code,)
                )
            ),
            work_activities=tuple(
                r["title"]
                for r in self._query(
                    "SELECT t.title FROM work_activity a JOIN work_activity_title t"
                    " ON t.dwa_id = a.dwa_id WHERE a.code = ? ORDER BY t.title",
                    (code,),
                )
            ),
            tools=tuple(
                (r["name"], r["category"])
                for r in self._query(
                    "SELECT name, category FROM tool WHERE code = ? ORDER BY category, name",
                    (code,),
                )
            ),
            reported_titles=tuple(
                r["title"]
                for r in self._query(
                    "SELECT title FROM reported_title WHERE code = ?"
                    " ORDER BY in_my_next_move DESC, title",
                    (code,),
                )
            ),
            interest_high_points=tuple(v for v in (interest[0] if interest else ()) if v),
            bright_outlook=bool(row["bright_outlook"]),
            ooh_summary=row["ooh_summary"],
            ooh_work_environment=row["ooh_work_environment"],
            ooh_url=row["ooh_url"],
        )

    def education_levels(self, code: str) -> list[tuple[str, float, bool]]:
        """O*NET required-education distribution: (level, percent, O*NET suppresses it)."""
        return [
            (r["label"], r["percent"], bool(r["suppress"]))
            for r in self._query(
                "SELECT label, percent, suppress FROM education_level WHERE code = ?"
                " ORDER BY category",
                (code,),
            )
        ]

    def attainment(self, soc_code: str) -> list[tuple[str, float]]:
        """BLS educational attainment of workers 25 and older, in percent."""
        return [
            (r["label"], r["percent"])
            for r in self._query(
                "SELECT label, percent FROM attainment WHERE soc_code = ? ORDER BY level",
                (soc_code,),
            )
        ]

    def utilization_factors(self, soc_code: str) -> list[tuple[str, str]]:
        """BLS factors affecting the occupation's employment: (industry, factor text),
        the all-industries factor first."""
        return [
            (r["industry_title"], r["factor"])
            for r in self._query(
                "SELECT industry_title, factor FROM utilization_factor WHERE soc_code = ?"
                " ORDER BY industry_code LIKE 'TE%' DESC, industry_title",
                (soc_code,),
            )
        ]

    def projection_notes(self, soc_code: str, table_name: str) -> tuple[str, ...]:
        """BLS's footnotes on one occupation's row of a projections table ("Table 6.5":
        skill ranks imputed from similar occupations; "Table 5.3": attainment not an
        exact census match); () where the row has no mark."""
        return tuple(
            r["note"]
            for r in self._query(
                "SELECT note FROM projection_mark WHERE soc_code = ? AND table_name = ?"
                " ORDER BY mark",
                (soc_code, table_name),
            )
        )

    def skill_ranks(self, soc_code: str) -> list[tuple[str, int]]:
        """BLS percentile rank of the occupation on 17 skills, highest first."""
        return [
            (r["skill"], r["percentile"])
            for r in self._query(
                "SELECT skill, percentile FROM bls_skill_rank WHERE soc_code = ?"
                " ORDER BY percentile DESC, skill",
                (soc_code,),
            )
        ]

    def ratings(self, code: str, domain: str) -> list[tuple[str, float | None, float | None]]:
        """O*NET 29.0 skills or knowledge: (name, importance 1-5, level 0-7), most important
        first."""
        return [
            (r["name"], r["importance"], r["level"])
            for r in self._query(
                "SELECT e.name, a.importance, a.level FROM ability_rating a JOIN element e"
                " ON e.element_id = a.element_id WHERE a.code = ? AND e.domain = ?"
                " ORDER BY a.importance DESC, e.name",
                (code, domain),
            )
        ]

    def work_styles(self, code: str) -> list[tuple[str, float, float | None]]:
        """O*NET work styles: (name, impact -3 to +3, distinctiveness rank 0-10), the
        styles that help most first."""
        return [
            (r["name"], r["impact"], r["distinctiveness_rank"])
            for r in self._query(
                "SELECT name, impact, distinctiveness_rank FROM work_style WHERE code = ?"
                " AND impact IS NOT NULL ORDER BY impact DESC, name",
                (code,),
            )
        ]

    def work_values(self, code: str) -> list[tuple[str, float, int | None]]:
        """O*NET work values: (name, extent 1-7, high-point rank 1-3 or None), most
        satisfied first."""
        return [
            (r["name"], r["extent"], r["high_point_rank"])
            for r in self._query(
                "SELECT name, extent, high_point_rank FROM work_value WHERE code = ?"
                " AND extent IS NOT NULL ORDER BY extent DESC, name",
                (code,),
            )
        ]

    def job_zone(self, zone: int) -> dict[str, str] | None:
        """O*NET's description of a job zone (name, education, experience, training)."""
        rows = self._query("SELECT * FROM job_zone WHERE zone = ?", (zone,))
        return dict(rows[0]) if rows else None
