"""What They Do: the description, tasks, activities, technology, tools and job titles."""

from __future__ import annotations

from html import escape
from itertools import groupby

from explorer.profile.blocks import Block, Html
from explorer.profile.context import SectionContext

#: How many of each list a printed report keeps, so one occupation fits a few pages.
BRIEF_LIMITS = {"tasks": 8, "emerging": 4, "activities": 6, "tools": 10, "titles": 8, "hot": 24}


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
    if details.ooh_summary:
        parts.append(
            f"<p><i>From the Occupational Outlook Handbook:</i> {escape(details.ooh_summary)}</p>"
        )
    parts.append("<h3>Tasks</h3>" + items_html(details.core_tasks, limit("tasks")))
    if details.supplemental_tasks and not brief:
        parts.append("<h4>Sometimes also</h4>" + items_html(details.supplemental_tasks))
    if details.emerging_tasks:
        parts.append(
            "<h4>New and changing tasks</h4>"
            + items_html(details.emerging_tasks, limit("emerging"))
        )
    if details.work_activities:
        parts.append(
            "<h3>Work activities</h3>" + items_html(details.work_activities, limit("activities"))
        )
    parts.append(_technology_html(ctx))
    parts.append(_tools_html(ctx))
    if details.reported_titles:
        titles = details.reported_titles[: limit("titles")] if brief else details.reported_titles
        parts.append(f"<h3>Sample job titles</h3><p>{escape(', '.join(titles))}</p>")
    parts.append(
        f"<p><small>Source: O*NET® {ctx.releases.onet} Database (USDOL/ETA), "
        "CC BY 4.0; OOH summary: BLS Occupational Outlook Handbook.</small></p>"
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


def _tools_html(ctx: SectionContext) -> str:
    tools = ctx.details.tools
    if not tools:
        return ""
    if ctx.printing:
        names = [name for name, _ in tools]
        more = len(names) - BRIEF_LIMITS["tools"]
        return (
            "<h3>Tools</h3><p>"
            + escape(", ".join(names[: BRIEF_LIMITS["tools"]]))
            + (f", and {more} more" if more > 0 else "")
            + ".</p>"
        )
    parts = ["<h3>Tools</h3>"]
    for category, group in groupby(tools, key=lambda t: t[1]):
        parts.append(
            f"<p><b>{escape(category)}</b>: {escape(', '.join(name for name, _ in group))}</p>"
        )
    return "".join(parts)


def build(ctx: SectionContext) -> tuple[Block, ...]:
    """One block of rich text."""
    return (Html(what_they_do_html(ctx), key="text"),)
