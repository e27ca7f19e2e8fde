"""What They Do: the description, tasks, activities, technology, tools and job titles.

The first screen answers "what is this job?": the description, then five key
tasks; every list opens short (ItemList) and shows the rest when asked. A
heading is written only over something: an occupation O*NET has no tasks,
activities, technology or tools for (military and "All Other" codes) says so
once instead of showing empty headings, and an "All Other" code says it is a
residual group and lists the detailed occupations of its broad group.
"""

from __future__ import annotations

import re
from html import escape
from itertools import groupby

from explorer.data.records import Technology
from explorer.profile.blocks import Block, Html, ItemList
from explorer.profile.context import SectionContext

#: How many items of each list show before "Show all" on screen: the first screen
#: answers "what is this job?" and the rest waits until the student asks.
SHOWN = {"tasks": 5, "activities": 3, "technology": 4, "tools": 5}
#: How many of each list a printed report keeps, so one occupation fits a few pages.
BRIEF_LIMITS = {
    "tasks": 8,
    "activities": 4,
    "technology": 3,
    "tools": 4,
    "titles": 8,
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
#: How many of the technologies most often in job postings lead the list (screen, paper).
ASKED_FOR_SHOWN = {False: 10, True: 12}
HOT_NOTE = (
    "<p><small>★ Hot Technology: a technology employers often ask for in job "
    "postings (O*NET).</small></p>"
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


def intro_html(ctx: SectionContext) -> str:
    """The description, what a residual group is, the OOH's summary, and why O*NET lists
    nothing where it lists nothing."""
    occupation, details = ctx.occupation, ctx.details
    parts = [f"<p>{escape(occupation.description)}</p>"]
    if RESIDUAL in occupation.title:
        parts.append(residual_group_html(ctx))
    if details.ooh_summary:
        parts.append(
            f"<p><i>From the Occupational Outlook Handbook:</i> {escape(details.ooh_summary)}</p>"
        )
    if not (
        details.core_tasks
        or details.supplemental_tasks
        or details.work_activities
        or occupation.technology
        or details.tools
    ):
        parts.append(NO_ONET_DETAILS)
    return "".join(parts)


def _shown(ctx: SectionContext, kind: str) -> int:
    return BRIEF_LIMITS[kind] if ctx.printing else SHOWN[kind]


def tasks_list(ctx: SectionContext) -> ItemList | None:
    """The tasks, "On the job, you would:": the key tasks, then the rest on request.

    The key tasks are the first of O*NET's Core tasks (those most workers rate
    relevant and important), in O*NET's order: the importance ratings
    themselves (Task Ratings) are not among the sources. Then the Supplemental
    tasks, then new and changing tasks. Where O*NET marks none Core, the first
    tasks it lists lead.
    """
    details = ctx.details
    main = details.core_tasks or details.supplemental_tasks
    later = details.supplemental_tasks if details.core_tasks else ()
    emerging = details.emerging_tasks
    items = (*main, *later, *emerging)
    if not items:
        return None
    subheadings = []
    if later:
        subheadings.append((len(main), "Sometimes also"))
    if emerging:
        subheadings.append((len(main) + len(later), "New and changing tasks"))
    return ItemList(
        heading="On the job, you would:",
        items=tuple(escape(t) for t in items),
        noun="tasks",
        count=len(items),
        shown=_shown(ctx, "tasks"),
        subheadings=tuple(subheadings),
        key="tasks",
    )


def activities_list(ctx: SectionContext) -> ItemList | None:
    """O*NET's detailed work activities of the occupation."""
    activities = ctx.details.work_activities
    if not activities:
        return None
    return ItemList(
        heading="Work activities",
        items=tuple(escape(a) for a in activities),
        noun="work activities",
        count=len(activities),
        shown=_shown(ctx, "activities"),
        key="activities",
    )


def technology_list(ctx: SectionContext) -> ItemList | None:
    """Technology skills: first the ones most often in job postings, then on request
    every one, a line per category, Hot Technologies marked ★.

    "Most often in job postings" is O*NET's data: the technologies it marks In
    Demand for this occupation, then its Hot Technologies, in the order of the
    lines (the categories with the most of them first). Where O*NET marks none,
    the first category lines show instead.
    """
    technology = ctx.occupation.technology
    if not technology:
        return None
    groups = [
        (category, sorted(group, key=lambda t: (not t.in_demand, not t.hot, t.name.casefold())))
        for category, group in groupby(
            sorted(technology, key=lambda t: t.category), key=lambda t: t.category
        )
    ]
    groups.sort(
        key=lambda g: (
            -sum(t.in_demand for t in g[1]),
            -sum(t.hot for t in g[1]),
            -len(g[1]),
            g[0].casefold(),
        )
    )
    lines = tuple(
        f"<b>{escape(category)}</b>: " + ", ".join(_technology_name(t) for t in group)
        for category, group in groups
    )
    ordered = [t for _, group in groups for t in group]
    asked = sorted((t for t in ordered if t.in_demand or t.hot), key=lambda t: not t.in_demand)
    names = list(dict.fromkeys(_technology_name(t) for t in asked))
    picked = names[: ASKED_FOR_SHOWN[ctx.printing]]
    more = f", and {len(names) - len(picked)} more" if len(names) > len(picked) else ""
    summary = f"<p>Often in job postings: {', '.join(picked)}{more}.</p>" if picked else ""
    hot = HOT_NOTE if any(t.hot for t in technology) else ""
    return ItemList(
        heading="Technology skills",
        items=lines,
        noun="technology skills",
        count=len({t.name for t in technology}),
        shown=0 if summary else _shown(ctx, "technology"),
        note=summary + hot,
        key="technology",
    )


def _technology_name(technology: Technology) -> str:
    """A technology's name as HTML, marked ★ when it is a Hot Technology."""
    return ("★\u00a0" if technology.hot else "") + escape(technology.name)


def tools_list(ctx: SectionContext) -> ItemList | None:
    """Tools, a line per kind of tool (tool_lines)."""
    tools = ctx.details.tools
    if not tools:
        return None
    lines = tuple(
        f"<b>{escape(label)}</b>: {escape(', '.join(names))}" if names else escape(label)
        for label, names in tool_lines(tools)
    )
    return ItemList(
        heading="Tools",
        items=lines,
        noun="tools",
        count=len({name for name, _ in tools}),
        shown=_shown(ctx, "tools"),
        key="tools",
    )


def titles_html(ctx: SectionContext) -> str:
    """Sample job titles (the first few on paper) and the section's source line."""
    details = ctx.details
    parts = []
    if details.reported_titles:
        titles = details.reported_titles
        if ctx.printing:
            titles = titles[: BRIEF_LIMITS["titles"]]
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


def build(ctx: SectionContext) -> tuple[Block, ...]:
    """The description, then tasks, work activities, technology and tools, each opening
    short, then sample job titles."""
    lists = (tasks_list(ctx), activities_list(ctx), technology_list(ctx), tools_list(ctx))
    return (
        Html(intro_html(ctx), key="text"),
        *(block for block in lists if block is not None),
        Html(titles_html(ctx), key="titles"),
    )
