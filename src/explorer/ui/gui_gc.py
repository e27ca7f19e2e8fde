"""Python's garbage collector runs on the GUI thread only, while worker threads are alive.

The collector runs in whichever thread happens to allocate when a threshold is
passed. If that is the search worker, it may delete Qt objects of the GUI
thread from the wrong thread, and the program crashes (a segmentation fault
seen in "Garbage-collecting" under SearchEngine.search). So, while a worker
thread lives, automatic collection is off and a timer on the GUI thread
collects when the thresholds are passed (pyqtgraph's GarbageCollector does the
same for the same reason).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Collects garbage on the GUI thread on a timer, the automatic collector switched off.

    Every `start` is matched by a `stop`; automatic collection comes back on when
    the last user stops (tests open and close many windows).
    """

    _users = 0

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._running = False

    def start(self) -> None:
        """Switch automatic collection off and collect from the GUI thread instead."""
        if self._running:
            return
        self._running = True
        GuiThreadCollector._users += 1
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        """Stop collecting here; automatic collection is back when no user is left."""
        if not self._running:
            return
        self._running = False
        self._timer.stop()
        GuiThreadCollector._users -= 1
        if GuiThreadCollector._users == 0:
            gc.enable()

    def check(self) -> None:
        """Collect the youngest generation whose threshold is passed, as gc itself would."""
        counts = gc.get_count()
        thresholds = gc.get_threshold()
        for generation in (2, 1, 0):
            if counts[generation] > thresholds[generation]:
                gc.collect(generation)
                return
