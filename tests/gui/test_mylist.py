"""My list in the window (issue 15, section 1), from the student's seat: stars in the
results, the profile header (and Ctrl+D), Similar Occupations and the quiz's matches, all
in step; the panel's notes, order, remove and open; the list kept across a restart;
Save my list… / Open my list… (merge, replace, damaged, foreign, unknown codes); a full
disk; print and export hand the list's codes to the report path."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QMessageBox

from explorer.data.repository import CareerData
from explorer.mylist import storage
from explorer.mylist.file_format import list_json
from explorer.quiz.progress import QuizRecord, SavedResult
from explorer.ui import settings as user_settings
from explorer.ui.browse.results_model import CODE_ROLE
from explorer.ui.main_window import MainWindow
from explorer.ui.mylist import menu as my_list_menu
from explorer.ui.mylist.model import MyListModel
from explorer.ui.mylist.view_stars import StarDelegate

NURSE, CHEF, COOK = "29-1141.00", "35-1011.00", "35-2014.00"
ACCESSIBLE_DESCRIPTION = Qt.ItemDataRole.AccessibleDescriptionRole


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes shown, as (kind, text), instead of on screen."""
    shown: list[tuple[str, str]] = []
    for kind in ("warning", "information", "critical"):

        def record(_parent, _title, text, *_args, kind=kind, **_kwargs):
            shown.append((kind, text))
            return QMessageBox.StandardButton.Ok

        monkeypatch.setattr(QMessageBox, kind, staticmethod(record))
    return shown


def _click_star(qtbot, view: QAbstractItemView, index: QModelIndex) -> None:
    view.scrollTo(index)
    delegate = view.itemDelegateForColumn(0)
    assert isinstance(delegate, StarDelegate)
    rect = delegate.star_rect(index)
    assert not rect.isEmpty()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _results_index(window: MainWindow, code: str) -> QModelIndex:
    row = window.model.row_of(code)
    assert row is not None
    return window.proxy.mapFromSource(window.model.index(row, 0))


def _similar_table(qtbot, window: MainWindow):
    view = window.profile
    view.tabs.setCurrentWidget(view.pages["similar"])
    qtbot.waitUntil(lambda: view.pages["similar"].widgets.get("pathway") is not None)
    return view.pages["similar"].block_widget("pathway").table


def test_a_star_in_the_results_toggles_by_click_and_space(qtbot, window: MainWindow) -> None:
    index = _results_index(window, NURSE)
    assert index.data(ACCESSIBLE_DESCRIPTION).startswith("Add Registered Nurses to My list")
    _click_star(qtbot, window.table, index)
    assert window.my_list.codes() == [NURSE]
    # The star's click neither selected the row nor opened its profile.
    assert not window.table.selectionModel().isRowSelected(index.row())
    assert window._profile is None or window.profile.code is None
    assert index.data(ACCESSIBLE_DESCRIPTION).startswith("Remove Registered Nurses from My list")
    assert window.lists.button(1).text() == "My list (1)"
    window.table.setFocus()
    window.table.setCurrentIndex(_results_index(window, CHEF))
    qtbot.keyClick(window.table, Qt.Key.Key_Space)
    assert window.my_list.codes() == [NURSE, CHEF]
    qtbot.keyClick(window.table, Qt.Key.Key_Space)
    assert window.my_list.codes() == [NURSE]
    qtbot.keyClicks(window.table, "re ")  # typing a title to find its row stars nothing
    assert window.my_list.codes() == [NURSE]


def test_the_profile_star_and_ctrl_d_keep_every_star_in_step(qtbot, window: MainWindow) -> None:
    assert window.open_profile(NURSE)
    star = window.profile_star
    assert star.isVisible() and star.accessibleName() == "Add Registered Nurses to My list"
    assert star.focusPolicy() & Qt.FocusPolicy.TabFocus
    qtbot.mouseClick(star, Qt.MouseButton.LeftButton)
    assert window.my_list.codes() == [NURSE]
    assert star.isChecked() and star.accessibleName() == "Remove Registered Nurses from My list"
    assert _results_index(window, NURSE).data(ACCESSIBLE_DESCRIPTION).startswith("Remove")
    assert window.my_list_panel.model.rowCount() == 1
    window.profile.tabs.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.my_list.codes() == []
    assert not star.isChecked() and star.accessibleName().startswith("Add Registered")
    assert _results_index(window, NURSE).data(ACCESSIBLE_DESCRIPTION).startswith("Add")
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.my_list.codes() == [NURSE]
    _click_star(qtbot, window.table, _results_index(window, NURSE))  # from the results
    assert not star.isChecked()  # the header follows


def test_a_star_in_similar_occupations(qtbot, window: MainWindow) -> None:
    assert window.open_profile(NURSE)
    table = _similar_table(qtbot, window)
    index = table.model().index(0, 0)
    code = index.data(CODE_ROLE)
    title = window.my_list.title(code)
    assert index.data(ACCESSIBLE_DESCRIPTION).startswith(f"Add {title} to My list")
    _click_star(qtbot, table, index)
    assert window.my_list.codes() == [code]
    assert window.profile.code == NURSE  # the click on the star opened nothing
    table.setFocus()
    table.setCurrentIndex(index)
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert window.my_list.codes() == []


def test_a_star_in_the_quiz_matches(qtbot, window: MainWindow, data: CareerData) -> None:
    from test_quiz_screens import _answer_all

    window.home.page.quiz_button.click()
    _answer_all(qtbot, window, data)
    results = window.quiz.results
    model = results.matches_model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(CODE_ROLE))
    index = model.index(row, 0)
    code = index.data(CODE_ROLE)
    assert index.data(ACCESSIBLE_DESCRIPTION).startswith("Add ")
    _click_star(qtbot, results.matches, index)
    assert window.my_list.codes() == [code]
    assert results.isVisible()  # still on the results: the star opened no profile
    assert index.data(ACCESSIBLE_DESCRIPTION).startswith("Remove ")
    results.matches.setFocus()
    results.matches.setCurrentIndex(index)
    qtbot.keyClick(results.matches, Qt.Key.Key_Space)
    assert window.my_list.codes() == []


def test_the_panel_notes_order_remove_and_open(qtbot, window: MainWindow) -> None:
    for code in (NURSE, CHEF, COOK):
        window.my_list.add(code)
    window.show_my_list()
    panel = window.my_list_panel
    table = panel.table
    assert panel.isVisible() and table.hasFocus()
    # A note, typed in place: kept a key at a time, before Enter.
    note = table.model().index(1, 1)
    table.setCurrentIndex(note)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.indexWidget(note) or table.focusWidget()
    qtbot.keyClicks(editor, "Ask about")
    assert window.my_list.entries.entry(CHEF).note == "Ask about"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
    assert table.model().index(1, 1).data() == "Ask about"
    # Alt+Down and Alt+Up move the career with the cursor; the buttons do the same.
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.my_list.codes() == [CHEF, NURSE, COOK]
    assert table.currentIndex().row() == 1
    qtbot.mouseClick(panel.down_button, Qt.MouseButton.LeftButton)
    assert window.my_list.codes() == [CHEF, COOK, NURSE]
    qtbot.mouseClick(panel.up_button, Qt.MouseButton.LeftButton)
    assert window.my_list.codes() == [CHEF, NURSE, COOK]
    # A heading's click puts the list in that order; again, the other way.
    header = table.horizontalHeader()
    for descending in (False, True):
        x = header.sectionViewportPosition(0) + 5
        qtbot.mouseClick(
            header.viewport(), Qt.MouseButton.LeftButton, pos=header.rect().center().__class__(x, 5)
        )
        titles = [window.my_list.title(c) for c in window.my_list.codes()]
        assert titles == sorted(titles, key=str.casefold, reverse=descending)
    # Delete removes; Enter opens.
    row = window.my_list.codes().index(COOK)
    table.setFocus()
    table.selectRow(row)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert COOK not in window.my_list.codes() and len(window.my_list.codes()) == 2
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.profile.code == window.my_list.codes()[0]


def test_the_list_is_there_after_a_restart(
    qtbot, window: MainWindow, data: CareerData, tmp_path: Path
) -> None:
    window.my_list.add(NURSE)
    window.my_list.add(CHEF)
    window.my_list.set_note(NURSE, "nights?")
    qtbot.waitUntil(lambda: not window.my_list.pending())  # written in a moment, not at close
    stored = json.loads((tmp_path / "my list" / "my-list.json").read_text(encoding="utf-8"))
    assert [c["code"] for c in stored["careers"]] == [NURSE, CHEF]
    window.my_list.add(COOK)
    window.close()  # the change still waiting is written now
    again = MainWindow(data)
    qtbot.addWidget(again)
    assert again.my_list.codes() == [NURSE, CHEF, COOK]
    assert again.my_list.entries.entry(NURSE).note == "nights?"
    assert again.lists.button(1).text() == "My list (3)"
    again.close()


def test_save_and_open_round_trip_with_merge_and_replace(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, said
) -> None:
    quiz = QuizRecord(last=SavedResult("short", (4, 0) * 15, (20, 3, 0, 12, 8, 1), "ranked",
                                       __import__("datetime").date(2026, 12, 1)))  # fmt: skip
    window.my_list_parts.set_quiz_record(quiz)
    window.my_list.add(NURSE)
    window.my_list.set_note(NURSE, "first choice")
    window.my_list.add(CHEF)
    path = tmp_path / "usb" / "mine"
    path.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(path), ""))
    )
    window.my_list_menu.save_action.trigger()
    saved = path.with_name("mine.json")
    value = json.loads(saved.read_text(encoding="utf-8"))
    assert [c["code"] for c in value["careers"]] == [NURSE, CHEF]
    assert value["careers"][0]["note"] == "first choice" and value["quiz"]["last"]
    # Another login: a different list and no quiz. Replace brings the list and the quiz.
    window.my_list_parts.set_quiz_record(QuizRecord())
    window.my_list.replace_list(window.my_list.entries.removed(NURSE).removed(CHEF))
    window.my_list.add(COOK)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(saved), ""))
    )
    answers = iter([my_list_menu.MERGE, my_list_menu.REPLACE])
    monkeypatch.setattr(my_list_menu, "ask_merge_or_replace", lambda *_a: next(answers))
    window.my_list_menu.open_action.trigger()
    assert window.my_list.codes() == [COOK, NURSE, CHEF]  # merged: theirs after mine
    assert window.my_list.entries.entry(NURSE).note == "first choice"
    assert window.quiz.record == quiz  # this login had no result: the file's came with it
    assert user_settings.quiz_record.read(window.settings) == quiz
    window.my_list_menu.open_action.trigger()
    assert window.my_list.codes() == [NURSE, CHEF]  # replaced
    assert said == []


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"\x00\x01garbage", "is not a My list file"),
        (b'{"kind": "career-explorer-my-list", "format": 1, "careers": [{"code": "29-1', "damaged"),
        (b'{"playlist": ["song"]}', "not a Career Explorer My list file"),
        (b'{"kind": "career-explorer-my-list", "format": 9, "careers": []}', "newer"),
    ],
)
def test_a_damaged_or_foreign_file_is_refused_in_one_line_and_nothing_is_lost(
    window: MainWindow, tmp_path: Path, said, content: bytes, words: str
) -> None:
    window.my_list.add(NURSE)
    window.my_list.set_note(NURSE, "keep me")
    before = window.my_list.entries
    path = tmp_path / "from a stick.json"
    path.write_bytes(content)
    assert not window.my_list_menu.open_from(path)
    assert window.my_list.entries == before
    [(kind, text)] = said
    assert kind == "warning" and words in text and "\n" not in text
    assert "from a stick.json" in text


def test_an_unknown_code_is_reported_not_fatal(window: MainWindow, tmp_path: Path, said) -> None:
    from explorer.mylist.entries import Entry, MyList

    day = __import__("datetime").date(2026, 12, 1)
    entries = MyList((Entry(NURSE, "", day), Entry("99-0000.00", "gone", day)))
    path = tmp_path / "old.json"
    path.write_text(list_json(entries, day), encoding="utf-8")
    assert window.my_list_menu.open_from(path)
    assert window.my_list.codes() == [NURSE]
    [(kind, text)] = said
    assert kind == "information" and "99-0000.00" in text and "left out" in text


def test_a_full_disk_while_saving_keeps_the_last_list(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, said
) -> None:
    window.my_list.add(NURSE)
    assert window.my_list.flush()
    stored = window.my_list.path
    before = stored.read_bytes()

    def full(_descriptor: int, _data: bytes) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "write", full)
    window.my_list.add(CHEF)
    qtbot.waitUntil(lambda: bool(said))
    window.my_list.add(COOK)  # the same problem is not said twice
    assert not window.my_list.flush()
    monkeypatch.undo()
    assert stored.read_bytes() == before
    assert [p.name for p in stored.parent.iterdir()] == ["my-list.json"]
    assert len(said) == 1 and "could not be saved" in said[0][1] and "No space" in said[0][1]
    assert window.my_list.codes() == [NURSE, CHEF, COOK]  # kept in memory meanwhile
    assert window.my_list.flush()
    assert storage.load_stored(stored, window.my_list.known).entries.codes == [NURSE, CHEF, COOK]


def test_a_damaged_stored_list_is_set_aside_with_one_message(
    qtbot, data: CareerData, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, said
) -> None:
    folder = tmp_path / "my list"
    folder.mkdir()
    (folder / "my-list.json").write_bytes(b'{"kind": "career-explorer-my-list", "form')
    monkeypatch.setenv(user_settings.SETTINGS_DIR_ENV, str(tmp_path / "settings"))
    monkeypatch.setenv(storage.MY_LIST_DIR_ENV, str(folder))
    window = MainWindow(data)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(said))
    assert window.my_list.codes() == []
    [(kind, text)] = said
    assert kind == "warning" and "my-list.damaged-" in text
    assert [p.name.startswith("my-list.damaged-") for p in folder.iterdir()] == [True]
    window.close()


def test_print_and_export_hand_the_list_to_the_report_path(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    handed: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(
        window.reports, "print_reports", lambda codes, **_how: handed.append(("print", list(codes)))
    )
    monkeypatch.setattr(
        window.reports, "export_pdf", lambda codes: handed.append(("pdf", list(codes)))
    )
    menu = window.my_list_menu
    menu.update()
    assert not menu.print_action.isEnabled() and not menu.export_action.isEnabled()
    window.my_list.add(CHEF)
    window.my_list.add(NURSE)
    assert menu.print_action.isEnabled()
    menu.print_action.trigger()
    menu.export_action.trigger()
    assert handed == [("print", [CHEF, NURSE]), ("pdf", [CHEF, NURSE])]


def test_compare_takes_two_to_four_selected_careers(window: MainWindow) -> None:
    panel = window.my_list_panel
    for code in (NURSE, CHEF, COOK):
        window.my_list.add(code)
    if not hasattr(window, "open_comparison"):
        assert not panel.compare_button.isEnabled()  # the window has no comparison yet
    asked: list[list[str]] = []
    panel.set_compare(asked.append)
    panel.table.selectRow(0)
    assert not panel.compare_button.isEnabled()
    panel.table.selectAll()
    assert panel.compare_button.isEnabled()
    panel.compare_button.click()
    assert asked == [[NURSE, CHEF, COOK]]


def test_the_model_passes_qtmodeltester(qtbot, qtmodeltester, window: MainWindow) -> None:
    for code in (NURSE, CHEF, COOK):
        window.my_list.add(code)
    model = window.my_list_panel.model
    with qtbot.waitSignal(model.dataChanged):  # the panel redraws a note as it is typed
        window.my_list.set_note(CHEF, "a note")
    assert isinstance(model, MyListModel)
    qtmodeltester.check(model)
    window.my_list.move(COOK, -2)
    window.my_list.remove(NURSE)
    window.my_list.add(NURSE)
    window.my_list.remove(COOK)
    qtmodeltester.check(model)
    assert [model.index(r, 0).data(CODE_ROLE) for r in range(model.rowCount())] == [CHEF, NURSE]


def test_export_my_list_as_pdf_goes_through_the_options_dialog(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, said
) -> None:
    from pypdf import PdfReader
    from PySide6.QtWidgets import QDialog

    from explorer.ui.printing.dialog import ReportOptionsDialog

    asked: list[int] = []

    def accept(dialog: ReportOptionsDialog) -> QDialog.DialogCode:
        asked.append(1)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ReportOptionsDialog, "exec", accept)
    path = tmp_path / "class set.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(path), ""))
    )
    window.my_list.add(CHEF)
    window.my_list.add(NURSE)
    window.my_list_menu.export_action.trigger()
    assert asked == [1] and said == []
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)
    chef, nurse = window.my_list.title(CHEF), window.my_list.title(NURSE)
    chefs, nurses = text.find(chef), text.find(nurse)
    assert 0 <= chefs < nurses  # in the list's order


def test_my_plan_from_the_file_menu_with_a_name_and_the_selected_careers(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, said
) -> None:
    """File > Save my plan as PDF…: the real dialog (a name typed, the two careers
    selected in the panel ticked, a fifth refused), then the PDF read back."""
    import unicodedata

    from pypdf import PdfReader
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from explorer.ui.mylist.plan import PlanDialog

    codes = [NURSE, CHEF, COOK, "47-2111.00", "27-2011.00"]
    for code in codes:
        window.my_list.add(code)
    window.my_list.set_note(CHEF, "Ask about the culinary program")
    window.show_my_list()
    panel = window.my_list_panel
    panel.table.selectRow(1)
    panel.table.selectionModel().select(
        panel.model.index(2, 0),
        panel.table.selectionModel().SelectionFlag.Select
        | panel.table.selectionModel().SelectionFlag.Rows,
    )
    assert panel.selected_codes() == [CHEF, COOK]
    seen: dict[str, object] = {}

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PlanDialog)
        seen["ticked"] = dialog.compared()
        qtbot.keyClicks(dialog.name, "Sam Rivera")
        for row in (0, 3, 4):  # tick three more: the fifth is refused
            item = dialog.careers.item(row)
            item.setCheckState(Qt.CheckState.Checked)
        seen["after"] = dialog.compared()
        seen["limit"] = dialog.limit.text()
        buttons = dialog.findChild(QDialogButtonBox)
        buttons.button(QDialogButtonBox.StandardButton.Save).click()

    target = tmp_path / "plan"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), "PDF files (*.pdf)")
    )
    QTimer.singleShot(0, fill)
    window.my_list_menu.plan_action.trigger()
    assert seen["ticked"] == (CHEF, COOK)
    assert len(seen["after"]) == 4 and "at most four" in str(seen["limit"])
    saved = tmp_path / "plan.pdf"
    reader = PdfReader(saved)
    text = unicodedata.normalize("NFKC", " ".join(p.extract_text() for p in reader.pages))
    text = " ".join(text.split())
    assert "Sam Rivera" in text and "Ask about the culinary program" in text
    for code in codes:
        assert " ".join(window.my_list.title(code).split()) in text
    assert window.statusBar().currentMessage().startswith("Saved ")
    assert not said
    window.my_list_parts.close()  # the list written now: the name is not in it
    assert "Sam Rivera" not in storage.stored_file().read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "careers", [[], [{"code": "99-0000.00", "note": "", "added": "2026-12-01"}]]
)
def test_a_file_with_no_careers_this_data_knows_does_not_empty_my_list(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, said, careers
) -> None:
    """Opening a list whose careers are all unknown (or none) must not wipe the student's
    list without asking: there is nothing to add, so the list stays as it was."""
    window.my_list.add(NURSE)
    window.my_list.set_note(NURSE, "keep me")
    before = window.my_list.entries
    monkeypatch.setattr(my_list_menu, "ask_merge_or_replace", lambda *_a: my_list_menu.REPLACE)
    path = tmp_path / "newer data.json"
    content = {"kind": "career-explorer-my-list", "format": 1, "careers": careers, "quiz": None}
    path.write_text(json.dumps(content), encoding="utf-8")
    window.my_list_menu.open_from(path)
    assert window.my_list.entries == before


def test_ctrl_l_brings_back_a_filters_pane_dragged_shut(qtbot, window: MainWindow) -> None:
    """A student drags the splitter until the filters pane folds shut (its size 0, still
    "shown"); Go > My list (Ctrl+L) must bring the pane, and My list, back into view."""
    window.resize(1024, 768)
    window.show_filters_action.setChecked(True)
    qtbot.waitUntil(lambda: window.splitter.sizes()[0] > 0)
    sizes = window.splitter.sizes()
    window.splitter.setSizes([0, sizes[1] + sizes[0], sizes[2]])  # what the drag leaves
    qtbot.waitUntil(lambda: window.splitter.sizes()[0] == 0)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.splitter.sizes()[0] >= window.filters_pane.minimumWidth())
    assert window.my_list_parts.panel.table.visibleRegion().boundingRect().width() > 0


def test_print_my_list_without_a_printer_points_to_export_my_list(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, said
) -> None:
    """With no printer, the message names the item that works with no profile open:
    File > Export my list as PDF… (File > Export PDF… is greyed out then)."""
    from PySide6.QtPrintSupport import QPrinterInfo

    monkeypatch.setattr(QPrinterInfo, "availablePrinters", staticmethod(lambda: []))
    window.my_list.add(NURSE)
    window.my_list_menu.update()
    window.my_list_menu.print_action.trigger()
    [(kind, text)] = said
    assert kind == "information" and "Export my list as PDF" in text


def test_a_note_with_html_is_shown_literally_in_its_tooltip(window: MainWindow) -> None:
    # A tooltip is a QLabel with Qt.AutoText: a note that looks like HTML was drawn as
    # HTML ("<b>" bold, "&amp;" as "&"). It is the student's plain text, shown as typed.
    from PySide6.QtGui import Qt as GuiQt
    from PySide6.QtGui import QTextDocument

    note = "<b>nights?</b> pay &amp; <script>x</script>"
    window.my_list.add(NURSE)
    window.my_list.set_note(NURSE, note)
    tip = str(window.my_list_panel.table.model().index(0, 1).data(Qt.ItemDataRole.ToolTipRole))
    shown = QTextDocument()
    if GuiQt.mightBeRichText(tip):
        shown.setHtml(tip)
    else:
        shown.setPlainText(tip)
    assert shown.toPlainText() == note


def test_a_stored_list_that_cannot_be_read_is_never_written_over(
    qtbot, data: CareerData, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A network home that fails a read (EIO) or a file this account may not read: the
    # first star wrote a one-career list over the student's whole list.
    from datetime import date

    from explorer.mylist.entries import Entry, MyList
    from explorer.ui.mylist.controller import MyListController

    day = date(2026, 12, 1)
    path = tmp_path / "my-list.json"
    saved = MyList((Entry(NURSE, "first choice", day), Entry(CHEF, "", day)))
    path.write_text(list_json(saved, day), "utf-8")
    before = path.read_bytes()
    real_read = Path.read_bytes

    def failing(self: Path) -> bytes:
        if self == path:
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", failing)
    titles = {NURSE: "Registered Nurses", CHEF: "Chefs and Head Cooks", COOK: "Cooks"}
    controller = MyListController(titles, path=path)
    assert "could not be read" in controller.loading_message
    assert "not written over" in controller.loading_message
    controller.add(COOK)
    controller.flush()
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["my-list.json"]


def test_ctrl_d_is_said_to_screen_readers_as_well_as_shown(qtbot, window: MainWindow) -> None:
    """What Ctrl+D did is in the status bar and announced (screen readers do not read
    the status bar by themselves)."""
    from explorer.ui import announce

    assert window.open_profile(NURSE)
    window.profile.tabs.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    said = "Registered Nurses added to My list."
    assert window.statusBar().currentMessage() == said
    assert announce.heard[-1][1] == said
