"""The quick facts strip above the profile tabs: always visible, one glance.

Pay, education, jobs, outlook, job zone, Bright Outlook and interests; where
a figure belongs to a broader BLS code than the occupation's own, it says so
next to the figure.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from ..dataset.joins import BRIGHT_OUTLOOK_OPENINGS_10Y

COLUMNS = 3


class QuickFacts(QWidget):
    """A grid of label and value pairs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(16)
        self.values: dict[str, QLabel] = {}

    def show_facts(self, facts: list[tuple[str, str]]) -> None:
        """Replace the facts shown."""
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.values = {}
        for index, (label, value) in enumerate(facts):
            row, column = divmod(index, COLUMNS)
            text = QLabel(f"<small>{escape(label)}</small><br><b>{escape(value)}</b>")
            text.setWordWrap(True)
            text.setMinimumWidth(60)
            text.setAccessibleName(f"{label}: {value}")
            if label == "Bright Outlook":
                text.setToolTip(
                    "Projected to grow much faster than average (7% or more) or to have "
                    f"{BRIGHT_OUTLOOK_OPENINGS_10Y:,} or more openings over 2024–34.")
            self.grid.addWidget(text, row, column)
            self.values[label] = text
