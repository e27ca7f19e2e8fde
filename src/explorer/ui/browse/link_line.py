"""A line of text with one link that the keyboard reaches: a Tab stop, Enter or Space follows.

The search column's "Did you mean …?" and "Show only: …" lines are QLabels with
a link. By default only a mouse can follow it; here the label is a Tab stop and
Enter or Space on it calls `follow` (Qt's own keyboard links would want a Tab to
pick the link inside the label first, a second stop for one link).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel

_FOLLOW_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)


class _FollowOnKey(QObject):
    def __init__(self, label: QLabel, follow: Callable[[], None]) -> None:
        super().__init__(label)
        self._follow = follow

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _FOLLOW_KEYS
        ):
            self._follow()
            return True
        return False


def link_line(description: str, follow: Callable[[], None]) -> QLabel:
    """A hidden, wrapping label whose link `follow`s on a click, Enter or Space."""
    label = QLabel()
    label.setWordWrap(True)  # a long query never widens the window
    label.setAccessibleDescription(description)
    label.setVisible(False)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.LinksAccessibleByMouse
        | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    )
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    label.linkActivated.connect(lambda _link: follow())
    label.installEventFilter(_FollowOnKey(label, follow))
    return label
