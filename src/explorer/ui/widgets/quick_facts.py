"""The quick facts strip above the profile tabs: always visible, one glance.

Pay, education, jobs, outlook, job zone, Bright Outlook and interests; where
a figure belongs to a broader BLS code than the occupation's own, it says so
next to the figure.
"""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

COLUMNS = 3
#: Words in brackets after a figure ("4 of 5 (considerable preparation needed)"): they
#: explain it, so they are set in the normal weight and the figure stands out.
_EXPLAINED = re.compile(r"\(([^()]*)\)")


def value_html(value: str) -> str:
    """A fact's value in bold, the words in brackets that explain it in normal weight."""
    explained = _EXPLAINED.sub(
        lambda m: f"<span style='font-weight: normal'>({m.group(1)})</span>", escape(value)
    )
    return f"<b>{explained}</b>"


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
                row, column = divmod(index, COLUMNS)
                # The last fact takes the rest of its row (the interests and what they mean).
                span = COLUMNS - column if index == len(facts) - 1 else 1
                self.grid.addWidget(text, row, column, 1, span, Qt.AlignmentFlag.AlignTop)
                self.values[label] = text
            text.setText(f"<small>{escape(label)}</small><br>{value_html(value)}")
            text.setAccessibleName(f"{label}: {value}")
