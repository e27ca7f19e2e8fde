"""Profile text that both the window and printed reports use: quick facts and What They Do.

Plain strings and HTML built from dataclasses; no Qt.
"""

from __future__ import annotations

from html import escape
from itertools import groupby

from explorer.data.records import Occupation, OccupationDetails
from explorer.profile import formatting


def _items(values: tuple[str, ...] | list[str], limit: int | None = None,
           more_where: str = " in Career Explorer") -> str:
    shown = list(values if limit is None else values[:limit])
    more = len(values) - len(shown)
    tail = f"<li><i>and {more} more{more_where}</i></li>" if more > 0 else ""
    return "<ul>" + "".join(f"<li>{escape(v)}</li>" for v in shown) + tail + "</ul>"


#: How many of each list a printed report keeps, so one occupation fits a few pages.
BRIEF_LIMITS = {"tasks": 8, "emerging": 4, "activities": 6, "tools": 10, "titles": 8,
                "hot": 24}


def what_they_do_html(occupation: Occupation, details: OccupationDetails,
                      brief: bool = False) -> str:
    """The tab's text. Hot Technologies are marked with a star and explained.

    brief (for print) keeps the first few of each list and, of the technology,
    only the Hot Technologies, saying how many more the program lists.
    """
    def limit(kind: str) -> int | None:
        return BRIEF_LIMITS[kind] if brief else None

    parts = [f"<p>{escape(occupation.description)}</p>"]
    if details.ooh_summary:
        parts.append(f"<p><i>From the Occupational Outlook Handbook:</i> "
                     f"{escape(details.ooh_summary)}</p>")
    parts.append("<h3>Tasks</h3>" + _items(details.core_tasks, limit("tasks")))
    if details.supplemental_tasks and not brief:
        parts.append("<h4>Sometimes also</h4>" + _items(details.supplemental_tasks))
    if details.emerging_tasks:
        parts.append("<h4>New and changing tasks</h4>"
                     + _items(details.emerging_tasks, limit("emerging")))
    if details.work_activities:
        parts.append("<h3>Work activities</h3>"
                     + _items(details.work_activities, limit("activities")))
    if occupation.technology and brief:
        hot = sorted({t.name for t in occupation.technology if t.hot})
        shown = hot[:BRIEF_LIMITS["hot"]]
        others = len({t.name for t in occupation.technology}) - len(shown)
        parts.append("<h3>Technology skills</h3><p>"
                     + (f"Hot Technologies (often in job postings, O*NET): "
                        f"{escape(', '.join(shown))}. " if shown else "")
                     + (f"And {others} more in Career Explorer." if others else "") + "</p>")
    elif occupation.technology:
        parts.append("<h3>Technology skills</h3><p><small>★ Hot Technology: a technology "
                     "employers often ask for in job postings (O*NET).</small></p>")
        for category, group in groupby(occupation.technology, key=lambda t: t.category):
            names = ", ".join(("★ " if t.hot else "") + escape(t.name) for t in group)
            parts.append(f"<p><b>{escape(category)}</b>: {names}</p>")
    if details.tools and brief:
        names = [name for name, _ in details.tools]
        more = len(names) - BRIEF_LIMITS["tools"]
        parts.append("<h3>Tools</h3><p>" + escape(", ".join(names[:BRIEF_LIMITS["tools"]]))
                     + (f", and {more} more" if more > 0 else "") + ".</p>")
    elif details.tools:
        parts.append("<h3>Tools</h3>")
        for category, group in groupby(details.tools, key=lambda t: t[1]):
            parts.append(f"<p><b>{escape(category)}</b>: "
                         f"{escape(', '.join(name for name, _ in group))}</p>")
    if details.reported_titles:
        titles = details.reported_titles[:limit("titles")] if brief else details.reported_titles
        parts.append(f"<h3>Sample job titles</h3><p>{escape(', '.join(titles))}</p>")
    parts.append("<p><small>Source: O*NET® 30.1 Database (USDOL/ETA), CC BY 4.0; "
                 "OOH summary: BLS Occupational Outlook Handbook.</small></p>")
    return "".join(parts)


def quick_facts(occupation: Occupation, details: OccupationDetails) -> list[tuple[str, str]]:
    """(label, text) pairs, in reading order; "not available" where BLS has no figure."""
    wages, p = occupation.wages, occupation.projections
    own = occupation.code[:7]
    wage_note = (f" (for BLS code {wages.soc_code})" if wages and wages.soc_code != own
                 else "")
    projection_note = (f" (for BLS code {p.soc_code})" if p and p.soc_code != own else "")
    if wages:
        annual = formatting.annual_pay(wages.annual.median, wages.hourly.median,
                                       wages.footnote_codes("annual_median"))
        hourly = formatting.dollars(wages.hourly.median, cents=True)
        pay = f"{annual} a year, {hourly} an hour{wage_note}" if wages.annual.median else (
            f"{annual}{wage_note}")
    else:
        pay = f"{formatting.NOT_AVAILABLE} (BLS publishes no wage estimate)"
    change = (f"{formatting.percent_change(p.change_percent)} "
              f"({(p.growth_category or '').lower()}), {p.change_numeric:+,} jobs"
              if p and p.change_percent is not None and p.change_numeric is not None
              else formatting.NOT_AVAILABLE)
    return [
        ("Median pay, May 2025", pay),
        ("Typical education to enter", (p.typical_education if p else None)
         or formatting.NOT_AVAILABLE),
        ("Work experience", (p.work_experience if p else None) or formatting.NOT_AVAILABLE),
        ("On-the-job training", (p.training if p else None) or formatting.NOT_AVAILABLE),
        ("Number of jobs, 2024", formatting.count(p.employment_2024 if p else None)
         + projection_note),
        ("Projected change, 2024–34", change + (projection_note if p else "")),
        ("Openings a year", formatting.count(p.openings_annual if p else None)),
        ("Job zone", f"{occupation.job_zone} of 5" if occupation.job_zone
         else formatting.NOT_AVAILABLE),
        ("Bright Outlook", "Yes" if details.bright_outlook else "No"),
        ("Top interests", ", ".join(details.interest_high_points)
         or formatting.NOT_AVAILABLE),
    ]


def work_environment_html(occupation: Occupation, details: OccupationDetails) -> str:
    """Where and how the work is done: the OOH sentence and self-employment."""
    p = occupation.projections
    parts = []
    if details.ooh_work_environment:
        parts.append(f"<p><i>From the Occupational Outlook Handbook:</i> "
                     f"{escape(details.ooh_work_environment)}</p>")
    if p and p.self_employed_percent is not None:
        parts.append(f"<p><b>{p.self_employed_percent:.1f}%</b> of the people in this "
                     "occupation were self-employed in 2024. <small>(BLS Employment "
                     "Projections)</small></p>")
    else:
        parts.append("<p>Self-employed: not available. BLS publishes no figure for this "
                     "occupation.</p>")
    return "".join(parts)


def outlook_html(occupation: Occupation) -> str:
    """The Outlook tab's text: the growth category and its meaning, and openings."""
    p = occupation.projections
    if p is None:
        return ("<p>BLS publishes no employment projections for this occupation, so its "
                "growth and openings are not available.</p>")
    parts = []
    if p.soc_code != occupation.code[:7]:
        parts.append(f"<p>Projections are those BLS publishes for the broader code "
                     f"{escape(p.soc_code)}, which includes this occupation.</p>")
    ranges = dict(formatting.growth_ranges())
    category = p.growth_category or ""
    parts.append(
        f"<p>Growth 2024–34: <b>{escape(formatting.growth(category, p.change_percent))}"
        f"</b>. <i>{escape(category)}</i> means a projected change, rounded to a whole "
        f"percent, of {escape(ranges.get(category, formatting.NOT_AVAILABLE))} over the ten "
        "years.</p>"
        f"<p>About <b>{formatting.count(p.openings_annual)}</b> openings a year on average. "
        "Most openings come from replacing workers who retire, leave the labor force or "
        "move to other occupations, not only from growth.</p>")
    parts.append("<p><small>OOH growth categories: " + "; ".join(
        f"{escape(name.lower())} {escape(text)}" for name, text in ranges.items())
        + ".</small></p>")
    return "".join(parts)


def factors_html(factors: list[tuple[str, str]], limit: int | None = None) -> str:
    """The BLS factors affecting the occupation, each with the industries it concerns
    (the first `limit` of them, saying how many more); empty where BLS published none."""
    if not factors:
        return ""
    grouped: dict[str, list[str]] = {}
    for industry, factor in factors:
        grouped.setdefault(factor, []).append(industry)
    return ("<h3>What BLS expects to affect these jobs</h3>" + _items([
        f"{factor} ({', '.join(industries)})" for factor, industries in grouped.items()],
        limit, " (a printed report lists them all)")
        + "<p><small>Source: BLS Employment Projections 2024–34, occupational "
        "utilization factors.</small></p>")


def pay_summary_html(occupation: Occupation) -> str:
    """Whose wages the Pay figures are, or why there are none."""
    wages = occupation.wages
    if wages is None:
        return ("BLS publishes no wage estimate for this occupation (OEWS covers wage and "
                "salary workers, not the armed forces or the self-employed).")
    if wages.soc_code != occupation.code[:7]:
        return (f"Wages are those BLS publishes for the broader code {wages.soc_code}, "
                "which includes this occupation.")
    return f"Wages for {escape(occupation.title)} (SOC {wages.soc_code}), May 2025."


def become_facts(occupation: Occupation) -> list[tuple[str, str]]:
    """Typical education, experience and training to enter, as BLS assigns them."""
    p = occupation.projections
    return [(label, value or formatting.NOT_AVAILABLE) for label, value in (
        ("Typical education needed to enter", p.typical_education if p else None),
        ("Work experience in a related occupation", p.work_experience if p else None),
        ("On-the-job training", p.training if p else None))]


def job_zone_html(zone: dict[str, str] | None) -> str:
    """The job zone in O*NET's plain words."""
    if not zone:
        return "<p>O*NET has not assigned a job zone to this occupation.</p>"
    return (f"<p><b>{escape(zone['name'])}.</b> {escape(zone['education'])} "
            f"{escape(zone['training'])} {escape(zone['experience'])}</p>")


BECOME_SOURCE = ("Education, experience and training: BLS Employment Projections 2024–34. "
                 "Job zone: O*NET® 30.1.")


def become_html(occupation: Occupation, zone: dict[str, str] | None) -> str:
    """How to Become One: the BLS entry requirements and the O*NET job zone."""
    rows = "".join(f"<tr><th align=left>{escape(k)}</th><td>{escape(v)}</td></tr>"
                   for k, v in become_facts(occupation))
    return (f"<table cellspacing=4>{rows}</table>{job_zone_html(zone)}"
            f"<p><small>{BECOME_SOURCE}</small></p>")
