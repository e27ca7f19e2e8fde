"""InterestQuiz: the one object the quiz screens (and `quiz`, `match`) need.

It reads the activities, areas, job zones and occupation profiles from an open
CareerData once, then answers in memory: the items of a form, a result from
answers, a result saved earlier, and the occupations that fit. Plain data
only; the window draws it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from explorer.data.interests import InterestArea
from explorer.data.repository import CareerData
from explorer.profile.sources import releases
from explorer.quiz.items import Form, Item, form_items
from explorer.quiz.matching import Match, Matcher
from explorer.quiz.progress import SavedResult
from explorer.quiz.scoring import TOP_ANSWER, QuizResult, result, score
from explorer.quiz.summary import InterestsSummary
from explorer.quiz.texts import ALL_LEVELS, credit, preparation


class InterestQuiz:
    """The interest quiz on one open careers.db (create one and reuse it)."""

    def __init__(self, data: CareerData) -> None:
        self._data = data
        self._activities = data.interest_activities()
        self._areas = data.interest_areas()
        self._forms: dict[str, tuple[Item, ...]] = {}
        self._matcher: Matcher | None = None

    @property
    def areas(self) -> tuple[InterestArea, ...]:
        """The six areas, RIASEC order, with O*NET's descriptions."""
        return self._areas

    def items(self, form: Form) -> tuple[Item, ...]:
        """The items of the short (30) or long (60) form, in the order they are asked."""
        if form not in self._forms:
            self._forms[form] = form_items(self._activities, form)
        return self._forms[form]

    def score(self, form: Form, answers: Sequence[int | None]) -> QuizResult:
        """The result of a finished quiz (AnswerError if an answer is missing or bad)."""
        return score(self.items(form), answers, self._areas)

    def saved_result(self, saved: SavedResult) -> QuizResult:
        """The result a saved quiz had, from its stored scores."""
        maximum = len(saved.answers) // len(self._areas) * TOP_ANSWER
        return result(saved.scores, maximum, saved.outcome, self._areas)

    def matches(
        self,
        scores: QuizResult | Sequence[float],
        job_zone: int | None = None,
        limit: int | None = None,
    ) -> tuple[Match, ...]:
        """Occupations that fit, best first (matching.Matcher.match). A result with no
        ranking has none; six equal scores raise NoInterestStandsOut."""
        if isinstance(scores, QuizResult):
            if not scores.ranked:
                return ()
            scores = scores.sums
        if self._matcher is None:
            self._matcher = Matcher(self._data.interest_profiles())
        return self._matcher.match(scores, job_zone, limit)

    def preparation_levels(self) -> tuple[tuple[int, str], ...]:
        """The job zones a student can choose, in plain words, from least preparation:
        (1, "little or no preparation") ... (5, "extensive preparation")."""
        names = self._data.job_zone_names()
        return tuple((zone, preparation(names[zone])) for zone in sorted(names))

    def credit(self) -> str:
        """The O*NET credit line of the quiz, with the release in the database."""
        return credit(releases(self._data).onet)

    def summary(self, result: QuizResult, finished: date, job_zone: int | None) -> InterestsSummary:
        """What the printed "My interests" page says about a result, its matches at
        job_zone (None: every level) and the day the quiz was finished."""
        levels = dict(self.preparation_levels())
        level = f"Job Zone {job_zone}: {levels[job_zone]}" if job_zone in levels else ALL_LEVELS
        return InterestsSummary(
            result, finished, level, self.matches(result, job_zone=job_zone), self.credit()
        )
