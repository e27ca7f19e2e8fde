"""What the printed "My interests" page says: a finished quiz's six scores (as a chart
and in words), the top areas, the occupations that fit at the chosen preparation, the
date and the O*NET credit.

Plain data and HTML, no Qt: the results screen draws the same chart
(`scores_chart`), and explorer.reports.interests typesets the page. The screen
and paper therefore say the same thing; paper lists fewer matches when a page
would not hold them (`html(matches_shown)`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape

from explorer.profile.chart_data import ChartData, Series
from explorer.quiz.matching import Match
from explorer.quiz.scoring import QuizResult
from explorer.quiz.texts import ABOUT, HONESTY, NO_MATCHES, TIER_MEANINGS, areas_phrase

#: Where the chart's figures come from (the chart's source line).
SOURCE = "Your answers to Career Explorer's interest quiz"
#: How many matches a printed page lists at most.
MATCHES_PRINTED = 15


def scores_chart(result: QuizResult) -> ChartData:
    """The six scores of a result, RIASEC order, as a bar chart whose axis ends at the
    highest score possible (20 on the short form, 40 on the long), so a bar's length is
    how much of the area's top score the student gave."""
    maximum = result.scores[0].maximum if result.scores else 0
    return ChartData(
        title="Your interest scores",
        kind="bar",
        # With its letter the names are long enough for bars lying down, each name in full.
        categories=tuple(f"{s.area} ({s.letter})" for s in result.scores),
        series=(Series("Score", tuple(float(s.score) for s in result.scores)),),
        unit="count",
        category_axis="Interest area",
        value_axis=f"Score (0 to {maximum})",
        source=SOURCE,
        full_scale=float(maximum) if maximum else None,
    )


def top_areas_html(result: QuizResult, meanings: bool) -> str:
    """The top areas as a numbered list, highest first: every area tied for a place is
    listed (so four or more when areas tie for third), and a line says which tie.
    Each with its meaning (the screen) or its score (paper)."""
    items = "".join(
        f"<li><b>{escape(s.area)}</b>: {escape(s.meaning)}</li>"
        if meanings
        else f"<li><b>{escape(s.area)}</b> ({s.score} of {s.maximum})</li>"
        for s in result.top
    )
    ties = [
        [s.area for s in result.top if s.score == score]
        for score in sorted({s.score for s in result.top}, reverse=True)
    ]
    said = " ".join(
        f"{areas_phrase(group)} have the same score." for group in ties if len(group) > 1
    )
    return f"<ol>{items}</ol>" + (f"<p>{escape(said)}</p>" if said else "")


def day_text(day: date) -> str:
    """A date as the page writes it: "December 6, 2026"."""
    return f"{day:%B} {day.day}, {day.year}"


@dataclass(frozen=True)
class InterestsSummary:
    """A finished quiz as the "My interests" page shows it.

    `level` is the preparation the matches were chosen at, in words ("all levels of
    preparation", "Job Zone 3: medium preparation"); `matches` are best first."""

    result: QuizResult
    finished: date
    level: str
    matches: tuple[Match, ...]
    credit: str

    def chart(self) -> ChartData:
        """The six scores as a chart."""
        return scores_chart(self.result)

    def heading_html(self) -> str:
        """The page's title, the quiz's date and what the quiz is (above the chart)."""
        return (
            "<h1>My interests</h1>"
            f"<p>Interest quiz finished {escape(day_text(self.finished))}."
            f" <i>{escape(HONESTY)}</i></p>"
        )

    def html(self, matches_shown: int = MATCHES_PRINTED) -> str:
        """Everything below the chart: the top areas (or why there is no ranking), what
        each area means, up to `matches_shown` matches, and the credit."""
        parts: list[str] = []
        if self.result.ranked:
            parts.append(f"<h2>Your top areas</h2>{top_areas_html(self.result, False)}")
        else:
            parts.append(f"<p>{escape(self.result.explanation or '')}</p>")
        parts.append("<h2>What each area means</h2>")
        parts.extend(
            f"<p><b>{escape(s.area)}:</b> {escape(s.meaning)}</p>" for s in self.result.scores
        )
        if self.result.ranked:
            parts.append(self._matches_html(matches_shown))
        parts.append(f"<p class='small'>{escape(ABOUT)} {escape(self.credit)}</p>")
        return "".join(parts)

    def _matches_html(self, shown: int) -> str:
        heading = f"<h2>Occupations that fit, at {escape(self.level)}</h2>"
        if not self.matches:
            return heading + f"<p>{escape(NO_MATCHES)}</p>"
        rows = "".join(
            f"<tr><td>{escape(m.title)}</td><td>{escape(m.tier)}</td>"
            f"<td>{m.job_zone if m.job_zone is not None else 'not available'}</td></tr>"
            for m in self.matches[:shown]
        )
        more = len(self.matches) - min(shown, len(self.matches))
        tail = f"<p>…and {more:,} more in Career Explorer.</p>" if more > 0 else ""
        tiers = " ".join(
            escape(TIER_MEANINGS[t])
            for t in TIER_MEANINGS
            if any(m.tier == t for m in self.matches)
        )
        return (
            heading
            + "<table width='100%' cellspacing='0' cellpadding='3' border='1'>"
            + "<tr><th align='left'>Occupation</th><th align='left'>Fit</th>"
            + "<th align='left'>Job Zone</th></tr>"
            + rows
            + "</table>"
            + tail
            + f"<p class='small'>{tiers}</p>"
        )
