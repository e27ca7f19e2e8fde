"""The tile map's key, painted under the tiles: the measure and a swatch per colour.

Kept apart from tile_map.py (the tiles, the keys and the mouse). The colours of the
texts and outlines are the theme's (chart_style.colours_for): the swatch outlines
have 3:1 and the texts 4.5:1 against the map's background in every theme.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen

from explorer.ui.widgets.chart_style import ChartColours

#: (swatch, text, colour, hatched) of each entry, as TileMap lays them out.
Entry = tuple[QRectF, str, str, bool]


def paint_legend(
    painter: QPainter,
    font: QFont,
    caption_box: QRectF,
    caption: str,
    entries: list[Entry],
    colours: ChartColours,
) -> None:
    """The caption in bold (elided to its box), then every swatch with its text."""
    metrics = QFontMetricsF(font)
    em = metrics.height()
    title = QFont(font)
    title.setBold(True)
    painter.setFont(title)
    painter.setPen(QColor(colours.text))
    caption = QFontMetricsF(title).elidedText(
        caption, Qt.TextElideMode.ElideRight, caption_box.width()
    )
    painter.drawText(
        caption_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, caption
    )
    painter.setFont(font)
    for swatch, text, colour, hatched in entries:
        painter.setPen(QPen(QColor(colours.axis), 1))
        painter.setBrush(QColor(colour))
        painter.drawRect(swatch)
        if hatched:
            painter.fillRect(
                swatch.adjusted(1, 1, -1, -1),
                QBrush(QColor("#8a8a8a"), Qt.BrushStyle.BDiagPattern),
            )
        painter.setPen(QColor(colours.text))
        painter.drawText(
            QRectF(
                swatch.right() + em * 0.4,
                swatch.top() - em * 0.2,
                metrics.horizontalAdvance(text) + 4,
                em * 1.4,
            ),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            text,
        )
