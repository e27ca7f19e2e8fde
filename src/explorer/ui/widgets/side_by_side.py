"""Two (or more) panels side by side where each gets the width it wants, else one under
the other: the comparison's two charts at a large font (issue 17 item 8), whose tables
would otherwise elide their headings and figures in half a 1024-pixel window."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QWidget


class SideBySide(QWidget):
    """`panels`, each with a function giving the width it wants, in a row while the row
    gives each that width, else in a column; the choice is made again at every resize."""

    def __init__(
        self,
        panels: Sequence[tuple[QWidget, Callable[[], int]]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.panels = [panel for panel, _ in panels]
        self.wants = [wanted for _, wanted in panels]
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        for panel in self.panels:
            self.box.addWidget(panel, 1)

    def side_by_side(self) -> bool:
        """Whether the panels are in a row now."""
        return self.box.direction() == QBoxLayout.Direction.LeftToRight

    def arrange(self, width: int) -> None:
        """Put the panels in a row if `width` gives each what it wants, else in a column."""
        share = (width - self.box.spacing() * (len(self.panels) - 1)) // max(1, len(self.panels))
        fits = all(wanted() <= share for wanted in self.wants)
        direction = QBoxLayout.Direction.LeftToRight if fits else QBoxLayout.Direction.TopToBottom
        if self.box.direction() != direction:
            self.box.setDirection(direction)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Choose row or column for the new width."""
        self.arrange(event.size().width())
        super().resizeEvent(event)
