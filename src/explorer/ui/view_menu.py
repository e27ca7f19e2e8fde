"""The View menu: text size and theme, kept per user and applied at launch and live.

Text size: Larger (Ctrl+plus, also Ctrl+=), Smaller (Ctrl+minus) and Normal
(Ctrl+0) step through theme.TEXT_SIZES. Theme: System, Light, Dark or High
contrast. Both are stored in the user's settings (settings.text_size and
settings.theme) the moment they change, and set on the whole application
(theme.py), so every widget, chart and map follows without a restart.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from explorer.ui import settings as user_settings
from explorer.ui import theme


class ViewMenu(QObject):
    """The View menu's actions; `text_size_changed` carries the new percentage."""

    text_size_changed = Signal(int)

    def __init__(self, settings: QSettings, parent: QWidget) -> None:
        super().__init__(parent)
        self.settings = settings
        self.text_size = user_settings.text_size.read(settings)
        self.theme = user_settings.theme.read(settings)
        theme.apply_theme(self.theme)
        theme.apply_text_size(self.text_size)
        self.menu = QMenu("&View", parent)
        sizes = self.menu.addMenu("&Text size")
        self.larger = self._action(
            "&Larger", [QKeySequence.StandardKey.ZoomIn, "Ctrl+=", "Ctrl++"], lambda: self.step(1)
        )
        self.smaller = self._action(
            "&Smaller", [QKeySequence.StandardKey.ZoomOut, "Ctrl+-"], lambda: self.step(-1)
        )
        self.normal = self._action(
            "&Normal", ["Ctrl+0"], lambda: self.set_text_size(theme.NORMAL_SIZE)
        )
        sizes.addActions([self.larger, self.smaller, self.normal])
        themes = self.menu.addMenu("T&heme")
        group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for key, label in theme.THEMES.items():
            action = QAction(label, self, checkable=True)
            action.setChecked(key == self.theme)
            action.triggered.connect(lambda _checked=False, key=key: self.set_theme(key))
            group.addAction(action)
            themes.addAction(action)
            self.theme_actions[key] = action
        parent.addActions([self.larger, self.smaller, self.normal])

    def _action(
        self,
        text: str,
        keys: list[QKeySequence.StandardKey | str],
        slot: Callable[[], None],
    ) -> QAction:
        action = QAction(text, self)
        sequences: list[QKeySequence] = []
        for key in keys:
            for sequence in (
                QKeySequence.keyBindings(key) if not isinstance(key, str) else [QKeySequence(key)]
            ):
                if sequence not in sequences:
                    sequences.append(sequence)
        action.setShortcuts(sequences)
        action.triggered.connect(slot)
        return action

    def step(self, steps: int) -> None:
        """Make the text one size larger (1) or smaller (-1)."""
        self.set_text_size(theme.next_size(self.text_size, steps))

    def set_text_size(self, percent: int) -> None:
        """Set, keep and apply a text size (percent of the system font)."""
        self.text_size = percent
        user_settings.text_size.write(self.settings, percent)
        theme.apply_text_size(percent)
        self.text_size_changed.emit(percent)

    def set_theme(self, key: str) -> None:
        """Set, keep and apply a theme (a key of theme.THEMES)."""
        self.theme = key
        self.theme_actions[key].setChecked(True)
        user_settings.theme.write(self.settings, key)
        theme.apply_theme(key)
