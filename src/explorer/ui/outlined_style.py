"""Check boxes, radio buttons, text fields and buttons whose outline shows on a dark theme.

Fusion draws a check box's and a radio button's outline in the window colour made
darker: on a black window (High contrast) that is black, and the box cannot be
seen at all; on the dark theme it is about 1.2:1. This proxy style draws the
outline again in the palette's text colour (21:1 on black) where the palette is
dark, and the frames of text fields and buttons in its mid colour (the search box
had no visible edge on black); the light themes stay exactly as Fusion draws them.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QWidget

_PE = QStyle.PrimitiveElement
#: What is outlined, and in which palette colour: the boxes in text colour, the frames of
#: text fields and buttons in the palette's mid colour (3:1 or more on a dark window).
_OUTLINED = {
    _PE.PE_IndicatorCheckBox: QPalette.ColorRole.Text,
    _PE.PE_IndicatorRadioButton: QPalette.ColorRole.Text,
    _PE.PE_FrameLineEdit: QPalette.ColorRole.Mid,
    _PE.PE_PanelButtonCommand: QPalette.ColorRole.Mid,
}


class OutlinedStyle(QProxyStyle):
    """The application's style, with check box and radio button outlines in text colour
    on dark palettes."""

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        palette = option.palette
        if element not in _OUTLINED or palette.color(QPalette.ColorRole.Base).lightnessF() >= 0.5:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(palette.color(_OUTLINED[element]), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        box = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
        if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            painter.drawEllipse(box)
        else:
            painter.drawRect(box)
        painter.restore()
