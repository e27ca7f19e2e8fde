"""What They Do for every occupation: no heading over nothing, the OOH credited only
when its summary is shown, residual "All Other" groups explained, and Bright Outlook
"not available" without projections."""

from __future__ import annotations

import re
import sqlite3
from html import escape

import pytest

from explorer.profile import quick
from explorer.profile.blocks import Html, ItemList
from explorer.profile.registry import build_section

from conftest import COMMITTED_DB, _committed, ctx

EMPTY_HEADING = re.compile(r"</h3>\s*(<h3>|<h4>|$)|</h4>\s*(<h3>|<h4>|$)")
OOH_CREDIT = "OOH summary: BLS Occupational Outlook Handbook"


def _html(code: str, medium: str) -> str:
    """The section's text, every list in full."""
    section = build_section("what", ctx(code, medium))
    return "".join(
        block.html if isinstance(block, Html) else block.html(expanded=True)
        for block in section.blocks
        if isinstance(block, Html | ItemList)
    )


@pytest.mark.parametrize("medium", ["screen", "print"])
def test_no_heading_stands_over_nothing_in_any_occupation(medium: str) -> None:
    data, catalog = _committed()
    assert len(catalog) == 1016
    empty, credits, without_tasks = [], 0, 0
    for code in sorted(catalog):
        html = _html(code, medium)
        details = data.details(code)  # type: ignore[attr-defined]
        if EMPTY_HEADING.search(html) or "<ul></ul>" in html:
            empty.append(code)
        assert (OOH_CREDIT in html) == bool(details.ooh_summary), code
        credits += OOH_CREDIT in html
        if "<h3>On the job, you would:</h3>" not in html:
            without_tasks += 1
            assert "O*NET publishes no tasks" in html or "a residual group" in html, code
    assert not empty, empty[:10]
    with sqlite3.connect(COMMITTED_DB) as db:
        summaries = db.execute(
            "SELECT COUNT(*) FROM occupation WHERE ooh_summary IS NOT NULL"
        ).fetchone()[0]
    assert credits == summaries > 300
    assert without_tasks == 93


def test_an_all_other_code_lists_its_broad_group() -> None:
    html = _html("15-1299.00", "screen")
    assert "a group of occupations not listed separately" in html
    assert "Web Administrators (15-1299.01)" in html
    assert "Information Technology Project Managers (15-1299.09)" in html
    assert "15-1252.00" not in html and "(15-1299.00)" not in html
    dentists = _html("29-1029.00", "print")
    assert "Orthodontists (29-1023.00)" in dentists and "Dentists, General" in dentists
    assert "residual group" not in _html("15-1252.00", "screen")


def test_a_military_occupation_says_why_it_has_no_tasks() -> None:
    html = _html("55-1011.00", "screen")
    assert "O*NET publishes no tasks" in html
    assert "<h3>" not in html and OOH_CREDIT not in html


def test_bright_outlook_is_not_available_without_projections() -> None:
    seen = set()
    for code in ("55-1011.00", "15-1252.00", "29-2072.00", "43-9022.00"):
        context = ctx(code)
        value = dict(quick.quick_facts(context))["Bright Outlook"]
        if context.occupation.projections is None:
            assert value.startswith("not available"), code
        else:
            assert value.split(" ")[0] == ("Yes" if context.details.bright_outlook else "No")
        seen.add(value.split(" ")[0])
    assert seen == {"not", "Yes", "No"}


def _counts(sql: str) -> dict[str, int]:
    with sqlite3.connect(COMMITTED_DB) as db:
        return dict(db.execute(sql).fetchall())


@pytest.mark.parametrize("medium", ["screen", "print"])
def test_every_list_of_every_occupation_counts_what_the_data_holds(medium: str) -> None:
    """Each list's button ("Show all 27 tasks") and printed count say how many the
    database holds, for every occupation; a list is there exactly when it has items."""
    expected = {
        "tasks": _counts("SELECT code, COUNT(*) FROM task GROUP BY code"),
        "activities": _counts("SELECT code, COUNT(*) FROM work_activity GROUP BY code"),
        "technology": _counts("SELECT code, COUNT(DISTINCT name) FROM technology GROUP BY code"),
        "tools": _counts("SELECT code, COUNT(DISTINCT name) FROM tool GROUP BY code"),
    }
    for code, n in _counts("SELECT code, COUNT(*) FROM emerging_task GROUP BY code").items():
        expected["tasks"][code] = expected["tasks"].get(code, 0) + n
    _, catalog = _committed()
    checked = 0
    for code in sorted(catalog):
        lists = {
            b.key: b
            for b in build_section("what", ctx(code, medium)).blocks
            if isinstance(b, ItemList)
        }
        for key, counts in expected.items():
            count = counts.get(code, 0)
            assert (key in lists) == (count > 0), (code, key)
            if key not in lists:
                continue
            block = lists[key]
            assert block.count == count, (code, key)
            assert block.show_all_text == f"Show all {count:,} {block.noun}"
            if key in ("tasks", "activities"):  # one item a task; technology and tools by line
                assert len(block.items) == count, (code, key)
            checked += 1
    assert checked > 3000


def test_the_five_key_tasks_are_the_first_core_tasks() -> None:
    """Registered Nurses: five of O*NET's Core tasks, in its order, then every other task."""
    with sqlite3.connect(COMMITTED_DB) as db:
        core = [
            r[0]
            for r in db.execute(
                "SELECT text FROM task WHERE code = '29-1141.00' AND type = 'Core' ORDER BY task_id"
            )
        ]
        every = db.execute("SELECT COUNT(*) FROM task WHERE code = '29-1141.00'").fetchone()[0]
    tasks = next(
        b for b in build_section("what", ctx("29-1141.00")).blocks if isinstance(b, ItemList)
    )
    assert tasks.heading == "On the job, you would:" and tasks.shown == 5
    shown = tasks.html()
    assert all(escape(task) in shown for task in core[:5])
    assert escape(core[5]) not in shown and "Sometimes also" not in shown
    assert len(tasks.items) == every > 20 and tasks.show_all_text == f"Show all {every} tasks"
    assert "Sometimes also" in tasks.html(expanded=True)


def test_technology_leads_with_what_job_postings_ask_for_and_marks_hot_ones() -> None:
    with sqlite3.connect(COMMITTED_DB) as db:
        rows = db.execute(
            "SELECT name, hot, in_demand FROM technology WHERE code = '15-1252.00'"
        ).fetchall()
    block = next(
        b
        for b in build_section("what", ctx("15-1252.00")).blocks
        if isinstance(b, ItemList) and b.key == "technology"
    )
    assert block.shown == 0 and block.note.startswith("<p>Often in job postings: ")
    summary = block.note.split("</p>")[0].removeprefix("<p>Often in job postings: ")
    asked = {name for name, hot, wanted in rows if hot or wanted}
    shown, more = summary.split(", and ")
    picked = [name.removeprefix("★\u00a0") for name in shown.split(", ")]
    # 33 are In Demand for software developers: the ten shown are all In Demand.
    assert len(picked) == 10 and {escape(n) for n, _, wanted in rows if wanted} >= set(picked)
    assert more == f"{len(asked) - 10} more."
    full = block.html(expanded=True)
    for name, hot, _ in rows:  # whole names: "IBM WebSphere" is in "IBM WebSphere MQ"
        starred = re.search(f"★\u00a0{re.escape(escape(name))}(?=,|</li>)", full)
        plain = re.search(f"(: |, ){re.escape(escape(name))}(?=,|</li>)", full)
        assert bool(starred if hot else plain), name
    assert full.count("★\u00a0") >= sum(hot for _, hot, _ in rows)
