"""What They Do: the description, tasks, activities, technology, tools and job titles.

A heading is written only over something: an occupation O*NET has no tasks,
activities, technology or tools for (military and "All Other" codes) says so
once instead of showing empty headings, and an "All Other" code says it is a
residual group and lists the detailed occupations of its broad group.
"""

from __future__ import annotations

import re
from html import escape
from itertools import groupby

from explorer.profile.blocks import Block, Html
from explorer.profile.context import SectionContext

#: How many of each list a printed report keeps, so one occupation fits a few pages.
BRIEF_LIMITS = {
    "tasks": 8,
    "emerging": 4,
    "activities": 6,
    "tools": 10,
    "titles": 8,
    "hot": 24,
    "members": 12,
}
#: What a residual SOC occupation has in its title ("Computer Occupations, All Other",
#: "Dentists, All Other Specialists").
RESIDUAL = ", All Other"
NO_ONET_DETAILS = (
    "<p><i>O*NET publishes no tasks, work activities, technology or tools for this "
    "occupation: it collects them only for occupations it surveys, and not for "
    "military occupations or residual (“All Other”) groups.</i></p>"
)


def items_html(
    values: tuple[str, ...] | list[str],
    limit: int | None = None,
    more_where: str = " in Career Explorer",
) -> str:
    """A bulleted list of the first `limit` values, saying how many more there are."""
    shown = list(values if limit is None else values[:limit])
    more = len(values) - len(shown)
    tail = f"<li><i>and {more} more{more_where}</i></li>" if more > 0 else ""
    return "<ul>" + "".join(f"<li>{escape(v)}</li>" for v in shown) + tail + "</ul>"


def what_they_do_html(ctx: SectionContext) -> str:
    """The section's text. Hot Technologies are marked with a star and explained.

    On paper it keeps the first few of each list and, of the technology, only
    the Hot Technologies, saying how many more the program lists.
    """
    occupation, details, brief = ctx.occupation, ctx.details, ctx.printing

    def limit(kind: str) -> int | None:
        return BRIEF_LIMITS[kind] if brief else None

    parts = [f"<p>{escape(occupation.description)}</p>"]
    if RESIDUAL in occupation.title:
        parts.append(residual_group_html(ctx))
    if details.ooh_summary:
        parts.append(
            f"<p><i>From the Occupational Outlook Handbook:</i> {escape(details.ooh_summary)}</p>"
        )
    parts.append(_tasks_html(ctx))
    if details.work_activities:
        parts.append(
            "<h3>Work activities</h3>" + items_html(details.work_activities, limit("activities"))
        )
    parts.append(_technology_html(ctx))
    parts.append(_tools_html(ctx))
    if not (
        details.core_tasks
        or details.supplemental_tasks
        or details.work_activities
        or occupation.technology
        or details.tools
    ):
        parts.append(NO_ONET_DETAILS)
    if details.reported_titles:
        titles = details.reported_titles[: limit("titles")] if brief else details.reported_titles
        parts.append(f"<h3>Sample job titles</h3><p>{escape(', '.join(titles))}</p>")
    ooh_credit = "; OOH summary: BLS Occupational Outlook Handbook" if details.ooh_summary else ""
    parts.append(
        f"<p><small>Source: O*NET® {ctx.releases.onet} Database (USDOL/ETA), "
        f"CC BY 4.0{ooh_credit}.</small></p>"
    )
    return "".join(parts)


def residual_group_html(ctx: SectionContext) -> str:
    """What an "All Other" code is, and the detailed occupations of its broad group
    (the codes sharing its first six characters: 15-1299.00 with 15-129x)."""
    code = ctx.occupation.code
    members = sorted(
        (row for row in ctx.catalog.values() if row.code[:6] == code[:6] and row.code != code),
        key=lambda row: row.code,
    )
    text = (
        "<p>This is a residual group: a group of occupations not listed separately "
        "in the Standard Occupational Classification (SOC).</p>"
    )
    if not members:
        return text + "<p>No other detailed occupation of its broad group is in O*NET.</p>"
    limit = BRIEF_LIMITS["members"] if ctx.printing else None
    names = [f"{row.title} ({row.code})" for row in members]
    return (
        text
        + "<p>The detailed occupations of its broad group "
        + f"({escape(code[:6])}x):</p>"
        + items_html(names, limit)
    )


def _tasks_html(ctx: SectionContext) -> str:
    """Core tasks (or, where O*NET lists only supplemental ones, those), then on screen
    the supplemental ones, then new and changing tasks; nothing when there are none."""
    details, brief = ctx.details, ctx.printing
    limit = BRIEF_LIMITS["tasks"] if brief else None
    main = details.core_tasks or details.supplemental_tasks
    if not main:
        return ""
    parts = ["<h3>Tasks</h3>" + items_html(main, limit)]
    if details.core_tasks and details.supplemental_tasks and not brief:
        parts.append("<h4>Sometimes also</h4>" + items_html(details.supplemental_tasks))
    if details.emerging_tasks:
        parts.append(
            "<h4>New and changing tasks</h4>"
            + items_html(details.emerging_tasks, BRIEF_LIMITS["emerging"] if brief else None)
        )
    return "".join(parts)


def _technology_html(ctx: SectionContext) -> str:
    technology = ctx.occupation.technology
    if not technology:
        return ""
    if ctx.printing:
        hot = sorted({t.name for t in technology if t.hot})
        shown = hot[: BRIEF_LIMITS["hot"]]
        others = len({t.name for t in technology}) - len(shown)
        return (
            "<h3>Technology skills</h3><p>"
            + (
                f"Hot Technologies (often in job postings, O*NET): {escape(', '.join(shown))}. "
                if shown
                else ""
            )
            + (f"And {others} more in Career Explorer." if others else "")
            + "</p>"
        )
    parts = [
        "<h3>Technology skills</h3><p><small>★ Hot Technology: a technology "
        "employers often ask for in job postings (O*NET).</small></p>"
    ]
    for category, group in groupby(technology, key=lambda t: t.category):
        names = ", ".join(("★ " if t.hot else "") + escape(t.name) for t in group)
        parts.append(f"<p><b>{escape(category)}</b>: {names}</p>")
    return "".join(parts)


def repeats(name: str, commodity: str) -> bool:
    """Whether a tool's name only repeats its commodity title ("Awls" and "Awls",
    "Desktop computers" and "Desktop computer")."""

    def key(text: str) -> str:
        return re.sub(r"(es|s)$", "", " ".join(text.casefold().split()))

    return key(name) == key(commodity)


def tool_lines(tools: tuple[tuple[str, str], ...]) -> list[tuple[str, list[str]]]:
    """(label, names) per commodity, in the order given: the commodity is written
    once, in the words of the tool that repeats it if one does, and the names that
    only repeat it are not listed again ("Awls" with no names, not "Awls: Awls")."""
    lines: list[tuple[str, list[str]]] = []
    for commodity, group in groupby(tools, key=lambda t: t[1]):
        names = list(dict.fromkeys(name for name, _ in group))
        same = [n for n in names if repeats(n, commodity)]
        lines.append((same[0] if same else commodity, [n for n in names if n not in same]))
    return lines


def _tools_html(ctx: SectionContext) -> str:
    tools = ctx.details.tools
    if not tools:
        return ""
    if ctx.printing:
        names = list(dict.fromkeys(name for name, _ in tools))
        more = len(names) - BRIEF_LIMITS["tools"]
        return (
            "<h3>Tools</h3><p>"
            + escape(", ".join(names[: BRIEF_LIMITS["tools"]]))
            + (f", and {more} more" if more > 0 else "")
            + ".</p>"
        )
    items = [
        f"<li><b>{escape(label)}</b>: {escape(', '.join(names))}</li>"
        if names
        else f"<li>{escape(label)}</li>"
        for label, names in tool_lines(tools)
    ]
    return "<h3>Tools</h3><ul>" + "".join(items) + "</ul>"


def build(ctx: SectionContext) -> tuple[Block, ...]:
    """One block of rich text."""
    return (Html(what_they_do_html(ctx), key="text"),)
