"""The career-explorer command: the GUI by default; `show`, `search`, `report`, `quiz` and
`match` for scripts.

Errors end in one line on stderr (control characters in it escaped, paths
quoted): exit 1 for a usage mistake (an unknown option, a bad --paper, scores
that are not six whole numbers from 0 to 40), an unknown code, every `report`
mistake, for `match` six equal scores (no interest stands out), and an output
that cannot be written (closed, full); 2 for a missing, damaged or
wrong-version database, whenever the damage is found; 3 for an internal error
(one of the program's own queries failed, not the user's file):
"career-explorer: internal error: ... (see the log: FILE)", its traceback written
to FILE, the program's log
(explorer.logs: career-explorer.log in the user's own data folder, or in the
folder $CAREER_EXPLORER_LOG_DIR names), 4 when a system library the window needs
is missing (explorer.system_libraries: the line names the packages to install;
Qt would abort with a core dump); 130 for Ctrl+C and 143 for SIGTERM, quietly
(console.py).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from explorer import __version__
from explorer.console import (
    INTERRUPTED,
    TERMINATED,
    Terminated,
    prepare_streams,
    quiet_signals,
    say,
    write_json,
    write_text,
)

# The rest of the program is imported once the signals are set (main): Ctrl+C while it
# loads is then quiet too.
if TYPE_CHECKING:
    import argparse

    from explorer.data.db import InternalError
    from explorer.data.repository import CareerData

PROG = "career-explorer"
USAGE_ERROR = 1


def _parser() -> argparse.ArgumentParser:
    import argparse

    class _Parser(argparse.ArgumentParser):
        """argparse that reports a usage mistake in one line (exit 1), like every other
        error."""

        def error(self, message: str) -> NoReturn:
            say(f"{message} (see --help)")
            sys.exit(USAGE_ERROR)

    parser = _Parser(prog=PROG, description="Explore every US occupation, offline.")
    parser.add_argument(
        "--db", type=Path, default=None, help="use this careers.db instead of the one shipped"
    )
    parser.add_argument(
        "--version", action="store_true", help="print the version and the data releases, then exit"
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="check this copy works: open the window offscreen, search, open a "
        "profile with every tab, then exit 0 (or 1 naming the failed step)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    show = commands.add_parser("show", help="print one occupation")
    show.add_argument("code", help="occupation code: 29-2072.00, 29-2072 or 292072")
    show.add_argument("--json", action="store_true", help="print JSON (the only format)")
    find = commands.add_parser("search", help="find occupations by title, nickname or task")
    find.add_argument("text", help="what to look for")
    find.add_argument("--limit", type=int, default=20, help="at most this many (default 20)")
    find.add_argument("--json", action="store_true", help="print JSON (the only format)")
    quiz = commands.add_parser("quiz", help="print the interest quiz's items")
    quiz.add_argument("--list", action="store_true", help="print the items: id, area, text")
    quiz.add_argument("--long", action="store_true", help="the long form (60 items, not 30)")
    quiz.add_argument("--json", action="store_true", help="print JSON (the only format)")
    match = commands.add_parser("match", help="occupations that fit six interest scores")
    match.add_argument(
        "--scores",
        required=True,
        metavar="R,I,A,S,E,C",
        help="the six area scores of the quiz, in RIASEC order (each 0-20 short form, 0-40 long)",
    )
    match.add_argument(
        "--job-zone",
        type=int,
        choices=range(1, 6),
        metavar="N",
        help="only occupations of this job zone: 1 (little or no preparation) to 5 (extensive)",
    )
    match.add_argument("--limit", type=int, default=20, help="at most this many (default 20)")
    match.add_argument("--json", action="store_true", help="print JSON (the only format)")
    report = commands.add_parser("report", help="write profile reports to a PDF file")
    report.add_argument("codes", nargs="+", metavar="CODE", help="one or more occupation codes")
    report.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FILE.pdf", help="the PDF file to write"
    )
    report.add_argument(
        "--html",
        action="store_true",
        help="write the report as an accessible web page instead (-o FILE.html)",
    )
    report.add_argument(
        "--sections",
        metavar="LIST",
        help="comma-separated, from quick,what,become,environment,pay,"
        "outlook,states,similar (default: all)",
    )
    report.add_argument("--state", metavar="XX", help="State Data for this state (TX)")
    report.add_argument(
        "--handout",
        action="store_true",
        help="a one-page handout per occupation (with --state: that state's median)",
    )
    report.add_argument(
        "--paper",
        default="letter",
        type=str.lower,
        choices=("letter", "a4"),
        help="paper size: letter or a4, in any case (default: letter)",
    )
    return parser


def _fail(message: str, code: int) -> int:
    say(message)
    return code


def _internal(error: InternalError, log: Path | None) -> int:
    where = f"see the log: {log}" if log is not None else "no log could be written"
    return _fail(f"internal error: {error} ({where})", 3)


def _log_internal_errors() -> Path | None:
    """Send logged errors to the program's log file only, never to stderr: the user sees
    one line; the traceback is kept for whoever fixes the bug. The file is created only
    when something is logged. Its path, or None where no log can be written."""
    import logging

    from explorer.logs import setup_logging

    return setup_logging(stderr_level=None, file_level=logging.ERROR)


def version_text(data: CareerData | None) -> str:
    """The app version and, where the database opened, its data releases."""
    lines = [f"Career Explorer {__version__}"]
    if data is not None:
        for source in data.sources():
            lines.append(f"  {source['title']}: {source['release']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the process exit code (130 after Ctrl+C, 143 after
    SIGTERM, without a traceback)."""
    try:
        quiet_signals()
        prepare_streams()
        return _main(argv)
    except KeyboardInterrupt:
        return INTERRUPTED
    except Terminated:
        return TERMINATED


def _main(argv: list[str] | None) -> int:
    from explorer.paths import default_database
    from explorer.system_libraries import message, missing_packages, no_display

    args = _parser().parse_args(argv)
    db_path = args.db or default_database()
    if args.smoke_test:
        from explorer.ui.smoke import run_smoke_test

        return run_smoke_test(db_path)
    if args.command is None and not args.version:
        packages = missing_packages()
        if packages:  # checked before Qt loads: Qt would abort with a core dump
            return _fail(message(packages), 4)
        nowhere = no_display()
        if nowhere:  # the same: Qt's xcb plugin aborts without a display
            return _fail(nowhere, 4)
        from explorer.ui.app import run_gui

        return run_gui(db_path)
    return _command(args, db_path)


def _command(args: argparse.Namespace, db_path: Path) -> int:
    """--version and the commands that print (or write a report), on the open database."""
    from explorer.data.db import DataError, InternalError
    from explorer.data.repository import CareerData
    from explorer.data.serialize import occupation_to_dict
    from explorer.quiz.command import items_json, run_match
    from explorer.quiz.engine import InterestQuiz
    from explorer.search.engine import search

    log = _log_internal_errors()
    try:
        data = CareerData(db_path)
    except DataError as error:
        if args.version:
            write_text(version_text(None))
        return _fail(str(error), 2)
    except InternalError as error:
        return _internal(error, log)
    try:
        if args.version:
            return write_text(version_text(data))
        if args.command == "report":
            from explorer.reports.command import run_report

            return run_report(
                data,
                args.codes,
                args.output,
                args.sections,
                args.state,
                args.paper,
                handout=args.handout,
                html=args.html,
            )
        if args.command == "show":
            code = data.resolve_code(args.code)
            occupation = data.occupation(code) if code else None
            if occupation is None:
                return _fail(f"unknown occupation code: {args.code!r}", 1)
            return write_json(occupation_to_dict(occupation))
        if args.command == "quiz":
            if not args.list:
                return _fail(
                    "quiz: add --list to print the items (the quiz is taken in the window)",
                    USAGE_ERROR,
                )
            return write_json(items_json(InterestQuiz(data), args.long))
        if args.command == "match":
            found = run_match(InterestQuiz(data), args.scores, args.job_zone, args.limit)
            if found.code:
                return _fail(found.message, found.code)
            return write_json(found.value)
        hits = search(data, args.text, limit=args.limit)
        return write_json([{"code": h.code, "title": h.title, "matched": h.matched} for h in hits])
    except DataError as error:
        return _fail(str(error), 2)
    except InternalError as error:
        return _internal(error, log)
    finally:
        data.close()


if __name__ == "__main__":
    sys.exit(main())
