"""From the window: "Handout (one page)" in the print options (Export PDF, Print and Print
Preview of one occupation or a selection) and File > Save as Web Page, driven through
the real options dialog with the mouse and the keyboard (issue 13 items 2 and 5)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt, QTimer
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QDialog, QStyle

from explorer import reports
from explorer.profile.registry import SECTION_KEYS
from explorer.ui import settings as user_settings
from explorer.ui.main_window import MainWindow
from explorer.ui.printing.dialog import ReportOptions, ReportOptionsDialog
from web_outline import outline

pytest_plugins = ["printing_fixtures"]

NURSES = "29-1141.00"
HANDOUT = ReportOptions(handout=True, state="TX")


def _pages(path: Path) -> list[str]:
    return [
        " ".join(unicodedata.normalize("NFKC", page.extract_text()).split())
        for page in PdfReader(path).pages
    ]


def _search_and_select(qtbot, window: MainWindow, query: str, count: int) -> list[str]:
    qtbot.keyClicks(window.search_box, query)
    qtbot.waitUntil(
        lambda: window._last_result is not None and window._last_result.query == query,
        timeout=5000,
    )
    model = window.table.selectionModel()
    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    for row in range(count):
        model.select(window.proxy.index(row, 0), flags)
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    return window.selected_codes()


def _answer_options(qtbot, handout: bool | None, seen: dict[str, object]) -> QTimer:
    """Once the options dialog is up, tick "Handout (one page)" with a click (unless
    handout is None: leave it), note what the dialog offered in seen, then press OK."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ReportOptionsDialog) or not dialog.isVisible():
            return
        timer.stop()
        seen["offered"] = not dialog.handout.isHidden()
        if handout is not None and dialog.handout.isChecked() != handout:
            box = dialog.handout  # a click on its box, at the left (the row is wider)
            at = QPoint(
                box.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) // 2 + 1,
                box.height() // 2,
            )
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=at)
        seen["sections_enabled"] = dialog.sections_group.isEnabled()
        seen["options"] = dialog.options()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(act)
    timer.start()
    return timer


def test_handout_export_of_a_selection_of_three(
    qtbot, window: MainWindow, tmp_path: Path, save_as: dict, messages: list[str]
) -> None:
    codes = _search_and_select(qtbot, window, "nurse", 3)
    titles = [window._by_code[code].title for code in codes]
    assert len(codes) == 3
    save_as["answer"] = tmp_path / "handouts.pdf"
    seen: dict[str, object] = {}
    timer = _answer_options(qtbot, True, seen)
    window.export_selected_action.trigger()
    timer.stop()
    assert seen["offered"] and not seen["sections_enabled"], seen
    assert messages == []
    assert str(save_as["suggested"]).endswith("Handouts (3).pdf")
    pages = _pages(tmp_path / "handouts.pdf")
    assert len(pages) == 3
    for page, title, code in zip(pages, titles, codes, strict=True):
        assert page.startswith(title) and code in page, (title, page[:80])
        assert "CC BY 4.0" in page
    assert window.statusBar().currentMessage().endswith("(3 pages).")
    # Remembered for next time, like the other choices.
    again = ReportOptionsDialog(window.settings, titles, window)
    qtbot.addWidget(again)
    assert again.handout.isChecked() and again.options().handout
    assert user_settings.report_handout.read(window.settings) is True


def test_handout_key_toggles_and_ok_needs_no_section(qtbot, window: MainWindow) -> None:
    dialog = ReportOptionsDialog(window.settings, ["Actors"], window)
    qtbot.addWidget(dialog)
    for box in dialog.checks.values():
        box.setChecked(False)
    assert not dialog.ok_button.isEnabled()
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)  # &Handout
    qtbot.waitUntil(lambda: dialog.options().handout)
    assert dialog.ok_button.isEnabled() and not dialog.sections_group.isEnabled()
    assert dialog.state.isEnabled()  # the handout shows the chosen state's median


def test_handout_of_the_open_profile_prints_one_page(
    window: MainWindow, tmp_path: Path, messages: list[str]
) -> None:
    out = tmp_path / "printed.pdf"
    printer = window.reports.new_printer([NURSES], HANDOUT)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    assert window.reports.render_to(printer, [NURSES], HANDOUT) == 1
    (page,) = _pages(out)
    assert page.startswith("Registered Nurses") and "Median pay in Texas" in page


def test_print_preview_draws_the_handouts(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "preview.pdf"
    steps: list[str] = []

    def show(dialog: QPrintPreviewDialog) -> int:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        reports.set_paper(printer, "a4")
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        dialog.paintRequested.emit(printer)
        return QDialog.DialogCode.Accepted

    from explorer.ui.printing import job

    real = job.JobProgress.step

    def record(self, step):
        steps.append(step.text())
        return real(self, step)

    monkeypatch.setattr(job.JobProgress, "step", record)
    monkeypatch.setattr(QPrintPreviewDialog, "exec", show)
    codes = [NURSES, "27-2011.00"]
    assert window.reports.preview_reports(codes, HANDOUT)
    pages = _pages(out)
    assert len(pages) == 2
    assert pages[0].startswith("Registered Nurses") and pages[1].startswith("Actors")
    assert "Drawing page 2 of 2…" in steps  # the preview's pages show their progress


def test_cancelling_a_handout_export_leaves_nothing(
    cancel_when, window: MainWindow, tmp_path: Path
) -> None:
    codes = [window.catalog[n].code for n in range(0, 500, 50)]
    out = tmp_path / "out"
    out.mkdir()

    timer = cancel_when(window.reports, "Laying out")
    with pytest.raises(reports.ReportCancelled):
        window.reports.export_to(out / "set.pdf", codes, HANDOUT)
    timer.stop()
    assert list(out.iterdir()) == []


# -- Save as Web Page -------------------------------------------------------------------------


def test_save_as_web_page_of_the_open_profile(
    qtbot, window: MainWindow, tmp_path: Path, save_as: dict, messages: list[str]
) -> None:
    assert not window.printing.web_action.isEnabled()
    assert window.open_profile(NURSES)
    window.printing.update()
    assert window.printing.web_action.isEnabled()
    window.settings.setValue(user_settings.REPORT_HANDOUT, True)  # not for a web page
    save_as["answer"] = tmp_path / "nurses"  # no extension typed
    seen: dict[str, object] = {}
    timer = _answer_options(qtbot, None, seen)
    window.printing.web_action.trigger()
    timer.stop()
    assert seen["offered"] is False and seen["options"].handout is False
    assert Path(str(save_as["suggested"])).name == "Registered Nurses.html"
    assert "*.html" in str(save_as["kinds"])
    assert messages == []
    path = tmp_path / "nurses.html"
    page = outline(path.read_text("utf-8"))
    h2 = [text for level, text in page.headings if level == 2]
    chosen = user_settings.report_sections.read(window.settings)
    assert len(h2) == len(chosen) + 1 and h2[-1] == "Sources"
    assert [t for level, t in page.headings if level == 1] == ["Registered Nurses"]
    assert window.statusBar().currentMessage().startswith(f"Saved {path}")
    assert user_settings.report_handout.read(window.settings) is True  # left as it was


def test_save_selected_as_web_page(
    qtbot, window: MainWindow, tmp_path: Path, save_as: dict, messages: list[str]
) -> None:
    codes = _search_and_select(qtbot, window, "teacher", 3)
    titles = [window._by_code[code].title for code in codes]
    window.printing.update()
    assert window.printing.web_selected_action.isEnabled()
    user_settings.report_sections.write(window.settings, ("quick", "pay"))
    save_as["answer"] = tmp_path / "teachers.htm"
    seen: dict[str, object] = {}
    timer = _answer_options(qtbot, None, seen)
    window.printing.web_selected_action.trigger()
    timer.stop()
    assert messages == []
    assert Path(str(save_as["suggested"])).name == "Career profiles (3).html"
    page = outline((tmp_path / "teachers.htm").read_text("utf-8"))
    h1 = [t for level, t in page.headings if level == 1]
    assert h1 == ["Career profiles", *titles]
    h2 = [t for level, t in page.headings if level == 2]
    assert h2 == ["Contents", *(["Quick facts", "Pay"] * 3), "Sources"]
    assert tuple(seen["options"].sections) == ("quick", "pay")
    assert set(SECTION_KEYS) >= set(seen["options"].sections)


def test_web_page_in_an_unwritable_folder_says_why(
    window: MainWindow, tmp_path: Path, save_as: dict, messages: list[str]
) -> None:
    regular = tmp_path / "notes.txt"
    regular.write_text("not a folder")
    save_as["answer"] = regular / "page.html"
    assert not window.reports.save_web_page([NURSES], ReportOptions(("pay",)))
    assert len(messages) == 1 and "Not a directory" in messages[0]
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "settings") == ["notes.txt"]
