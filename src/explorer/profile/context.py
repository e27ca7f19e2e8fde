"""What every section builder is given: the occupation, the database and where it will show.

One SectionContext is made per occupation and medium; the builders read the
occupation's figures from it and ask the data layer for the rest, so a
section is defined once whether it fills a tab or a printed page.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from explorer.data.catalog import OccupationSummary
from explorer.data.records import Occupation, OccupationDetails
from explorer.data.repository import CareerData
from explorer.profile.sources import Releases, releases

SCREEN, PRINT = "screen", "print"


class ProfileError(ValueError):
    """A request a profile cannot honour: an unknown code, section or state."""


@dataclass(frozen=True)
class SectionContext:
    """An occupation as the section builders see it.

    medium is SCREEN (tabs: every item, interactive parts) or PRINT (a few
    pages: the first few of each list, fixed tables); state is the state or
    territory whose figures the printed State Data section shows (None: the
    states with the most jobs).
    """

    data: CareerData
    occupation: Occupation
    details: OccupationDetails
    releases: Releases
    catalog: Mapping[str, OccupationSummary]
    medium: str = SCREEN
    state: str | None = None

    @property
    def printing(self) -> bool:
        """True when the section goes on paper."""
        return self.medium == PRINT


def make_context(
    data: CareerData,
    code: str,
    catalog: Mapping[str, OccupationSummary],
    medium: str = SCREEN,
    state: str | None = None,
) -> SectionContext:
    """The context of one occupation code; ProfileError if the code is unknown."""
    occupation = data.occupation(code)
    details = data.details(code)
    if occupation is None or details is None:
        raise ProfileError(f"unknown occupation code: {code!r}")
    return SectionContext(data, occupation, details, releases(data), catalog, medium, state)
