"""Every sentence the quiz screens and a printed result show, written once.

The honesty line and the credit say what the quiz is (Career Explorer's own,
built from O*NET's sample activities) and what it is not (the O*NET Interest
Profiler, whose questions may only be shown word for word and are not in the
data). No release is typed: the credit takes the O*NET version from the
database (explorer.profile.sources).
"""

from __future__ import annotations

import re

#: The answers, in score order: an answer's score is its place here (0 to 4).
ANSWERS = ("Strongly dislike", "Dislike", "Unsure", "Like", "Strongly like")

#: The line the quiz screens and every printed result show, above the results.
HONESTY = "Built from O*NET's sample activities, for exploring, not for deciding."
#: What the quiz is and is not, for its first screen and the printed result.
ABOUT = (
    "This quiz is Career Explorer's own. It asks how you would feel about work activities"
    " that O*NET® gives as examples of each interest area. It is not the O*NET Interest"
    " Profiler, and its results are a starting point for exploring occupations, not a"
    " measure of what you should do."
)
#: The question above every item.
QUESTION = "How would you feel about doing this?"

#: Why a result has no ranking, by QuizResult.outcome.
NO_RANKING = {
    "same_answers": (
        "You gave every activity the same answer, so no interest area stands out and"
        " there is no ranking. Take the quiz again and think about which activities you"
        " would enjoy a bit more, or a bit less, than the others."
    ),
    "all_dislike": (
        "You said you would dislike every activity, so no interest area stands out and"
        " there is no ranking. That is fine: many people have not found what they like"
        " yet. Take the quiz again and mark the activities you would mind least as"
        " 'Unsure' or 'Like', or browse occupations to see what people do."
    ),
    "flat": (
        "Your six interest areas came out with the same score, so no interest stands out"
        " and there is no ranking. Take the quiz again and think about which activities"
        " you would enjoy a bit more than the others."
    ),
}
#: The line `match` prints when all six scores are equal.
NO_INTEREST_STANDS_OUT = "no interest stands out: all six scores are equal"
#: What the results screen shows when no occupation at the chosen level fits.
NO_MATCHES = (
    "No occupation at this level of preparation has an interest profile much like yours."
    " Try another level, or all levels."
)

#: The fit groups, best first, and what each means.
TIER_MEANINGS = {
    "Best": "Best fit: its interest profile is very much like yours.",
    "Great": "Great fit: its interest profile is much like yours.",
    "Good": "Good fit: its interest profile is somewhat like yours.",
}
#: The choice that does not filter by preparation.
ALL_LEVELS = "all levels of preparation"

_JOB_ZONE_NAME = re.compile(r"^Job Zone \w+:\s*(.+?)(?:\s+Needed)?$")


def credit(onet_version: str) -> str:
    """The O*NET credit of the quiz: its activities, area descriptions and occupation
    scores are O*NET data (CC BY 4.0), chosen and scored by Career Explorer."""
    return (
        f"Activities, interest areas and occupations' interest scores: O*NET® {onet_version}"
        " Database (USDOL/ETA): Interests Illustrative Activities, Basic Interests to RIASEC,"
        " Content Model Reference and Interests. Used under the CC BY 4.0 license. Career"
        " Explorer chose, ordered and scored the activities; USDOL/ETA has not approved,"
        " endorsed, or tested these modifications. This quiz is not the O*NET Interest"
        " Profiler."
    )


def meaning(description: str) -> str:
    """What an area means in plain words: the first sentence of O*NET's description."""
    first, _, _ = description.strip().partition(". ")
    return first if not first or first.endswith(".") else first + "."


def preparation(job_zone_name: str) -> str:
    """A job zone's name in plain words, lower case: "Job Zone One: Little or No
    Preparation Needed" is "little or no preparation"."""
    found = _JOB_ZONE_NAME.match(job_zone_name.strip())
    return (found.group(1) if found else job_zone_name).strip().lower()


def areas_phrase(areas: tuple[str, ...] | list[str]) -> str:
    """'Social', 'Social and Artistic', 'Social, Artistic and Enterprising'."""
    if len(areas) <= 1:
        return "".join(areas)
    return ", ".join(areas[:-1]) + " and " + areas[-1]
