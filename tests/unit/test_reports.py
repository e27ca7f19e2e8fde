"""Printed reports: the PDF's text says what the database says, pages are numbered,
charts are drawn, and every command-line mistake is one line, exit 1, no file."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from explorer import reports
from explorer.data.repository import CareerData
from explorer.profile.blocks import OccupationReport, Section, Table
from explorer.profile.registry import SECTION_KEYS, parse_sections
from explorer.profile.sources import releases

from conftest import COMMITTED_DB

PRINTED_ON = date(2026, 11, 23)


@pytest.fixture
def gui_app(qapp):
    """The application painting needs: pytest-qt's, so that a later test that needs
    widgets finds a QApplication, not a bare QGuiApplication it cannot replace."""
    return qapp


def _pdf(
    data: CareerData,
    tmp_path: Path,
    codes: list[str],
    state: str | None = None,
    paper: str = "letter",
    sections: tuple[str, ...] = tuple(SECTION_KEYS),
) -> PdfReader:
    built = reports.build_reports(data, codes, sections, state)
    path = tmp_path / "report.pdf"
    reports.write_pdf(path, built, reports.page_setup(data, PRINTED_ON), paper)
    return PdfReader(path)


def _text(reader: PdfReader) -> str:
    return "\n".join(page.extract_text() for page in reader.pages)


def _flat(text: str) -> str:
    """Text with ligatures undone ("ﬁ") and runs of spaces and line breaks made one space."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))


def _db(sql: str, *params: object) -> list[tuple]:
    with sqlite3.connect(COMMITTED_DB) as connection:
        return connection.execute(sql, params).fetchall()


def test_medical_records_report_has_the_published_figures(
    gui_app, data: CareerData, tmp_path: Path
) -> None:
    reader = _pdf(data, tmp_path, ["29-2072.00"])
    text = _flat(_text(reader))
    pages = len(reader.pages)
    assert 2 <= pages <= 6
    median = _db(
        "SELECT annual_median FROM wage WHERE soc_code = '29-2072' AND area_code ="
        " '0000000' AND industry_code = '000000'"
    )[0][0]
    employment_2024, employment_2034 = _db(
        "SELECT employment_2024, employment_2034 FROM projection WHERE soc_code = '29-2072'"
    )[0]
    assert "Medical Records Specialists" in text and "29-2072.00" in text
    assert f"${median:,}" in text
    assert f"{employment_2024:,}" in text and f"{employment_2034:,}" in text
    assert "+7.1% (much faster than average)" in text
    for number in range(1, pages + 1):
        assert f"Page {number} of {pages}" in _flat(reader.pages[number - 1].extract_text())
    assert _flat(releases(data).attribution()[0]) in text and "How to cite this report" in text
    assert "Printed November 23, 2026" in text


def test_every_chart_is_in_the_file_as_drawing(gui_app, data: CareerData, tmp_path: Path) -> None:
    reader = _pdf(data, tmp_path, ["29-2072.00"], sections=("pay",))
    text = _flat(_text(reader))
    for title in (
        "Annual wages, May 2025",
        "Median annual wage compared, May 2025",
        "Best-paying industries, May 2025",
    ):
        assert title in text
    # Bars are vector rectangles in the page's content stream, not a picture.
    content = b"".join(page.get_contents().get_data() for page in reader.pages)
    assert content.count(b" re") >= 5 + 3 + 8
    images = [
        x.get_object().get("/Subtype")
        for page in reader.pages
        for x in page["/Resources"].get("/XObject", {}).values()
    ]
    assert "/Image" not in images


def test_actors_report_words_the_footnote(gui_app, data: CareerData, tmp_path: Path) -> None:
    text = _flat(_text(_pdf(data, tmp_path, ["27-2011.00"], state="CA")))
    assert "$29.05 an hour" in text
    assert "hourly wages only" in text
    assert "Actors in California" in text
    assert "BLS publishes only hourly wages for this occupation." in text


def test_legislators_report_says_not_available_never_zero(
    gui_app, data: CareerData, tmp_path: Path
) -> None:
    reader = _pdf(data, tmp_path, ["11-1031.00"], state="TX")
    text = _flat(_text(reader))
    assert 2 <= len(reader.pages) <= 6
    assert "not available (BLS publishes no wage estimate)" in text
    assert "Not available. BLS publishes no wage estimate for this occupation." in text
    assert "BLS publishes no state or area estimates for this occupation" in text
    assert "$0" not in text
    assert "27,700" in text and "28,600" in text  # its projections are published


def test_batch_has_contents_with_the_right_pages(gui_app, data: CareerData, tmp_path: Path) -> None:
    codes = ["29-2072.00", "27-2011.00", "11-1031.00", "15-1252.00", "47-2111.00"]
    reader = _pdf(data, tmp_path, codes)
    contents = _flat(reader.pages[0].extract_text())
    assert "Career profiles" in contents
    for code in codes:
        title = data.occupation(code).title
        page = int(re.search(re.escape(code) + r" (\d+)", contents).group(1))
        first_line = _flat(reader.pages[page - 1].extract_text().splitlines()[0])
        assert first_line.startswith(f"{title} ({code})"), (code, first_line)
        before = _flat(reader.pages[page - 2].extract_text().splitlines()[0])
        assert not before.startswith(f"{title} ({code})")  # it starts on a new page


def test_a_long_table_repeats_its_header_row(gui_app, data: CareerData, tmp_path: Path) -> None:
    rows = tuple((f"Row {n}", str(n)) for n in range(150))
    long = OccupationReport(
        "00-0000.00",
        "A long table",
        "test",
        (
            Section(
                "similar",
                "Similar Occupations",
                (Table(("Name", "Number"), rows, caption="Every row"),),
            ),
        ),
    )
    path = tmp_path / "long.pdf"
    reports.write_pdf(path, [long], reports.page_setup(data, PRINTED_ON))
    pages = [_flat(page.extract_text()) for page in PdfReader(path).pages]
    with_rows = [p for p in pages if "Row 1" in p]
    assert len(with_rows) >= 2
    assert all("Every row" in p and "Name Number" in p for p in with_rows)


def test_a4_paper(gui_app, data: CareerData, tmp_path: Path) -> None:
    reader = _pdf(data, tmp_path, ["29-2072.00"], paper="a4", sections=("quick",))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


def test_sections_are_parsed_and_checked() -> None:
    assert parse_sections("pay, outlook") == ("pay", "outlook")
    assert parse_sections(None) == tuple(SECTION_KEYS)
    with pytest.raises(reports.ReportError, match="unknown section"):
        parse_sections("pay,salary")


def _run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "explorer", *args], capture_output=True, text=True, timeout=120
    )


def test_cli_writes_a_report(tmp_path: Path) -> None:
    out = tmp_path / "class set.pdf"
    done = _run_cli(
        "report",
        "29-2072",
        "27-2011.00",
        "-o",
        str(out),
        "--sections",
        "quick,pay",
        "--state",
        "tx",
        "--paper",
        "a4",
    )
    assert done.returncode == 0, done.stderr
    assert "2 occupations" in done.stdout
    text = _flat(_text(PdfReader(out)))
    assert "Quick facts" in text and "Pay" in text and "State Data" not in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["99-9999"], "unknown occupation code: '99-9999'"),
        (["29-2072", "--sections", "pay,salary"], "unknown section salary"),
        (["29-2072", "--state", "ZZ"], "unknown state: 'ZZ'"),
    ],
)
def test_cli_mistakes_are_one_line_and_leave_no_file(
    tmp_path: Path, args: list[str], message: str
) -> None:
    out = tmp_path / "report.pdf"
    done = _run_cli("report", *args[:1], "-o", str(out), *args[1:])
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and message in done.stderr
    assert list(tmp_path.iterdir()) == []


def test_cli_unwritable_path_is_one_line_and_leaves_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    done = _run_cli("report", "29-2072", "-o", str(blocker / "report.pdf"))
    assert done.returncode == 1
    assert done.stderr.startswith("career-explorer: cannot write")
    assert done.stderr.count("\n") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]


def test_a_failed_write_keeps_the_old_file(
    gui_app, data: CareerData, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "report.pdf"
    out.write_bytes(b"the report printed yesterday")
    built = reports.build_reports(data, ["29-2072.00"], ("quick",))

    def broken(*_args: object, **_kwargs: object) -> int:
        raise OSError("disk full")

    monkeypatch.setattr(reports, "render", broken)
    with pytest.raises(OSError):
        reports.write_pdf(out, built, reports.page_setup(data, PRINTED_ON))
    assert out.read_bytes() == b"the report printed yesterday"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


def test_the_chart_handler_is_disconnected_before_the_document_goes(
    gui_app, data: CareerData, tmp_path: Path
) -> None:
    """Destroyed in a worker thread while the chart handler (a Python object) is still
    connected to it, the layout would ask the handler through Python while holding one of
    Qt's connection locks: the window's thread, holding Python's lock and waiting for that
    Qt lock, deadlocked once in 40 exports. A part lets go of the connection first."""
    from PySide6.QtCore import SIGNAL
    from PySide6.QtGui import QPdfWriter

    writer = QPdfWriter(str(tmp_path / "unused.pdf"))
    reports.set_paper(writer, "letter")
    built = reports.build_reports(data, ["29-2072.00"], ("pay",))
    (part,) = reports.ReportDocument(built, writer, reports.page_setup(data)).parts
    handler = part._handler
    assert handler.receivers(SIGNAL("destroyed(QObject*)")) == 1  # the layout's
    part.__del__()  # what deleting the part runs first
    assert handler.receivers(SIGNAL("destroyed(QObject*)")) == 0
