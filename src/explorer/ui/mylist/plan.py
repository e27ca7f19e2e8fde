"""My plan from the window: File > Save my plan as PDF… and the panel's "My plan…".

PlanDialog asks for the student's name (optional: printed on the plan, never
stored) and which careers of the list the plan compares (two to four; the ones
selected in the panel, else the first four). The plan itself (explorer.reports.plan)
holds the quiz results if taken, My list with its notes, the comparison and each
career's next steps. It is written all or nothing, a step at a time with the
window answering (ui/printing/job.py), so Cancel stops it and leaves no file.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from explorer.data.repository import CareerData
from explorer.quiz.progress import QuizRecord
from explorer.reports import ReportCancelled, ReportError
from explorer.safe_text import quoted
from explorer.ui import settings as user_settings
from explorer.ui.mylist.controller import MyListController
from explorer.ui.printing.file_names import ask_save_path
from explorer.ui.printing.job import JobProgress, run_job

MOST_COMPARED = 4
TITLE = "My plan"


class PlanDialog(QDialog):
    """The name on the plan and the careers it compares (at most four ticked)."""

    def __init__(
        self, careers: Sequence[tuple[str, str]], ticked: Sequence[str], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Save my plan as PDF")
        self.name = QLineEdit()
        self.name.setAccessibleName("Your name (optional)")
        self.name.setPlaceholderText("Optional")
        self.careers = QListWidget()
        self.careers.setAccessibleName("Careers to compare in the plan, up to four")
        for code, title in careers:
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in ticked else Qt.CheckState.Unchecked)
            self.careers.addItem(item)
        self.careers.itemChanged.connect(self._at_most_four)
        self.limit = QLabel("")
        self.limit.setWordWrap(True)
        form = QFormLayout()
        form.addRow("Your &name:", self.name)
        intro = QLabel(
            "The plan lists every career on My list with your notes and your quiz results."
            " Your name is printed on the plan only; Career Explorer does not keep it."
            " Tick two to four careers to compare side by side:"
        )
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(intro)
        layout.addWidget(self.careers, 1)
        layout.addWidget(self.limit)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def compared(self) -> tuple[str, ...]:
        """The ticked careers' codes, in the list's order."""
        items = (self.careers.item(row) for row in range(self.careers.count()))
        return tuple(
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        )

    def _at_most_four(self, item: QListWidgetItem) -> None:
        if item.checkState() == Qt.CheckState.Checked and len(self.compared()) > MOST_COMPARED:
            item.setCheckState(Qt.CheckState.Unchecked)
            self.limit.setText("A plan compares at most four careers: untick one first.")
        else:
            self.limit.setText("")


def first_compared(codes: Sequence[str], selected: Sequence[str]) -> list[str]:
    """The careers ticked at first: the selected ones when two to four are, else the
    list's first four."""
    if 2 <= len(selected) <= MOST_COMPARED:
        return list(selected)
    return list(codes[:MOST_COMPARED])


class MyPlan:
    """Saves the plan of the window's list; `message(text)` is the status bar."""

    def __init__(
        self,
        data: CareerData,
        controller: MyListController,
        settings: QSettings,
        window: QWidget,
        quiz: Callable[[], QuizRecord],
        selected: Callable[[], list[str]],
        message: Callable[[str], None],
        today: Callable[[], date] = date.today,
    ) -> None:
        self.data, self.controller, self.settings, self.window = data, controller, settings, window
        self._quiz, self._selected, self._message, self._today = quiz, selected, message, today

    def save(self) -> int:
        """Ask the name, the careers to compare and the file, then write it; its pages."""
        codes = self.controller.codes()
        if not codes:
            return 0
        careers = [(code, self.controller.title(code)) for code in codes]
        dialog = PlanDialog(careers, first_compared(codes, self._selected()), self.window)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return 0
            name, compared = dialog.name.text().strip(), dialog.compared()
        finally:
            dialog.setParent(None)
            dialog.deleteLater()
        path = ask_save_path(
            self.window,
            "Save my plan as PDF",
            f"My plan {self._today():%Y-%m-%d}.pdf",
            "PDF files (*.pdf)",
            (".pdf",),
        )
        return 0 if path is None else self.save_to(path, name, compared)

    def save_to(self, path: Path, name: str = "", compared: Sequence[str] = ()) -> int:
        """Write the plan at path without asking; its pages, or 0 after saying why not."""
        from explorer.reports.plan import PlanInput, write_plan  # not needed at launch

        record = self._quiz()
        plan = PlanInput(
            data=self.data,
            entries=tuple((e.code, e.note) for e in self.controller.entries.entries),
            compare=tuple(compared) if len(compared) >= 2 else (),
            name=name,
            on=self._today(),
            quiz=record.last,
            home_state=user_settings.home_state.read(self.settings) or None,
            paper=user_settings.report_paper.read(self.settings),
        )
        progress = JobProgress(self.window, len(plan.entries), "Save my plan as PDF")
        try:
            pages = int(run_job(progress, lambda step: write_plan(path, plan, step)))
        except ReportCancelled:
            self._message("My plan was not saved (cancelled).")
            return 0
        except (OSError, ReportError) as error:
            reason = (error.strerror if isinstance(error, OSError) else None) or str(error)
            QMessageBox.warning(
                self.window, TITLE, f"My plan could not be saved as {quoted(path)}: {reason}."
            )
            return 0
        finally:
            progress.close()
        self._message(f"Saved {quoted(path)} ({pages} page{'s' * (pages != 1)}).")
        return pages
