"""The comparison window, driven as a student would: select careers in the results, Compare,
read the table (best values marked in words), show a chart as a table, open a career by its
name, and export the comparison as a PDF."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont

from explorer.ui import announce
from explorer.ui.browse.results_model import CODE_ROLE
from explorer.ui.compare.model import BEST_ROLE, CompareModel
from explorer.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).parent))
from layout_check import layout_problems

NURSES, ACTORS, CHIEFS, DEVELOPERS = "29-1141.00", "27-2011.00", "11-1011.00", "15-1252.00"


def _click_row(qtbot, window: MainWindow, row: int, add: bool) -> None:
    rect = window.table.visualRect(window.proxy.index(row, 0))
    modifier = Qt.KeyboardModifier.ControlModifier if add else Qt.KeyboardModifier.NoModifier
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def test_compare_is_enabled_for_two_to_four_selected_and_opens_them(
    qtbot, window: MainWindow
) -> None:
    qtbot.keyClicks(window.search_box, "nurse")
    qtbot.waitUntil(lambda: window.search.last_result is not None, timeout=10_000)
    action = window.compare.action
    _click_row(qtbot, window, 0, add=False)
    assert not action.isEnabled()  # one career: nothing to compare
    for row in range(1, 5):
        _click_row(qtbot, window, row, add=True)
        assert action.isEnabled() == (row + 1 <= 4), row
    window.activateWindow()
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.table, Qt.Key.Key_C, ctrl_shift)  # five: says why not
    assert window.statusBar().currentMessage().startswith("Select two to four occupations")
    assert window.compare.window is None
    _click_row(qtbot, window, 4, add=True)  # back to four
    assert action.isEnabled()
    assert action in window.table.actions()  # the results' context menu
    codes = [str(window.proxy.index(r, 0).data(CODE_ROLE)) for r in range(4)]
    window.activateWindow()
    qtbot.keyClick(
        window.table,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: window.compare.window is not None, timeout=5000)
    compare = window.compare.window
    qtbot.waitUntil(compare.isVisible, timeout=5000)
    assert [c.code for c in compare.comparison.careers] == codes
    assert compare.model.columnCount() == 5


@pytest.fixture
def compare(qtbot, window: MainWindow):
    assert window.open_comparison([NURSES, ACTORS, CHIEFS, DEVELOPERS])
    shown = window.compare.window
    qtbot.waitUntil(shown.isVisible, timeout=5000)
    yield shown
    shown.close()


def test_table_marks_the_best_in_words_and_bold(qtmodeltester, compare) -> None:
    model = compare.model
    qtmodeltester.check(model)
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    annual = rows["Median pay, annual, May 2025"]
    chiefs = model.index(annual, 3)
    assert chiefs.data().endswith("★ highest") and chiefs.data(BEST_ROLE) is True
    assert isinstance(chiefs.data(Qt.ItemDataRole.FontRole), QFont)
    assert chiefs.data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(annual, 2).data() == "hourly wages only"  # Actors, BLS's words
    education = rows["Typical education needed to enter"]
    assert not any(model.index(education, c).data(BEST_ROLE) for c in range(1, 5))
    header = model.headerData(1, Qt.Orientation.Horizontal)
    assert header.replace("\n", " ").startswith("A · Registered Nurses")


def test_empty_model_passes_the_model_tester(qtmodeltester) -> None:
    qtmodeltester.check(CompareModel())


def test_every_figure_shows_whole_with_no_sideways_scrolling(qtbot, compare) -> None:
    table = compare.table
    qtbot.waitUntil(lambda: table.height() > 400, timeout=5000)
    assert not table.horizontalScrollBar().isVisible()
    total = sum(table.rowHeight(r) for r in range(compare.model.rowCount()))
    assert table.viewport().height() >= total  # the window scrolls, not the table
    for row in range(compare.model.rowCount()):
        for column in range(compare.model.columnCount()):
            index = compare.model.index(row, column)
            needed = table.sizeHintForIndex(index).height()
            assert table.rowHeight(row) >= needed - 1, (row, column)


def test_long_titles_wrap_in_their_headings_and_nothing_is_cut_short(
    qtbot, window: MainWindow
) -> None:
    longest = sorted(window.catalog, key=lambda row: -len(row.title))[:4]
    assert window.open_comparison([row.code for row in longest])
    compare = window.compare.window
    qtbot.waitUntil(compare.isVisible, timeout=5000)
    for width in (790, 640):
        compare.resize(width, 600)
        qtbot.waitUntil(lambda w=width: compare.table.width() < w, timeout=5000)
        # The headings are wrapped again once the columns have their new widths.
        qtbot.waitUntil(lambda: layout_problems(compare) == [], timeout=5000)
        heading = compare.model.headerData(1, Qt.Orientation.Horizontal)
        assert heading.count("\n") >= 2 and heading.replace("\n", " ").startswith("A · Grinding")
    compare.close()


def test_each_chart_shows_as_a_table(qtbot, compare) -> None:
    for panel, rows in ((compare.pay_panel, 5), (compare.interest_panel, 6)):
        assert not panel.showing_table()
        qtbot.mouseClick(panel.toggle, Qt.MouseButton.LeftButton)
        assert panel.showing_table()
        assert panel.table_model.rowCount() == rows
        assert panel.table_model.columnCount() == 5  # the category and one per career
    assert compare.pay_panel.table_model.index(0, 2).data() == "hourly wages only"


def test_clicking_a_careers_name_opens_its_profile(qtbot, window: MainWindow, compare) -> None:
    header = compare.table.horizontalHeader()
    x = header.sectionViewportPosition(2) + header.sectionSize(2) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    qtbot.waitUntil(lambda: window._profile is not None and window._profile.code == ACTORS)


def test_enter_on_a_cell_opens_that_careers_profile(qtbot, window: MainWindow, compare) -> None:
    table = compare.table
    table.setFocus()
    table.setCurrentIndex(compare.model.index(0, 4))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window._profile is not None and window._profile.code == DEVELOPERS)


def test_export_pdf_writes_the_two_landscape_pages(
    qtbot, compare, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "compare.pdf"
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName",
        lambda *_args, **_kw: (str(out), "PDF (*.pdf)"),
    )
    announce.heard.clear()
    qtbot.mouseClick(compare.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(out.exists, timeout=10_000)
    # "Saved … (2 pages)." is said to a screen reader, as the main window's is.
    assert announce.heard and announce.heard[-1][1].startswith("Saved ")
    assert str(out) in announce.heard[-1][1]
    reader = PdfReader(out)
    assert len(reader.pages) == 2
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    assert "Registered" in text and "Page 2 of 2" in text


@pytest.mark.parametrize("codes", [[NURSES], [NURSES, "99-9999.00"], [NURSES] * 2, [NURSES] * 5])
def test_wrong_requests_open_nothing(window: MainWindow, codes) -> None:
    assert window.open_comparison(list(codes)) is False
    assert window.compare.window is None


def test_a_home_state_adds_its_median(qtbot, window: MainWindow) -> None:
    from explorer.ui import settings as user_settings

    user_settings.home_state.write(window.settings, "TX")
    assert window.open_comparison([NURSES, ACTORS])
    model = window.compare.window.model
    labels = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert "Median pay in Texas" in labels
    window.compare.window.close()


def test_print_turns_the_printers_pages_landscape(compare, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert compare._print_to(printer)  # what Print and Print preview paint
    pages = PdfReader(tmp_path / "printed.pdf").pages
    assert len(pages) == 2
    assert all(p.mediabox.width > p.mediabox.height for p in pages)


def test_export_suggests_a_file_in_documents_even_for_a_title_with_a_slash(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "Water/Wastewater Engineers" made "Compare-Water/Wastewater-…": a folder that is not
    # there, and a bare name started the dialog in the working directory.
    from explorer.ui.printing.file_names import documents_folder

    assert window.open_comparison(["17-2051.02", NURSES])
    suggested: list[str] = []

    def ask(_parent, _title, where, _kinds, *_args, **_kw):
        suggested.append(where)
        return "", ""

    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", ask)
    assert window.compare.window.export_pdf() is None
    [where] = suggested
    assert Path(where).parent == documents_folder()
    assert Path(where).name == "Compare-Water-Wastewater-Engineers-Registered-Nurses.pdf"
    window.compare.window.close()


def test_print_with_no_printer_points_to_export_pdf(
    compare, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As the main window's Print: no printer, one line naming Export PDF, and no print
    # dialog whose "Print to File" would write a PDF outside the all-or-nothing write.
    from PySide6.QtPrintSupport import QPrintDialog, QPrinterInfo
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QPrinterInfo, "availablePrinters", staticmethod(lambda: []))
    dialogs: list[object] = []
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: dialogs.append(dialog) or 0)
    said: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda _p, _t, text, *_a: said.append(text))
    )
    assert not compare.print_comparison()
    assert dialogs == []
    [text] = said
    assert "No printer" in text and "Export PDF" in text
