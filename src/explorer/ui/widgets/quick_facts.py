"""The quick facts strip above the profile tabs: always visible, one glance.

Pay, education, jobs, outlook, job zone, Bright Outlook and interests; where
a figure belongs to a broader BLS code than the occupation's own, it says so
next to the figure.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from explorer.data.schema import BRIGHT_OUTLOOK_OPENINGS_10Y
from explorer.profile.formatting import growth_ranges

COLUMNS = 3
BRIGHT_OUTLOOK_RULE = (f"Projected to grow much faster than average ({growth_ranges()[0][1]})"
                       f" or to have {BRIGHT_OUTLOOK_OPENINGS_10Y:,} or more openings over "
                       "2024–34 (O*NET's rule).")


class QuickFacts(QWidget):
    """A grid of label and value pairs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(16)
        self.values: dict[str, QLabel] = {}

    def show_facts(self, facts: list[tuple[str, str]]) -> None:
        """Replace the facts shown; the labels are made once and reused."""
        for index, (label, value) in enumerate(facts):
            text = self.values.get(label)
            if text is None:
                text = QLabel()
                text.setWordWrap(True)
                text.setMinimumWidth(60)
                if label == "Bright Outlook":
                    text.setToolTip(BRIGHT_OUTLOOK_RULE)
                self.grid.addWidget(text, *divmod(index, COLUMNS),
                                    alignment=Qt.AlignmentFlag.AlignTop)
                self.values[label] = text
            text.setText(f"<small>{escape(label)}</small><br><b>{escape(value)}</b>")
            text.setAccessibleName(f"{label}: {value}")
