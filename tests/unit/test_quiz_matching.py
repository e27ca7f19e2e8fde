"""Matching: the profile correlation, one-sided students at every job zone, the fit groups,
why each match matched, and 3,000 simulated students getting varied matches."""

from __future__ import annotations

import random
import sqlite3
import statistics
from collections import Counter

import pytest

from explorer.data.interests import RIASEC
from explorer.data.repository import CareerData
from explorer.quiz.engine import InterestQuiz
from explorer.quiz.matching import (
    TIERS,
    Matcher,
    NoInterestStandsOut,
    by_tier,
    profile_correlation,
    tier_of,
)
from explorer.quiz.scoring import QuizResult

from conftest import COMMITTED_DB

ZONES = (None, 1, 2, 3, 4, 5)


@pytest.fixture(scope="module")
def quiz(data: CareerData) -> InterestQuiz:
    return InterestQuiz(data)


def _published() -> dict[str, tuple[int | None, tuple[float, ...]]]:
    """code -> (job zone, six OI scores), straight from careers.db."""
    with sqlite3.connect(COMMITTED_DB) as db:
        rows = db.execute(
            "SELECT o.code, o.job_zone, i.realistic, i.investigative, i.artistic, i.social,"
            " i.enterprising, i.conventional FROM interest i JOIN occupation o USING (code)"
        ).fetchall()
    return {r[0]: (r[1], tuple(r[2:])) for r in rows}


def _leads(scores: tuple[float, ...], area: str) -> bool:
    """True when the area has the highest of the six scores."""
    return scores[RIASEC.index(area)] == max(scores)


def _one_sided(quiz: InterestQuiz, area: str) -> QuizResult:
    """A student who would strongly like every activity of one area and no other."""
    return quiz.score("short", [4 if i.area == area else 0 for i in quiz.items("short")])


def test_the_fit_is_pearsons_correlation() -> None:
    student, occupation = (12, 3, 18, 7, 0, 9), (3.1, 1.5, 6.2, 4.0, 2.2, 3.3)
    assert profile_correlation(student, occupation) == pytest.approx(
        statistics.correlation(student, occupation)
    )
    assert profile_correlation((1, 1, 1, 1, 1, 1), occupation) is None


def test_level_does_not_matter_only_shape(quiz: InterestQuiz) -> None:
    """A short-form student and a long-form one with the same pattern get the same matches."""
    short = quiz.matches((12, 3, 18, 7, 0, 9))
    long = quiz.matches((24, 6, 36, 14, 0, 18))
    assert short and [m.code for m in long] == [m.code for m in short]
    assert [m.fit for m in long] == pytest.approx([m.fit for m in short])


@pytest.mark.parametrize("area", RIASEC)
def test_one_sided_students_get_matches_led_by_their_area_at_every_job_zone(
    quiz: InterestQuiz, area: str
) -> None:
    published = _published()
    result = _one_sided(quiz, area)
    assert result.top_areas[0] == area
    for zone in ZONES:
        matches = quiz.matches(result, job_zone=zone)
        in_zone = [s for z, s in published.values() if zone is None or z == zone]
        if not any(_leads(s, area) for s in in_zone):
            # O*NET has no occupation led by this area at this job zone (no Investigative
            # one needs little or no preparation): nothing fits, rather than a wrong lead.
            assert matches == (), (area, zone)
            continue
        assert matches, (area, zone)
        assert _leads(published[matches[0].code][1], area), (area, zone, matches[0])
        for group in by_tier(matches).values():
            led = [_leads(published[m.code][1], area) for m in group]
            assert led == sorted(led, reverse=True), (area, zone)
        if zone is None:
            assert all(_leads(published[m.code][1], area) for m in matches[:10]), area


def test_matches_are_grouped_best_first_each_with_its_why(quiz: InterestQuiz) -> None:
    published = _published()
    scores = (14, 19, 4, 12, 6, 10)
    matches = quiz.matches(scores)
    assert len(matches) > 20
    names = [name for name, _ in TIERS]
    assert [names.index(m.tier) for m in matches] == sorted(names.index(m.tier) for m in matches)
    for match in matches:
        zone, onet_scores = published[match.code]
        assert match.tier == tier_of(match.fit)
        assert match.fit == pytest.approx(statistics.correlation(scores, onet_scores))
        assert match.fit >= TIERS[-1][1]
        assert match.job_zone == zone
        assert [(w.area, w.student, w.occupation) for w in match.why] == list(
            zip(RIASEC, map(float, scores), onet_scores, strict=True)
        )
        assert set(match.shared_top) <= {"Investigative", "Realistic", "Social"}
        assert match.reason.startswith(f"{match.tier} fit: ")
    # Below the "Good" threshold nothing is offered, however many occupations there are.
    fits = [statistics.correlation(scores, s) for _, s in published.values()]
    assert len(matches) == sum(1 for f in fits if f >= TIERS[-1][1])


def test_the_fit_groups_follow_the_thresholds() -> None:
    assert [tier_of(f) for f in (0.95, 0.8, 0.79, 0.6, 0.59, 0.4, 0.39, -0.5)] == [
        "Best",
        "Best",
        "Great",
        "Great",
        "Good",
        "Good",
        None,
        None,
    ]


@pytest.mark.parametrize("zone", [1, 2, 3, 4, 5])
def test_a_preparation_level_keeps_only_its_job_zone(quiz: InterestQuiz, zone: int) -> None:
    matches = quiz.matches((20, 2, 1, 5, 8, 12), job_zone=zone)
    assert matches and {m.job_zone for m in matches} == {zone}
    everything = quiz.matches((20, 2, 1, 5, 8, 12))
    assert {m.code for m in matches} == {m.code for m in everything if m.job_zone == zone}


def test_the_limit_keeps_the_best(quiz: InterestQuiz) -> None:
    assert quiz.matches((3, 9, 17, 15, 4, 2), limit=5) == quiz.matches((3, 9, 17, 15, 4, 2))[:5]


def test_six_equal_scores_have_no_interest_standing_out(quiz: InterestQuiz) -> None:
    with pytest.raises(NoInterestStandsOut, match="no interest stands out"):
        quiz.matches((7, 7, 7, 7, 7, 7))
    with pytest.raises(ValueError, match="six scores"):
        quiz.matches((7, 7, 7))
    with pytest.raises(ValueError, match="job zone 6"):
        quiz.matches((7, 1, 7, 7, 7, 7), job_zone=6)


def test_preparation_levels_are_the_job_zones_in_plain_words(quiz: InterestQuiz) -> None:
    assert quiz.preparation_levels() == (
        (1, "little or no preparation"),
        (2, "some preparation"),
        (3, "medium preparation"),
        (4, "considerable preparation"),
        (5, "extensive preparation"),
    )


#: 3,000 simulated students: floors and a ceiling on how varied their top tens are.
STUDENTS = 3000
DISTINCT_FLOOR = 600
MOST_FREQUENT_FLOOR = 0.02
MOST_FREQUENT_CEILING = 0.15


def simulated_top_tens(quiz: InterestQuiz, students: int, seed: int = 14) -> list[list[str]]:
    """Each simulated student likes each area to a degree (uniform, -2 to 2) and answers
    every item with that degree plus noise (normal, sd 1) around Unsure, rounded and kept
    to 0-4; the codes of the first ten matches over all job zones."""
    rng = random.Random(seed)
    items = quiz.items("short")
    tops = []
    for _ in range(students):
        liking = {area: rng.uniform(-2, 2) for area in RIASEC}
        answers = [min(4, max(0, round(2 + liking[i.area] + rng.gauss(0, 1)))) for i in items]
        tops.append([m.code for m in quiz.matches(quiz.score("short", answers), limit=10)])
    return tops


@pytest.mark.slow
def test_simulated_students_get_varied_matches(quiz: InterestQuiz) -> None:
    tops = simulated_top_tens(quiz, STUDENTS)
    # Everyone gets a match; a rare, unusual profile fits fewer than ten occupations well.
    assert all(tops) and sum(len(top) == 10 for top in tops) >= 0.99 * STUDENTS
    seen = Counter(code for top in tops for code in top)
    most_frequent_share = seen.most_common(1)[0][1] / STUDENTS
    assert len(seen) >= DISTINCT_FLOOR
    assert MOST_FREQUENT_FLOOR <= most_frequent_share <= MOST_FREQUENT_CEILING


def test_matching_is_the_same_from_a_matcher_of_its_own(data: CareerData) -> None:
    matcher = Matcher(data.interest_profiles())
    assert len(matcher) == len(_published())
    assert matcher.match((1, 2, 3, 4, 5, 6)) == InterestQuiz(data).matches((1, 2, 3, 4, 5, 6))
