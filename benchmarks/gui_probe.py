"""Child process for the GUI benchmarks: `launch` or `typing`, offscreen.

launch: start the real window the way `career-explorer` does, print READY
when it has been shown and painted once, and quit; the parent times the
whole process from spawn. bare: the same with an empty PySide6 + pyqtgraph
window, for comparison. typing: type a 20-character query one key at a time
and print the longest stall of the GUI thread in milliseconds. first: the
profile pane's warm-up after launch, and the first profile opened after it.
profile: opening profiles, switching tabs, memory. report: printed reports to PDF.
home: after the warm-up, the quiz (each answer to the next item painted, the last to
the results with their matches) and the map of all jobs (its button to the map painted).
report_window: a batch exported from the window (GUI stall, how fast Cancel stops it).
compare: after the warm-up, comparisons of four careers opened and painted (issue 15);
plan: My plan of 10 careers written to a PDF.
starring: My list's stars (issue 15): a click on a star in the results to every star
shown (results, profile header, Similar Occupations, the My list panel) painted again.
"""

from __future__ import annotations

import gc
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

QUERY = "medical records spec"
KEY_INTERVAL_MS = 60
TICK_MS = 2


def _main_window() -> tuple[Any, Any]:
    """The real window, built and shown as `career-explorer` does: (application, window)."""
    from explorer.data.repository import CareerData
    from explorer.paths import default_database
    from explorer.ui.app import create_application
    from explorer.ui.main_window import MainWindow

    app = create_application()
    window = MainWindow(CareerData(default_database()))
    window.show()
    return app, window


class _StallRecorder:
    """Ticks every TICK_MS on the GUI thread and keeps the gaps between ticks: the
    longest gap, less the tick, is the longest the GUI thread was kept busy. until()
    is asked at every tick: once it is true, ticking stops and then() is called."""

    def __init__(
        self, until: Callable[[], bool] = lambda: False, then: Callable[[], object] = lambda: None
    ) -> None:
        from PySide6.QtCore import QElapsedTimer, QTimer

        self.clock = QElapsedTimer()
        self.gaps: list[float] = []
        self._last = 0.0
        self._until, self._then = until, then
        self._ticker = QTimer()
        self._ticker.timeout.connect(self._tick)
        self.clock.start()
        self._ticker.start(TICK_MS)

    def _tick(self) -> None:
        now = self.clock.nsecsElapsed() / 1e6
        self.gaps.append(now - self._last)
        self._last = now
        if self._until():
            self._ticker.stop()
            self._then()

    def longest(self) -> float:
        """The longest stall in ms (the first gap, before the loop ran, is left out)."""
        return max(self.gaps[1:]) - TICK_MS


def launch() -> None:
    from PySide6.QtCore import QTimer

    app, window = _main_window()
    QTimer.singleShot(
        0, lambda: (window.repaint(), print("READY", flush=True), window.close(), app.quit())
    )
    app.exec()


def bare() -> None:
    import pyqtgraph  # noqa: F401
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([])
    window = QMainWindow()
    window.show()
    QTimer.singleShot(0, lambda: (window.repaint(), print("READY", flush=True), app.quit()))
    app.exec()


def _settle(app: Any, window: Any, at_least: float) -> None:
    deadline = time.perf_counter() + at_least
    while time.perf_counter() < deadline or not window.warm_up.finished:
        app.processEvents()
        time.sleep(0.005)


def first() -> None:
    """Launch, leave the window idle until the profile pane has warmed up, and report
    how long that took, the longest GUI-thread stall meanwhile, and how long the first
    profile then takes to open."""
    app, window = _main_window()
    stalls = _StallRecorder(until=lambda: window.warm_up.finished, then=app.quit)
    app.exec()
    warmed = stalls.clock.elapsed() / 1000
    started = time.perf_counter()
    window.open_profile("29-2072.00")
    app.processEvents()
    opened = (time.perf_counter() - started) * 1000
    window.close()
    print(f"FIRST {warmed:.2f} {stalls.longest():.1f} {opened:.1f}", flush=True)


def early() -> None:
    """Open the first profile EARLY_MS after the window is shown (argv[2]), whatever the
    warm-up has done by then; print how long the open took, painted."""
    from PySide6.QtCore import QTimer

    delay = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    app, window = _main_window()
    took: list[float] = []

    def open_now() -> None:
        started = time.perf_counter()
        window.open_profile("29-1141.00")
        window.repaint()  # the profile on screen, not only built
        took.append((time.perf_counter() - started) * 1000)
        QTimer.singleShot(0, app.quit)

    QTimer.singleShot(delay, open_now)
    app.exec()
    window.close()
    print(f"EARLY {took[0]:.1f}", flush=True)


def typing() -> None:
    """Type QUERY a key every KEY_INTERVAL_MS; print the longest GUI-thread stall, the
    rows shown, and how long after the last key its results were on screen (the
    slowest of every key's, as each key's results are the ones a student waits for)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest

    app, window = _main_window()
    keys = iter(QUERY)
    pressed_at: dict[str, float] = {}
    waits: list[float] = []

    def press() -> None:
        try:
            # PySide6 takes a character here; its stubs list only key codes.
            QTest.keyClick(window.search_box, next(keys))  # type: ignore[call-overload]
            pressed_at[window.search_box.text()] = time.perf_counter()
        except StopIteration:
            QTimer.singleShot(800, app.quit)
            typist.stop()

    def shown(result: Any) -> None:  # connected after the window's own slot: rows are in
        started = pressed_at.get(result.query)
        if started is not None and result.query == window.search_box.text():
            app.processEvents()  # and painted
            waits.append((time.perf_counter() - started) * 1000)

    # Let the search worker load its index and the profile pane warm up first, as they
    # do while a student reads the window; the "first" mode measures that time.
    _settle(app, window, 1.0)
    window.search_service.results.connect(shown)
    typist = QTimer()
    typist.timeout.connect(press)
    stalls = _StallRecorder()
    typist.start(KEY_INTERVAL_MS)
    app.exec()
    window.close()
    last = max(waits) if waits else float("nan")
    print(f"STALL {stalls.longest():.1f} {window.proxy.rowCount()} {last:.1f}", flush=True)


def _rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def profile() -> None:
    """Open 100 profiles (the first tab filled at once, the others in idle time, as the
    window does); switch to every tab once they are filled, and to one straight after
    opening, before its idle fill; then browse 200 more and report how much memory
    grew."""
    import gc
    import statistics

    from PySide6.QtCore import QEvent, QObject

    from explorer.data.repository import CareerData
    from explorer.paths import default_database
    from explorer.ui.app import create_application
    from explorer.ui.profile.view import ProfileView

    class _PaintCounter(QObject):
        """Counts paint events, to prove a tab switch was painted before it is timed as done."""

        count = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    app = create_application()
    data = CareerData(default_database())
    view = ProfileView(data)
    view.resize(1000, 900)
    view.show()
    codes = data.occupation_codes()
    step = len(codes) // 100
    sample = codes[::step][:100]
    # First prove that a switch is painted by the time processEvents returns; the
    # counter then comes off, as a Python filter on every event would slow the timing.
    painter = _PaintCounter()
    app.installEventFilter(painter)
    view.show_occupation(sample[0])
    app.processEvents()
    for tab in range(1, view.tabs.count()):
        painter.count = 0
        view.tabs.setCurrentIndex(tab)
        app.processEvents()
        assert painter.count > 0, "the switch painted nothing"
    app.removeEventFilter(painter)
    gc.collect()
    gc.freeze()  # as the window does once it has warmed up (warm_up.py)
    opens, switches, early_switches = [], [], []
    for index, code in enumerate(sample):
        view.tabs.setCurrentIndex(0)
        app.processEvents()
        started = time.perf_counter()
        view.show_occupation(code)
        app.processEvents()
        opens.append((time.perf_counter() - started) * 1000)
        if index % 2:  # every other profile: a tab shown before the idle fill reached it
            tab = view.tabs.count() - 2
            started = time.perf_counter()
            view.tabs.setCurrentIndex(tab)
            app.processEvents()
            early_switches.append((time.perf_counter() - started) * 1000)
            view.tabs.setCurrentIndex(0)
        while not view.fill_pending():  # the student reads; the other tabs fill meanwhile
            app.processEvents()
            time.sleep(0.002)
        for tab in range(view.tabs.count()):
            if tab == view.tabs.currentIndex():
                continue
            started = time.perf_counter()
            view.tabs.setCurrentIndex(tab)
            app.processEvents()  # lays out and paints what became visible, once
            switches.append((time.perf_counter() - started) * 1000)
    for code in codes[:20]:
        view.show_occupation(code)
        app.processEvents()
    before = _rss_mb()
    for code in codes[20:220]:
        view.show_occupation(code)
        app.processEvents()
        # What the running event loop does between two clicks: delete replaced widgets.
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    growth = _rss_mb() - before
    p95 = statistics.quantiles(opens, n=20)[18]
    switch_p95 = statistics.quantiles(switches, n=20)[18]
    early_p95 = statistics.quantiles(early_switches, n=20)[18]
    print(
        f"PROFILE {p95:.1f} {switch_p95:.1f} {max(switches):.1f} {growth:.1f} {early_p95:.1f}",
        flush=True,
    )


def home() -> None:
    """Quiz answers, quiz results and the map of all jobs, after the warm-up; print the
    slowest answer, the p95 answer, the results and the map in milliseconds."""
    import statistics

    app, window = _main_window()
    _settle(app, window, 0.5)
    quiz = window.quiz
    quiz.retake()  # a fresh quiz, whatever an earlier run saved
    reading = time.perf_counter() + 0.6  # the student reads the first item
    while time.perf_counter() < reading:
        app.processEvents()
        time.sleep(0.005)
    answers = []
    count = len(quiz.items())
    for index in range(count - 1):
        started = time.perf_counter()
        quiz.answer((1, 4, 3, 0, 2, 1)[index % 6])
        quiz.question.repaint()
        answers.append((time.perf_counter() - started) * 1000)
    started = time.perf_counter()
    quiz.answer(3)
    quiz.results.repaint()
    results = (time.perf_counter() - started) * 1000
    window.home.show_home()
    app.processEvents()
    started = time.perf_counter()
    window.home.page.map_button.click()
    window.jobs_map.repaint()
    drawn = (time.perf_counter() - started) * 1000
    window.close()
    p95 = statistics.quantiles(answers, n=20)[18]
    print(f"HOME {max(answers):.1f} {p95:.1f} {results:.1f} {drawn:.1f}", flush=True)


def starring() -> None:
    """Click 40 stars in the results (on, then off again), each to every star on screen
    painted again; print the p95, the slowest and the median in ms, and one write of the
    list (made a moment after a change, not inside the click)."""
    import statistics
    import tempfile

    os.environ["CAREER_EXPLORER_MY_LIST_DIR"] = tempfile.mkdtemp(prefix="bench-my-list-")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from explorer.ui.browse.results_model import CODE_ROLE

    app, window = _main_window()
    _settle(app, window, 0.5)
    window.open_profile("29-1141.00")
    window.show_my_list()
    profile = window.profile
    profile.tabs.setCurrentWidget(profile.pages["similar"])
    _settle(app, window, 0.3)
    similar = profile.pages["similar"].block_widget("pathway").table
    delegate = window.table.itemDelegateForColumn(0)
    assert similar.isVisible() and window.my_list_panel.table.isVisible()
    times = []
    for number in range(40):
        index = window.proxy.index(number % 20, 0)
        window.table.scrollTo(index)
        app.processEvents()
        point = delegate.star_rect(index).center()
        code = index.data(CODE_ROLE)
        started = time.perf_counter()
        QTest.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=point)
        app.processEvents()  # the repaints the click asked for (only what changed)
        times.append((time.perf_counter() - started) * 1000)
        assert window.my_list.contains(code) == (number < 20)
        _settle(app, window, 0.02)
    started = time.perf_counter()
    window.my_list.flush()
    written = (time.perf_counter() - started) * 1000
    window.close()
    p95 = statistics.quantiles(times, n=20)[18]
    median = statistics.median(times)
    print(f"STARRING {p95:.1f} {max(times):.1f} {median:.1f} {written:.1f}", flush=True)


def report() -> None:
    """Write a one-occupation report with every section (the first, then the median of 5),
    a 25-occupation and a 100-occupation batch, and 25 one-page handouts, to PDF files;
    print the seconds each took."""
    import statistics
    import tempfile

    from PySide6.QtGui import QGuiApplication

    from explorer import reports
    from explorer.data.repository import CareerData
    from explorer.paths import default_database
    from explorer.profile.registry import SECTION_KEYS

    app = QGuiApplication([])  # noqa: F841 - fonts and painting need it
    data = CareerData(default_database())
    folder = Path(tempfile.mkdtemp())

    def write(codes: list[str], name: str) -> float:
        started = time.perf_counter()
        built = reports.build_reports(data, codes, tuple(SECTION_KEYS))
        reports.write_pdf(folder / name, built, reports.page_setup(data))
        return time.perf_counter() - started

    first = write(["29-2072.00"], "first.pdf")
    one = statistics.median(write(["29-2072.00"], f"one-{n}.pdf") for n in range(5))
    codes = data.occupation_codes()
    batch = write(codes[:: len(codes) // 25][:25], "batch.pdf")
    class_set = write(codes[:: len(codes) // 100][:100], "class-set.pdf")
    from explorer.reports.handout import build_handouts, write_handouts

    started = time.perf_counter()
    handouts = build_handouts(data, codes[:: len(codes) // 25][:25])
    assert write_handouts(folder / "handouts.pdf", handouts) == 25
    handout_set = time.perf_counter() - started
    print(
        f"REPORT {first:.2f} {one:.2f} {batch:.2f} {class_set:.2f} {handout_set:.2f}",
        flush=True,
    )


def report_window() -> None:
    """In the window: export 25 occupations and print the longest GUI-thread stall
    meanwhile; then, for 100 occupations, the longest time between two steps of the work
    (a Cancel pressed waits at most that long to be seen) plus the slowest time from a
    Cancel seen, in each phase, to the export's end: how long Cancel can take."""
    import itertools
    import tempfile

    from PySide6.QtCore import QTimer

    from explorer.reports import ReportCancelled
    from explorer.ui.printing import job
    from explorer.ui.printing.dialog import ReportOptions

    app, window = _main_window()
    _settle(app, window, 1.0)
    folder = Path(tempfile.mkdtemp())
    codes = [row.code for row in window.catalog]
    class_set = codes[:: len(codes) // 100][:100]
    stalls = _StallRecorder()
    window.reports.export_to(folder / "set.pdf", codes[:: len(codes) // 25][:25], ReportOptions())
    stall = stalls.longest()
    stalls._ticker.stop()

    steps: list[float] = []
    real_step = job.JobProgress.step

    def timed(self: Any, step: Any) -> bool:
        steps.append(time.perf_counter())
        return real_step(self, step)

    job.JobProgress.step = timed  # type: ignore[method-assign]
    window.reports.export_to(folder / "class-set.pdf", class_set, ReportOptions())
    longest_step = max(later - earlier for earlier, later in itertools.pairwise(steps))
    stops = []
    for phase in ("Preparing", "Laying out", "Writing page"):
        pressed: list[float] = []

        def cancel(phase: str = phase, pressed: list[float] = pressed) -> None:
            progress = window.reports.progress
            dialog = progress.dialog if progress is not None else None
            if dialog is not None and dialog.labelText().startswith(phase) and not pressed:
                dialog.cancel()
                pressed.append(time.perf_counter())

        watcher = QTimer()
        watcher.timeout.connect(cancel)
        watcher.start(0)
        try:
            window.reports.export_to(folder / "cancelled.pdf", class_set, ReportOptions())
        except ReportCancelled:
            stops.append(time.perf_counter() - pressed[0])
        watcher.stop()
    window.close()
    print(f"WINDOW {stall:.1f} {(longest_step + max(stops)) * 1000:.1f}", flush=True)


FOUR = ("29-1141.00", "15-1252.00", "27-2011.00", "11-1011.00")


def compare() -> None:
    """After the warm-up: the first comparison of four careers (the window made), then 40
    more sets of four, each opened and painted; print the first, the p95 and the slowest
    in ms."""
    import statistics

    app, window = _main_window()
    _settle(app, window, 0.5)
    codes = window.data.occupation_codes()

    def opened(chosen: list[str]) -> float:
        started = time.perf_counter()
        window.open_comparison(chosen)
        app.processEvents()  # lays the window out and paints it (see profile())
        return (time.perf_counter() - started) * 1000

    first = opened(list(FOUR))
    gc.collect()
    gc.freeze()  # as the window does once it has warmed up (warm_up.py)
    times = [opened(codes[n * 37 % len(codes) :: 211][:4]) for n in range(40)]
    p95 = statistics.quantiles(times, n=20)[18]
    window.compare.window.close()
    window.close()
    print(f"COMPARE {first:.1f} {p95:.1f} {max(times):.1f}", flush=True)


def plan() -> None:
    """My plan of 10 careers (quiz, notes, a comparison of four) to a PDF: the median of
    3, in seconds."""
    import statistics
    import tempfile

    from PySide6.QtGui import QGuiApplication

    from explorer.data.repository import CareerData
    from explorer.paths import default_database
    from explorer.quiz.engine import InterestQuiz
    from explorer.reports.plan import PlanInput, write_plan

    app = QGuiApplication([])  # noqa: F841 - fonts and painting need it
    data = CareerData(default_database())
    quiz = InterestQuiz(data)
    answers = [(1, 4, 3, 0, 2, 1)[i % 6] for i in range(len(quiz.items("short")))]
    codes = data.occupation_codes()[::100][:10]
    folder = Path(tempfile.mkdtemp())

    def write(number: int) -> float:
        started = time.perf_counter()
        plan = PlanInput(
            data,
            tuple((code, "Ask a counselor about this one") for code in codes),
            compare=tuple(codes[:4]),
            name="Sam Rivera",
            quiz=quiz.score("short", answers),
            home_state="TX",
        )
        write_plan(folder / f"plan-{number}.pdf", plan)
        return time.perf_counter() - started

    print(f"PLAN {statistics.median(write(n) for n in range(3)):.2f}", flush=True)


if __name__ == "__main__":
    {
        "launch": launch,
        "bare": bare,
        "typing": typing,
        "first": first,
        "early": early,
        "profile": profile,
        "report": report,
        "home": home,
        "report_window": report_window,
        "compare": compare,
        "plan": plan,
        "starring": starring,
    }[sys.argv[1]]()
