"""A scroll area as tall as its content, up to a cap: the profile's heading and quick facts.

With large text (an 18-point system font, or View > Text size) the occupation's
title and its quick facts could take the whole pane, leaving the section's page two
or three lines. Here they take what they need, at most `cap` pixels (the owner sets
it from its own height); past that they scroll, so nothing is cut short and the
page below keeps most of the room.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QWidget


class CappedScroll(QScrollArea):
    """Shows `content` at its whole height up to the maximum height, scrolling past it."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the content's own controls take focus
        content.installEventFilter(self)

    def _content_height(self, width: int) -> int:
        content = self.widget()
        if content is None:
            return 0
        if content.hasHeightForWidth():
            return content.heightForWidth(width)
        return content.sizeHint().height()

    def sizeHint(self) -> QSize:
        content = self.widget()
        width = self.viewport().width() if self.isVisible() else self.width()
        hint = content.sizeHint() if content is not None else QSize()
        return QSize(hint.width(), self._content_height(max(width, 1)))

    def minimumSizeHint(self) -> QSize:
        return QSize(0, min(self.sizeHint().height(), self.fontMetrics().height() * 3))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()
