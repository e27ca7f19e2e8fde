"""Getting the profile pane ready in idle time after launch.

The window opens without the profile pane, which needs pyqtgraph (half a
second to import) and a pyqtgraph plot per chart (about 25 ms each). So
that the first profile a student opens is as quick as the next, the import
runs in a worker thread once the window is on screen, then the pane is built
and its graphs made one per turn of the event loop. A profile opened before
then shows its first tab at once (it has no chart), and ProfileView fills the
other tabs in idle time once `charts_ready`. Every step waits until the
student has not typed or clicked for a moment, so warming up never holds up
typing. Closing the window stops it (`stop`): no further step runs.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import sys
import threading
import time
from collections.abc import Callable, Iterator

from PySide6.QtCore import QObject, QTimer

START_DELAY_MS = 250
RETRY_MS = 100
IDLE_SECONDS = 0.4
#: Imported in the worker thread: the profile module (quick, and needing no pyqtgraph),
#: then the charts with pyqtgraph (slow), which a profile opened meanwhile never waits for.
MODULES = ("explorer.ui.profile.view", "explorer.ui.widgets.charts")


def _import_quietly() -> None:
    # A failure is left for the window's own import to report, on the GUI thread.
    for module in MODULES:
        with contextlib.suppress(Exception):
            importlib.import_module(module)


class ProfileWarmUp(QObject):
    """Runs `build_steps()` a step at a time, after importing the profile module in a
    worker thread, each step only when the student is idle (the window calls
    `note_input` as they type or choose); `finished` is True when every step has run,
    `steps_run` counts the steps so far, and `stop` ends it for good."""

    def __init__(self, build_steps: Callable[[], Iterator[None]], parent: QObject) -> None:
        super().__init__(parent)
        self._build_steps = build_steps
        self._steps: Iterator[None] | None = None
        self._thread = threading.Thread(target=_import_quietly, name="profile-import", daemon=True)
        self._last_input = time.monotonic()
        self._started = False
        self._stopped = False
        self.finished = False
        self.steps_run = 0

    def start(self) -> None:
        """Begin shortly, once the window has been painted; later calls do nothing."""
        if not self._started and not self._stopped:
            self._started = True
            QTimer.singleShot(START_DELAY_MS, self, self._start_import)

    def stop(self) -> None:
        """Run no further step (the window closed); a later `start` does nothing either."""
        self._stopped = True

    def charts_ready(self) -> bool:
        """True when charts can be made without waiting for pyqtgraph's import: the
        worker thread has imported it (or something else already had)."""
        if self._thread.is_alive():
            return False
        return self._thread.ident is not None or MODULES[-1] in sys.modules

    @property
    def stopped(self) -> bool:
        """True once `stop` was called."""
        return self._stopped

    def note_input(self, *_args: object) -> None:
        """The student typed or chose something: wait before the next step."""
        self._last_input = time.monotonic()

    def _busy(self) -> bool:
        return time.monotonic() - self._last_input < IDLE_SECONDS

    def _start_import(self) -> None:
        if self._stopped:
            return
        if self._busy():
            QTimer.singleShot(RETRY_MS, self, self._start_import)
            return
        self._thread.start()
        QTimer.singleShot(RETRY_MS, self, self._step)

    def _step(self) -> None:
        if self._stopped:
            return
        if self._thread.is_alive() or self._busy():
            QTimer.singleShot(RETRY_MS, self, self._step)
            return
        if self._steps is None:
            self._steps = self._build_steps()
        try:
            next(self._steps)
            self.steps_run += 1
        except StopIteration:
            # What exists now lives as long as the program: keep the collector from
            # walking it again, or its full passes stall a profile by tens of ms.
            gc.collect()
            gc.freeze()
            self.finished = True
            return
        QTimer.singleShot(0, self, self._step)
