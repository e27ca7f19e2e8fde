"""A comparison of two to four careers: one row per figure, one column per career.

Every figure is taken from the function the profile writes it with (quick facts,
How to Become One, Pay, the handout's home-state median, footnotes.wage_text),
so a figure reads the same here as in the profile, on paper and in `show --json`
("$239,200 or more", "hourly wages only", "not available" and why). In a row that
can be ranked the best career is marked with words ("★ highest"), never colour
alone; "best" is said honestly per row: the highest pay, the most jobs and
openings, the fastest growth. Education, training, job zone and interests are not
ranked: more of them is neither better nor worse. Plain Python, no Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from explorer.data.footnotes import TOP_CODED, top_coding_caps, wage_text
from explorer.data.records import Occupation, Wages
from explorer.data.serialize import occupation_to_dict
from explorer.profile import become, formatting, programs, quick
from explorer.profile.chart_data import ChartData
from explorer.profile.compare_charts import LETTERS, interest_chart, pay_range_chart
from explorer.profile.context import ProfileError, SectionContext, make_context
from explorer.profile.handout import first_sentence, state_median
from explorer.profile.pay import hourly_only
from explorer.profile.states import check_state

if TYPE_CHECKING:
    from explorer.data.catalog import OccupationSummary
    from explorer.data.repository import CareerData

MIN_CAREERS, MAX_CAREERS = 2, 4
SKILLS, PROGRAMS = 5, 2


#: The keys of `show --json` a comparison's JSON leaves out (it compares none of them);
#: every other key is repeated with the same value.
NOT_COMPARED = frozenset(
    {"tasks", "technology", "alternate_titles", "states", "related", "military_codes"}
)


class CompareError(ProfileError):
    """A comparison that cannot be made: too few or too many codes, or an unknown one."""


def resolve_codes(data: CareerData, texts: Sequence[str]) -> list[str]:
    """Two to four codes as the database names them ("29-1141" is 29-1141.00);
    CompareError for a wrong number or an unknown code (the first one named)."""
    check_count(texts)
    codes = []
    for text in texts:
        code = data.resolve_code(text)
        if code is None:
            raise CompareError(f"unknown occupation code: {text!r}")
        codes.append(code)
    return codes


def comparison_json(data: CareerData, comparison: Comparison) -> list[dict[str, object]]:
    """One object per career: the keys of `show --json` it compares, with the same values,
    and "comparison": each row's label, text and whether it is the row's best."""
    documents = []
    for column, career in enumerate(comparison.careers):
        occupation = data.occupation(career.code)
        assert occupation is not None  # the comparison was built from it
        shown = occupation_to_dict(occupation)
        document = {key: value for key, value in shown.items() if key not in NOT_COMPARED}
        document["comparison"] = {
            row.key: {
                "label": row.label,
                "text": row.cells[column],
                "best": column in row.best,
            }
            for row in comparison.rows
        }
        documents.append(document)
    return documents


@dataclass(frozen=True)
class Row:
    """One figure for every career: its label, one text per career, and which are best.

    best holds the columns marked (several where they tie); mark is the words put
    beside a best value ("★ highest"); "" where the row is not ranked."""

    key: str
    label: str
    cells: tuple[str, ...]
    best: tuple[int, ...] = ()
    mark: str = ""

    def cell_text(self, column: int) -> str:
        """The cell as read, the mark after it where it is the best ("… ★ highest")."""
        text = self.cells[column]
        return f"{text}  {self.mark}" if column in self.best else text


@dataclass(frozen=True)
class Career:
    """A compared career as its column's heading shows it."""

    code: str
    title: str
    letter: str


@dataclass(frozen=True)
class Comparison:
    """The careers, the rows in reading order, the two charts and the sources' line."""

    careers: tuple[Career, ...]
    rows: tuple[Row, ...]
    pay_chart: ChartData
    interest_chart: ChartData
    sources: str
    attribution: tuple[str, ...]

    def row(self, key: str) -> Row:
        """The row with this key (KeyError if there is none)."""
        return next(r for r in self.rows if r.key == key)


def check_count(codes: Sequence[str]) -> None:
    """CompareError unless there are two to four codes."""
    if not MIN_CAREERS <= len(codes) <= MAX_CAREERS:
        raise CompareError(
            f"compare takes {MIN_CAREERS} to {MAX_CAREERS} occupation codes, not {len(codes)}"
        )


def build_comparison(
    data: CareerData,
    codes: Sequence[str],
    catalog: Mapping[str, OccupationSummary] | None = None,
    home_state: str | None = None,
) -> Comparison:
    """The comparison of two to four resolved codes (`data.resolve_code`); CompareError
    for a wrong number of codes or an unknown one. home_state adds its median pay."""
    check_count(codes)
    if len(set(codes)) != len(codes):
        raise CompareError("compare each occupation once")
    home = check_state(home_state) if home_state else None
    contexts = []
    for code in codes:
        try:
            contexts.append(make_context(data, code, catalog or {}))
        except ProfileError as error:
            raise CompareError(str(error)) from error
    r = contexts[0].releases
    facts = [dict(quick.quick_facts(ctx)) for ctx in contexts]  # made once, used by five rows
    rows = [build(contexts, facts) for build in _ROWS]
    if home:
        pairs = [state_median(ctx, home) for ctx in contexts]
        label = pairs[0][0] if pairs[0] else home
        cells = [p[1] if p else "" for p in pairs]
        values = [_state_value(ctx, home) for ctx in contexts]
        rows.insert(3, _ranked("state_pay", label, cells, values, "highest"))
    careers = tuple(
        Career(ctx.occupation.code, ctx.occupation.title, LETTERS[i])
        for i, ctx in enumerate(contexts)
    )
    return Comparison(
        careers,
        tuple(rows),
        pay_range_chart(contexts),
        interest_chart(contexts),
        f"Sources: {r.short}.",
        r.attribution(),
    )


# -- ranking -----------------------------------------------------------------------------


def _ranked(
    key: str, label: str, cells: Sequence[str], values: Sequence[float | None], word: str
) -> Row:
    """A row whose highest value is best; none is marked when fewer than two careers
    have a value (nothing to compare) or when all are equal."""
    known = [v for v in values if v is not None]
    if len(known) < 2 or len(set(known)) == 1:
        return Row(key, label, tuple(cells))
    top = max(known)
    return Row(
        key, label, tuple(cells), tuple(i for i, v in enumerate(values) if v == top), f"★ {word}"
    )


def _wage_value(wages: Wages | None, measure: str) -> float | None:
    """A wage for ranking: the figure, or the cap BLS top-codes it at (it is that or more)."""
    if wages is None:
        return None
    kind, _, field = measure.partition("_")
    value: float | None = getattr(wages.hourly if kind == "hourly" else wages.annual, field)
    if value is None and TOP_CODED in wages.footnote_codes(measure):
        text = next((f.text for f in wages.footnotes if f.code == TOP_CODED), "")
        caps = top_coding_caps(text)
        if caps:
            value = caps[0] if kind == "hourly" else float(caps[1])
    return value


def _state_value(ctx: SectionContext, home: str) -> float | None:
    """The home state's median, for ranking (annual; hourly for hourly-only careers are
    not ranked against annual ones)."""
    figures = next((s for s in ctx.occupation.states if s.abbr == home), None)
    return figures.annual_median if figures else None


#: Each career's quick facts by label, in the comparison's order.
Facts = Sequence[dict[str, str]]
#: Builds one row from the careers' contexts and quick facts.
RowBuilder = Callable[[Sequence[SectionContext], Facts], Row]


# -- the rows ----------------------------------------------------------------------------


def wage_words(occupation: Occupation, measure: str) -> str:
    """A national wage ("annual_median") in words, as `show --json` writes it."""
    wages = occupation.wages
    if wages is None:
        return f"{formatting.NOT_AVAILABLE} (BLS publishes no wage estimate)"
    kind, _, field = measure.partition("_")
    value = getattr(wages.hourly if kind == "hourly" else wages.annual, field)
    return wage_text(value, measure, wages.footnote_codes(measure))


def _pay(contexts: Sequence[SectionContext], kind: str) -> Row:
    r = contexts[0].releases
    measure = f"{kind}_median"
    return _ranked(
        f"{kind}_pay",
        f"Median pay, {kind}, {r.oews}",
        [wage_words(c.occupation, measure) for c in contexts],
        [_wage_value(c.occupation.wages, measure) for c in contexts],
        "highest",
    )


def pay_range_text(occupation: Occupation) -> str:
    """ "$35,000 to $98,000" (hourly where BLS publishes only hourly wages), as the
    handout writes the 10th to 90th percentile."""
    wages = occupation.wages
    if wages is None:
        return f"{formatting.NOT_AVAILABLE} (BLS publishes no wage estimate)"
    hourly = hourly_only(wages)
    kind = "hourly" if hourly else "annual"
    low, high = (wage_words(occupation, f"{kind}_{f}") for f in ("p10", "p90"))
    return f"{low} to {high}{' an hour' * hourly}"


def _facts_row(key: str, label: str, fact: str) -> RowBuilder:
    """A row of one quick fact, as the profile writes it, not ranked."""

    def build(contexts: Sequence[SectionContext], facts: Facts) -> Row:
        return Row(key, label, tuple(f[fact] for f in facts))

    return build


def _projection_row(key: str, label: str, fact: str, field: str, word: str) -> RowBuilder:
    """A quick fact from the projections, ranked by one of its figures."""

    def build(contexts: Sequence[SectionContext], facts: Facts) -> Row:
        r = contexts[0].releases
        values = [
            getattr(c.occupation.projections, field) if c.occupation.projections else None
            for c in contexts
        ]
        cells = [f[fact.format(r=r)] for f in facts]
        return _ranked(key, label.format(r=r), cells, values, word)

    return build


def skills_text(ctx: SectionContext, limit: int = SKILLS) -> str:
    """The most important O*NET skills with their importance and level, one a line."""
    rows = [row for row in ctx.data.ratings(ctx.occupation.code, "skill") if row[1] is not None]
    if not rows:
        return f"{formatting.NOT_AVAILABLE} (O*NET has no skill ratings for this occupation)"
    return "\n".join(
        f"{name} ({importance:.1f}; level {_level(level)})"
        for name, importance, level in rows[:limit]
    )


def _level(level: float | None) -> str:
    return formatting.NOT_AVAILABLE if level is None else f"{level:.1f}"


def programs_text(ctx: SectionContext, limit: int = PROGRAMS) -> str:
    """The first programs of study, one a line, and how many more; or why there are none."""
    found = ctx.occupation.programs
    if not found:
        return f"No matching program. {programs.no_program_reason(ctx)}"
    lines = [f"{p.title} (CIP {p.cip})" for p in found[:limit]]
    if len(found) > limit:
        lines.append(f"and {len(found) - limit} more")
    return "\n".join(lines)


def _become(index: int, key: str) -> RowBuilder:
    """One of How to Become One's entry facts (education, experience, training)."""

    def build(contexts: Sequence[SectionContext], _facts: Facts) -> Row:
        label = become.become_facts(contexts[0])[index][0]
        return Row(key, label, tuple(become.become_facts(c)[index][1] for c in contexts))

    return build


_ROWS: tuple[RowBuilder, ...] = (
    lambda cs, _f: _pay(cs, "annual"),
    lambda cs, _f: _pay(cs, "hourly"),
    lambda cs, _f: Row(
        "pay_range",
        "Pay range, 10th to 90th percentile",
        tuple(pay_range_text(c.occupation) for c in cs),
    ),
    _become(0, "education"),
    _become(1, "experience"),
    _become(2, "training"),
    _facts_row("job_zone", "Job zone", "Job zone"),
    _projection_row(
        "jobs",
        "Number of jobs, {r.base_year}",
        "Number of jobs, {r.base_year}",
        "employment_2024",
        "most",
    ),
    _projection_row(
        "growth",
        "Projected change, {r.projections}",
        "Projected change, {r.projections}",
        "change_percent",
        "fastest",
    ),
    _projection_row("openings", "Openings a year", "Openings a year", "openings_annual", "most"),
    _facts_row("bright_outlook", "Bright Outlook", "Bright Outlook"),
    lambda cs, _f: Row(
        "interests",
        "Top interests",
        tuple(", ".join(c.details.interest_high_points) or formatting.NOT_AVAILABLE for c in cs),
    ),
    lambda cs, _f: Row(
        "skills",
        "Five most important skills (importance 1–5; level 0–7)",
        tuple(skills_text(c) for c in cs),
    ),
    lambda cs, _f: Row("programs", "Programs of study", tuple(programs_text(c) for c in cs)),
    lambda cs, _f: Row(
        "what", "What they do", tuple(first_sentence(c.occupation.description) for c in cs)
    ),
)
