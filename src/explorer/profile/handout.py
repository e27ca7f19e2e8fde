"""A one-page handout of an occupation: its main facts, taken from the profile's sections.

Each figure and list comes from the section builder that defines it (quick
facts, the key tasks, programs of study, similar occupations, the state
table), so the handout says what the full report and the window say. The
handout keeps a few items of each list; `Handout.html` writes it with fewer
tasks and programs when the page needs room (reports/handout.py decides).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from html import escape

from explorer.data.catalog import OccupationSummary
from explorer.data.footnotes import wage_text
from explorer.data.repository import CareerData
from explorer.profile import formatting, programs, quick, similar, states, what
from explorer.profile.context import PRINT, SectionContext, make_context
from explorer.profile.pay import hourly_only
from explorer.profile.state_map import STATE_NAMES, state_rows

TASKS, PROGRAMS, SIMILAR = 3, 5, 3
#: The end of a description's first sentence: a stop, then a capital (not "e.g. the").
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)][.!?])\s+(?=[A-Z“\"(])")

STYLE = """
h1 { font-size: 20pt; margin-bottom: 2pt; }
h2 { font-size: 13pt; margin-top: 12pt; margin-bottom: 3pt; color: #1a3d6b; }
p { margin-top: 2pt; margin-bottom: 3pt; }
ul { margin-top: 1pt; margin-bottom: 2pt; }
li { margin-bottom: 2pt; }
td { padding: 2pt 8pt 2pt 0pt; vertical-align: top; }
"""


def first_sentence(text: str) -> str:
    """The first sentence of text, whole (the text itself where it has one sentence)."""
    return _SENTENCE_END.split(text.strip(), maxsplit=1)[0]


@dataclass(frozen=True)
class Handout:
    """What one handout shows; every text is plain (escaped when written as HTML)."""

    code: str
    title: str
    group: str
    summary: str
    tasks: tuple[str, ...]  # HTML, escaped by what.tasks_list
    tasks_note: str  # why there are none, where there are none
    facts: tuple[tuple[str, str], ...]  # pay, range, education, jobs, growth, openings
    state: tuple[str, str] | None  # (label, the home state's median)
    programs: tuple[str, ...]
    programs_note: str  # how many more, or why there are none
    similar: tuple[str, ...]
    small_print: tuple[str, ...]  # attribution and sources

    def html(self, tasks: int = TASKS, programs_shown: int = PROGRAMS) -> str:
        """The handout as HTML with the first `tasks` tasks and `programs_shown` programs."""
        parts = [
            f"<h1>{escape(self.title)}</h1>",
            f"<p>{escape(self.code)} · {escape(self.group)}</p>",
            "<h2>What they do</h2>",
            f"<p>{escape(self.summary)}</p>",
        ]
        if self.tasks and tasks:
            parts.append("<p>Key tasks:</p><ul>")
            parts += [f"<li>{task}</li>" for task in self.tasks[:tasks]]
            parts.append("</ul>")
        elif self.tasks_note:
            parts.append(f"<p><i>{escape(self.tasks_note)}</i></p>")
        parts.append("<h2>Pay, training and jobs</h2><table>")
        rows = list(self.facts) + ([self.state] if self.state else [])
        parts += [
            # Spaces after the label: Qt's tables take no padding at the right of a cell.
            f"<tr><td><b>{escape(label)}</b>&nbsp;&nbsp;&nbsp;</td><td>{escape(value)}</td></tr>"
            for label, value in rows
        ]
        parts.append("</table><h2>What to study</h2>")
        if self.programs and programs_shown:
            shown = self.programs[:programs_shown]
            more = len(self.programs) - len(shown)
            parts.append("<ul>" + "".join(f"<li>{escape(p)}</li>" for p in shown) + "</ul>")
            if more > 0:
                parts.append(f"<p><small>And {more} more in Career Explorer.</small></p>")
        else:
            parts.append(f"<p>{escape(self.programs_note)}</p>")
        parts.append("<h2>Similar careers</h2>")
        if self.similar:
            parts.append("<ul>" + "".join(f"<li>{escape(s)}</li>" for s in self.similar) + "</ul>")
        else:
            parts.append("<p>O*NET lists no related occupations for this one.</p>")
        parts.append("<hr/>")
        parts += [f"<p><small>{escape(text)}</small></p>" for text in self.small_print]
        return "".join(parts)


def build_handout(
    data: CareerData,
    code: str,
    catalog: Mapping[str, OccupationSummary],
    state: str | None = None,
    footer: str = "",
) -> Handout:
    """The handout of one occupation code; `footer` is the data releases' source line
    (reports.page_setup), `state` the home state whose median is shown."""
    home = states.check_state(state)
    ctx = make_context(data, code, catalog, PRINT, home)
    occupation, r = ctx.occupation, ctx.releases
    facts = dict(quick.quick_facts(ctx))
    task_list = what.tasks_list(ctx)
    wages = occupation.wages
    hourly = hourly_only(wages)
    kind = "hourly" if hourly else "annual"
    chosen: list[tuple[str, str]] = [(f"Median pay, {r.oews}", facts[f"Median pay, {r.oews}"])]
    if wages is not None:
        low, high = (
            wage_text(
                getattr(wages.hourly if hourly else wages.annual, field),
                f"{kind}_{field}",
                wages.footnote_codes(f"{kind}_{field}"),
            )
            for field in ("p10", "p90")
        )
        chosen.append(("10th to 90th percentile", f"{low} to {high}{' an hour' * hourly}"))
    for label in (
        "Typical education to enter",
        "Work experience",
        "On-the-job training",
        f"Number of jobs, {r.base_year}",
        f"Projected change, {r.projections}",
        "Openings a year",
    ):
        chosen.append((label, facts[label]))
    programs_found = occupation.programs
    related = similar.related(ctx)[:SIMILAR]
    attribution = r.attribution()
    small = [attribution[0], attribution[2]]
    if programs_found:
        small.append(f"{r.programs_source}.")
    if footer:
        small.append(footer)
    return Handout(
        code=occupation.code,
        title=occupation.title,
        group=occupation.major_group.title,
        summary=first_sentence(occupation.description),
        tasks=task_list.items[:TASKS] if task_list else (),
        tasks_note="" if task_list else "O*NET publishes no tasks for this occupation.",
        facts=tuple(chosen),
        state=state_median(ctx, home),
        programs=tuple(f"{p.title} (CIP {p.cip})" for p in programs_found),
        programs_note=""
        if programs_found
        else f"No matching program. {programs.no_program_reason(ctx)}",
        similar=tuple(f"{s.title} ({s.code})" for s, _tier in related),
        small_print=tuple(small),
    )


def state_median(ctx: SectionContext, home: str | None) -> tuple[str, str] | None:
    """The home state's median wage (the State Data table's figure, "an hour" where BLS
    publishes only hourly wages), or why there is none."""
    if home is None:
        return None
    occupation = ctx.occupation
    label = f"Median pay in {STATE_NAMES[home]}"
    if occupation.wage_soc_code is None:
        return label, f"{formatting.NOT_AVAILABLE} (BLS publishes no state estimates)"
    hourly = hourly_only(occupation.wages)
    row = next(row for row in state_rows(occupation.states) if row.abbr == home)
    figure = row.figures["hourly_median" if hourly else "annual_median"]
    text = figure.text
    if figure.value is None and text == formatting.NOT_AVAILABLE:
        # "not available" says why, in the State Data table's words ("not released").
        return label, f"{text} ({figure.why or 'not published'} for {STATE_NAMES[home]})"
    # "$25.86 an hour" beside "$95,970" is read right; "not available" takes no unit.
    return label, f"{text} an hour" if hourly and text.startswith("$") else text
