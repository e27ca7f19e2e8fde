"""What the quiz keeps for a user: resuming mid-way, finishing, Retake, Clear my answers,
and JSON that survives a round trip and never stops the quiz when damaged."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

from explorer.data.repository import CareerData
from explorer.quiz.engine import InterestQuiz
from explorer.quiz.progress import ProgressError, QuizRecord, QuizState, items_key
from explorer.quiz.texts import ABOUT, HONESTY

MONDAY, TUESDAY = date(2026, 3, 2), date(2026, 3, 3)


@pytest.fixture(scope="module")
def quiz(data: CareerData) -> InterestQuiz:
    return InterestQuiz(data)


def _answered(quiz: InterestQuiz, record: QuizRecord, answers: list[int]) -> QuizRecord:
    state = record.current
    assert state is not None
    for value in answers:
        state = state.answer(value)
    return record.update(state)


def test_closing_mid_way_resumes_at_the_same_item(quiz: InterestQuiz) -> None:
    items = quiz.items("short")
    record = _answered(quiz, QuizRecord().start(items, "short", MONDAY), [3, 1, 4, 0, 2])
    stored = record.to_json()
    again = QuizRecord.load(stored)
    state = again.resume(items)
    assert again == record and state is not None
    assert state.position == 5 and state.answered == 5 and not state.complete
    assert state.answers[:5] == (3, 1, 4, 0, 2) and state.started == MONDAY
    assert state.go_to(2).position == 2
    with pytest.raises(ValueError, match="position 30"):
        state.go_to(30)
    with pytest.raises(ValueError, match="an answer is 0 to 4"):
        state.answer(5)


def test_a_quiz_started_on_other_items_does_not_resume(quiz: InterestQuiz) -> None:
    record = QuizRecord().start(quiz.items("short"), "short", MONDAY)
    assert record.resume(quiz.items("long")) is None
    reworded = (replace(quiz.items("short")[0], text="Something else."), *quiz.items("short")[1:])
    assert items_key(reworded) != items_key(quiz.items("short"))
    assert record.resume(reworded) is None


def test_finishing_keeps_the_answers_scores_and_date(quiz: InterestQuiz) -> None:
    items = quiz.items("short")
    answers = [n % 5 for n in range(30)]
    record = _answered(quiz, QuizRecord().start(items, "short", MONDAY), answers)
    assert record.current is not None and record.current.complete
    assert record.current.position == 29  # the last item stays on screen
    result = quiz.score("short", record.current.answers)
    done = record.finish(TUESDAY, result)
    assert done.current is None and done.last is not None
    assert done.last.answers == tuple(answers) and done.last.finished == TUESDAY
    assert done.last.scores == result.sums and done.last.outcome == "ranked"
    assert quiz.saved_result(done.last) == result
    assert QuizRecord.from_json(done.to_json()) == done


def test_retake_keeps_the_last_result_until_the_new_quiz_is_finished(
    quiz: InterestQuiz,
) -> None:
    items = quiz.items("short")
    first = _answered(quiz, QuizRecord().start(items, "short", MONDAY), [4, 0] * 15)
    assert first.current is not None
    done = first.finish(MONDAY, quiz.score("short", first.current.answers))
    retake = done.start(quiz.items("long"), "long", TUESDAY)
    assert retake.last == done.last
    assert retake.current is not None and retake.current.form == "long"
    assert retake.current.answered == 0 and retake.current.started == TUESDAY
    with pytest.raises(ValueError, match="no finished quiz"):
        retake.finish(TUESDAY, quiz.score("short", [4, 0] * 15))


def test_clear_my_answers_keeps_nothing(quiz: InterestQuiz) -> None:
    record = _answered(quiz, QuizRecord().start(quiz.items("short"), "short", MONDAY), [1, 2])
    assert record.cleared() == QuizRecord()
    assert json.loads(record.cleared().to_json()) == {"format": 1, "current": None, "last": None}


def test_a_result_with_no_ranking_is_kept_as_such(quiz: InterestQuiz) -> None:
    record = _answered(quiz, QuizRecord().start(quiz.items("short"), "short", MONDAY), [1] * 30)
    assert record.current is not None
    done = record.finish(MONDAY, quiz.score("short", record.current.answers))
    assert done.last is not None and done.last.outcome == "all_dislike"
    shown = quiz.saved_result(QuizRecord.from_json(done.to_json()).last)  # type: ignore[arg-type]
    assert shown.outcome == "all_dislike" and shown.top == () and shown.explanation


@pytest.mark.parametrize(
    "text",
    [
        "",
        "not json",
        "[]",
        '{"format": 2, "current": null, "last": null}',
        '{"format": 1, "current": {"form": "short"}, "last": null}',
        '{"format": 1, "current": {"form": "medium", "items": "x", "answers": [],'
        ' "position": 0, "started": "2026-03-02"}, "last": null}',
        '{"format": 1, "current": {"form": "short", "items": "x", "answers": [9],'
        ' "position": 0, "started": "2026-03-02"}, "last": null}',
        '{"format": 1, "current": null, "last": {"form": "short", "answers": [1],'
        ' "scores": [1, 2, 3, 4, 5, 6], "outcome": "ranked", "finished": "2026-03-02"}}',
        '{"format": 1, "current": null, "last": {"form": "short", "answers": '
        + json.dumps([1] * 30)
        + ', "scores": [1, 2, 3, 4, 5, 99], "outcome": "ranked", "finished": "2026-03-02"}}',
        '{"format": 1, "current": null, "last": {"form": "short", "answers": '
        + json.dumps([1] * 30)
        + ', "scores": [1, 2, 3, 4, 5, 6], "outcome": "ranked", "finished": "yesterday"}}',
    ],
)
def test_damaged_text_is_refused_and_loads_as_nothing(text: str) -> None:
    if text:
        with pytest.raises(ProgressError):
            QuizRecord.from_json(text)
    assert QuizRecord.load(text) == QuizRecord()
    assert QuizRecord.load(None) == QuizRecord()


def test_a_position_past_the_end_is_refused(quiz: InterestQuiz) -> None:
    record = QuizRecord().start(quiz.items("short"), "short", MONDAY)
    value = json.loads(record.to_json())
    value["current"]["position"] = 30
    with pytest.raises(ProgressError, match="position 30"):
        QuizRecord.from_json(json.dumps(value))
    assert QuizState.new(quiz.items("short"), "short", MONDAY) == record.current


def test_the_quiz_says_what_it_is_and_credits_onet(quiz: InterestQuiz, data: CareerData) -> None:
    assert HONESTY == "Built from O*NET's sample activities, for exploring, not for deciding."
    assert "not the O*NET Interest Profiler" in ABOUT
    credit = quiz.credit()
    onet = next(s for s in data.sources() if s["name"] == "onet")
    assert onet["title"].replace(" Database", "") in credit.replace("®", "")
    assert "CC BY 4.0" in credit and "not the O*NET Interest Profiler" in credit
    assert "Interests Illustrative Activities" in credit
