"""A graph's values laid out in its pixels: what ChartGraph (charts.py) measured, turned
into profile.chart_layout's tags, and its answer turned into texts for ChartItem."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF

from explorer.profile.chart_layout import Layout, Scale, Tag, labelled_points, lay_out
from explorer.ui.widgets.chart_item import Label

#: Pixels between a bar's end (or a point) and its value.
GAP, LINE_GAP = 4.0, 8.0


@dataclass(frozen=True)
class Value:
    """A value's text waiting for a layout: along the value axis its value; across it
    its bar's middle and extent and its category's slot (data units); its text's size
    in pixels; for a line's point, the side it goes (chart_layout.point_sides)."""

    value: float
    centre: float
    text: str
    width: float
    height: float
    bar: tuple[float, float] | None
    slot: tuple[float, float]
    side: int = 0


@dataclass(frozen=True)
class Plan:
    """What a layout needs, kept to lay the values out again when the graph is resized."""

    scale: Scale
    horizontal: bool
    across: tuple[float, float]  # the category axis's range (data units)
    values: tuple[Value, ...]
    names: tuple[Label, ...]
    line: bool = False


def arrange(
    plan: Plan, wide: float, tall: float, margin: float, end: float
) -> tuple[Layout, list[Label]]:
    """The layout of a plot `wide` by `tall` pixels (the margin past the value axis's
    end not included) and every text to paint: the category names, then the values."""
    along = (wide if plan.horizontal else tall) + margin
    per = (tall if plan.horizontal else wide) / (plan.across[1] - plan.across[0])

    def px(value: float) -> float:
        return (value - plan.across[0]) * per

    values = plan.values
    if plan.line:
        shown = labelled_points([v.value for v in values], [v.width for v in values], per)
        values = tuple(v for i, v in enumerate(values) if i in shown)
    tags = [
        Tag(
            v.value,
            px(v.centre),
            v.height if plan.horizontal else v.width,
            v.width if plan.horizontal else v.height,
            (px(v.bar[0]), px(v.bar[1])) if v.bar else None,
            (px(v.slot[0]), px(v.slot[1])),
            v.side,
        )
        for v in values
    ]
    layout = lay_out(
        plan.scale,
        tags,
        along,
        LINE_GAP if plan.line else GAP,
        end,
        can_turn=not plan.horizontal and not plan.line,
    )
    # Names start at the plot's left edge, not at zero: negative bars lie under them.
    labels = [(layout.low, y, name, box, turned) for _, y, name, box, turned in plan.names]
    for v, tag, place in zip(values, tags, layout.places, strict=True):
        # The text's box from the point its bar ends at, in pixels (y grows downwards).
        across_at = place.start - tag.centre
        near = place.out if tag.outward > 0 else -place.out - place.along
        if plan.horizontal:
            box = QRectF(near, across_at, place.along, place.across)
            labels.append((v.value, v.centre, v.text, box, False))
        else:
            box = QRectF(across_at, -near - place.along, place.across, place.along)
            turned = layout.turned and tag.bar is not None
            labels.append((v.centre, v.value, v.text, box, turned))
    return layout, labels
