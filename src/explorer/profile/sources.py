"""The data releases, read from careers.db, and every source line and attribution built from them.

No release name ("May 2025", "2024–34", "O*NET 30.1") is typed anywhere in the
program outside the build step: the build records them in the database's
meta and source tables, and this module turns them into the words charts,
tabs, reports and the About box print. A yearly data refresh then changes
the database alone.
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass

from explorer.data.repository import CareerData

_VERSION = re.compile(r"O\*NET\s+(\d+(?:\.\d+)?)")
_YEAR = re.compile(r"(\d{4})")
_cache: weakref.WeakKeyDictionary[CareerData, Releases] = weakref.WeakKeyDictionary()


@dataclass(frozen=True)
class Releases:
    """What each source's release is called, in the forms the program writes.

    oews is "May 2025"; projections "2024–34", with its first and last years;
    onet and onet_skills the O*NET database versions ("30.1", "29.0");
    history the first year of the wage trend ("May 2014").
    """

    oews: str
    projections: str
    onet: str
    onet_skills: str
    history_start: str
    attainment: str = ""
    cip: str = ""
    military: str = ""

    @property
    def oews_year(self) -> str:
        """The OEWS reference year ("2025")."""
        match = _YEAR.search(self.oews)
        return match.group(1) if match else self.oews

    @property
    def base_year(self) -> str:
        """The projections' base year ("2024")."""
        match = _YEAR.search(self.projections)
        return match.group(1) if match else self.projections

    @property
    def target_year(self) -> str:
        """The projections' target year ("2034"), from "2024–34"."""
        base = self.base_year
        tail = re.split(r"[–-]", self.projections)[-1].strip()
        if base.isdigit() and tail.isdigit() and len(tail) == 2:
            return base[:2] + tail
        return tail

    # -- source lines ------------------------------------------------------------------

    @property
    def oews_source(self) -> str:
        """Source line of a chart of OEWS figures."""
        return f"Source: BLS Occupational Employment and Wage Statistics, {self.oews}"

    @property
    def projections_source(self) -> str:
        """Source line of a chart of Employment Projections figures."""
        return f"Source: BLS Employment Projections {self.projections}"

    @property
    def onet_source(self) -> str:
        """Source line of a chart of O*NET figures."""
        return f"Source: O*NET® {self.onet} Database (USDOL/ETA), CC BY 4.0"

    @property
    def onet_skills_source(self) -> str:
        """Source line of the skills and knowledge charts (an older O*NET release)."""
        return f"Source: O*NET® {self.onet_skills} Database (USDOL/ETA), CC BY 4.0"

    @property
    def history_source(self) -> str:
        """Source line of the wage trend."""
        return (
            "Source: BLS Occupational Employment and Wage Statistics, national "
            f"estimates {self.history_start}–{self.oews}"
        )

    @property
    def attainment_source(self) -> str:
        """Source line of the educational attainment chart."""
        years = f", {self.attainment}" if self.attainment else ""
        return (
            "Source: BLS Employment Projections, educational attainment of workers "
            f"25 and older{years}"
        )

    @property
    def skills_source(self) -> str:
        """Source line of the BLS skill ranks."""
        return f"Source: BLS Employment Projections {self.projections}, skills data"

    @property
    def programs_source(self) -> str:
        """Source line of the programs of study (public domain, NCES)."""
        return (
            "Source: U.S. Department of Education, National Center for Education "
            f"Statistics (NCES), CIP to SOC crosswalk, {self.cip} (public domain)"
        )

    @property
    def military_source(self) -> str:
        """Source line of anything from the O*NET military crosswalk (CC BY 4.0, modified)."""
        return (
            f"Source: O*NET® military crosswalk (USDOL/ETA), military codes of {self.military},"
            " CC BY 4.0; modified by Career Explorer (only codes that match an occupation)"
        )

    @property
    def short(self) -> str:
        """The releases in a few words, for a table's source line."""
        return (
            f"BLS OEWS {self.oews}; BLS Employment Projections {self.projections}; "
            f"O*NET® {self.onet}"
        )

    # -- attribution -------------------------------------------------------------------

    def attribution(self) -> tuple[str, ...]:
        """The attribution the sources ask for (../shared/data/SOURCES.md): About box and
        the last page of every printed report."""
        onet = (
            f"This product includes information from the O*NET {self.onet} Database by "
            "the U.S. Department of Labor, Employment and Training Administration "
            "(USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of "
            "USDOL/ETA. Career Explorer has modified all or some of this information. "
            "USDOL/ETA has not approved, endorsed, or tested these modifications."
        )
        onet_skills = (
            f"Skills and knowledge ratings are from the O*NET {self.onet_skills} "
            "Database (USDOL/ETA), under the same license."
        )
        bls = (
            "Wages: U.S. Bureau of Labor Statistics, Occupational Employment and Wage "
            f"Statistics, {self.oews}. Projections: U.S. Bureau of Labor Statistics, "
            f"Employment Projections {self.projections}. The Bureau of Labor Statistics "
            "and the Department of Labor do not endorse Career Explorer."
        )
        extra = []
        if self.military:
            extra.append(
                "Military codes are from the O*NET military crosswalk (USDOL/ETA, military "
                f"occupational codes of {self.military}), under the same license; Career "
                "Explorer has modified it (only codes that match an occupation are kept)."
            )
        if self.cip:
            extra.append(
                "Programs of study: U.S. Department of Education, National Center for "
                f"Education Statistics, CIP to SOC crosswalk ({self.cip}) and the CIP list; "
                "public domain."
            )
        return (onet, onet_skills, bls, *extra)


def releases(data: CareerData) -> Releases:
    """The releases of the open database (read once per CareerData)."""
    found = _cache.get(data)
    if found is None:
        found = _read(data)
        _cache[data] = found
    return found


def _read(data: CareerData) -> Releases:
    named = data.releases()
    titles = {s["name"]: s["title"] for s in data.sources()}

    def version(name: str) -> str:
        match = _VERSION.search(titles.get(name, ""))
        return match.group(1) if match else named.get(name, "")

    history = named.get("oews_history", "")
    return Releases(
        oews=named.get("oews", ""),
        projections=named.get("projections", ""),
        onet=version("onet"),
        onet_skills=version("onet_skills"),
        history_start=history.split(" to ")[0].strip(),
        attainment=named.get("attainment", ""),
        cip=named.get("cip", ""),
        military=named.get("military", ""),
    )
