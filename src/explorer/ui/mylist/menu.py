"""My list's actions in the window's File menu: the star for the open profile (Ctrl+D),
Save my list…, Open my list…, Print my list…, Export my list as PDF… and Save my plan
as PDF… (ui/mylist/plan.py).

Save writes the list, its notes, the quiz record and the date (mylist.file_format)
all or nothing where the student chooses (a USB stick, a school drive). Open reads
one back: a damaged or foreign file is one line in a message box and nothing
changes; otherwise the student chooses to add its careers to the list or to replace
the list, and a code this data does not know is named, not fatal. The quiz results
come with it where this login has none (or the list is replaced). Print and Export
hand the list's codes to the same path as any printed batch (ReportActions and its
options dialog).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from explorer.checked_write import write_whole
from explorer.mylist.file_format import ListFileError, SavedList, list_json, read_list
from explorer.quiz.progress import QuizRecord
from explorer.safe_text import quoted
from explorer.ui.mylist.controller import MyListController
from explorer.ui.printing.actions import ReportActions
from explorer.ui.printing.file_names import ask_save_path, documents_folder

TITLE = "My list"
FILE_FILTER = "My list files (*.json)"
MERGE, REPLACE = "merge", "replace"
TIPS = {
    "save": "Save My list, its notes and your quiz results in a file",
    "open": "Open a My list file: add its careers to yours or replace yours",
    "print": "Print every career on My list in one document",
    "export": "Save every career on My list as one PDF",
    "plan": "Save a plan for a counselor or parent: your quiz results, My list and notes,"
    " a comparison and next steps",
}


def ask_merge_or_replace(parent: QWidget, count: int, path: Path) -> str | None:
    """Ask whether the file's careers join the list or replace it; None: cancelled."""
    box = QMessageBox(parent)
    box.setWindowTitle("Open my list")
    box.setIcon(QMessageBox.Icon.Question)
    box.setText(f"{quoted(path)} has {count} career{'s' * (count != 1)}.")
    box.setInformativeText("Add them to your list, or replace your list with them?")
    merge = box.addButton("&Add to my list", QMessageBox.ButtonRole.AcceptRole)
    replace = box.addButton("&Replace my list", QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(merge)
    box.exec()
    clicked = box.clickedButton()
    return MERGE if clicked is merge else REPLACE if clicked is replace else None


class MyListMenu(QObject):
    """The actions; `open_code()` is the open profile, `quiz()`/`set_quiz()` the user's
    quiz record, `message(text)` the status bar."""

    def __init__(
        self,
        controller: MyListController,
        reports: ReportActions,
        window: QWidget,
        open_code: Callable[[], str | None],
        quiz: Callable[[], QuizRecord],
        set_quiz: Callable[[QuizRecord], None],
        message: Callable[[str], None],
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(window)
        self.controller, self.reports, self.window = controller, reports, window
        self._open_code, self._quiz, self._set_quiz = open_code, quiz, set_quiz
        self._message, self._today = message, today
        self.star_action = QAction("Add to &My list", self, enabled=False)
        self.star_action.setShortcut(QKeySequence("Ctrl+D"))
        self.star_action.setStatusTip("Put the open profile on My list, or take it off")
        self.star_action.triggered.connect(self.toggle_open)
        self.save_action = self._action("Save m&y list…", self.save, "save")
        self.open_action = self._action("&Open my list…", self.open, "open")
        self.print_action = self._action(
            "P&rint my list…",
            lambda: reports.print_reports(controller.codes(), pdf="Export my list as PDF"),
            "print",
        )
        self.export_action = self._action(
            "Export my list as P&DF…", lambda: reports.export_pdf(controller.codes()), "export"
        )
        self.plan_action = self._action("Save my pl&an as PDF…", self._plan, "plan")
        self.plan: Callable[[], object] | None = None  # MyPlan.save, set by the window
        controller.changed.connect(self.update)
        self.update()

    def _action(self, text: str, run: Callable[[], object], tip: str) -> QAction:
        action = QAction(text, self)
        action.setStatusTip(TIPS[tip])
        action.triggered.connect(lambda _checked=False: run())
        return action

    def add_to(self, menu: QMenu) -> None:
        """Put the actions in the File menu (re-checked each time it opens)."""
        menu.aboutToShow.connect(self.update)
        menu.addActions(
            [
                self.star_action,
                self.save_action,
                self.open_action,
                self.print_action,
                self.export_action,
                self.plan_action,
            ]
        )

    def update(self, *_args: object) -> None:
        """The star action names the open profile; the list's actions need a list."""
        code = self._open_code()
        self.star_action.setEnabled(bool(code))
        on_list = bool(code) and self.controller.contains(str(code))
        self.star_action.setText("Remove from &My list" if on_list else "Add to &My list")
        has_list = bool(self.controller.codes())
        for action in (self.save_action, self.print_action, self.export_action):
            action.setEnabled(has_list)
        self.plan_action.setEnabled(has_list and self.plan is not None)

    def _plan(self) -> None:
        if self.plan is not None:
            self.plan()

    def toggle_open(self) -> None:
        """Ctrl+D: star or unstar the open profile."""
        code = self._open_code()
        if code:
            on_list = self.controller.toggle(code)
            title = self.controller.title(code)
            self._message(f"{title} {'added to' if on_list else 'removed from'} My list.")

    # -- files ---------------------------------------------------------------------------

    def save(self) -> bool:
        """Ask where, then write the list, notes, quiz record and date there."""
        name = f"My career list {self._today():%Y-%m-%d}.json"
        path = ask_save_path(self.window, "Save my list", name, FILE_FILTER, (".json",))
        return path is not None and self.save_to(path)

    def save_to(self, path: Path) -> bool:
        """Write the file (all or nothing: a failure leaves a file there as it was)."""
        quiz = self._quiz()
        titles = {code: self.controller.title(code) for code in self.controller.codes()}
        text = list_json(
            self.controller.entries, self._today(), quiz if quiz != QuizRecord() else None, titles
        )
        try:
            write_whole(path, text.encode("utf-8"))
        except OSError as error:
            QMessageBox.warning(
                self.window,
                "Save my list",
                f"My list could not be saved as {quoted(path)}: {error.strerror or error}.",
            )
            return False
        count = len(self.controller.codes())
        self._message(f"Saved {count} career{'s' * (count != 1)} in {quoted(path)}.")
        return True

    def open(self) -> bool:
        """Ask for a file, then add its careers to the list or replace the list."""
        chosen, _filter = QFileDialog.getOpenFileName(
            self.window, "Open my list", str(documents_folder()), FILE_FILTER
        )
        return bool(chosen) and self.open_from(Path(chosen))

    def open_from(self, path: Path) -> bool:
        """Read path; refuse it in one line, or merge / replace as the student chooses."""
        try:
            saved = read_list(path.read_bytes(), self.controller.known)
        except (OSError, ListFileError) as error:
            reason = error.strerror if isinstance(error, OSError) else str(error)
            QMessageBox.warning(
                self.window, "Open my list", f"{quoted(path)} was not opened: {reason}."
            )
            return False
        count = len(saved.entries)
        # A file with no careers this data knows adds nothing and never empties the list.
        how = MERGE if self.controller.codes() else REPLACE
        if self.controller.codes() and count:
            chosen = ask_merge_or_replace(self.window, count, path)
            if chosen is None:
                return False
            how = chosen
        self._apply(saved, how)
        if saved.unknown:
            QMessageBox.information(
                self.window,
                "Open my list",
                f"{len(saved.unknown)} career{'s' * (len(saved.unknown) != 1)} in {quoted(path)}"
                f" {'are' if len(saved.unknown) != 1 else 'is'} not in this version's data and"
                f" {'were' if len(saved.unknown) != 1 else 'was'} left out:"
                f" {', '.join(saved.unknown)}.",
            )
        self._message(f"Opened {count} career{'s' * (count != 1)} from {quoted(path)}.")
        return True

    def _apply(self, saved: SavedList, how: str) -> None:
        if how == MERGE:
            self.controller.merge_list(saved.entries)
        else:
            self.controller.replace_list(saved.entries)
        own = self._quiz()
        brings_result = saved.quiz is not None and saved.quiz.last is not None
        if saved.quiz is not None and brings_result and (how == REPLACE or own.last is None):
            self._set_quiz(saved.quiz)
