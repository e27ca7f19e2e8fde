"""The quiz's results: the six scores as a chart (or a table), what each area means, the
top three, the honesty line and the credit, and the occupations that fit, grouped Best /
Great / Good fit and narrowed to the preparation the student picks.

It draws what QuizController hands it; choosing an occupation emits `open_requested`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from html import escape

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from explorer.quiz.matching import Match
from explorer.quiz.scoring import QuizResult
from explorer.quiz.summary import scores_chart, top_areas_html
from explorer.quiz.texts import ABOUT, ALL_LEVELS, HONESTY, NO_MATCHES
from explorer.ui.quiz.matches_model import CODE_ROLE, MatchesModel
from explorer.ui.widgets.chart_panel import ChartPanel
from explorer.ui.widgets.flow_layout import FlowLayout


def _label(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setAccessibleName(name)
    return label


class _LevelBox(QComboBox):
    """The preparation level: the wheel changes it only once it has the focus, so
    scrolling the page past it does not change the matches."""

    def __init__(self) -> None:
        super().__init__()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Scroll the page (the event goes on to it) unless the box has the focus."""
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class ResultsPage(QScrollArea):
    """A result and its matches; `level_changed` carries the chosen job zone (None: all)."""

    open_requested = Signal(str)
    level_changed = Signal(object)
    retake_requested = Signal()
    clear_requested = Signal()
    print_requested = Signal()
    save_requested = Signal()

    def __init__(self, levels: Sequence[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Interest quiz results")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(12, 8, 12, 12)
        self.heading = _label("<h2>Your interests</h2>", "Your interests")
        self.honesty = _label(f"<i>{escape(HONESTY)}</i>", "About these results")
        self.top = _label("", "Your top areas")
        self.chart = ChartPanel()
        self.meanings = _label("", "What each area means")
        self.level = _LevelBox()
        self.level.setAccessibleName("Preparation needed")
        # As wide as the page, not as its longest choice (the list shows every choice whole).
        self.level.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.level.setMinimumContentsLength(12)
        self.level.addItem(ALL_LEVELS[0].upper() + ALL_LEVELS[1:], None)
        for zone, words in levels:
            self.level.addItem(f"Job Zone {zone}: {words}", zone)
        self.level.currentIndexChanged.connect(
            lambda _i: self.level_changed.emit(self.level.currentData())
        )
        level_label = _label("Preparation needed:", "Preparation needed")
        level_label.setBuddy(self.level)
        self.matches_model = MatchesModel(self)
        self.matches = QListView()
        self.matches.setModel(self.matches_model)
        self.matches.setAccessibleName("Occupations that fit your interests")
        self.matches.setWordWrap(True)
        self.matches.setSpacing(2)
        self.matches.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.matches.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matches.setMinimumHeight(self.fontMetrics().lineSpacing() * 16)
        self.matches.activated.connect(self._open)
        self.matches.clicked.connect(self._open)
        self.no_matches = _label(NO_MATCHES, "No occupations fit")
        self.credit = _label("", "Credit")
        self.retake = QPushButton("Retake the quiz")
        self.retake.clicked.connect(self.retake_requested)
        self.clear = QPushButton("Clear my answers")
        self.clear.setAccessibleName("Clear my answers from this computer")
        self.clear.clicked.connect(self.clear_requested)
        self.print_button = QPushButton("Print…")
        self.print_button.setAccessibleName("Print my interests")
        self.print_button.clicked.connect(self.print_requested)
        self.save_button = QPushButton("Save as PDF…")
        self.save_button.setAccessibleName("Save my interests as PDF")
        self.save_button.clicked.connect(self.save_requested)
        buttons = FlowLayout(spacing=6)  # onto two rows at a large font
        for button in (self.print_button, self.save_button, self.retake, self.clear):
            buttons.addWidget(button)
        for widget in (self.heading, self.honesty, self.top, self.chart, self.meanings):
            column.addWidget(widget)
        column.addWidget(_label("<h3>Occupations that fit</h3>", "Occupations that fit"))
        column.addWidget(level_label)
        column.addWidget(self.level)
        column.addWidget(self.matches)
        column.addWidget(self.no_matches)
        column.addLayout(buttons)
        column.addWidget(self.credit)
        column.addStretch(1)
        self.setWidget(body)

    def show_result(self, result: QuizResult, finished: date, credit: str) -> None:
        """Show a result: its chart, meanings, top areas (or why there is no ranking)."""
        day = f"{finished:%B} {finished.day}, {finished.year}"
        self.heading.setText(f"<h2>Your interests</h2><p>Quiz finished {day}.</p>")
        if result.ranked:
            self.top.setText(f"<h3>Your top areas</h3>{top_areas_html(result, True)}")
        else:
            self.top.setText(f"<p>{escape(result.explanation or '')}</p>")
        self.chart.set_chart(scores_chart(result))
        self.meanings.setText(
            "<h3>What each area means</h3>"
            + "".join(f"<p><b>{escape(s.area)}</b>: {escape(s.meaning)}</p>" for s in result.scores)
        )
        self.credit.setText(f"<small>{escape(ABOUT)}<br>{escape(credit)}</small>")

    def show_matches(self, matches: Sequence[Match], ranked: bool) -> None:
        """Show the occupations that fit (none, with the reason, when nothing does)."""
        self.matches_model.set_matches(matches)
        self.matches.setVisible(bool(matches))
        self.no_matches.setVisible(ranked and not matches)
        self.level.setEnabled(ranked)

    def _open(self, index: QModelIndex) -> None:
        code = index.data(CODE_ROLE)
        if code:
            self.open_requested.emit(str(code))
