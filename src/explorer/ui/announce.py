"""Say something to a screen reader without moving the focus: a result count, a
profile opened, a file saved, a section switched to.

Qt 6.8 added QAccessibleAnnouncementEvent: the platform bridge (AT-SPI on
Linux, UI Automation on Windows, NSAccessibility on macOS) passes its text to
the screen reader, politely (after what it is saying) or assertively. Before
any bridge is active Qt drops the event; `heard` keeps the last announcements
either way, so tests, and a developer checking what a screen reader would be
told, can read them.
"""

from __future__ import annotations

from collections import deque

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QStatusBar, QWidget

#: How long a line stays in the status bar (ms).
STATUS_MS = 15_000

#: The latest announcements, oldest first: (object's accessible name, text).
heard: deque[tuple[str, str]] = deque(maxlen=50)


def announce(source: QWidget, text: str, assertive: bool = False) -> None:
    """Have screen readers say `text`, as coming from `source` (which keeps the focus)."""
    if not text:
        return
    event = QAccessibleAnnouncementEvent(source, text)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive
        if assertive
        else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)
    heard.append((source.accessibleName(), text))


def tell(status: QStatusBar, text: str, assertive: bool = True) -> None:
    """What was done (saved, printed, added) or why not: one line in the status bar,
    and the same words to screen readers, which do not read the status bar by itself."""
    status.showMessage(text, STATUS_MS)
    announce(status, text, assertive)
