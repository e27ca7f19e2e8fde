"""Long rich text that lays out once: a read-only text view as tall as its text.

A QLabel lays its rich text out again each time its page is shown, which made
switching to What They Do take 70 ms; a QTextDocument keeps its layout until
the text or the width changes. The view has no scroll bars of its own: the
tab's page scrolls, and the view is exactly as tall as its text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextBrowser, QWidget


class RichTextView(QTextBrowser):
    """Rich text (paragraphs, lists, small tables), selectable, sized to its content."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._html = ""
        self._auto_name = ""
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setOpenLinks(False)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.viewport().setAutoFillBackground(False)
        self.setStyleSheet("QTextBrowser { background: transparent; }")
        self.document().setDocumentMargin(0)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def setText(self, html: str) -> None:
        """Show html (a QLabel-like call)."""
        self._html = html
        self.setHtml(html)
        if not self.accessibleName() or self.accessibleName() == self._auto_name:
            # Named by its first words where no one named it (a screen reader lists it).
            first = self.toPlainText().strip().split("\n", 1)[0]
            self._auto_name = first if len(first) <= 60 else first[:59].rsplit(" ", 1)[0] + "…"
            self.setAccessibleName(self._auto_name)
        # Laid out when shown: a profile fills every tab, and most are not looked at.
        if self.isVisible():
            self._fit(self.viewport().width())

    def text(self) -> str:
        """The rich text shown, as given."""
        return self._html

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit(self.viewport().width())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit(event.size().width())

    def _fit(self, width: int) -> None:
        """Lay the text out at width and be exactly as tall as it."""
        if width <= 0:
            return
        document = self.document()
        if document.textWidth() != width:  # setTextWidth lays it all out, even at the same
            document.setTextWidth(width)
        height = int(document.size().height()) + 2
        if self.height() != height:
            self.setFixedHeight(height)
