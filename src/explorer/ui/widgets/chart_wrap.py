"""A lying bar chart's long texts wrapped onto more lines instead of cut short with "…".

At a large font (issue 17 item 8) an industry's name is wider than the plot and
a value such as "$110,780 · 169,640 jobs" is wider than the share of the plot
profile.chart_layout lets a label have (MAX_LABEL_SHARE): the name is wrapped
at spaces to the plot's width, the value at its " · " (then at spaces), and the
graph asks for the height its wrapped texts need (`height_needed`).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF

from explorer.profile.chart_layout import MAX_LABEL_SHARE, SEPARATION
from explorer.ui.widgets.chart_place import GAP, Plan

#: Parts of the space between two categories' bars and of a category's slot its bars take.
BAR_SHARE = 0.45
#: Pixels of room a text's box adds to its words.
PADDING = 4.0


def wrap_words(text: str, metrics: QFontMetricsF, room: float) -> str:
    """`text` broken at spaces into lines no wider than `room` pixels (a single word
    wider than that keeps a line of its own)."""
    lines: list[str] = []
    for word in text.split(" "):
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") + PADDING <= room:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return "\n".join(lines)


def wrap_value(text: str, metrics: QFontMetricsF, room: float) -> str:
    """A value's text, on one line if it fits `room` pixels, else a part a line (at
    " · "), each part wrapped at spaces if it is still too wide."""
    if metrics.horizontalAdvance(text) + PADDING <= room:
        return text
    return "\n".join(wrap_words(part, metrics, room) for part in text.split(" · "))


def size_of(text: str, metrics: QFontMetricsF) -> tuple[float, float]:
    """The box a (multi-line) text needs: its widest line plus padding, its lines' height."""
    lines = text.split("\n")
    width = max(metrics.horizontalAdvance(line) for line in lines) + PADDING
    return width, metrics.height() * len(lines)


def value_room(along: float, end: float) -> float:
    """The widest a value's box may be and still be given room past its bar."""
    return MAX_LABEL_SHARE * (along - end) - GAP - SEPARATION - 1


def wrapped(plan: Plan, metrics: QFontMetricsF, along: float, end: float) -> Plan:
    """`plan` (lying bars) with its names wrapped to the plot's `along` pixels (the
    margin included) and its values to the room a label may have."""
    values = []
    for value in plan.values:
        text = wrap_value(value.text, metrics, value_room(along, end))
        width, height = size_of(text, metrics)
        values.append(replace(value, text=text, width=width, height=height))
    names = []
    for x, y, name, _box, turned in plan.names:
        text = wrap_words(name, metrics, along - 2 * PADDING)
        width, height = size_of(text, metrics)
        names.append((x, y, text, QRectF(PADDING, -height - 2, width, height), turned))
    return replace(plan, values=tuple(values), names=tuple(names))


def height_needed(plan: Plan, series: int) -> float:
    """Pixels of plot a lying chart needs across its categories for its wrapped texts:
    each name over the gap above its bars, each value beside its bar."""
    slot = 0.0
    for _x, _y, _name, box, _turned in plan.names:
        slot = max(slot, (box.height() + 2 * PADDING) / (1 - BAR_SHARE))
    for value in plan.values:
        slot = max(slot, value.height * max(1, series) / BAR_SHARE)
    return slot * (plan.across[1] - plan.across[0])
