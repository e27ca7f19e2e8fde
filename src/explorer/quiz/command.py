"""`career-explorer quiz --list` and `career-explorer match --scores`, for scripts and checks.

`quiz --list --json` prints the items of the short form ([{id, area, text}];
--long for the long form). `match --scores R,I,A,S,E,C` prints the occupations
that fit six area scores ([{code, title, fit, tier, job_zone}], best first).
A mistake in the scores is one line and exit 1 (a usage error); six equal scores are one line
("no interest stands out") and exit 1. The caller (cli.py) prints the JSON.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from explorer.quiz.engine import InterestQuiz
from explorer.quiz.items import FORMS
from explorer.quiz.matching import NoInterestStandsOut
from explorer.quiz.scoring import TOP_ANSWER

#: The highest score an area can have: every long-form item "Strongly like".
TOP_SCORE = max(FORMS.values()) * TOP_ANSWER
WHOLE_NUMBER = re.compile(r"-?[0-9]+")


class UsageError(ValueError):
    """A mistake in what was typed: one line, exit 1."""


@dataclass(frozen=True)
class Outcome:
    """What the command printed (value, as JSON) or why it failed (message, exit code)."""

    value: object = None
    message: str = ""
    code: int = 0


def items_json(quiz: InterestQuiz, long: bool) -> list[dict[str, str]]:
    """The items of a form, in the order they are asked."""
    return [
        {"id": i.id, "area": i.area, "text": i.text}
        for i in quiz.items("long" if long else "short")
    ]


def parse_scores(text: str) -> tuple[int, ...]:
    """Six whole numbers, R,I,A,S,E,C, each 0 to the long form's maximum (TOP_SCORE)."""
    parts = [p.strip() for p in text.split(",")]
    if len(parts) != 6:
        raise UsageError(f"--scores needs six numbers, R,I,A,S,E,C (got {len(parts)}: {text!r})")
    scores = []
    for part in parts:
        if not WHOLE_NUMBER.fullmatch(part):
            raise UsageError(f"--scores: {part!r} is not a whole number")
        value = int(part)
        if not 0 <= value <= TOP_SCORE:
            raise UsageError(
                f"--scores: {value} is out of range: an area's score is 0 to"
                f" {FORMS['short'] * TOP_ANSWER} on the short form, 0 to {TOP_SCORE} on the long"
            )
        scores.append(value)
    return tuple(scores)


def run_match(quiz: InterestQuiz, scores_text: str, job_zone: int | None, limit: int) -> Outcome:
    """The matches of `match --scores`, or the one line and exit code of a failure."""
    try:
        scores = parse_scores(scores_text)
        if limit < 1:
            raise UsageError(f"--limit must be 1 or more (got {limit})")
        matches = quiz.matches(scores, job_zone, limit)
    except UsageError as error:
        return Outcome(message=str(error), code=1)
    except NoInterestStandsOut as error:
        return Outcome(message=str(error), code=1)
    return Outcome(
        value=[
            {
                "code": m.code,
                "title": m.title,
                "fit": round(m.fit, 3),
                "tier": m.tier,
                "job_zone": m.job_zone,
            }
            for m in matches
        ]
    )
