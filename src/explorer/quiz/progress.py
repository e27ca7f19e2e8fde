"""What the quiz keeps for one user, as plain data that round-trips through JSON.

QuizRecord holds a quiz under way (QuizState: form, answers, position, the day
it started) and the last finished result (SavedResult: form, answers, scores,
outcome, the day it was finished). The window stores `record.to_json()` where it
keeps the user's settings (QSettings or a file) and reads it back with
`QuizRecord.load(text)`; nothing here touches a file. Every method returns a new
value: the records are frozen.

- Closing mid-way: store the record after every answer; `record.resume(items)`
  gives the quiz back where it stopped, unless the form's items have changed
  since (a new data release), when it starts again.
- Finishing: `record.finish(today, result)` keeps the answers, scores and date.
- Retake: `record.start(items, form, today)` starts a new quiz; the last result
  stays until the new one is finished.
- Clear my answers: `QuizRecord()` (or `record.cleared()`) keeps nothing.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, cast

from explorer.quiz.items import FORMS, Form, Item
from explorer.quiz.scoring import TOP_ANSWER, Outcome, QuizResult

#: The layout version of the JSON; a record of another version is not read.
FORMAT = 1
OUTCOMES = ("ranked", "same_answers", "all_dislike", "flat")


class ProgressError(ValueError):
    """Stored text that is not a quiz record this program can read."""


def items_key(items: Sequence[Item]) -> str:
    """A short fingerprint of a form's items: a quiz resumes only on the same items."""
    text = "\n".join(f"{item.id}\t{item.area}\t{item.text}" for item in items)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


@dataclass(frozen=True)
class QuizState:
    """A quiz under way: one answer (0 to 4, None while unanswered) per item in the
    form's order, the item on screen (position, from 0) and the day it started."""

    form: Form
    items: str
    answers: tuple[int | None, ...]
    position: int
    started: date

    @classmethod
    def new(cls, items: Sequence[Item], form: Form, today: date) -> QuizState:
        """A fresh quiz on the given items, at the first one."""
        return cls(form, items_key(items), (None,) * len(items), 0, today)

    @property
    def answered(self) -> int:
        """How many items have an answer."""
        return sum(1 for a in self.answers if a is not None)

    @property
    def complete(self) -> bool:
        """True when every item has an answer."""
        return self.answered == len(self.answers)

    def answer(self, value: int) -> QuizState:
        """Answer the item on screen (0 to 4) and move to the next one (the last item
        stays on screen)."""
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= TOP_ANSWER:
            raise ValueError(f"an answer is 0 to {TOP_ANSWER}, not {value!r}")
        answers = list(self.answers)
        answers[self.position] = value
        following = min(self.position + 1, len(answers) - 1)
        return replace(self, answers=tuple(answers), position=following)

    def go_to(self, position: int) -> QuizState:
        """Show another item (Back, or a jump to an unanswered one)."""
        if not 0 <= position < len(self.answers):
            raise ValueError(f"position {position} is not 0 to {len(self.answers) - 1}")
        return replace(self, position=position)

    def fits(self, items: Sequence[Item]) -> bool:
        """True when the quiz was started on exactly these items."""
        return self.items == items_key(items) and len(items) == len(self.answers)


@dataclass(frozen=True)
class SavedResult:
    """A finished quiz: its form, answers, six scores (RIASEC order), outcome and day."""

    form: Form
    answers: tuple[int, ...]
    scores: tuple[int, ...]
    outcome: Outcome
    finished: date


@dataclass(frozen=True)
class QuizRecord:
    """Everything the quiz keeps for one user: a quiz under way and the last result."""

    current: QuizState | None = None
    last: SavedResult | None = None

    def start(self, items: Sequence[Item], form: Form, today: date) -> QuizRecord:
        """Start a quiz (the first, or a retake); the last result is kept until the new
        quiz is finished."""
        return replace(self, current=QuizState.new(items, form, today))

    def update(self, state: QuizState) -> QuizRecord:
        """The record with the quiz under way replaced (after an answer or a move)."""
        return replace(self, current=state)

    def resume(self, items: Sequence[Item]) -> QuizState | None:
        """The quiz under way, if it was started on these items (else None)."""
        if self.current is not None and self.current.fits(items):
            return self.current
        return None

    def finish(self, today: date, result: QuizResult) -> QuizRecord:
        """Keep the finished quiz under way as the last result, scored as `result`."""
        state = self.current
        if state is None or not state.complete:
            raise ValueError("there is no finished quiz to keep")
        answers = tuple(a for a in state.answers if a is not None)
        saved = SavedResult(state.form, answers, result.sums, result.outcome, today)
        return QuizRecord(current=None, last=saved)

    def cleared(self) -> QuizRecord:
        """'Clear my answers': nothing kept."""
        return QuizRecord()

    # -- JSON -------------------------------------------------------------------------

    def to_json(self) -> str:
        """The record as one line of JSON."""
        value: dict[str, Any] = {"format": FORMAT, "current": None, "last": None}
        if self.current is not None:
            c = self.current
            value["current"] = {
                "form": c.form,
                "items": c.items,
                "answers": list(c.answers),
                "position": c.position,
                "started": c.started.isoformat(),
            }
        if self.last is not None:
            s = self.last
            value["last"] = {
                "form": s.form,
                "answers": list(s.answers),
                "scores": list(s.scores),
                "outcome": s.outcome,
                "finished": s.finished.isoformat(),
            }
        return json.dumps(value, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> QuizRecord:
        """The record stored as text; ProgressError if it is not one."""
        try:
            value = json.loads(text)
            if not isinstance(value, dict) or value.get("format") != FORMAT:
                raise ProgressError(f"not a quiz record of format {FORMAT}")
            current = _state(value["current"]) if value.get("current") is not None else None
            last = _saved(value["last"]) if value.get("last") is not None else None
        except (ValueError, KeyError, TypeError) as error:
            raise ProgressError(f"unreadable quiz record: {error}") from error
        return cls(current, last)

    @classmethod
    def load(cls, text: str | None) -> QuizRecord:
        """The stored record, or an empty one where nothing (or nothing readable) is
        stored: a damaged setting must never stop the quiz."""
        if not text:
            return cls()
        try:
            return cls.from_json(text)
        except ProgressError:
            return cls()


def _form(value: object) -> Form:
    if value not in FORMS:
        raise ValueError(f"unknown form {value!r}")
    return cast(Form, value)


def _answer(value: object, missing_allowed: bool) -> int | None:
    if value is None and missing_allowed:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= TOP_ANSWER:
        raise ValueError(f"bad answer {value!r}")
    return value


def _state(value: dict[str, Any]) -> QuizState:
    form = _form(value["form"])
    answers = tuple(_answer(a, True) for a in value["answers"])
    if len(answers) != FORMS[form] * 6:
        raise ValueError(f"{len(answers)} answers for the {form} form")
    position = value["position"]
    if isinstance(position, bool) or not isinstance(position, int):
        raise ValueError(f"bad position {position!r}")
    if not 0 <= position < len(answers):
        raise ValueError(f"position {position} out of range")
    items = value["items"]
    if not isinstance(items, str):
        raise ValueError("bad items key")
    return QuizState(form, items, answers, position, date.fromisoformat(value["started"]))


def _saved(value: dict[str, Any]) -> SavedResult:
    form = _form(value["form"])
    answers = tuple(cast(int, _answer(a, False)) for a in value["answers"])
    if len(answers) != FORMS[form] * 6:
        raise ValueError(f"{len(answers)} answers for the {form} form")
    maximum = FORMS[form] * TOP_ANSWER
    scores = tuple(value["scores"])
    if len(scores) != 6 or not all(
        isinstance(s, int) and not isinstance(s, bool) and 0 <= s <= maximum for s in scores
    ):
        raise ValueError(f"bad scores {scores!r}")
    outcome = value["outcome"]
    if outcome not in OUTCOMES:
        raise ValueError(f"bad outcome {outcome!r}")
    return SavedResult(
        form, answers, scores, cast(Outcome, outcome), date.fromisoformat(value["finished"])
    )
