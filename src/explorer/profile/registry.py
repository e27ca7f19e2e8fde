"""What a printed profile report says, as plain blocks: headings, text, tables and charts.

The same builders that fill the profile's tabs fill the report, so paper and
screen never disagree. The report renderer (explorer.reports) lays the blocks
out on pages; nothing here knows about Qt or paper.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from explorer.data.catalog import OccupationSummary
from explorer.data.records import Occupation, OccupationDetails
from explorer.data.repository import CareerData
from explorer.profile import charts as profile_charts
from explorer.profile import formatting, work_charts
from explorer.profile import state_map as state_data
from explorer.profile.chart_data import ChartData
from explorer.profile.text import (
    BECOME_SOURCE,
    become_facts,
    factors_html,
    job_zone_html,
    outlook_html,
    pay_summary_html,
    quick_facts,
    what_they_do_html,
    work_environment_html,
)

#: Section keys, in report order, with their headings (the CLI's --sections names).
SECTIONS: dict[str, str] = {
    "quick": "Quick facts",
    "what": "What They Do",
    "become": "How to Become One",
    "environment": "Work Environment",
    "pay": "Pay",
    "outlook": "Outlook",
    "states": "State Data",
    "similar": "Similar Occupations",
}
TIER_TEXT = {"Primary-Short": "Most similar", "Primary-Long": "Similar",
             "Supplemental": "Somewhat similar"}
STATE_TABLE_LIMIT = 8
AREA_LIMIT = 6
SIMILAR_LIMIT = 6  # O*NET's most closely related first
OEWS_TABLE_SOURCE = "Source: BLS Occupational Employment and Wage Statistics, May 2025."


@dataclass(frozen=True)
class Html:
    """Rich text: paragraphs, lists, bold and italics."""

    html: str


@dataclass(frozen=True)
class Table:
    """A table whose header row repeats on every page it runs onto."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    caption: str = ""
    source: str = ""


@dataclass(frozen=True)
class Chart:
    """A chart, drawn whole on one page."""

    chart: ChartData


Block = Html | Table | Chart


@dataclass(frozen=True)
class Section:
    """One section of an occupation's report ("pay", "Pay", blocks)."""

    key: str
    title: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class OccupationReport:
    """Everything printed about one occupation."""

    code: str
    title: str
    subtitle: str
    sections: tuple[Section, ...] = field(default=())


class ReportError(ValueError):
    """A request the report cannot honour: an unknown code, section or state."""


def parse_sections(text: str | None) -> tuple[str, ...]:
    """Section keys from "pay,outlook" (every section for None); ReportError if unknown."""
    if not text:
        return tuple(SECTIONS)
    wanted = [part.strip().lower() for part in text.split(",") if part.strip()]
    unknown = [key for key in wanted if key not in SECTIONS]
    if unknown or not wanted:
        raise ReportError(f"unknown section {', '.join(unknown) or repr(text)!s}; choose from "
                          f"{','.join(SECTIONS)}")
    return tuple(key for key in SECTIONS if key in wanted)


def build_report(data: CareerData, code: str, sections: tuple[str, ...],
                 catalog: dict[str, OccupationSummary], state: str | None = None
                 ) -> OccupationReport:
    """The report of one occupation: the chosen sections, State Data for `state`."""
    occupation = data.occupation(code)
    details = data.details(code)
    if occupation is None or details is None:
        raise ReportError(f"unknown occupation code: {code!r}")
    if state and state not in state_data.STATE_NAMES:
        raise ReportError(f"unknown state: {state!r}; use a two-letter code such as TX")
    makers = {
        "quick": lambda: _quick(occupation, details),
        "what": lambda: (Html(what_they_do_html(occupation, details, brief=True)),),
        "become": lambda: _become(data, occupation),
        "environment": lambda: _environment(data, occupation, details),
        "pay": lambda: _pay(data, occupation),
        "outlook": lambda: _outlook(data, occupation),
        "states": lambda: _states(data, occupation, state),
        "similar": lambda: _similar(occupation, catalog),
    }
    return OccupationReport(
        code=occupation.code, title=occupation.title,
        subtitle=f"{occupation.code} · {occupation.major_group.title}",
        sections=tuple(Section(key, SECTIONS[key], tuple(makers[key]())) for key in sections))


def _quick(occupation: Occupation, details: OccupationDetails) -> tuple[Block, ...]:
    facts = quick_facts(occupation, details)
    half = (len(facts) + 1) // 2  # two facts to a row, read down the left then the right
    rows = tuple((*facts[i], *(facts[i + half] if i + half < len(facts) else ("", "")))
                 for i in range(half))
    return (Table(("Fact", "Figure", "Fact", "Figure"), rows,
                  source="Sources: BLS OEWS May 2025; BLS Employment Projections 2024–34; "
                         "O*NET® 30.1."),)


def _become(data: CareerData, occupation: Occupation) -> tuple[Block, ...]:
    zone = data.job_zone(occupation.job_zone) if occupation.job_zone else None
    return (Table(("To enter the occupation", "Typically"), tuple(become_facts(occupation))),
            Html(job_zone_html(zone) + f"<p><small>{BECOME_SOURCE}</small></p>"),
            Chart(profile_charts.education_required(data, occupation)),
            Chart(profile_charts.attainment(data, occupation)),
            Chart(profile_charts.skill_ranks(data, occupation)),
            Chart(profile_charts.top_ratings(data, occupation, "skill")),
            Chart(profile_charts.top_ratings(data, occupation, "knowledge")))


def _environment(data: CareerData, occupation: Occupation,
                 details: OccupationDetails) -> tuple[Block, ...]:
    return (Html(work_environment_html(occupation, details)),
            Chart(work_charts.industries_employing(data, occupation)),
            Chart(work_charts.work_styles(data, occupation)),
            Chart(work_charts.work_values(data, occupation)))


def _pay(data: CareerData, occupation: Occupation) -> tuple[Block, ...]:
    hourly = state_data.hourly_only(occupation.wages)
    return (Html(f"<p>{pay_summary_html(occupation)}</p>"),
            Chart(profile_charts.pay_percentiles(occupation, hourly=hourly)),
            Chart(profile_charts.pay_comparison(data, occupation)),
            Chart(profile_charts.wage_trend(data, occupation)),
            Chart(work_charts.best_paying_industries(data, occupation)))


def _outlook(data: CareerData, occupation: Occupation) -> tuple[Block, ...]:
    p = occupation.projections
    factors = data.utilization_factors(p.soc_code) if p else []
    blocks: list[Block] = [Html(outlook_html(occupation)),
                           Chart(profile_charts.employment_projection(occupation)),
                           Chart(profile_charts.growth_comparison(data, occupation)),
                           Chart(profile_charts.openings_breakdown(occupation))]
    if factors:
        blocks.append(Html(factors_html(factors)))
    return tuple(blocks)


def _states(data: CareerData, occupation: Occupation, state: str | None) -> tuple[Block, ...]:
    soc = occupation.wage_soc_code
    if soc is None:
        return (Html("<p>BLS publishes no state or area estimates for this occupation "
                     "(OEWS covers wage and salary workers only).</p>"),)
    hourly = state_data.hourly_only(occupation.wages)
    wage_key = "hourly_median" if hourly else "annual_median"
    rows = state_data.state_rows(occupation.states)
    name = state_data.STATE_NAMES.get(state or "", "")
    areas = data.areas(soc)
    blocks: list[Block] = []
    if state:
        row = next(r for r in rows if r.abbr == state)
        figures = tuple((state_data.MEASURE_BY_KEY[key].label, fig.text)
                        for key, fig in row.figures.items())
        blocks.append(Table(("In " + name, "May 2025"), figures,
                            caption=f"{occupation.title} in {name}",
                            source=OEWS_TABLE_SOURCE))
        blocks.append(Chart(state_data.percentiles_vs_nation(
            name, data.state_wages(soc, state), occupation.wages, hourly)))
    else:
        ranked = sorted(rows, key=lambda r: -(r.figures["employment"].sort_value or -1))
        blocks.append(Table(
            ("State", "Jobs", "Median wage"),
            tuple((r.name, r.figures["employment"].text, r.figures[wage_key].text)
                  for r in ranked[:STATE_TABLE_LIMIT]),
            caption="The states with the most jobs in this occupation",
            source=OEWS_TABLE_SOURCE))
    for by, label in (("employment", "the most jobs"), ("wage", "the highest median wage")):
        top = state_data.top_areas(areas, by=by, state=state, hourly=hourly,
                                   limit=AREA_LIMIT)
        place = f" in {name}" if state else ""
        blocks.append(Table(
            ("Area", "Kind", "Jobs", "Median wage"),
            tuple((r.area.name, r.kind, r.employment.text, r.wage.text) for r in top),
            caption=f"Metro and nonmetro areas{place} with {label}",
            source=OEWS_TABLE_SOURCE))
    return tuple(blocks)


def _similar(occupation: Occupation,
             catalog: dict[str, OccupationSummary]) -> tuple[Block, ...]:
    rows = []
    for related in occupation.related[:SIMILAR_LIMIT]:
        summary = catalog.get(related.code)
        if summary is None:
            continue
        pay = formatting.annual_pay(summary.annual_median, summary.hourly_median,
                                    summary.median_footnotes)
        rows.append((related.title, TIER_TEXT.get(related.tier, related.tier), pay,
                     summary.typical_education or formatting.NOT_AVAILABLE,
                     formatting.growth(summary.growth_category, summary.change_percent)))
    if not rows:
        return (Html("<p>O*NET lists no related occupations for this one.</p>"),)
    more = len(occupation.related) - SIMILAR_LIMIT
    note = f" Career Explorer lists {more} more." if more > 0 else ""
    return (Table(("Occupation", "How similar", "Median pay", "Typical education",
                   "Growth 2024–34"), tuple(rows),
                  source="Sources: O*NET® 30.1 related occupations; BLS OEWS May 2025; "
                         f"BLS Employment Projections 2024–34.{note}"),)
