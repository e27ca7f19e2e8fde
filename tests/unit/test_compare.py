"""The comparison's rows (profile.compare): the profile's own words and figures, the best
value of each ranked row marked with words, and every occupation comparable."""

from __future__ import annotations

import pytest

from explorer.data.catalog import load_catalog
from explorer.data.serialize import occupation_to_dict
from explorer.profile import become, quick
from explorer.profile.compare import (
    CompareError,
    build_comparison,
    comparison_json,
    resolve_codes,
)
from explorer.profile.context import make_context

NURSES, DEVELOPERS, ACTORS, CHIEFS = "29-1141.00", "15-1252.00", "27-2011.00", "11-1011.00"
SOLDIER = "55-3011.00"  # BLS publishes no wages for the armed forces


@pytest.fixture(scope="module")
def catalog(data):
    return {row.code: row for row in load_catalog(data)}


def test_rows_read_as_the_profile_and_show_json_write_them(data, catalog) -> None:
    codes = [NURSES, DEVELOPERS, ACTORS, CHIEFS]
    comparison = build_comparison(data, codes, catalog, "TX")
    for column, code in enumerate(codes):
        shown = occupation_to_dict(data.occupation(code))
        ctx = make_context(data, code, catalog)
        facts = dict(quick.quick_facts(ctx))
        assert comparison.row("annual_pay").cells[column] == shown["wages"]["annual_text"]["median"]
        assert comparison.row("hourly_pay").cells[column] == shown["wages"]["hourly_text"]["median"]
        assert comparison.row("openings").cells[column] == facts["Openings a year"]
        assert comparison.row("job_zone").cells[column] == facts["Job zone"]
        assert comparison.row("bright_outlook").cells[column] == facts["Bright Outlook"]
        entry = become.become_facts(ctx)
        assert comparison.row("education").cells[column] == entry[0][1]
        assert comparison.row("training").cells[column] == entry[2][1]
        texas = next(s for s in shown["states"] if s["abbr"] == "TX")
        key = "hourly_median_text" if code == ACTORS else "annual_median_text"
        assert comparison.row("state_pay").cells[column].startswith(texas[key])
    # Actors are paid by the hour: BLS's footnote in words, never 0 or a blank.
    assert comparison.row("annual_pay").cells[2] == "hourly wages only"
    assert comparison.row("pay_range").cells[2].endswith("an hour")


def test_the_best_value_is_marked_with_words_and_only_where_rows_rank(data, catalog) -> None:
    codes = [NURSES, DEVELOPERS, ACTORS, CHIEFS]
    comparison = build_comparison(data, codes, catalog)
    occupations = [data.occupation(c) for c in codes]
    medians = [o.wages.annual.median or 0 for o in occupations]
    assert comparison.row("annual_pay").best == (medians.index(max(medians)),)
    assert comparison.row("annual_pay").mark == "★ highest"
    openings = [o.projections.openings_annual for o in occupations]
    assert comparison.row("openings").best == (openings.index(max(openings)),)
    assert comparison.row("openings").cell_text(openings.index(max(openings))).endswith("★ most")
    growth = [o.projections.change_percent for o in occupations]
    assert comparison.row("growth").best == (growth.index(max(growth)),)
    assert comparison.row("growth").mark == "★ fastest"
    for key in ("education", "experience", "training", "job_zone", "interests", "skills"):
        assert comparison.row(key).best == (), key
    assert "state_pay" not in {r.key for r in comparison.rows}  # no home state set


def test_a_career_without_wages_says_why_and_is_not_ranked(data, catalog) -> None:
    comparison = build_comparison(data, [SOLDIER, NURSES], catalog)
    assert comparison.row("annual_pay").cells[0] == (
        "not available (BLS publishes no wage estimate)"
    )
    assert comparison.row("annual_pay").best == ()  # one figure: nothing to compare
    assert comparison.pay_chart.series[0].values == (None,) * 5


def test_the_charts_have_one_series_per_career(data, catalog) -> None:
    comparison = build_comparison(data, [NURSES, ACTORS, CHIEFS], catalog)
    assert [s.name for s in comparison.pay_chart.series] == ["A", "B", "C"]
    nurses = data.occupation(NURSES).wages.annual
    assert comparison.pay_chart.series[0].values == (
        nurses.p10,
        nurses.p25,
        nurses.median,
        nurses.p75,
        nurses.p90,
    )
    assert comparison.pay_chart.series[1].missing[0] == "hourly wages only"
    interests = data.occupation(ACTORS).interests
    assert comparison.interest_chart.series[1].values[2] == interests.artistic
    assert "B: Actors" in comparison.interest_chart.notes


@pytest.mark.parametrize(
    ("codes", "words"),
    [
        ([NURSES], "2 to 4 occupation codes, not 1"),
        ([NURSES, ACTORS, CHIEFS, DEVELOPERS, SOLDIER], "not 5"),
        ([NURSES, "99-9999"], "unknown occupation code: '99-9999'"),
    ],
)
def test_wrong_requests_are_refused(data, codes, words) -> None:
    with pytest.raises(CompareError, match=words):
        build_comparison(data, resolve_codes(data, codes))


def test_the_same_career_twice_is_refused(data) -> None:
    with pytest.raises(CompareError, match="once"):
        build_comparison(data, [NURSES, NURSES])


def test_json_repeats_show_json_for_what_it_compares(data, catalog) -> None:
    comparison = build_comparison(data, [NURSES, ACTORS], catalog)
    documents = comparison_json(data, comparison)
    assert {"wages", "projections", "interests", "programs", "job_zone"} <= set(documents[0])
    for document, code in zip(documents, [NURSES, ACTORS], strict=True):
        shown = occupation_to_dict(data.occupation(code))
        for key, value in document.items():
            if key != "comparison":
                assert value == shown[key], key
    assert documents[1]["comparison"]["annual_pay"]["text"] == "hourly wages only"


@pytest.mark.slow
def test_every_occupation_can_be_compared(data, catalog) -> None:
    codes = sorted(catalog)
    for start in range(0, len(codes), 4):
        group = codes[start : start + 4] or codes[:2]
        if len(group) < 2:
            group = [group[0], codes[0]]
        comparison = build_comparison(data, group, catalog, "CA")
        for row in comparison.rows:
            assert len(row.cells) == len(group)
            assert all(cell.strip() for cell in row.cells), (group, row.key)
        for column, code in enumerate(group):
            if data.occupation(code).wages is None:  # said why, never a 0 or a blank
                assert comparison.row("annual_pay").cells[column].startswith("not available (")


def test_an_hourly_state_median_says_an_hour_and_a_missing_one_does_not(data, catalog) -> None:
    """Actors are paid by the hour: the home state's median reads "$… an hour" in the
    comparison and on the handout; where BLS has no state figure it is not "… an hour"."""
    from explorer.profile.handout import state_median

    ctx = make_context(data, ACTORS, catalog)
    texas = state_median(ctx, "TX")
    assert texas is not None and texas[1].startswith("$") and texas[1].endswith(" an hour")
    wyoming = state_median(ctx, "WY")
    assert wyoming is not None and "an hour" not in wyoming[1]
    assert wyoming[1] == "not available (no estimate for Wyoming)"  # and why
    for home in ("TX", "WY"):
        cell = build_comparison(data, [ACTORS, NURSES], catalog, home).row("state_pay").cells[0]
        assert cell == state_median(ctx, home)[1]  # type: ignore[index]
