"""What They Do for every occupation: no heading over nothing, the OOH credited only
when its summary is shown, residual "All Other" groups explained, and Bright Outlook
"not available" without projections."""

from __future__ import annotations

import re
import sqlite3

import pytest

from explorer.profile import quick
from explorer.profile.blocks import Html
from explorer.profile.registry import build_section

from conftest import COMMITTED_DB, _committed, ctx

EMPTY_HEADING = re.compile(r"</h3>\s*(<h3>|<h4>|$)|</h4>\s*(<h3>|<h4>|$)")
OOH_CREDIT = "OOH summary: BLS Occupational Outlook Handbook"


def _html(code: str, medium: str) -> str:
    section = build_section("what", ctx(code, medium))
    return "".join(block.html for block in section.blocks if isinstance(block, Html))


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
        if "<h3>Tasks</h3>" not in html:
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
            assert value == ("Yes" if context.details.bright_outlook else "No"), code
        seen.add(value.split(" ")[0])
    assert seen == {"not", "Yes", "No"}
