"""Readers for the raw source formats: O*NET tab-separated text and BLS workbooks.

Each reader yields plain dicts keyed by the file's own column headings, so the
per-source modules can name columns exactly as the publisher does.
"""

from __future__ import annotations

import csv
import hashlib
import html
import re
from collections.abc import Iterator
from pathlib import Path

from openpyxl import load_workbook

#: An HTML tag: "<" followed by a letter or "/" ("<b>", "</p>"), never "< 5".
TAG = re.compile(r"<[A-Za-z/][^<>]*>")
#: What the stored text may never hold: an HTML entity or the start of a tag.
MARKUP = re.compile(r"&[A-Za-z#0-9]+;|<[A-Za-z/]")

#: What BLS workbooks write in a cell that has no figure.
BLS_MISSING = {"—", "-", "–", "", None}


class SourceError(Exception):
    """A source file is missing or not in the layout the build expects."""


def require(path: Path) -> Path:
    """Return path, or raise SourceError naming the missing file."""
    if not path.is_file():
        raise SourceError(f"source file not found: {path}")
    return path


def sha256_of(*paths: Path) -> str:
    """SHA-256 of the files' bytes, in order (one hash for a set of input files)."""
    digest = hashlib.sha256()
    for path in paths:
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()


def clean_text(value: str) -> str:
    """Source text as plain text: HTML entities decoded ("physicians&rsquo; offices"
    becomes "physicians’ offices", twice-escaped ones too), tags removed, and runs
    of whitespace folded to one space, stripped at both ends."""
    if "&" in value:
        for _ in range(3):
            decoded = html.unescape(value)
            if decoded == value:
                break
            value = decoded
    if "<" in value:
        value = TAG.sub(" ", value)
    return " ".join(value.split())


def _clean_cells(row: dict[str, object]) -> dict[str, object]:
    return {k: clean_text(v) if isinstance(v, str) else v for k, v in row.items()}


def read_tsv(path: Path) -> Iterator[dict[str, str]]:
    """Rows of an O*NET tab-separated file, keyed by its header line; text cleaned
    (clean_text)."""
    with open(require(path), encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            yield {k: clean_text(v) if isinstance(v, str) else v for k, v in row.items()}


def read_csv(path: Path) -> Iterator[dict[str, str]]:
    """Rows of a comma-separated file with a header line; text cleaned (clean_text)."""
    with open(require(path), encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            yield {k: clean_text(v) if isinstance(v, str) else v for k, v in row.items()}


def read_sheet(
    path: Path, sheet: str, header_row: int = 2, formulas: bool = False
) -> Iterator[dict[str, object]]:
    """Data rows of a BLS table sheet, keyed by the header row (1-based).

    BLS tables put a title in row 1 and headings in row 2, and end with
    footnote lines whose code column is empty; those are skipped. Heading
    text is stripped so a trailing space in a BLS heading does not matter.
    With formulas, a cell holding a formula (BLS's =HYPERLINK links) is read
    as its formula text instead of its cached value.
    """
    workbook = load_workbook(require(path), read_only=True, data_only=not formulas)
    try:
        if sheet not in workbook.sheetnames:
            raise SourceError(f"{path.name}: sheet {sheet!r} not found")
        rows = workbook[sheet].iter_rows(values_only=True)
        header: list[str] = []
        for number, row in enumerate(rows, start=1):
            if number < header_row:
                continue
            if number == header_row:
                header = [str(cell).strip() if cell is not None else "" for cell in row]
                continue
            if not row or row[1] in BLS_MISSING:
                continue
            yield _clean_cells(
                {name: value for name, value in zip(header, row, strict=False) if name}
            )
    finally:
        workbook.close()


def read_header_sheet(path: Path) -> Iterator[dict[str, object]]:
    """Rows of the first sheet of a workbook whose first row is a header.

    Headings are lower-cased: the OEWS national files spell them both ways.
    """
    workbook = load_workbook(require(path), read_only=True, data_only=True)
    try:
        rows = workbook.worksheets[0].iter_rows(values_only=True)
        header = [str(cell).strip().lower() if cell is not None else "" for cell in next(rows)]
        for row in rows:
            if row and any(cell is not None for cell in row):
                yield _clean_cells(dict(zip(header, row, strict=False)))
    finally:
        workbook.close()


def bls_number(value: object) -> float | None:
    """A BLS workbook cell as a number, or None where BLS shows no figure."""
    if value in BLS_MISSING:
        return None
    if isinstance(value, int | float):
        return float(value)
    text = str(value).replace(",", "").strip()
    try:
        return float(text)
    except ValueError:
        return None


def thousands_to_persons(value: object) -> int | None:
    """BLS projections count in thousands with one decimal: 194.8 -> 194,800."""
    number = bls_number(value)
    return None if number is None else round(number * 1000)


def clean_title(value: object) -> str:
    """A BLS title without its indentation and footnote marks ("Chief executives[1]")."""
    text = str(value or "").strip()
    while text.endswith("]") and "[" in text:
        text = text[: text.rindex("[")].rstrip()
    return text
