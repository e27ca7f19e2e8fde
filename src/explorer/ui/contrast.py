"""Contrast ratios as WCAG 2.1 defines them, and colours moved until they meet one.

Used by theme.py to mend a palette (selected rows, placeholders and links that a
style's defaults leave below 4.5:1), by chart_style.py to make the chart and map
colours readable on the background of each theme, and by the tests that measure
every pair the program draws. A colour with transparency (Qt's placeholder text)
is measured as it looks: blended over the colour behind it.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

#: WCAG 2.1 AA: normal text (1.4.3) and graphics and controls (1.4.11).
TEXT_RATIO = 4.5
GRAPHIC_RATIO = 3.0


def _channel(value: float) -> float:
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor | str) -> float:
    """Relative luminance (0 black, 1 white) of an opaque colour."""
    c = QColor(colour)
    return (
        0.2126 * _channel(c.redF()) + 0.7152 * _channel(c.greenF()) + 0.0722 * _channel(c.blueF())
    )


def blended(colour: QColor | str, behind: QColor | str) -> QColor:
    """colour as it shows over `behind` (its alpha blended in; opaque colours unchanged)."""
    front, back = QColor(colour), QColor(behind)
    alpha = front.alphaF()
    return QColor.fromRgbF(
        front.redF() * alpha + back.redF() * (1 - alpha),
        front.greenF() * alpha + back.greenF() * (1 - alpha),
        front.blueF() * alpha + back.blueF() * (1 - alpha),
    )


def ratio(front: QColor | str, back: QColor | str) -> float:
    """The contrast ratio (1 to 21) of `front` drawn on `back`."""
    lighter, darker = sorted((luminance(blended(front, back)), luminance(back)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def mix(colour: QColor | str, toward: QColor | str, share: float) -> QColor:
    """colour moved `share` (0 to 1) of the way toward another colour."""
    a, b = QColor(colour), QColor(toward)
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * share,
        a.greenF() + (b.greenF() - a.greenF()) * share,
        a.blueF() + (b.blueF() - a.blueF()) * share,
        a.alphaF() + (b.alphaF() - a.alphaF()) * share,
    )


def meeting(colour: QColor | str, against: QColor | str, needed: float) -> QColor:
    """colour, or the nearest shade of it (toward black on a light background, white on a
    dark one) that has `needed` contrast against `against`: its hue is kept."""
    start = QColor(colour)
    if ratio(start, against) >= needed:
        return start
    end = QColor("#000000" if luminance(against) > 0.18 else "#ffffff")
    end.setAlphaF(1.0)
    for step in range(1, 41):
        shade = mix(start, end, step / 40)
        shade.setAlphaF(max(start.alphaF(), step / 40))
        if ratio(shade, against) >= needed:
            return shade
    return end


def lighter_or_darker(background: QColor | str) -> str:
    """Black or white, whichever reads better on background."""
    return "#000000" if ratio("#000000", background) >= ratio("#ffffff", background) else "#ffffff"
