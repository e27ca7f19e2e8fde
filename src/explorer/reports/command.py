"""`career-explorer report`: write profile reports to a PDF without opening a window.

For counselors who script a class set. Every mistake (an unknown code,
section, state or paper size, a folder that cannot be written) is one line
on stderr and exit 1, checked before anything is written, and no partial
file is ever left behind.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from explorer.data.repository import CareerData
from explorer.profile.registry import ReportError, parse_sections


def run_report(
    data: CareerData,
    codes: list[str],
    output: Path,
    sections: str | None,
    state: str | None,
    paper: str,
) -> int:
    """Write the report; the process exit code."""
    from explorer.reports import PAPER_SIZES, build_reports, page_setup, write_pdf

    try:
        chosen = parse_sections(sections)
        if paper not in PAPER_SIZES:
            raise ReportError(f"unknown paper size {paper!r}; use letter or a4")
        state = state.upper() if state else None
        if output.suffix.lower() != ".pdf":
            raise ReportError(f"the output file must end in .pdf: {str(output)!r}")
        _application()
        reports = build_reports(data, codes, chosen, state)
        pages = write_pdf(output, reports, page_setup(data), paper)
    except ReportError as error:
        return _fail(str(error))
    except OSError as error:
        reason = error.strerror or str(error)
        return _fail(f"cannot write {str(output)!r}: {reason}")
    print(f"{output}: {pages} pages, {len(codes)} occupation{'s' * (len(codes) != 1)}")
    return 0


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
