"""`career-explorer compare` and `career-explorer plan`: a comparison as JSON or a PDF, and
My plan as a PDF, without opening a window.

Every mistake (fewer than two or more than four codes to compare, an unknown code,
a bad notes file, a folder that cannot be written) is one line on stderr and exit
1, and no file is written: the PDFs go through output.replacing, all or nothing.
"""

from __future__ import annotations

import argparse
import json
import sys

from explorer.console import write_json
from explorer.data.repository import CareerData
from explorer.profile.compare import (
    MAX_CAREERS,
    CompareError,
    build_comparison,
    check_count,
    comparison_json,
    resolve_codes,
)
from explorer.profile.registry import ReportError
from explorer.safe_text import quoted


def run_compare(data: CareerData, args: argparse.Namespace) -> int:
    """Print the comparison as JSON (--json) and/or write it as a PDF (-o); the exit code."""
    try:
        check_count(args.codes)
        if not args.json and args.output is None:
            raise CompareError("compare: add --json to print it or -o FILE.pdf to write it")
        if args.output is not None and args.output.suffix.lower() != ".pdf":
            raise CompareError(f"the output file must end in .pdf: {quoted(str(args.output))}")
        codes = resolve_codes(data, args.codes)
        comparison = build_comparison(data, codes, None, args.state)
        if args.output is not None:
            from explorer.reports import page_setup
            from explorer.reports.command import _application
            from explorer.reports.compare import write_comparison

            _application()
            pages = write_comparison(args.output, comparison, page_setup(data), args.paper)
            print(f"{args.output}: {pages} pages, {len(codes)} occupations", file=sys.stderr)
    except ReportError as error:
        return _fail(str(error))
    except OSError as error:
        return _fail(f"cannot write {quoted(str(args.output))}: {error.strerror or error}")
    return write_json(comparison_json(data, comparison)) if args.json else 0


def run_plan(data: CareerData, args: argparse.Namespace) -> int:
    """Write My plan for the codes given (notes from --notes-json); the exit code."""
    from explorer.reports.command import _application
    from explorer.reports.plan import PlanInput, write_plan

    try:
        if args.output.suffix.lower() != ".pdf":
            raise ReportError(f"the output file must end in .pdf: {quoted(str(args.output))}")
        # Codes as the database names them, so "29-1141" finds a note kept for "29-1141.00".
        notes = {
            _resolved(data, code): note
            for code, note in (_notes(args.notes_json) if args.notes_json else {}).items()
        }
        compare = (
            tuple(c.strip() for c in args.compare.split(",") if c.strip())
            if args.compare
            else tuple(args.codes[:MAX_CAREERS])
        )
        on_list = {_resolved(data, code) for code in args.codes}
        for code in compare:
            if _resolved(data, code) not in on_list:
                raise ReportError(f"--compare: {code} is not one of the list's codes")
        plan = PlanInput(
            data,
            tuple((code, notes.get(_resolved(data, code), "")) for code in args.codes),
            compare=compare,
            name=args.name,
            paper=args.paper,
        )
        _application()
        pages = write_plan(args.output, plan)
    except ReportError as error:
        return _fail(str(error))
    except OSError as error:
        return _fail(f"cannot write {quoted(str(args.output))}: {error.strerror or error}")
    count = len(args.codes)
    print(f"{args.output}: {pages} pages, {count} career{'s' * (count != 1)}")
    return 0


def _resolved(data: CareerData, code: str) -> str:
    """The code as the database names it (the text itself when it names none)."""
    return data.resolve_code(code) or code


def _notes(path: object) -> dict[str, str]:
    """Notes by code from a JSON object ({"29-1141.00": "visit a hospital"})."""
    try:
        with open(str(path), encoding="utf-8") as file:
            found = json.load(file)
    except (OSError, ValueError) as error:
        raise ReportError(f"cannot read the notes {quoted(str(path))}: {error}") from error
    if not isinstance(found, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in found.items()
    ):
        raise ReportError(f"the notes {quoted(str(path))} are not an object of texts by code")
    return found


def _fail(message: str) -> int:
    print(f"career-explorer: {message}", file=sys.stderr)
    return 1
