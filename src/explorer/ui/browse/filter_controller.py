"""Filters: the FilterPanel, the saved filter it starts from, and saving each change.

FilterController restores the last filter from the settings (settings.filters,
which never raises on a damaged value), hands every change to the results
(`apply`, the search controller's set_filter) and saves it for next time.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QObject, QSettings

from explorer.data.catalog import OccupationFilter
from explorer.ui import settings as user_settings
from explorer.ui.browse.filter_panel import FilterPanel


class FilterController(QObject):
    """Owns the filter panel; calls `apply` with each new filter and remembers it.

    pathways_of maps each career cluster to its pathways (catalog.pathways_by_cluster),
    so the pathway list narrows to the chosen cluster's.
    """

    def __init__(
        self,
        choices: dict[str, list[tuple[str, str]]],
        settings: QSettings,
        apply: Callable[[OccupationFilter], None],
        parent: QObject,
        bright_outlook_help: str = "",
        pathways_of: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self._apply = apply
        self.panel = FilterPanel(choices, bright_outlook_help, pathways_of)
        self.panel.setAccessibleName("Filters")
        self.panel.changed.connect(self._changed)

    def restore(self) -> None:
        """Show the saved filter (no filter when none, or an unusable one, was saved)."""
        self.panel.set_filter(user_settings.filters.read(self.settings))

    def _changed(self, occupation_filter: OccupationFilter) -> None:
        self._apply(occupation_filter)
        user_settings.filters.write(self.settings, occupation_filter)
