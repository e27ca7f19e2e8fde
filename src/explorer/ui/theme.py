"""Themes and text size: the palette and the font the whole program draws with.

Four themes (View > Theme): the system's own palette, light, dark and high
contrast. Each is a QPalette set on the application, so every widget follows
at once; the charts, the maps and the other painted widgets read the same
palette (chart_style.colours_for) and repaint when it changes (they receive
QEvent.PaletteChange). Whatever the theme, `mended` lifts the pairs a style's
defaults leave below WCAG's 4.5:1 for text (Fusion's selected rows are 3.69:1,
its placeholder text 4.0:1): the highlight is darkened (or lightened) until
its text reads, and placeholders and links are moved toward the text colour.

Text size (View > Text size) is a share of the system font's size, from 80 to
200 percent, set on the application with QApplication.setFont: every widget
that does not set its own font follows, and the painted ones read their font
(they receive QEvent.FontChange). Printed reports draw with their own colours
and fonts and never read these.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from explorer.ui.contrast import TEXT_RATIO, meeting
from explorer.ui.outlined_style import OutlinedStyle

SYSTEM, LIGHT, DARK, HIGH_CONTRAST = "system", "light", "dark", "high_contrast"
#: Every theme, with the name the View menu shows.
THEMES = {
    SYSTEM: "&System",
    LIGHT: "&Light",
    DARK: "&Dark",
    HIGH_CONTRAST: "&High contrast",
}
#: Text sizes, in percent of the system font; View > Text size steps through them.
TEXT_SIZES = (80, 90, 100, 115, 130, 150, 175, 200)
NORMAL_SIZE = 100

_Role = QPalette.ColorRole
_Group = QPalette.ColorGroup
_baseline: dict[str, Any] = {}  # the system palette and font, as the program found them


def _remembered(key: str, make: Callable[[], Any]) -> Any:
    """What `make` gave the first time `key` was asked for."""
    if key not in _baseline:
        _baseline[key] = make()
    return _baseline[key]


_LIGHT = {
    _Role.Window: "#efefef",
    _Role.WindowText: "#000000",
    _Role.Base: "#ffffff",
    _Role.AlternateBase: "#f5f5f5",
    _Role.Text: "#000000",
    _Role.Button: "#efefef",
    _Role.ButtonText: "#000000",
    _Role.BrightText: "#ffffff",
    _Role.Light: "#ffffff",
    _Role.Midlight: "#cacaca",
    _Role.Mid: "#8a8a8a",
    _Role.Dark: "#6e6e6e",
    _Role.Shadow: "#767676",
    _Role.Highlight: "#1d6aa5",
    _Role.HighlightedText: "#ffffff",
    _Role.Link: "#0645ad",
    _Role.LinkVisited: "#6b2fa3",
    _Role.ToolTipBase: "#ffffdc",
    _Role.ToolTipText: "#000000",
    _Role.PlaceholderText: "#5f5f5f",
}
_DARK = {
    _Role.Window: "#2b2b2b",
    _Role.WindowText: "#f0f0f0",
    _Role.Base: "#1e1e1e",
    _Role.AlternateBase: "#272727",
    _Role.Text: "#f0f0f0",
    _Role.Button: "#383838",
    _Role.ButtonText: "#f0f0f0",
    _Role.BrightText: "#ff8a80",
    _Role.Light: "#505050",
    _Role.Midlight: "#454545",
    _Role.Mid: "#8c8c8c",
    _Role.Dark: "#9a9a9a",
    _Role.Shadow: "#000000",
    _Role.Highlight: "#2a6bb0",
    _Role.HighlightedText: "#ffffff",
    _Role.Link: "#8ab4f8",
    _Role.LinkVisited: "#d7aefb",
    _Role.ToolTipBase: "#3a3a3a",
    _Role.ToolTipText: "#f0f0f0",
    _Role.PlaceholderText: "#a8a8a8",
}
_HIGH_CONTRAST = {
    _Role.Window: "#000000",
    _Role.WindowText: "#ffffff",
    _Role.Base: "#000000",
    _Role.AlternateBase: "#000000",
    _Role.Text: "#ffffff",
    _Role.Button: "#000000",
    _Role.ButtonText: "#ffffff",
    _Role.BrightText: "#ffff00",
    _Role.Light: "#ffffff",
    _Role.Midlight: "#ffffff",
    _Role.Mid: "#ffffff",
    _Role.Dark: "#ffffff",
    _Role.Shadow: "#ffffff",
    _Role.Highlight: "#ffff00",
    _Role.HighlightedText: "#000000",
    _Role.Link: "#00ffff",
    _Role.LinkVisited: "#ff99ff",
    _Role.ToolTipBase: "#000000",
    _Role.ToolTipText: "#ffffff",
    _Role.PlaceholderText: "#d0d0d0",
}
_DISABLED = {LIGHT: "#8a8a8a", DARK: "#8c8c8c", HIGH_CONTRAST: "#a0a0a0"}


def _made(roles: dict[QPalette.ColorRole, str], disabled: str) -> QPalette:
    palette = QPalette()
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (_Role.WindowText, _Role.Text, _Role.ButtonText, _Role.PlaceholderText):
        palette.setColor(_Group.Disabled, role, QColor(disabled))  # exempt, but legible
    return palette


def system_palette() -> QPalette:
    """The palette the system gave the program at start (before any theme was set)."""
    return QPalette(_remembered("palette", lambda: QPalette(QGuiApplication.palette())))


def mended(palette: QPalette) -> QPalette:
    """palette with selected text, placeholders and links lifted to 4.5:1 (active and
    inactive windows; disabled text is exempt)."""
    palette = QPalette(palette)
    for group in (_Group.Active, _Group.Inactive):
        text, base = palette.color(group, _Role.Text), palette.color(group, _Role.Base)
        highlighted = palette.color(group, _Role.HighlightedText)
        palette.setColor(
            group,
            _Role.Highlight,
            meeting(palette.color(group, _Role.Highlight), highlighted, TEXT_RATIO),
        )
        for role in (_Role.PlaceholderText, _Role.Link, _Role.LinkVisited):
            palette.setColor(group, role, meeting(palette.color(group, role), base, TEXT_RATIO))
        for role in (_Role.ToolTipText,):
            back = palette.color(group, _Role.ToolTipBase)
            palette.setColor(group, role, meeting(palette.color(group, role), back, TEXT_RATIO))
        palette.setColor(group, _Role.Text, meeting(text, base, TEXT_RATIO))
        window = palette.color(group, _Role.Window)
        palette.setColor(
            group,
            _Role.WindowText,
            meeting(palette.color(group, _Role.WindowText), window, TEXT_RATIO),
        )
    return palette


def palette_for(theme: str) -> QPalette:
    """The (mended) palette of a theme; an unknown name gives the system's."""
    tables = {LIGHT: _LIGHT, DARK: _DARK, HIGH_CONTRAST: _HIGH_CONTRAST}
    if theme in tables:
        return mended(_made(tables[theme], _DISABLED[theme]))
    return mended(system_palette())


def apply_theme(theme: str) -> None:
    """Set a theme's palette on the whole application, live."""
    system_palette()  # remember the system's before the first change
    app = QApplication.instance()
    if isinstance(app, QApplication) and not isinstance(app.style(), OutlinedStyle):
        app.setStyle(OutlinedStyle(app.style().name()))  # outlines that show on black
    QApplication.setPalette(palette_for(theme))


def is_dark(palette: QPalette) -> bool:
    """Whether the palette draws light text on a dark background."""
    return palette.color(_Role.Base).lightnessF() < 0.5


def system_font() -> QFont:
    """The font the system gave the program at start (before any text size was set)."""
    return QFont(_remembered("font", lambda: QFont(QGuiApplication.font())))


def font_at(percent: int) -> QFont:
    """The system font at `percent` of its size."""
    font = system_font()
    size = font.pointSizeF()
    if size > 0:
        font.setPointSizeF(round(size * percent / 100 * 2) / 2)
    else:  # a font sized in pixels
        font.setPixelSize(max(6, round(font.pixelSize() * percent / 100)))
    return font


def apply_text_size(percent: int) -> None:
    """Set the application's font to `percent` of the system font, live."""
    QApplication.setFont(font_at(percent))


def next_size(percent: int, steps: int) -> int:
    """The text size `steps` along TEXT_SIZES from percent (kept at the ends)."""
    nearest = min(range(len(TEXT_SIZES)), key=lambda i: abs(TEXT_SIZES[i] - percent))
    return TEXT_SIZES[max(0, min(len(TEXT_SIZES) - 1, nearest + steps))]
