"""Search off the GUI thread, so typing never freezes the window.

A worker in its own QThread owns its own database connection and
SearchEngine (SQLite connections stay in the thread that opened them). The
window asks for a query; only the answer to the latest request is delivered.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot

from explorer.data.db import DataError, InternalError
from explorer.data.repository import CareerData
from explorer.search.engine import SearchEngine, SearchResult
from explorer.ui.gui_gc import GuiThreadCollector

RESULT_LIMIT = 1016
logger = logging.getLogger(__name__)


class _SearchWorker(QObject):
    finished = Signal(int, object)

    def __init__(self, db_path: Path) -> None:
        super().__init__()
        self._db_path = db_path
        self._data: CareerData | None = None
        self._engine: SearchEngine | None = None
        #: The newest request the window has made (set from the GUI thread): one a
        #: student has already typed past is skipped, so the answer to the last key
        #: never waits behind searches nobody will see.
        self.latest = 0

    @Slot(int, str)
    def run(self, request_id: int, text: str) -> None:
        if request_id and request_id != self.latest:
            return
        try:
            if self._engine is None:
                self._data = CareerData(self._db_path)
                self._engine = SearchEngine(self._data)
            result: object = self._engine.search(text, RESULT_LIMIT)
        except DataError as error:
            result = error
        except InternalError as error:  # logged with its traceback by the data layer
            result = f"internal error: {error} (the details are in the log)"
        except Exception as error:  # never a search that does not answer: the window would wait
            logger.exception("search for %r failed", text)
            result = f"internal error: {error!r} (the details are in the log)"
        self.finished.emit(request_id, result)

    @Slot()
    def close(self) -> None:
        if self._data is not None:
            self._data.close()
            self._data = None


class SearchService(QObject):
    """Runs searches in a background thread; emits `results` for the latest query."""

    results = Signal(object)
    failed = Signal(str)
    _requested = Signal(int, str)

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._latest = 0
        self._said: set[str] = set()  # each failure is told once, not at every key
        # While the worker lives, garbage is collected on the GUI thread only (gui_gc.py).
        self._collector = GuiThreadCollector(self)
        self._collector.start()
        self._thread = QThread(self)
        self._thread.setObjectName("search")
        self._worker = _SearchWorker(db_path)
        self._worker.moveToThread(self._thread)
        self._requested.connect(self._worker.run)
        self._worker.finished.connect(self._on_finished)
        self._thread.finished.connect(self._worker.close, Qt.ConnectionType.DirectConnection)
        self._thread.start()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        self._requested.emit(0, "warm up")  # loads the index in the background at start-up

    def request(self, text: str) -> int:
        """Search for text; returns the request number."""
        self._latest += 1
        self._worker.latest = self._latest
        self._requested.emit(self._latest, text)
        return self._latest

    def shutdown(self) -> None:
        """Stop the worker thread (call before the application quits)."""
        if self._thread.isRunning():
            self._thread.quit()
            self._thread.wait()
        self._collector.stop()

    @Slot(int, object)
    def _on_finished(self, request_id: int, result: object) -> None:
        if isinstance(result, SearchResult):
            if request_id == self._latest and request_id != 0:
                self.results.emit(result)
            return
        # A damaged file is told once (even when the warm-up finds it), whatever query
        # meets it next; each other failure once too.
        said = "damaged" if isinstance(result, DataError) else str(result)
        if said not in self._said:
            self._said.add(said)
            self.failed.emit(str(result))
