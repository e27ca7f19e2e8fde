"""Every state and territory BLS publishes OEWS figures for, written down once.

The 50 states, the District of Columbia, Guam, Puerto Rico and the U.S.
Virgin Islands: each with its USPS abbreviation, its name as BLS writes it and
its FIPS code (which also makes its OEWS state area code, "48" -> "4800000").
The build step, the administrator's defaults and the State Data tab all read
this one list, so a place is never known to one part and unknown to another.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Place:
    """A state or territory: USPS abbreviation, BLS name and FIPS state code."""

    abbr: str
    name: str
    fips: str

    @property
    def area_code(self) -> str:
        """The OEWS area code of the whole state ("4800000" for Texas)."""
        return f"{self.fips}00000"


#: In FIPS order, as OEWS lists them.
PLACES: tuple[Place, ...] = tuple(
    Place(abbr, name, fips)
    for fips, abbr, name in (
        ("01", "AL", "Alabama"),
        ("02", "AK", "Alaska"),
        ("04", "AZ", "Arizona"),
        ("05", "AR", "Arkansas"),
        ("06", "CA", "California"),
        ("08", "CO", "Colorado"),
        ("09", "CT", "Connecticut"),
        ("10", "DE", "Delaware"),
        ("11", "DC", "District of Columbia"),
        ("12", "FL", "Florida"),
        ("13", "GA", "Georgia"),
        ("15", "HI", "Hawaii"),
        ("16", "ID", "Idaho"),
        ("17", "IL", "Illinois"),
        ("18", "IN", "Indiana"),
        ("19", "IA", "Iowa"),
        ("20", "KS", "Kansas"),
        ("21", "KY", "Kentucky"),
        ("22", "LA", "Louisiana"),
        ("23", "ME", "Maine"),
        ("24", "MD", "Maryland"),
        ("25", "MA", "Massachusetts"),
        ("26", "MI", "Michigan"),
        ("27", "MN", "Minnesota"),
        ("28", "MS", "Mississippi"),
        ("29", "MO", "Missouri"),
        ("30", "MT", "Montana"),
        ("31", "NE", "Nebraska"),
        ("32", "NV", "Nevada"),
        ("33", "NH", "New Hampshire"),
        ("34", "NJ", "New Jersey"),
        ("35", "NM", "New Mexico"),
        ("36", "NY", "New York"),
        ("37", "NC", "North Carolina"),
        ("38", "ND", "North Dakota"),
        ("39", "OH", "Ohio"),
        ("40", "OK", "Oklahoma"),
        ("41", "OR", "Oregon"),
        ("42", "PA", "Pennsylvania"),
        ("44", "RI", "Rhode Island"),
        ("45", "SC", "South Carolina"),
        ("46", "SD", "South Dakota"),
        ("47", "TN", "Tennessee"),
        ("48", "TX", "Texas"),
        ("49", "UT", "Utah"),
        ("50", "VT", "Vermont"),
        ("51", "VA", "Virginia"),
        ("53", "WA", "Washington"),
        ("54", "WV", "West Virginia"),
        ("55", "WI", "Wisconsin"),
        ("56", "WY", "Wyoming"),
        ("66", "GU", "Guam"),
        ("72", "PR", "Puerto Rico"),
        ("78", "VI", "Virgin Islands"),
    )
)

#: Name of each place by USPS abbreviation ("TX": "Texas").
PLACE_NAMES: dict[str, str] = {p.abbr: p.name for p in PLACES}
#: USPS abbreviation of each FIPS state code ("48": "TX").
ABBR_OF_FIPS: dict[str, str] = {p.fips: p.abbr for p in PLACES}


def is_place(abbr: str) -> bool:
    """True when abbr is the USPS abbreviation (upper case) of a place in PLACES."""
    return abbr in PLACE_NAMES


def place_name(abbr: str) -> str:
    """The BLS name of a place by its USPS abbreviation; KeyError if there is none."""
    return PLACE_NAMES[abbr]
