"""Paper is white and ink is black, whatever the screen's theme.

QTextDocument.drawContents colours text and links from the application's palette,
so a report printed while the window shows a dark or high-contrast theme came
out with white text on white paper. Reports and handouts draw their documents
through `draw_on_paper`, with a fixed palette: black text, Qt's default link
colours, as on a light screen.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QPainter, QPalette, QTextDocument


def paper_palette() -> QPalette:
    """Black on white: what every printed page is drawn with."""
    palette = QPalette(QColor("#000000"), QColor("#ffffff"))
    for role, colour in (
        (QPalette.ColorRole.Text, "#000000"),
        (QPalette.ColorRole.Base, "#ffffff"),
        (QPalette.ColorRole.Link, "#0000ff"),
        (QPalette.ColorRole.LinkVisited, "#ff00ff"),
        (QPalette.ColorRole.Highlight, "#ffffff"),
        (QPalette.ColorRole.HighlightedText, "#000000"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def draw_on_paper(document: QTextDocument, painter: QPainter, clip: QRectF) -> None:
    """QTextDocument.drawContents(painter, clip), in black on white (paper_palette)."""
    painter.save()
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette = paper_palette()
    if clip.isValid():
        painter.setClipRect(clip, Qt.ClipOperation.IntersectClip)
        context.clip = clip
    document.documentLayout().draw(painter, context)
    painter.restore()
