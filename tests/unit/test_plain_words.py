"""Plain words where a term is shown: what each interest area and job zone means, why an
occupation has a Bright Outlook, what the median and percentiles mean, and a pay fact
that says BLS publishes no hourly wage instead of "not available an hour"."""

from __future__ import annotations

import sqlite3

from explorer.data.catalog import INTERESTS
from explorer.data.schema import BRIGHT_OUTLOOK_OPENINGS_10Y, bright_outlook_reasons
from explorer.profile import become, outlook, pay, plain_words, quick, states
from explorer.profile.sources import releases

from conftest import COMMITTED_DB, _committed, ctx


def _db(sql: str, *params: object) -> list[tuple]:
    with sqlite3.connect(COMMITTED_DB) as connection:
        return connection.execute(sql, params).fetchall()


def _fact(code: str, label: str) -> str:
    return dict(quick.quick_facts(ctx(code)))[label]


def test_every_interest_area_in_the_data_is_explained() -> None:
    areas = {
        v
        for row in _db("SELECT high_point_1, high_point_2, high_point_3 FROM interest")
        for v in row
        if v
    }
    assert areas == set(INTERESTS) == set(plain_words.INTEREST_MEANINGS)
    nurses = _fact("29-1141.00", "Top interests")
    expected = _db(
        "SELECT high_point_1, high_point_2, high_point_3 FROM interest WHERE code = ?", "29-1141.00"
    )[0]
    assert nurses == ", ".join(f"{a} ({plain_words.INTEREST_MEANINGS[a]})" for a in expected)


def test_the_job_zone_says_what_it_means_in_onet_words() -> None:
    ((zone, name),) = _db(
        "SELECT o.job_zone, z.name FROM occupation o JOIN job_zone z ON z.zone = o.job_zone"
        " WHERE o.code = '25-2031.00'"
    )
    assert name == "Job Zone Four: Considerable Preparation Needed"
    assert _fact("25-2031.00", "Job zone") == f"{zone} of 5 (considerable preparation needed)"
    text = become.job_zone_scale(ctx("25-2031.00"))
    (lowest,), (highest,) = _db("SELECT name FROM job_zone WHERE zone IN (1, 5) ORDER BY zone")
    assert plain_words.zone_words(lowest) in text and plain_words.zone_words(highest) in text
    zone_block = next(b for b in become.build(ctx("25-2031.00")) if b.key == "zone")
    assert text in zone_block.html.replace("&#x27;", "'")


def test_the_bright_outlook_reason_is_the_rule_the_flag_was_set_by() -> None:
    """For every occupation with projections: a reason is given exactly when the stored
    flag is set, and the quick fact names the reasons that apply."""
    _, catalog = _committed()
    yes = 0
    for code in catalog:
        context = ctx(code)
        p = context.occupation.projections
        if p is None:
            continue
        reasons = bright_outlook_reasons(p.growth_category, p.openings_annual)
        assert bool(reasons) == context.details.bright_outlook, code
        fact = dict(quick.quick_facts(context))["Bright Outlook"]
        words = [plain_words.REASON_WORDS[r] for r in reasons]
        assert fact == (f"Yes ({'; '.join(words)})" if reasons else "No"), code
        yes += bool(reasons)
    assert 100 < yes < len(catalog)


def test_a_declining_occupation_says_its_bright_outlook_comes_from_openings() -> None:
    """Secondary school teachers: jobs fall 1.6%, but 66,200 openings a year."""
    ((change, category, openings),) = _db(
        "SELECT change_percent, growth_category, openings_annual FROM projection"
        " WHERE soc_code = '25-2031'"
    )
    assert change < 0 and category == "Decline"
    assert openings * 10 >= BRIGHT_OUTLOOK_OPENINGS_10Y
    assert _fact("25-2031.00", "Bright Outlook") == "Yes (many job openings)"
    text = outlook.outlook_html(ctx("25-2031.00"))
    assert "Bright Outlook: yes, because lots of jobs open up" in text
    assert f"about {openings:,} a year, or {openings * 10:,} in ten years" in text
    assert "grows much faster" not in text.split("Bright Outlook: yes")[1].split(". ")[0]
    assert "expected to shrink" in text
    assert "Bright Outlook: no." in outlook.outlook_html(ctx("27-2011.00"))


def test_median_and_percentiles_are_explained_where_they_are_shown(data) -> None:
    meaning = plain_words.PERCENTILE_MEANING
    assert meaning in pay.pay_summary_html(ctx("29-1141.00"))
    assert meaning not in pay.pay_summary_html(ctx("11-1031.00"))  # no wages at all
    nation = data.wages("29-1141")
    chart = states.percentiles_vs_nation(None, None, nation, False, releases(data))
    assert meaning in chart.notes
    assert meaning == (
        "The median is the middle wage: half of the workers earn more, half earn less. "
        "At the 10th percentile, 10 in 100 workers earn less; at the 90th, 90 in 100 earn less."
    )


def test_a_salary_only_occupation_says_bls_publishes_no_hourly_wage() -> None:
    ((annual, hourly),) = _db(
        "SELECT annual_median, hourly_median_cents FROM wage WHERE soc_code = '25-2031'"
        " AND area_code = '0000000' AND industry_code = '000000'"
    )
    assert hourly is None
    assert _fact("25-2031.00", "Median pay, May 2025") == (
        f"${annual:,} a year (BLS publishes no hourly wage)"
    )
    _, catalog = _committed()
    pays = [dict(quick.quick_facts(ctx(code)))["Median pay, May 2025"] for code in catalog]
    assert not [p for p in pays if "not available an hour" in p]
    assert sum("(BLS publishes no hourly wage)" in p for p in pays) > 20
