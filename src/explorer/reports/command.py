"""`career-explorer report`: write profile reports to a PDF (or, with --html, the
accessible web page copy) without opening a window.

For counselors who script a class set. Every mistake (an unknown code,
section, state or paper size, a folder that cannot be written, a full disk)
is one line on stderr and exit 1, and no partial file is ever left behind: the
file the report was to replace stays as it was. Ctrl+C and SIGTERM stop the
work at its next step (well within half a second), remove what was being
written and exit 130 or 143 with one line.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

from explorer.data.repository import CareerData
from explorer.profile.registry import ReportError, parse_sections


def run_report(
    data: CareerData,
    codes: list[str],
    output: Path,
    sections: str | None,
    state: str | None,
    paper: str,
    handout: bool = False,
    html: bool = False,
) -> int:
    """Write the report (one-page handouts with `handout`, a web page with `html`);
    the process exit code."""
    from explorer.reports import (
        PAPER_SIZES,
        ReportCancelled,
        build_reports,
        page_setup,
        write_pdf,
    )

    stopped: list[int] = []  # the signal that asked to stop, once one has
    try:
        if handout and sections:
            raise ReportError("--sections does not apply to --handout (one page each)")
        if handout and html:
            raise ReportError("--handout and --html cannot be combined")
        chosen = parse_sections(sections)
        if paper not in PAPER_SIZES:
            raise ReportError(f"unknown paper size {paper!r}; use letter or a4")
        state = state.upper() if state else None
        _check_suffix(output, html)
        _application()
        pages = 0
        with _stop_on_signals(stopped):
            going = lambda _step: not stopped  # noqa: E731
            if handout:
                from explorer.reports.handout import build_handouts, write_handouts

                footer = f"Data: {page_setup(data).releases}."
                handouts = build_handouts(data, codes, state, footer, going)
                pages = write_handouts(output, handouts, paper, going)
            elif html:
                from explorer.reports.web_page import write_web_page

                reports = build_reports(data, codes, chosen, state, going)
                write_web_page(output, reports, page_setup(data), going)
            else:
                reports = build_reports(data, codes, chosen, state, going)
                pages = write_pdf(output, reports, page_setup(data), paper, going)
    except ReportError as error:
        return _fail(str(error))
    except OSError as error:
        reason = error.strerror or str(error)
        return _fail(f"cannot write {str(output)!r}: {reason}")
    except ReportCancelled:
        name = signal.Signals(stopped[0]).name if stopped else "a signal"
        kept = " (the file there is as it was)" if output.exists() else ""
        _fail(f"stopped by {name}; {str(output)!r} was not written{kept}")
        return 128 + (stopped[0] if stopped else signal.SIGTERM)
    occupations = f"{len(codes)} occupation{'s' * (len(codes) != 1)}"
    print(f"{output}: {'a web page' if html else f'{pages} pages'}, {occupations}")
    return 0


def _check_suffix(output: Path, html: bool) -> None:
    """ReportError unless output ends as the file it will be (.pdf, or .html with --html)."""
    suffix = output.suffix.lower()
    if html and suffix not in (".html", ".htm"):
        raise ReportError(f"with --html the output file must end in .html: {str(output)!r}")
    if not html and suffix != ".pdf":
        hint = " (for a web page add --html)" if suffix in (".html", ".htm") else ""
        raise ReportError(f"the output file must end in .pdf: {str(output)!r}{hint}")


@contextlib.contextmanager
def _stop_on_signals(stopped: list[int]) -> Iterator[None]:
    """Turn Ctrl+C and SIGTERM into a request to stop (the work checks it at every
    step), then put the handlers back. Only the main thread can set handlers."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(number: int, _frame: FrameType | None) -> None:
        stopped.append(number)

    wanted = [signal.SIGINT, signal.SIGTERM]
    before = {number: signal.signal(number, stop) for number in wanted}
    try:
        yield
    finally:
        for number, handler in before.items():
            signal.signal(number, handler)


def _application() -> object:
    """A QGuiApplication for fonts and painting, offscreen unless a display is set."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _application.instance = QGuiApplication(["career-explorer"])  # type: ignore[attr-defined]
    return QGuiApplication.instance()


def _fail(message: str) -> int:
    print(f"career-explorer: {message}", file=sys.stderr)
    return 1
