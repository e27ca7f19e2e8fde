"""The lists Home invites a student to browse, each a filter and a sort of the results.

A list is not a separate query: it puts a filter on the results table (the same
OccupationFilter the filter panel sets) and sorts it by a column, so the student
sees it in the middle column, can narrow it further and can read why each row is
there. "Best paying with a bachelor's degree" is BLS's typical entry education
of exactly a bachelor's degree, sorted by national median yearly pay.
"""

from __future__ import annotations

from dataclasses import dataclass

from explorer.data.catalog import OccupationFilter

#: The results table's columns a list sorts by (ui.browse.results_model.COLUMNS).
PAY_COLUMN, GROWTH_COLUMN, OPENINGS_COLUMN = 1, 2, 3


@dataclass(frozen=True)
class BrowseList:
    """One list: its name, what it is in a sentence, its filter and the column it is
    sorted by, largest first."""

    key: str
    title: str
    description: str
    occupation_filter: OccupationFilter
    sort_column: int


BROWSE_LISTS: tuple[BrowseList, ...] = (
    BrowseList(
        "bright",
        "Bright Outlook careers",
        "Occupations O*NET expects to grow fast or to have many openings, most openings first.",
        OccupationFilter(bright_outlook_only=True),
        OPENINGS_COLUMN,
    ),
    BrowseList(
        "openings",
        "Most openings a year",
        "Every occupation, the most job openings a year first (BLS projections).",
        OccupationFilter(),
        OPENINGS_COLUMN,
    ),
    BrowseList(
        "growth",
        "Fastest growing",
        "Every occupation, the fastest projected growth in jobs first (BLS projections).",
        OccupationFilter(),
        GROWTH_COLUMN,
    ),
    BrowseList(
        "pay_no_degree",
        "Best paying, no degree needed",
        "Typically entered without a college degree, the highest median pay first.",
        OccupationFilter(education_max="Some college, no degree"),
        PAY_COLUMN,
    ),
    BrowseList(
        "pay_certificate",
        "Best paying with a certificate",
        "Typically entered with a postsecondary certificate, the highest median pay first.",
        OccupationFilter(education="Postsecondary nondegree award"),
        PAY_COLUMN,
    ),
    BrowseList(
        "pay_associate",
        "Best paying with an associate's degree",
        "Typically entered with an associate's degree, the highest median pay first.",
        OccupationFilter(education="Associate's degree"),
        PAY_COLUMN,
    ),
    BrowseList(
        "pay_bachelor",
        "Best paying with a bachelor's degree",
        "Typically entered with a bachelor's degree, the highest median pay first.",
        OccupationFilter(education="Bachelor's degree"),
        PAY_COLUMN,
    ),
    BrowseList(
        "pay_more",
        "Best paying with more than a bachelor's",
        "Typically entered with a master's, doctoral or professional degree, the highest"
        " median pay first.",
        OccupationFilter(education_min="Master's degree"),
        PAY_COLUMN,
    ),
)

#: Searches Home offers as examples: each fills the search box.
EXAMPLE_SEARCHES = ("nurse", "fixes cars", "video games", "help people", "no college")
