"""Printing from the window: the options dialog, Print, Print Preview and Export PDF of
the open profile or of a selection, the progress dialog and what each failure says."""

from __future__ import annotations

import re
import time
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog

from explorer import reports
from explorer.admin_defaults import AdminDefaults
from explorer.profile.registry import SECTION_KEYS
from explorer.ui import settings as user_settings
from explorer.ui.main_window import MainWindow
from explorer.ui.printing.dialog import ReportOptions, ReportOptionsDialog
from explorer.ui.printing.file_names import pdf_file_name

pytest_plugins = ["printing_fixtures"]

MEDICAL_RECORDS = "29-2072.00"
ALL = ReportOptions()


def _text(path: Path) -> list[str]:
    """Each page's text, ligatures undone ("ﬁ") and runs of white space made one space."""
    return [
        " ".join(unicodedata.normalize("NFKC", page.extract_text()).split())
        for page in PdfReader(path).pages
    ]


def _select_rows(window: MainWindow, rows: range) -> None:
    model = window.table.selectionModel()
    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    for row in rows:
        model.select(window.proxy.index(row, 0), flags)
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows


# -- the options dialog --------------------------------------------------------------------


def test_options_dialog_defaults_home_state_and_no_section_disables_ok(
    qtbot, window: MainWindow
) -> None:
    window.settings.setValue(user_settings.HOME_STATE, "TX")
    dialog = ReportOptionsDialog(window.settings, ["Actors"], admin=AdminDefaults())
    qtbot.addWidget(dialog)
    assert dialog.options() == ReportOptions(tuple(SECTION_KEYS), "TX", "letter")
    assert dialog.paper.currentText().startswith("Letter")
    assert dialog.ok_button.isEnabled()
    for box in dialog.checks.values():
        box.setChecked(False)
    assert not dialog.ok_button.isEnabled() and dialog.options().sections == ()
    assert not dialog.state.isEnabled()  # no State Data, no state to choose
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # &Pay
    qtbot.waitUntil(lambda: dialog.options().sections == ("pay",))  # an animated click
    assert dialog.ok_button.isEnabled()


def test_options_dialog_remembers_the_last_choices(qtbot, window: MainWindow) -> None:
    first = ReportOptionsDialog(window.settings, ["Actors"], admin=AdminDefaults())
    qtbot.addWidget(first)
    for key, box in first.checks.items():
        box.setChecked(key in ("quick", "states"))
    first.state.setCurrentIndex(first.state.findData(""))
    first.paper.setCurrentIndex(first.paper.findData("a4"))
    first.accept()
    window.settings.setValue(user_settings.HOME_STATE, "TX")
    again = ReportOptionsDialog(window.settings, ["Actors"], admin=AdminDefaults())
    qtbot.addWidget(again)
    assert again.options() == ReportOptions(("quick", "states"), None, "a4")


def test_options_dialog_follows_a_locked_administrator_paper_size(
    qtbot, window: MainWindow
) -> None:
    window.settings.setValue(user_settings.REPORT_PAPER, "letter")
    admin = AdminDefaults(
        values={"paper_size": "a4", "home_state": "OH"}, locked=frozenset({"paper_size"})
    )
    dialog = ReportOptionsDialog(window.settings, ["Actors"], admin=admin)
    qtbot.addWidget(dialog)
    assert dialog.options().paper == "a4" and not dialog.paper.isEnabled()
    assert dialog.options().state == "OH"


def test_options_dialog_access_keys_are_unique(qtbot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    dialog = ReportOptionsDialog(window.settings, ["A", "B"], admin=AdminDefaults())
    qtbot.addWidget(dialog)
    texts = [w.text() for w in dialog.findChildren(QAbstractButton)]
    texts += [w.text() for w in dialog.findChildren(QLabel) if w.buddy() is not None]
    texts += ["&OK", "&Cancel"]  # what many desktops call the standard buttons
    keys = [t[t.index("&") + 1].lower() for t in set(texts) if "&" in t.replace("&&", "")]
    assert len(keys) == len(set(keys)) == len(SECTION_KEYS) + 5, sorted(keys)


# -- the window's menu -------------------------------------------------------------------


def test_file_menu_items_act_on_the_open_profile(window: MainWindow) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions() if not a.isSeparator()]
    assert texts == [
        "&Print…",
        "Print Pre&view…",
        "&Export PDF…",
        "Save as &Web Page…",
        "Print &Selected Occupations…",
        "Export Se&lected as PDF…",
        "Save Selected as Web Pa&ge…",
        "Add to &My list",
        "Save m&y list…",
        "&Open my list…",
        "P&rint my list…",
        "Export my list as P&DF…",
        "Save my pl&an as PDF…",
        "&Quit",
    ]
    keys = [t[t.index("&") + 1].lower() for t in texts]
    assert len(keys) == len(set(keys))
    assert window.export_action.shortcut().toString() == "Ctrl+Shift+E"
    assert not window.print_action.isEnabled() and not window.export_action.isEnabled()
    assert window.open_profile(MEDICAL_RECORDS)
    assert window.print_action.isEnabled() and window.preview_action.isEnabled()


def test_export_pdf_of_the_open_profile(
    qtbot,
    window: MainWindow,
    tmp_path: Path,
    save_as: dict,
    messages: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert window.open_profile(MEDICAL_RECORDS)
    monkeypatch.setattr(ReportOptionsDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    save_as["answer"] = tmp_path / "mine"  # no extension typed
    window.export_action.trigger()
    suggested = Path(str(save_as["suggested"]))
    assert suggested.name == "Medical Records Specialists.pdf"
    path = tmp_path / "mine.pdf"
    pages = _text(path)
    assert "Medical Records Specialists" in pages[0] and len(pages) >= 2
    assert messages == []
    assert window.statusBar().currentMessage() == f"Saved {path} ({len(pages)} pages)."


def test_export_to_writes_the_title_on_the_first_page(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "one.pdf"
    pages = window.reports.export_to(path, [MEDICAL_RECORDS], ALL)
    text = _text(path)
    assert pages == len(text) >= 2
    assert text[0].count("Medical Records Specialists") >= 2  # the running header and title


def test_batch_export_of_a_results_selection_has_a_contents_page(
    qtbot,
    window: MainWindow,
    tmp_path: Path,
    save_as: dict,
    messages: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    qtbot.keyClicks(window.search_box, "nurse")
    qtbot.waitUntil(
        lambda: window._last_result is not None and window._last_result.query == "nurse",
        timeout=5000,
    )
    _select_rows(window, range(5))
    codes = window.selected_codes()
    titles = [window._by_code[code].title for code in codes]
    assert len(codes) == 5 and titles[0] == window.proxy.index(0, 0).data()
    assert window.export_selected_action.isEnabled()
    save_as["answer"] = tmp_path / "class set.pdf"
    monkeypatch.setattr(ReportOptionsDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    window.export_selected_action.trigger()
    assert Path(str(save_as["suggested"])).name == "Career profiles (5).pdf"
    assert messages == []
    pages = _text(tmp_path / "class set.pdf")
    contents = pages[0]
    assert "Career profiles" in contents and "5 occupations" in contents
    for title, code in zip(titles, codes, strict=True):
        start = int(re.search(re.escape(f"{title} {code} ") + r"(\d+)", contents).group(1))
        assert pages[start - 1].startswith(f"{title} ({code})"), (title, start)
    # The selection still leaves Enter and double-click opening one profile.
    rect = window.table.visualRect(window.proxy.index(2, 0))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.profile.code == codes[2]


def test_recent_list_selection_is_printed_when_it_has_the_focus(qtbot, window: MainWindow) -> None:
    for code in ("27-2011.00", "29-1141.00", MEDICAL_RECORDS):
        window.open_profile(code)
    window.table.selectRow(0)
    view = window.recent_list
    for row in (2, 0):  # Actors, then Medical Records Specialists, with Ctrl held
        rect = view.visualRect(window.recent_model.index(row, 0))
        qtbot.mouseClick(
            view.viewport(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.ControlModifier,
            rect.center(),
        )
    assert window.profile.code == MEDICAL_RECORDS  # Ctrl+click selects, does not open
    assert view.hasFocus()
    assert window.selected_codes() == [MEDICAL_RECORDS, "27-2011.00"]
    window.table.setFocus()
    assert window.selected_codes() == [window.proxy.index(0, 0).data(Qt.ItemDataRole.UserRole + 1)]


# -- progress and failures ------------------------------------------------------------------


@pytest.mark.parametrize("label", ["Preparing", "Writing page"])
def test_cancelling_the_progress_leaves_no_file(
    cancel_when, window: MainWindow, tmp_path: Path, label: str
) -> None:
    codes = [window.catalog[n].code for n in range(0, 500, 100)]
    out = tmp_path / "out"
    out.mkdir()
    timer = cancel_when(window.reports, label)
    with pytest.raises(reports.ReportCancelled):
        window.reports.export_to(out / "batch.pdf", codes, ALL)
    timer.stop()
    assert list(out.iterdir()) == []
    assert window.reports.progress is None


def test_an_unwritable_path_says_why_and_leaves_nothing(
    window: MainWindow, tmp_path: Path, save_as: dict, messages: list[str]
) -> None:
    regular = tmp_path / "notes.txt"
    regular.write_text("not a folder")
    target = regular / "report.pdf"
    save_as["answer"] = target
    assert window.reports.export_pdf([MEDICAL_RECORDS], ALL) == 0
    assert len(messages) == 1
    assert str(target) in messages[0] and "Not a directory" in messages[0]
    # The window's own settings folder may or may not exist yet; nothing else may.
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "settings") == ["notes.txt"]


def test_print_without_a_printer_says_so_and_export_still_works(
    window: MainWindow, tmp_path: Path, messages: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QPrinterInfo, "availablePrinters", staticmethod(lambda: []))
    monkeypatch.setattr(ReportOptionsDialog, "exec", lambda self: pytest.fail("no dialog"))
    assert window.open_profile(MEDICAL_RECORDS)
    window.print_action.trigger()
    assert len(messages) == 1 and "No printer is installed" in messages[0]
    assert "Export PDF" in messages[0]
    assert window.reports.export_to(tmp_path / "fallback.pdf", [MEDICAL_RECORDS], ALL) >= 2


def test_print_selected_without_a_printer_points_to_export_selected(
    window: MainWindow, messages: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """With no profile open, File > Export PDF… is greyed out: name the item that works."""
    monkeypatch.setattr(QPrinterInfo, "availablePrinters", staticmethod(lambda: []))
    _select_rows(window, range(2))
    window.printing.print_selected_action.trigger()
    assert len(messages) == 1 and "Export Selected as PDF" in messages[0]


def test_print_goes_through_the_print_dialog_to_the_printer(
    window: MainWindow, tmp_path: Path, messages: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "printed.pdf"

    def choose(dialog: QPrintDialog) -> int:
        # Instead of the lab's printer, a file: the test must not spool a job.
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(out))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrinterInfo, "availablePrinters", staticmethod(lambda: [QPrinterInfo()]))
    monkeypatch.setattr(QPrintDialog, "exec", choose)
    assert window.reports.print_reports([MEDICAL_RECORDS], ReportOptions(paper="a4"))
    reader = PdfReader(out)
    assert len(reader.pages) >= 2 and messages == []
    width = float(reader.pages[0].mediabox.width)
    assert abs(width - 595) < 2  # A4, as chosen
    assert window.statusBar().currentMessage().startswith(f"Saved {len(reader.pages)} pages")


# -- preview ----------------------------------------------------------------------------------


def test_render_to_a_pdf_printer_paints_every_page(window: MainWindow, tmp_path: Path) -> None:
    out = tmp_path / "preview.pdf"
    printer = window.reports.new_printer([MEDICAL_RECORDS], ALL)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    pages = window.reports.render_to(printer, [MEDICAL_RECORDS], ALL)
    text = _text(out)
    assert pages == len(text) >= 2
    assert "Medical Records Specialists" in text[0] and f"Page {pages} of {pages}" in text[-1]
    assert abs(float(PdfReader(out).pages[0].mediabox.width) - 612) < 2  # Letter


def test_preview_paints_what_the_preview_dialog_asks_for(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "preview.pdf"

    def show(dialog: QPrintPreviewDialog) -> int:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        dialog.paintRequested.emit(printer)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintPreviewDialog, "exec", show)
    assert window.reports.preview_reports([MEDICAL_RECORDS, "27-2011.00"], ALL)
    text = _text(out)
    assert len(text) >= 3 and "Career profiles" in text[0]


def test_file_names_from_titles() -> None:
    assert pdf_file_name(["Medical Records Specialists"]) == "Medical Records Specialists.pdf"
    assert pdf_file_name(["A/B: C?"]) == "A B C.pdf"
    assert pdf_file_name(["x"] * 5) == "Career profiles (5).pdf"
    assert pdf_file_name(["x"] * 5, handout=True) == "Handouts (5).pdf"
    assert pdf_file_name(["Welders"], handout=True) == "Welders handout.pdf"


@pytest.mark.slow
def test_a_class_set_of_100_occupations_within_20_seconds(
    window: MainWindow, tmp_path: Path
) -> None:
    """50 occupations took 37–53 s and 100 took 438 s (issue 13)."""
    codes = [row.code for row in window.catalog[:: len(window.catalog) // 100][:100]]
    started = time.perf_counter()
    pages = window.reports.export_to(tmp_path / "100.pdf", codes, ALL)
    elapsed = time.perf_counter() - started
    assert elapsed <= 20, elapsed
    assert pages >= 100 * 3


@pytest.mark.parametrize("abbr", ["GU", "VI"])
def test_export_pdf_with_a_territory_writes_its_state_data(
    window: MainWindow, tmp_path: Path, abbr: str
) -> None:
    """Guam and the Virgin Islands once made File > Export PDF write nothing at all."""
    path = tmp_path / f"{abbr}.pdf"
    pages = window.reports.export_to(path, ["27-2011.00"], ReportOptions(("states",), abbr))
    assert pages >= 1 and path.is_file()
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)
    name = {"GU": "Guam", "VI": "Virgin Islands"}[abbr]
    assert f"Actors in {name}" in text
    box = ReportOptionsDialog(window.settings, ["Actors"], window)
    assert box.state.findData(abbr) >= 0  # the dialog offers it too
