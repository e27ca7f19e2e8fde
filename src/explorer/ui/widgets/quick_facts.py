"""The quick facts strip above the profile tabs: always visible, one glance.

Pay, education, jobs, outlook, job zone, Bright Outlook and interests; where
a figure belongs to a broader BLS code than the occupation's own, it says so
next to the figure. Up to three columns, fewer where they would be narrower
than COLUMN_EMS average characters (a narrow pane, or large text): the facts
reflow, and nothing is cut short.
"""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

COLUMNS = 3
#: The narrowest a column may be, in average character widths of the font.
COLUMN_EMS = 22
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
        self.columns = COLUMNS

    def show_facts(self, facts: list[tuple[str, str]]) -> None:
        """Replace the facts shown; the labels are made once and reused."""
        added = False
        for label, value in facts:
            text = self.values.get(label)
            if text is None:
                text = QLabel()
                text.setWordWrap(True)
                text.setMinimumWidth(60)
                if label in self.tooltips:
                    text.setToolTip(self.tooltips[label])
                self.values[label] = text
                added = True
            text.setText(f"<small>{escape(label)}</small><br>{value_html(value)}")
            text.setAccessibleName(f"{label}: {value}")
        if added:
            self._place(self._columns_for(self.width()), force=True)

    def _columns_for(self, width: int) -> int:
        """How many columns fit `width` at the font's size (1 to COLUMNS)."""
        narrowest = self.fontMetrics().averageCharWidth() * COLUMN_EMS
        return max(1, min(COLUMNS, width // max(narrowest, 1)))

    def _place(self, columns: int, force: bool = False) -> None:
        """Put the facts in `columns` columns, in reading order."""
        if columns == self.columns and not force:
            return
        self.columns = columns
        labels = list(self.values.values())
        for text in labels:
            self.grid.removeWidget(text)
        for column in range(COLUMNS):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        for index, text in enumerate(labels):
            row, column = divmod(index, columns)
            # The last fact takes the rest of its row (the interests and what they mean).
            span = columns - column if index == len(labels) - 1 else 1
            self.grid.addWidget(text, row, column, 1, span, Qt.AlignmentFlag.AlignTop)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Reflow the facts into as many columns as the new width holds."""
        super().resizeEvent(event)
        self._place(self._columns_for(event.size().width()))

    def changeEvent(self, event: QEvent) -> None:
        """Larger or smaller text: reflow for the new font."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._place(self._columns_for(self.width()))
