"""The quick facts strip above the profile tabs: always visible, one glance.

Pay, education, jobs, outlook, job zone, Bright Outlook and interests; where
a figure belongs to a broader BLS code than the occupation's own, it says so
next to the figure.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

COLUMNS = 3


class QuickFacts(QWidget):
    """A grid of label and value pairs."""

    def __init__(
        self, tooltips: dict[str, str] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        #: What a fact's label means, shown as its tooltip ("Bright Outlook": the rule).
        self.tooltips = dict(tooltips or {})
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
                if label in self.tooltips:
                    text.setToolTip(self.tooltips[label])
                self.grid.addWidget(
                    text, *divmod(index, COLUMNS), alignment=Qt.AlignmentFlag.AlignTop
                )
                self.values[label] = text
            text.setText(f"<small>{escape(label)}</small><br><b>{escape(value)}</b>")
            text.setAccessibleName(f"{label}: {value}")
