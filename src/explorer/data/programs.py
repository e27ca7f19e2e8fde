"""Programs of study (NCES CIP to SOC crosswalk) and military codes (O*NET military
crosswalk) of an occupation.

Part of CareerData (repository.py), kept apart so each module stays short.
Programs are joined on the occupation's 6-digit SOC code (29-2072 for
29-2072.00); military codes on the O*NET-SOC code itself.
"""

from __future__ import annotations

from explorer.data.records import MilitaryCode, Program
from explorer.data.store import Store

#: Service named by the crosswalk's svc letter (SOURCES.md); others are "Military".
SERVICES = {
    "A": "Army",
    "U": "Army",
    "M": "Marine Corps",
    "J": "Marine Corps",
    "N": "Navy",
    "V": "Navy",
    "Y": "Navy",
    "F": "Air Force",
    "G": "Air Force",
    "H": "Air Force",
    "C": "Coast Guard",
    "X": "Space Force",
}
OTHER_SERVICE = "Military"
#: Services in the order a list shows them.
SERVICE_ORDER = ("Army", "Marine Corps", "Navy", "Air Force", "Coast Guard", "Space Force")


def service_of(svc: str) -> str:
    """The service a crosswalk svc letter stands for ("A" -> "Army")."""
    return SERVICES.get(svc.strip().upper(), OTHER_SERVICE)


def _service_rank(service: str) -> int:
    return SERVICE_ORDER.index(service) if service in SERVICE_ORDER else len(SERVICE_ORDER)


class ProgramQueries(Store):
    """The program and military queries of CareerData, on an open careers.db."""

    def programs(self, soc_code: str) -> tuple[Program, ...]:
        """Instructional programs NCES maps to a 6-digit SOC code, by title."""
        return tuple(
            Program(r["cip"], r["title"], r["definition"])
            for r in self._query(
                "SELECT p.cip, p.title, p.definition FROM program_soc s JOIN program p"
                " ON p.cip = s.cip WHERE s.soc_code = ? ORDER BY p.title, p.cip",
                (soc_code,),
            )
        )

    def nces_no_match(self, soc_code: str) -> bool:
        """True where NCES writes NO MATCH for the SOC code (no program prepares for it)."""
        return bool(self._query("SELECT 1 FROM program_no_match WHERE soc_code = ?", (soc_code,)))

    def military_codes(self, code: str) -> tuple[MilitaryCode, ...]:
        """Military codes the O*NET crosswalk matches to an occupation, by service and code."""
        found = {
            MilitaryCode(service_of(r["svc"]), r["moc"], r["title"])
            for r in self._query(
                "SELECT svc, moc, title FROM military_code WHERE code = ?", (code,)
            )
        }
        return tuple(sorted(found, key=lambda m: (_service_rank(m.service), m.service, m.code)))

    def military_services(self) -> dict[tuple[str, str], str]:
        """(code, title) of each military code -> its services ("Army", "Navy and Air
        Force"), for the reason a search hit gives."""
        named: dict[tuple[str, str], set[str]] = {}
        for r in self._query("SELECT DISTINCT svc, moc, title FROM military_code"):
            named.setdefault((r["moc"], r["title"]), set()).add(service_of(r["svc"]))
        return {
            key: " and ".join(sorted(names, key=lambda s: (_service_rank(s), s)))
            for key, names in named.items()
        }

    def civilian_matches(self, code: str) -> list[str]:
        """Civilian occupations (not 55-) that a military occupation's codes also match,
        those matched by the most codes first, then by code."""
        return [
            r["code"]
            for r in self._query(
                "SELECT c.code, COUNT(DISTINCT m.svc || ' ' || m.moc) AS shared"
                " FROM military_code m JOIN military_code c ON c.svc = m.svc AND c.moc = m.moc"
                " WHERE m.code = ? AND c.code NOT LIKE '55-%' AND c.code <> m.code"
                " GROUP BY c.code ORDER BY shared DESC, c.code",
                (code,),
            )
        ]
