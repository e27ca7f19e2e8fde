"""My plan: one PDF for a counselor or a parent, from a student's list.

In order: the student's name (optional, typed for this plan only) and the date;
the interest quiz's six scores and top areas in plain words with O*NET's credit,
if the quiz was taken; My list with the student's notes; the comparison of the
starred careers (up to four, reports/compare.py's two landscape pages); and for
each career of the list the next steps the data supports (profile/next_steps.py:
education and training to enter, programs of study, related careers), then the
sources. write_plan writes it all or nothing through output.replacing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtGui import QPagedPaintDevice

from explorer.data.catalog import load_catalog
from explorer.data.repository import CareerData
from explorer.profile.compare import MAX_CAREERS, MIN_CAREERS, build_comparison
from explorer.profile.next_steps import NextSteps, next_steps
from explorer.profile.plain_words import INTEREST_MEANINGS
from explorer.profile.registry import ReportError
from explorer.profile.sources import releases
from explorer.quiz.progress import SavedResult
from explorer.quiz.scoring import QuizResult
from explorer.quiz.texts import areas_phrase, credit
from explorer.reports.compare import comparison_sheets
from explorer.reports.progress import PREPARING, Progress, report_step
from explorer.reports.sheets import Sheet, body_for, text_document, text_sheets, write_sheets

BODY_PT = 10.0
STYLE = (
    "h1 { font-size: 20pt; } h2 { font-size: 14pt; color: #1a3d6b; margin-top: 12pt; } "
    "h3 { font-size: 11pt; margin-top: 10pt; margin-bottom: 2pt; } "
    "td { padding: 2pt 8pt 2pt 0pt; vertical-align: top; } li { margin-bottom: 3pt; } "
)


@dataclass(frozen=True)
class PlanInput:
    """What a plan is made from: the open database, the list's (code, note) pairs in the
    list's order, the codes to compare (two to four of them; fewer: no comparison), the
    student's name ("" for none: it is printed, never stored), the date and the quiz
    result, if the quiz was taken (a QuizResult, or the result explorer.quiz.progress
    saved). home_state adds that state's median pay to the comparison."""

    data: CareerData
    entries: tuple[tuple[str, str], ...]
    compare: tuple[str, ...] = ()
    name: str = ""
    on: date = field(default_factory=date.today)
    quiz: QuizResult | SavedResult | None = None
    home_state: str | None = None
    paper: str = "letter"


@dataclass(frozen=True)
class _Career:
    code: str
    title: str
    note: str


def _careers(plan: PlanInput, progress: Progress | None) -> list[_Career]:
    """The list's careers as the database names them; ReportError for an unknown code."""
    if not plan.entries:
        raise ReportError("My list is empty: add a career to it first")
    found = []
    for done, (text, note) in enumerate(plan.entries):
        report_step(progress, PREPARING, done, len(plan.entries))
        code = plan.data.resolve_code(text)
        occupation = plan.data.occupation(code) if code else None
        if occupation is None:
            raise ReportError(f"unknown occupation code: {text!r}")
        found.append(_Career(occupation.code, occupation.title, note))
    return found


def _quiz_result(plan: PlanInput) -> QuizResult | None:
    """The quiz's result; a saved one is scored again from its stored scores."""
    if isinstance(plan.quiz, SavedResult):
        from explorer.quiz.engine import InterestQuiz

        return InterestQuiz(plan.data).saved_result(plan.quiz)
    return plan.quiz


def quiz_html(result: QuizResult | None, onet: str) -> str:
    """The quiz section: the six scores, the top areas in plain words, O*NET's credit."""
    parts = ["<h2>My interests</h2>"]
    if result is None:
        return "".join(parts) + "<p>The interest quiz was not taken.</p>"
    if result.ranked:
        top = areas_phrase(list(result.top_areas))
        parts.append(f"<p>My top interest areas: <b>{escape(top)}</b>.</p><ul>")
        parts += [
            f"<li><b>{escape(area)}</b>: {escape(INTEREST_MEANINGS.get(area, ''))}</li>"
            for area in result.top_areas
        ]
        parts.append("</ul>")
    else:
        parts.append(f"<p>{escape(result.explanation or '')}</p>")
    parts.append(
        "<table cellpadding='2' cellspacing='4'><tr><td><b>Area</b></td><td><b>Score</b></td>"
        "<td><b>Means</b></td></tr>"
    )
    parts += [
        f"<tr><td>{escape(s.area)}</td><td>{s.score} of {s.maximum}</td>"
        f"<td>{escape(s.meaning)}</td></tr>"
        for s in result.scores
    ]
    parts.append(f"</table><p><small>{escape(credit(onet))}</small></p>")
    return "".join(parts)


def front_html(plan: PlanInput, careers: Sequence[_Career], quiz: str) -> str:
    """The first pages: name and date, the quiz, My list with the notes."""
    who = f"<p>Prepared for <b>{escape(plan.name)}</b></p>" if plan.name.strip() else ""
    items = "".join(
        f"<li><b>{escape(c.title)}</b> ({escape(c.code)})"
        + (
            "<br/>" + "<br/>".join(escape(line) for line in c.note.splitlines())
            if c.note.strip()
            else ""
        )
        + "</li>"
        for c in careers
    )
    starred = (
        f"<p>The comparison of {len(plan.compare)} of them follows.</p>"
        if MIN_CAREERS <= len(plan.compare) <= MAX_CAREERS
        else "<p>Star two to four careers to compare them side by side in this plan.</p>"
        if len(careers) < MIN_CAREERS
        else "<p>To compare two to four of them side by side in this plan, choose them when"
        " you save it.</p>"
    )
    return (
        f"<style>{STYLE}</style><h1>My plan</h1>{who}"
        f"<p>{plan.on:%B} {plan.on.day}, {plan.on:%Y}</p>"
        "<p>Careers I am exploring with Career Explorer, what I noted about them, and the "
        "next steps the data supports.</p>"
        f"{quiz}<h2>My list</h2><ol>{items}</ol>{starred}"
    )


def steps_html(steps: Sequence[NextSteps], attribution: Sequence[str], sources: str) -> str:
    """The next steps of every career, then the sources."""
    parts = [f"<style>{STYLE}</style><h2>Next steps</h2>"]
    for s in steps:
        parts.append(
            f"<h3>{escape(s.title)} ({escape(s.code)})</h3><table cellpadding='2' cellspacing='4'>"
        )
        parts += [
            f"<tr><td><b>{escape(label)}</b></td><td>{escape(value)}</td></tr>"
            for label, value in s.entry
        ]
        parts.append("</table><p><b>Programs of study</b></p>")
        if s.programs:
            parts.append("<ul>" + "".join(f"<li>{escape(p)}</li>" for p in s.programs) + "</ul>")
        if s.programs_note:
            parts.append(f"<p>{escape(s.programs_note)}</p>")
        parts.append("<p><b>Related careers</b></p>")
        parts.append(
            "<ul>" + "".join(f"<li>{escape(r)}</li>" for r in s.related) + "</ul>"
            if s.related
            else "<p>O*NET lists no related occupations for this one.</p>"
        )
    parts.append("<h2>Sources</h2>")
    parts += [f"<p><small>{escape(line)}</small></p>" for line in (*attribution, sources)]
    return "".join(parts)


def plan_sheets(
    plan: PlanInput, device: QPagedPaintDevice, progress: Progress | None = None
) -> list[Sheet]:
    """Every page of the plan, laid out for device (portrait, the comparison landscape)."""
    data = plan.data
    careers = _careers(plan, progress)
    catalog = {row.code: row for row in load_catalog(data)}
    r = releases(data)
    body = body_for(device, plan.paper, landscape=False)
    title = f"My plan{': ' + plan.name.strip() if plan.name.strip() else ''}"
    front = text_document(
        front_html(plan, careers, quiz_html(_quiz_result(plan), r.onet)),
        device,
        body.size(),
        BODY_PT,
    )
    sheets = text_sheets(front, title, landscape=False)
    if MIN_CAREERS <= len(plan.compare) <= MAX_CAREERS:
        codes = [data.resolve_code(c) or c for c in plan.compare]
        comparison = build_comparison(data, codes, catalog, plan.home_state)
        sheets += comparison_sheets(comparison, device, plan.paper, progress)
    steps = [next_steps(data, c.code, catalog) for c in careers]
    doc = text_document(
        steps_html(steps, r.attribution(), f"Sources: {r.short}."), device, body.size(), BODY_PT
    )
    return sheets + text_sheets(doc, title, landscape=False)


def write_plan(path: Path, plan: PlanInput, progress: Progress | None = None) -> int:
    """Write the plan to a PDF at path, all or nothing (as reports.write_pdf: OSError or
    ReportCancelled leave path as it was); the number of pages. ReportError for an empty
    list, an unknown code or more than four careers to compare."""
    from explorer.reports import page_setup

    if len(plan.compare) > MAX_CAREERS:
        raise ReportError(f"a plan compares at most {MAX_CAREERS} careers")
    return write_sheets(
        path,
        lambda device: plan_sheets(plan, device, progress),
        page_setup(plan.data, plan.on),
        plan.paper,
        "My plan",
        progress,
    )
