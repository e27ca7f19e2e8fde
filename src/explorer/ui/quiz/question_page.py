"""One quiz item on screen: '12 of 30', the activity, five answers and Back.

Keys 1 to 5 answer (1 is "Strongly dislike", 5 "Strongly like"), as the
buttons do; Back (or Backspace) goes to the item before. Every control has a
name a screen reader reads, with the activity in it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from explorer.quiz.texts import ABOUT, ANSWERS, HONESTY, QUESTION


class QuestionPage(QScrollArea):
    """Shows one item; `answered` carries 0 to 4, `back_requested` asks for the item before,
    `home_requested` for Home (the quiz is kept and resumes)."""

    answered = Signal(int)
    back_requested = Signal()
    home_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Interest quiz question")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(12, 8, 12, 12)
        self.heading = self._label("<h2>Interest quiz</h2>", "Interest quiz")
        self.progress = self._label("", "Progress")
        self.question = self._label(QUESTION, "Question")
        self.item = self._label("", "Activity")
        font = self.item.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.item.setFont(font)
        self.buttons: list[QPushButton] = []
        answers = QVBoxLayout()
        for value, text in enumerate(ANSWERS):
            button = QPushButton(f"{value + 1}  {text}")
            button.setAccessibleName(f"{text} (key {value + 1})")
            button.clicked.connect(lambda _=False, v=value: self.answered.emit(v))
            answers.addWidget(button)
            self.buttons.append(button)
        row = QHBoxLayout()
        self.back_button = QPushButton("Back")
        self.back_button.setAccessibleName("Back to the activity before")
        self.back_button.clicked.connect(self.back_requested)
        self.later_button = QPushButton("Finish later")
        self.later_button.setAccessibleName("Finish the quiz later: your answers are kept")
        self.later_button.clicked.connect(self.home_requested)
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.later_button)
        self.keys = self._label("<small>Keys 1 to 5 answer; Backspace goes back.</small>", "Keys")
        self.about = self._label(f"<small>{HONESTY} {ABOUT}</small>", "About this quiz")
        for widget in (self.heading, self.progress, self.question, self.item):
            column.addWidget(widget)
        column.addLayout(answers)
        column.addLayout(row)
        column.addWidget(self.keys)
        column.addWidget(self.about)
        column.addStretch(1)
        self.setWidget(body)

    @staticmethod
    def _label(text: str, name: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setAccessibleName(name)
        return label

    def show_item(self, text: str, position: int, count: int, answer: int | None) -> None:
        """Show the item at `position` (from 0) of `count`, with its answer if it has one."""
        self.progress.setText(f"{position + 1} of {count}")
        self.progress.setAccessibleName(f"Question {position + 1} of {count}")
        self.item.setText(text)
        self.item.setAccessibleName(f"Activity: {text}")
        for value, button in enumerate(self.buttons):
            chosen = " (your answer)" if value == answer else ""
            button.setAccessibleName(f"{ANSWERS[value]} (key {value + 1}){chosen}: {text}")
            button.setDefault(value == answer)
        self.back_button.setEnabled(position > 0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """1 to 5 answer; Backspace goes back."""
        key = event.key()
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_5:
            self.answered.emit(key - Qt.Key.Key_1)
        elif key == Qt.Key.Key_Backspace and self.back_button.isEnabled():
            self.back_requested.emit()
        else:
            super().keyPressEvent(event)
