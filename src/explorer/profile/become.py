"""How to Become One: education, experience and training, the job zone, skills and knowledge."""

from __future__ import annotations

from html import escape

from explorer.profile import formatting, plain_words
from explorer.profile.blocks import Block, Chart, Facts, Html
from explorer.profile.chart_data import ChartData, Series
from explorer.profile.context import SectionContext
from explorer.profile.programs import programs_block


def become_facts(ctx: SectionContext) -> list[tuple[str, str]]:
    """Typical education, experience and training to enter, as BLS assigns them."""
    p = ctx.occupation.projections
    return [
        (label, value or formatting.NOT_AVAILABLE)
        for label, value in (
            ("Typical education needed to enter", p.typical_education if p else None),
            ("Work experience in a related occupation", p.work_experience if p else None),
            ("On-the-job training", p.training if p else None),
        )
    ]


def job_zone_html(zone: dict[str, str] | None, scale: str = "") -> str:
    """The job zone in O*NET's plain words, after what job zones are (scale)."""
    intro = f"<p>{escape(scale)}</p>" if scale else ""
    if not zone:
        return intro + "<p>O*NET has not assigned a job zone to this occupation.</p>"
    return intro + (
        f"<p><b>{escape(zone['name'])}.</b> {escape(zone['education'])} "
        f"{escape(zone['training'])} {escape(zone['experience'])}</p>"
    )


def job_zone_scale(ctx: SectionContext) -> str:
    """What job zones are, from O*NET's names of the first and the last ("" without them)."""
    lowest, highest = ctx.data.job_zone(1), ctx.data.job_zone(5)
    if not (lowest and highest):
        return ""
    return plain_words.job_zone_scale(lowest["name"], highest["name"])


def education_required(ctx: SectionContext) -> ChartData:
    """O*NET: percent of workers saying each education level is required."""
    rows = ctx.data.education_levels(ctx.occupation.code)
    # O*NET's labels run on ("Post-Secondary Certificate - awarded for training ..."):
    # the part before the dash names the level.
    levels = [(label.split(" - ")[0].strip(), pct) for label, pct, _ in rows if pct > 0]
    suppressed = any(s for _, _, s in rows)
    notes = (
        ("O*NET flags some of these figures as unreliable (small samples).",) if suppressed else ()
    )
    return ChartData(
        title="Education workers say the job requires (O*NET)",
        kind="bar",
        categories=tuple(label for label, _ in levels),
        series=(Series("Percent of workers", tuple(pct for _, pct in levels)),),
        unit="share",
        category_axis="Education",
        value_axis="Percent of workers",
        source=ctx.releases.onet_source,
        notes=notes if levels else ("O*NET has no education survey for this occupation.",),
    )


def attainment(ctx: SectionContext) -> ChartData:
    """BLS: highest education of the people in the occupation."""
    p = ctx.occupation.projections
    rows = ctx.data.attainment(p.soc_code) if p else []
    marks = ctx.data.projection_notes(p.soc_code, "Table 5.3") if p and rows else ()
    return ChartData(
        title="Highest education of workers in the occupation (BLS)",
        kind="bar",
        categories=tuple(label for label, _ in rows),
        series=(Series("Percent of workers", tuple(pct for _, pct in rows)),),
        unit="share",
        category_axis="Education",
        value_axis="Percent of workers",
        source=ctx.releases.attainment_source,
        notes=tuple(f"BLS note: {n}" for n in marks)
        if rows
        else ("BLS publishes no attainment figures for this occupation.",),
    )


def skill_ranks(ctx: SectionContext) -> ChartData:
    """BLS: how the occupation ranks on 17 skills against all occupations."""
    p = ctx.occupation.projections
    rows = ctx.data.skill_ranks(p.soc_code) if p else []
    marks = ctx.data.projection_notes(p.soc_code, "Table 6.5") if p and rows else ()
    return ChartData(
        title="How much the job uses each skill, compared with all occupations (BLS)",
        kind="bar",
        categories=tuple(name for name, _ in rows),
        series=(Series("Percentile rank", tuple(float(v) for _, v in rows)),),
        unit="rank",
        category_axis="Skill",
        value_axis="Percentile rank (100 = uses it most)",
        source=ctx.releases.skills_source,
        notes=tuple(f"BLS note: {n}" for n in marks)
        if rows
        else ("BLS publishes no skills data for this occupation.",),
    )


def top_ratings(ctx: SectionContext, domain: str, limit: int = 8) -> ChartData:
    """O*NET: the most important skills ("skill") or knowledge areas ("knowledge"),
    importance 1 to 5."""
    rows = [r for r in ctx.data.ratings(ctx.occupation.code, domain) if r[1] is not None][:limit]
    label = "skills" if domain == "skill" else "knowledge areas"
    return ChartData(
        title=f"Most important {label} (O*NET)",
        kind="bar",
        categories=tuple(name for name, _, _ in rows),
        series=(Series("Importance (1–5)", tuple(imp for _, imp, _ in rows)),),
        unit="score",
        category_axis=label.capitalize(),
        value_axis="Importance (1 to 5)",
        source=ctx.releases.onet_skills_source,
        notes=()
        if rows
        else (f"O*NET {ctx.releases.onet_skills} has no {label} ratings for this occupation.",),
    )


def build(ctx: SectionContext) -> tuple[Block, ...]:
    """Entry requirements, the job zone, programs of study, then five charts."""
    zone = ctx.data.job_zone(ctx.occupation.job_zone) if ctx.occupation.job_zone else None
    r = ctx.releases
    return (
        Facts(tuple(become_facts(ctx)), caption="To enter the occupation", key="entry"),
        Html(
            job_zone_html(zone, job_zone_scale(ctx))
            + "<p><small>Education, experience and training: BLS "
            f"Employment Projections {r.projections}. Job zone: O*NET® {r.onet}."
            "</small></p>",
            key="zone",
        ),
        programs_block(ctx),
        Chart(education_required(ctx), key="education"),
        Chart(attainment(ctx), key="attainment"),
        Chart(skill_ranks(ctx), key="skill_ranks"),
        Chart(top_ratings(ctx, "skill"), key="skills"),
        Chart(top_ratings(ctx, "knowledge"), key="knowledge"),
    )
