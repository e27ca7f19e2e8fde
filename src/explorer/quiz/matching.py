"""Occupations ranked by how well a student's six scores fit their O*NET interest profile.

The fit is the profile correlation: Pearson's r between the student's six area
scores and the occupation's six OI scores (Interests.txt), in RIASEC order. It
compares the shape of the two profiles (which areas are high and which low),
not their level, so a short-form (0-20) and a long-form (0-40) student with the
same answers pattern get the same matches, and the 1-7 scale of O*NET does not
need converting (Cronbach & Gleser, 1953, "Assessing similarity between
profiles", Psychological Bulletin 50(6); docs/quiz.md says why this and not a
congruence index of three-letter codes).

An occupation fits when r is at least the "Good" threshold of TIERS; fits are
grouped Best, Great and Good by r, and may be limited to one job zone. Within a
group, occupations whose strongest area is also the student's strongest come
first (Holland's first-letter agreement, the oldest congruence index: Holland,
1963, Psychological Reports 12), then the higher r. Six equal scores have no
shape: NoInterestStandsOut.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from explorer.data.interests import RIASEC, InterestProfile
from explorer.quiz.scoring import ranks
from explorer.quiz.texts import NO_INTEREST_STANDS_OUT, areas_phrase

#: Fit groups, best first, and the least correlation each needs.
TIERS: tuple[tuple[str, float], ...] = (("Best", 0.8), ("Great", 0.6), ("Good", 0.4))
TIER_NAMES = tuple(name for name, _ in TIERS)
JOB_ZONES = (1, 2, 3, 4, 5)


class NoInterestStandsOut(ValueError):
    """All six scores are equal: no shape to compare, so no occupation fits better."""

    def __init__(self) -> None:
        super().__init__(NO_INTEREST_STANDS_OUT)


@dataclass(frozen=True)
class AreaFit:
    """One area of a match: the student's score and the occupation's O*NET score (1-7)."""

    area: str
    student: float
    occupation: float


@dataclass(frozen=True)
class Match:
    """An occupation that fits: r (fit, -1 to 1), its group (tier), and why: the six
    scores side by side (RIASEC order), and the areas in both top threes."""

    code: str
    title: str
    job_zone: int | None
    fit: float
    tier: str
    why: tuple[AreaFit, ...]
    shared_top: tuple[str, ...]
    occupation_top: tuple[str, ...]

    @property
    def reason(self) -> str:
        """Why it matched, in one sentence."""
        if self.shared_top:
            return (
                f"{self.tier} fit: like yours, its strongest interests include"
                f" {areas_phrase(self.shared_top)}."
            )
        return (
            f"{self.tier} fit: its interest profile has a shape like yours; its strongest"
            f" interests are {areas_phrase(self.occupation_top)}."
        )


def tier_of(fit: float) -> str | None:
    """The group a correlation falls in, or None below the "Good" threshold."""
    return next((name for name, least in TIERS if fit >= least), None)


def _unit(values: Sequence[float]) -> tuple[float, ...] | None:
    """The values centred on their mean and scaled to length 1 (None when all equal)."""
    mean = sum(values) / len(values)
    centred = [v - mean for v in values]
    length = math.sqrt(sum(c * c for c in centred))
    if length == 0:
        return None
    return tuple(c / length for c in centred)


def profile_correlation(a: Sequence[float], b: Sequence[float]) -> float | None:
    """Pearson's r of two profiles of the same length; None when either is flat."""
    unit_a, unit_b = _unit(a), _unit(b)
    if unit_a is None or unit_b is None:
        return None
    return sum(x * y for x, y in zip(unit_a, unit_b, strict=True))


def _strongest(values: Sequence[float]) -> frozenset[str]:
    """The area or areas with the highest score."""
    top = max(values)
    return frozenset(area for area, value in zip(RIASEC, values, strict=True) if value == top)


def _top_three(values: Sequence[float]) -> tuple[str, ...]:
    """Areas with fewer than three areas above them, highest first."""
    placed = ranks(list(values))
    order = sorted(range(len(values)), key=lambda i: (placed[i], i))
    return tuple(RIASEC[i] for i in order if placed[i] <= 3)


@dataclass(frozen=True)
class _Prepared:
    """An occupation's profile with what every match needs of it, worked out once."""

    profile: InterestProfile
    unit: tuple[float, ...]
    top: tuple[str, ...]
    strongest: frozenset[str]


class Matcher:
    """Every occupation's interest profile, prepared once; match() ranks them."""

    def __init__(self, profiles: Iterable[InterestProfile]) -> None:
        self._profiles: list[_Prepared] = []
        for profile in profiles:
            unit = _unit(profile.scores)
            if unit is not None:
                prepared = _Prepared(
                    profile, unit, _top_three(profile.scores), _strongest(profile.scores)
                )
                self._profiles.append(prepared)

    def __len__(self) -> int:
        return len(self._profiles)

    def match(
        self, scores: Sequence[float], job_zone: int | None = None, limit: int | None = None
    ) -> tuple[Match, ...]:
        """Occupations that fit the six scores (RIASEC order), best first: all job zones
        or one (1-5); at most limit. NoInterestStandsOut when the six are equal."""
        if len(scores) != len(RIASEC):
            raise ValueError(f"six scores are needed, R,I,A,S,E,C (got {len(scores)})")
        if job_zone is not None and job_zone not in JOB_ZONES:
            raise ValueError(f"job zone {job_zone} is not 1 to 5")
        if limit is not None and limit < 0:
            raise ValueError(f"limit {limit} is below 0")
        student = _unit(scores)
        if student is None:
            raise NoInterestStandsOut()
        student_top = _top_three(scores)
        strongest = _strongest(scores)
        fits = []
        for prepared in self._profiles:
            if job_zone is not None and prepared.profile.job_zone != job_zone:
                continue
            fit = sum(x * y for x, y in zip(student, prepared.unit, strict=True))
            tier = tier_of(fit)
            if tier is not None:
                led = not strongest.isdisjoint(prepared.strongest)
                key = (TIER_NAMES.index(tier), not led, -fit, prepared.profile.code)
                fits.append((key, fit, tier, prepared))
        fits.sort(key=lambda f: f[0])
        matches = []
        for _, fit, tier, prepared in fits[:limit] if limit is not None else fits:
            profile = prepared.profile
            matches.append(
                Match(
                    code=profile.code,
                    title=profile.title,
                    job_zone=profile.job_zone,
                    fit=fit,
                    tier=tier,
                    why=tuple(
                        AreaFit(area, float(mine), theirs)
                        for area, mine, theirs in zip(RIASEC, scores, profile.scores, strict=True)
                    ),
                    shared_top=tuple(a for a in student_top if a in prepared.top),
                    occupation_top=prepared.top,
                )
            )
        return tuple(matches)


def by_tier(matches: Iterable[Match]) -> dict[str, tuple[Match, ...]]:
    """Matches grouped Best, Great, Good (every group present, perhaps empty)."""
    found = list(matches)
    return {name: tuple(m for m in found if m.tier == name) for name, _ in TIERS}
