"""A finished quiz's six scores, the top areas, or why there is no ranking.

Each answer scores 0 (Strongly dislike) to 4 (Strongly like); an area's score is
the sum over its items: 0 to 20 on the short form, 0 to 40 on the long one.
Areas with equal scores share a rank (1, 1, 3); the top areas are those with
fewer than three areas above them, so usually three, more when areas tie for
third place. Answers that are all the same, or all "dislike" (Strongly dislike
or Dislike), and six equal scores get an explanation and no ranking.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from explorer.data.interests import RIASEC, InterestArea
from explorer.quiz.items import LETTERS, Item
from explorer.quiz.texts import ANSWERS, NO_RANKING, meaning

Outcome = Literal["ranked", "same_answers", "all_dislike", "flat"]
#: The highest score of one answer (Strongly like).
TOP_ANSWER = len(ANSWERS) - 1
#: The answers that count as "dislike" for the all-dislike rule.
DISLIKES = frozenset({0, 1})


class AnswerError(ValueError):
    """Answers that cannot be scored: missing, too many, or not 0 to 4."""


@dataclass(frozen=True)
class AreaScore:
    """One area of a result: its score out of `maximum`, its rank (None when the
    result has no ranking), and what it means, in O*NET's words."""

    area: str
    score: int
    maximum: int
    rank: int | None
    meaning: str
    description: str

    @property
    def letter(self) -> str:
        """The area's one-letter code ("R")."""
        return LETTERS[self.area]


@dataclass(frozen=True)
class QuizResult:
    """The scores of a finished quiz, in RIASEC order, and its top areas, highest
    first (empty when there is no ranking; `explanation` then says why)."""

    scores: tuple[AreaScore, ...]
    top: tuple[AreaScore, ...]
    outcome: Outcome
    explanation: str | None

    @property
    def ranked(self) -> bool:
        """True when the result ranks the areas (and occupations can be matched)."""
        return self.outcome == "ranked"

    @property
    def sums(self) -> tuple[int, ...]:
        """The six area scores in RIASEC order (what `match --scores` takes)."""
        return tuple(s.score for s in self.scores)

    @property
    def top_areas(self) -> tuple[str, ...]:
        """The names of the top areas, highest first."""
        return tuple(s.area for s in self.top)


def answer_score(label: str) -> int:
    """The score of an answer's words ("Like" is 3)."""
    return ANSWERS.index(label)


def outcome_of(answers: Sequence[int]) -> Outcome:
    """Whether the answers can rank the areas, and if not, why not (six equal sums from
    different answers are found by `result`)."""
    if all(a in DISLIKES for a in answers):
        return "all_dislike"
    if len(set(answers)) == 1:
        return "same_answers"
    return "ranked"


def ranks(sums: Sequence[float]) -> list[int]:
    """Each score's rank: 1 plus how many scores are higher (ties share a rank)."""
    return [1 + sum(1 for other in sums if other > mine) for mine in sums]


def score(
    items: Sequence[Item], answers: Sequence[int | None], areas: Sequence[InterestArea]
) -> QuizResult:
    """Score a finished quiz: answers[i] (0 to 4) answers items[i]."""
    if len(answers) != len(items):
        raise AnswerError(f"{len(answers)} answers for {len(items)} items")
    given: list[int] = []
    for number, answer in enumerate(answers, start=1):
        if answer is None:
            raise AnswerError(f"item {number} has no answer yet")
        if isinstance(answer, bool) or not isinstance(answer, int):
            raise AnswerError(f"answer {number} is not a whole number: {answer!r}")
        if not 0 <= answer <= TOP_ANSWER:
            raise AnswerError(f"answer {number} is {answer}: answers are 0 to {TOP_ANSWER}")
        given.append(answer)
    totals = dict.fromkeys(RIASEC, 0)
    counts = dict.fromkeys(RIASEC, 0)
    for item, answer in zip(items, given, strict=True):
        totals[item.area] += answer
        counts[item.area] += 1
    sums = [totals[a] for a in RIASEC]
    if len(set(counts.values())) != 1:
        raise AnswerError("every area needs the same number of items")
    return result(sums, counts[RIASEC[0]] * TOP_ANSWER, outcome_of(given), areas)


def result(
    sums: Sequence[int], maximum: int, outcome: Outcome, areas: Sequence[InterestArea]
) -> QuizResult:
    """The result of six area scores (RIASEC order, each 0 to maximum) whose answers
    gave `outcome` (a saved result is shown again from its scores and outcome); six
    equal scores are "flat", whatever the answers."""
    if len(sums) != len(RIASEC):
        raise AnswerError(f"six scores are needed (got {len(sums)})")
    if outcome == "ranked" and len(set(sums)) == 1:
        outcome = "flat"
    ranked = outcome == "ranked"
    described = {a.name: a.description for a in areas}
    scores = tuple(
        AreaScore(
            area=area,
            score=total,
            maximum=maximum,
            rank=rank if ranked else None,
            meaning=meaning(described.get(area, "")),
            description=described.get(area, ""),
        )
        for area, total, rank in zip(RIASEC, sums, ranks(sums), strict=True)
    )
    top = (
        tuple(sorted((s for s in scores if s.rank is not None and s.rank <= 3), key=_rank_key))
        if ranked
        else ()
    )
    return QuizResult(scores, top, outcome, None if ranked else NO_RANKING[outcome])


def _rank_key(area: AreaScore) -> tuple[int, int]:
    return (area.rank or 0, RIASEC.index(area.area))
