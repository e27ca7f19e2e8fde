"""Filters: the FilterPanel, the bar that says which filters are on, and applying each change.

FilterController hands every change to the results (`apply`, the search
controller's set_filter) and keeps the bar above the results up to date
("2 filters on: Bachelor's degree, Bright Outlook" with a Clear button that
resets every filter; hidden when none is on).

Filters are not saved: on a lab's shared login the next student would start
from someone else's filter and see "nothing matches". A launch starts with none.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import MISSING, fields

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from explorer.data.catalog import OccupationFilter
from explorer.ui.browse.filter_panel import FilterPanel


def filter_labels(
    occupation_filter: OccupationFilter, choices: Mapping[str, Sequence[tuple[str, str]]]
) -> list[str]:
    """What each filter that is on is called, in the panel's order ("Bachelor's degree",
    "Pay at least $50,000", "Bright Outlook"); a field it does not know shows its value."""
    texts = {name: {str(value): text for value, text in pairs} for name, pairs in choices.items()}
    labels = []
    for field in fields(occupation_filter):
        value = getattr(occupation_filter, field.name)
        default = None if field.default is MISSING else field.default
        if value is None or value == default or value == "":
            continue
        if field.name == "bright_outlook_only":
            labels.append("Bright Outlook")
        elif field.name == "wage_min":
            labels.append(f"Pay at least ${value:,}")
        elif field.name == "wage_max":
            labels.append(f"Pay at most ${value:,}")
        elif field.name == "openings_min":
            labels.append(f"At least {value:,} openings a year")
        elif field.name == "education_min":
            labels.append(f"Education at least: {value}")
        elif field.name == "education_max":
            labels.append(f"Education at most: {value}")
        else:
            labels.append(texts.get(field.name, {}).get(str(value), str(value)))
    return labels


class FilterController(QObject):
    """Owns the filter panel and the "filters on" bar; calls `apply` with each new filter.

    pathways_of maps each career cluster to its pathways (catalog.pathways_by_cluster),
    so the pathway list narrows to the chosen cluster's.
    """

    def __init__(
        self,
        choices: dict[str, list[tuple[str, str]]],
        apply: Callable[[OccupationFilter], None],
        parent: QObject,
        bright_outlook_help: str = "",
        pathways_of: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        super().__init__(parent)
        self._apply = apply
        self._choices = choices
        self.panel = FilterPanel(choices, bright_outlook_help, pathways_of)
        self.panel.setAccessibleName("Filters")
        self.panel.changed.connect(self._changed)
        self.bar = QWidget()
        self.bar.setAccessibleName("Filters on")
        self.bar_label = QLabel()
        self.bar_label.setTextFormat(Qt.TextFormat.PlainText)
        self.bar_label.setWordWrap(True)
        self.bar_label.setAccessibleDescription("Filters on")
        self.clear_button = QPushButton("Clear")
        self.clear_button.setAccessibleName("Clear every filter")
        self.clear_button.clicked.connect(self.panel.reset)
        row = QHBoxLayout(self.bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bar_label, 1)
        row.addWidget(self.clear_button)
        self.bar.setVisible(False)

    def _changed(self, occupation_filter: OccupationFilter) -> None:
        self._apply(occupation_filter)
        labels = filter_labels(occupation_filter, self._choices)
        count = f"{len(labels)} filter{'s' if len(labels) != 1 else ''} on"
        self.bar_label.setText(f"{count}: {', '.join(labels)}" if labels else "")
        self.bar.setVisible(bool(labels))
