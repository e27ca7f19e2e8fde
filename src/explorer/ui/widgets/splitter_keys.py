"""Moving a splitter's dividers from the keyboard.

A QSplitter's handles take no focus: only a mouse can drag them. SplitterKeys
adds an action (Go > Move Pane Dividers, Ctrl+Shift+D) that puts the keyboard on
the first divider: Left and Right move it (with Shift, four times as far), Tab
goes to the next divider, and Enter or Esc gives the focus back to where it
was. The divider with the keyboard shows the focus ring; a screen reader hears
its name and how to move it. The sizes are kept with the window's layout as
after a drag.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QSplitter, QWidget

from explorer.ui.announce import announce

#: Pixels a divider moves for Left or Right (Shift: four times as far).
STEP = 24
KEYS = "Ctrl+Shift+D"
_DONE = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape}


class SplitterKeys(QObject):
    """Keyboard moves for `splitter`'s dividers; `names` name each divider in order."""

    def __init__(self, splitter: QSplitter, names: Sequence[str], parent: QObject) -> None:
        super().__init__(parent)
        self.splitter = splitter
        self._back: QWidget | None = None
        self.action = QAction("Move Pane &Dividers", self, shortcut=QKeySequence(KEYS))
        self.action.setStatusTip("Left and Right move a divider, Tab the next, Enter ends")
        self.action.triggered.connect(self.start)
        for index, name in enumerate(names, start=1):
            handle = splitter.handle(index)
            handle.setAccessibleName(name)
            handle.setAccessibleDescription("Left and Right move it; Tab: the next; Enter: done")
            handle.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # focus by this, never by Tab
            handle.installEventFilter(self)

    def dividers(self) -> list[QWidget]:
        """The dividers that can be moved now (between two shown panes)."""
        panes = [self.splitter.widget(i) for i in range(self.splitter.count())]
        shown = [i for i, pane in enumerate(panes) if pane is not None and pane.isVisible()]
        handles = [self.splitter.handle(i) for i in shown[1:]]
        return [handle for handle in handles if handle.isVisible()]

    def start(self) -> None:
        """Put the keyboard on the first divider."""
        dividers = self.dividers()
        if not dividers:
            return
        focused = self.splitter.window().focusWidget()
        self._back = None if focused in dividers else focused
        self._focus(dividers[0])

    def _focus(self, handle: QWidget) -> None:
        handle.setFocus(Qt.FocusReason.ShortcutFocusReason)
        announce(handle, f"{handle.accessibleName()}: Left and Right move it, Enter ends")

    def move(self, handle: QWidget, pixels: int) -> None:
        """Move a divider right (pixels > 0) or left, within the panes' minimum sizes."""
        index = self.splitter.indexOf(handle)
        sizes = self.splitter.sizes()
        if index < 1:
            return
        before, after = (_least(self.splitter.widget(i)) for i in (index - 1, index))
        pixels = max(pixels, min(0, before - sizes[index - 1]))
        pixels = min(pixels, max(0, sizes[index] - after))
        sizes[index - 1] += pixels
        sizes[index] -= pixels
        self.splitter.setSizes(sizes)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The divider's keys: Left, Right, Tab, Enter and Esc."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        assert isinstance(watched, QWidget)
        key = Qt.Key(event.key())
        far = 4 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.move(watched, STEP * far * (1 if key == Qt.Key.Key_Right else -1))
        elif key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            dividers = self.dividers()
            if watched in dividers:
                step = -1 if key == Qt.Key.Key_Backtab else 1
                self._focus(dividers[(dividers.index(watched) + step) % len(dividers)])
        elif key in _DONE:
            back = self._back
            if back is not None and back.isVisible():
                back.setFocus(Qt.FocusReason.OtherFocusReason)
            else:
                self.splitter.window().focusNextChild()
        else:
            return False
        return True


def _least(widget: QWidget | None) -> int:
    """The narrowest a pane may become (as when dragged: never collapsed by a key)."""
    if widget is None:
        return 0
    return max(widget.minimumWidth(), widget.minimumSizeHint().width())
