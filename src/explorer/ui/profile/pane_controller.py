"""The profile pane, built on first use, warmed up in idle time, stopped on close.

The window starts with Home where the profile goes (ui/home); ProfilePane builds
the ProfileView (and imports pyqtgraph) the first time it is needed, or a
step at a time in idle time once the window is on screen (ProfileWarmUp).
It wires the home state to the settings: the student's own choice is saved,
and a state the administrator locked cannot be changed (ProfileView.lock_home_state).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QWidget

from explorer.data.catalog import OccupationSummary
from explorer.data.repository import CareerData
from explorer.ui import settings as user_settings
from explorer.ui.profile.warm_up import ProfileWarmUp

if TYPE_CHECKING:
    from explorer.ui.profile.view import ProfileView

LOCKED_HOME_STATE = "Set for this computer by its administrator."


class ProfilePane(QObject):
    """Owns the lazily built ProfileView, handed to `place` once built, and its warm-up;
    `related_requested` carries the code of a similar occupation the student chose."""

    related_requested = Signal(str)
    #: The ProfileView was just made (before any tab is filled).
    built = Signal(QWidget)

    def __init__(
        self,
        data: CareerData,
        catalog: list[OccupationSummary],
        settings: QSettings,
        place: Callable[[QWidget], None],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.data, self.catalog, self.settings = data, catalog, settings
        self._place = place
        self.view: ProfileView | None = None
        self.warm_up = ProfileWarmUp(lambda: self.profile.warm_up_steps(), self)

    @property
    def profile(self) -> ProfileView:
        """The profile pane, built the first time it is needed."""
        if self.view is None:
            from explorer.ui.profile.view import ProfileView

            # The student's own home state, else the one the lab's administrator set.
            home = str(
                user_settings.resolved_value(self.settings, user_settings.HOME_STATE, "") or ""
            )
            self.view = ProfileView(
                self.data, self.catalog, home or None, charts_ready=self.warm_up.charts_ready
            )
            self.view.related_requested.connect(self.related_requested)
            self.view.home_state_changed.connect(self._save_home_state)
            if user_settings.locked_by_admin(user_settings.HOME_STATE):
                self.view.lock_home_state(LOCKED_HOME_STATE)
            self._place(self.view)
            self.built.emit(self.view)
        return self.view

    def open_code(self) -> str | None:
        """The code of the profile on screen, if any (without building the pane)."""
        return self.view.code if self.view is not None else None

    def stop(self) -> None:
        """The window closed: build nothing more in idle time."""
        self.warm_up.stop()

    def _save_home_state(self, abbr: str) -> None:
        user_settings.home_state.write(self.settings, str(abbr or ""))
