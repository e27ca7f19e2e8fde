"""What the charts share with widgets that draw no chart: their colours, in every theme.

Kept apart from charts.py, which imports pyqtgraph (half a second): the profile's
first tab and the State Data key need them without waiting for that import.

The colours follow the palette the program uses (theme.py): the background is the
palette's base, text and axes its text colour, and each Okabe-Ito colour is
shaded (darker on a light background, lighter on a dark one, hue kept) until it
has 3:1 against the background and the window, WCAG's minimum for graphics. On a light
background that darkens the orange and sky blue, which were 2:1 on white.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtGui import QColor, QGuiApplication, QPalette

from explorer.ui.contrast import GRAPHIC_RATIO, TEXT_RATIO, meeting

#: Okabe–Ito colours, told apart by students with colour blindness too.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00")


@dataclass(frozen=True)
class ChartColours:
    """The colours a chart or map draws with in one theme (names like "#1e1e1e")."""

    background: str
    text: str
    axis: str
    outline: str
    series: tuple[str, ...]


def colours_for(palette: QPalette | None = None) -> ChartColours:
    """The chart colours for a palette (the application's when None)."""
    palette = palette if palette is not None else QGuiApplication.palette()
    role = QPalette.ColorRole
    background = palette.color(role.Base)
    text = meeting(palette.color(role.Text), background, TEXT_RATIO)
    axis = meeting(palette.color(role.Mid), background, GRAPHIC_RATIO)
    # On the chart's background and on the window's (the State Data key, legends).
    window = palette.color(role.Window)
    series = tuple(
        meeting(meeting(QColor(c), background, GRAPHIC_RATIO), window, GRAPHIC_RATIO).name()
        for c in PALETTE
    )
    return ChartColours(background.name(), text.name(), axis.name(), text.name(), series)


def key_html(names: list[str], palette: QPalette | None = None) -> str:
    """A chart's key as one line of rich text: a square in each series' colour (the
    colours `colours_for` gives the chart), then the series' name."""
    series = colours_for(palette).series
    return (
        "<small>Key: "
        + " &nbsp; ".join(
            f"<span style='color:{series[i % len(series)]}'>&#9632;</span> {escape(name)}"
            for i, name in enumerate(names)
        )
        + "</small>"
    )
