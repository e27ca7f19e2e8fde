"""Scoring the quiz: golden answers, ties, and the answers that get no ranking."""

from __future__ import annotations

import pytest

from explorer.data.interests import RIASEC
from explorer.data.repository import CareerData
from explorer.quiz.engine import InterestQuiz
from explorer.quiz.scoring import AnswerError, answer_score
from explorer.quiz.texts import ANSWERS, NO_RANKING


@pytest.fixture(scope="module")
def quiz(data: CareerData) -> InterestQuiz:
    return InterestQuiz(data)


def _answers(quiz: InterestQuiz, form: str, by_area: dict[str, list[int]]) -> list[int]:
    """Answers for a form: each area's items in turn take that area's listed answers."""
    queues = {area: list(values) for area, values in by_area.items()}
    return [queues[item.area].pop(0) for item in quiz.items(form)]  # type: ignore[arg-type]


def test_the_answers_score_zero_to_four_in_order() -> None:
    assert [answer_score(label) for label in ANSWERS] == [0, 1, 2, 3, 4]
    assert ANSWERS == ("Strongly dislike", "Dislike", "Unsure", "Like", "Strongly like")


@pytest.mark.parametrize(("form", "maximum"), [("short", 20), ("long", 40)])
def test_all_strongly_like_gives_every_area_its_maximum(
    quiz: InterestQuiz, form: str, maximum: int
) -> None:
    result = quiz.score(form, [4] * len(quiz.items(form)))  # type: ignore[arg-type]
    assert result.sums == (maximum,) * 6
    assert all(s.maximum == maximum for s in result.scores)
    # The same answer everywhere: every area at its maximum, and no ranking.
    assert result.outcome == "same_answers" and not result.ranked
    assert result.top == () and all(s.rank is None for s in result.scores)
    assert result.explanation == NO_RANKING["same_answers"]


def test_golden_answers_give_their_sums_ranks_and_top_three(quiz: InterestQuiz) -> None:
    answers = _answers(
        quiz,
        "short",
        {
            "Realistic": [0, 1, 0, 1, 0],  # 2
            "Investigative": [4, 4, 3, 4, 4],  # 19
            "Artistic": [2, 2, 2, 2, 2],  # 10
            "Social": [3, 3, 4, 3, 3],  # 16
            "Enterprising": [1, 2, 1, 2, 1],  # 7
            "Conventional": [2, 3, 2, 3, 2],  # 12
        },
    )
    result = quiz.score("short", answers)
    assert result.sums == (2, 19, 10, 16, 7, 12)
    assert [s.rank for s in result.scores] == [6, 1, 4, 2, 5, 3]
    assert result.top_areas == ("Investigative", "Social", "Conventional")
    assert result.ranked and result.explanation is None


def test_areas_tied_for_third_are_all_in_the_top(quiz: InterestQuiz) -> None:
    answers = _answers(
        quiz,
        "short",
        {
            "Realistic": [4, 4, 4, 4, 4],  # 20
            "Investigative": [2, 2, 2, 2, 2],  # 10
            "Artistic": [3, 3, 3, 3, 3],  # 15
            "Social": [2, 2, 2, 2, 2],  # 10
            "Enterprising": [0, 0, 0, 0, 0],  # 0
            "Conventional": [1, 1, 1, 1, 1],  # 5
        },
    )
    result = quiz.score("short", answers)
    assert [s.rank for s in result.scores] == [1, 3, 2, 3, 6, 5]
    assert result.top_areas == ("Realistic", "Artistic", "Investigative", "Social")


def test_each_area_says_what_it_means_in_onets_words(quiz: InterestQuiz) -> None:
    result = quiz.score("short", [n % 5 for n in range(30)])
    described = {a.name: a.description for a in quiz.areas}
    for area in result.scores:
        assert area.description == described[area.area]
        assert described[area.area].startswith(area.meaning.removesuffix("."))
        assert area.meaning.endswith(".") and ". " not in area.meaning
    assert result.scores[3].meaning == (
        "Work involves helping, teaching, advising, assisting, or providing service to others."
    )


@pytest.mark.parametrize(
    "pattern",
    [
        [0] * 30,  # all strongly dislike
        [1] * 30,  # all dislike
        [0, 1, 1, 0, 1] * 6,  # a mix of the two
    ],
)
def test_answers_that_are_all_dislike_get_an_explanation_and_no_ranking(
    quiz: InterestQuiz, pattern: list[int]
) -> None:
    result = quiz.score("short", pattern)
    assert result.outcome == "all_dislike"
    assert result.top == () and not result.ranked
    assert result.explanation == NO_RANKING["all_dislike"]
    assert quiz.matches(result) == ()


@pytest.mark.parametrize("answer", [2, 3])
def test_the_same_answer_everywhere_gets_an_explanation(quiz: InterestQuiz, answer: int) -> None:
    result = quiz.score("long", [answer] * 60)
    assert result.outcome == "same_answers"
    assert result.sums == (answer * 10,) * 6
    assert quiz.matches(result) == ()


def test_six_equal_scores_from_different_answers_are_flat(quiz: InterestQuiz) -> None:
    answers = _answers(quiz, "short", {key: [4, 0, 2, 3, 1] for key in RIASEC})
    result = quiz.score("short", answers)
    assert result.sums == (10,) * 6
    assert result.outcome == "flat" and result.top == ()
    assert result.explanation == NO_RANKING["flat"]


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ([3] * 29, "29 answers for 30 items"),
        ([3] * 29 + [None], "item 30 has no answer yet"),
        ([3] * 29 + [5], "answer 30 is 5"),
        ([3] * 29 + [-1], "answer 30 is -1"),
        ([3] * 29 + [True], "not a whole number"),
        ([3] * 29 + [2.0], "not a whole number"),
    ],
)
def test_answers_that_cannot_be_scored_are_refused(
    quiz: InterestQuiz, answers: list[object], message: str
) -> None:
    with pytest.raises(AnswerError, match=message):
        quiz.score("short", answers)  # type: ignore[arg-type]
