"""Where each tile of the map goes: a squarified treemap (Bruls, Huizing and van Wijk),
in plain Python.

Each group gets a rectangle whose area is its share of all jobs; inside it each
occupation gets a rectangle whose area is its share of the group's. Squarified
rows keep tiles as near to square as the numbers allow, so a small occupation is
a small square rather than a long sliver.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Box:
    """A rectangle: left, top, width, height."""

    x: float
    y: float
    w: float
    h: float

    @property
    def area(self) -> float:
        """Width times height."""
        return self.w * self.h

    def contains(self, px: float, py: float) -> bool:
        """Whether a point is inside (left and top edges included)."""
        return self.x <= px < self.x + self.w and self.y <= py < self.y + self.h


def _worst(row: Sequence[float], side: float) -> float:
    total = sum(row)
    if total <= 0 or side <= 0:
        return float("inf")
    return max(
        max(side * side * r / (total * total), total * total / (side * side * r)) for r in row
    )


def squarify(values: Sequence[float], box: Box) -> list[Box]:
    """Boxes for `values` (largest first gives the best shapes), in the same order, whose
    areas are in proportion to the values and which together fill `box`."""
    total = sum(values)
    if total <= 0 or box.area <= 0:
        return [Box(box.x, box.y, 0, 0) for _ in values]
    scale = box.area / total
    areas = [v * scale for v in values]
    boxes: list[Box] = []
    x, y, w, h = box.x, box.y, box.w, box.h
    start = 0
    while start < len(areas):
        side = min(w, h)
        end = start + 1
        while end < len(areas) and _worst(areas[start : end + 1], side) <= _worst(
            areas[start:end], side
        ):
            end += 1
        row = areas[start:end]
        row_total = sum(row)
        if w >= h:  # the row is a column at the left
            width = row_total / h if h else 0
            top = y
            for a in row:
                height = a / width if width else 0
                boxes.append(Box(x, top, width, height))
                top += height
            x, w = x + width, w - width
        else:  # the row runs along the top
            height = row_total / w if w else 0
            left = x
            for a in row:
                width = a / height if height else 0
                boxes.append(Box(left, y, width, height))
                left += width
            y, h = y + height, h - height
        start = end
    return boxes


def nested(groups: Sequence[Sequence[float]], box: Box) -> tuple[list[Box], list[list[Box]]]:
    """Each group's box and, inside it, each value's: (group boxes, boxes per group)."""
    group_boxes = squarify([sum(values) for values in groups], box)
    return group_boxes, [squarify(values, g) for values, g in zip(groups, group_boxes, strict=True)]
