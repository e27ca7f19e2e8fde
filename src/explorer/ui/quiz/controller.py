"""QuizController: the interest quiz in the right pane, its answers kept per user.

"Take the interest quiz" on Home resumes a quiz under way, shows the last result
if there is one, or starts the short form. Every answer is kept at once (the
engine's QuizRecord, through settings.quiz_record; the file is written in a pause
after it, and when the window closes), so closing the window mid-way loses
nothing; "Clear my answers" forgets everything on a shared login. The engine
(explorer.quiz) is made on first use and answers on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from explorer.data.repository import CareerData
from explorer.quiz.progress import QuizState
from explorer.ui import settings as user_settings
from explorer.ui.quiz.question_page import QuestionPage

if TYPE_CHECKING:
    # Imported when first used, not at launch: the engine and the results page (with its
    # chart) are only needed once the student opens the quiz.
    from explorer.quiz.engine import InterestQuiz
    from explorer.quiz.items import Form, Item
    from explorer.quiz.scoring import QuizResult
    from explorer.quiz.summary import InterestsSummary
    from explorer.ui.quiz.results_page import ResultsPage

FORM: Form = "short"
#: Writing the settings file takes 15-25 ms (it is replaced whole, safely): done this long
#: after the last answer, while the student reads the next item, not between the two.
SYNC_DELAY_MS = 800
#: How long after the first item shows the results page is made (about 50 ms of work).
PREPARE_DELAY_MS = 300


class QuizController(QObject):
    """Owns the quiz's two pages (a stack `widget`) and the record of this user's quiz.

    `message` carries a line for the status bar once "My interests" is printed or saved."""

    message = Signal(str)

    #: The results page's list of matches was made (the window puts My list's stars in it).
    matches_made = Signal(QWidget)

    def __init__(
        self,
        data: CareerData,
        settings: QSettings,
        show: Callable[[QWidget], None],
        home: Callable[[], None],
        open_profile: Callable[[str], object],
        parent: QObject,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._data, self._settings, self._show, self._today = data, settings, show, today
        self._engine: InterestQuiz | None = None
        self.record = user_settings.quiz_record.read(settings)
        self.state: QuizState | None = None
        self.result: QuizResult | None = None
        self.widget = QStackedWidget()
        self.widget.setAccessibleName("Interest quiz")
        self._home = home
        self._question: QuestionPage | None = None
        self._results: ResultsPage | None = None
        self._open_profile = open_profile
        self._sync = QTimer(self)
        self._sync.setSingleShot(True)
        self._sync.setInterval(SYNC_DELAY_MS)
        self._sync.timeout.connect(settings.sync)

    @property
    def engine(self) -> InterestQuiz:
        """The quiz engine, made the first time it is needed."""
        if self._engine is None:
            from explorer.quiz.engine import InterestQuiz

            self._engine = InterestQuiz(self._data)
        return self._engine

    @property
    def question(self) -> QuestionPage:
        """The question page, made the first time the quiz opens (not at launch)."""
        if self._question is None:
            self._question = QuestionPage()
            self._question.answered.connect(self.answer)
            self._question.back_requested.connect(self.back)
            self._question.home_requested.connect(self._home)
            self.widget.addWidget(self._question)
        return self._question

    @property
    def results(self) -> ResultsPage:
        """The results page, made the first time a result is shown."""
        if self._results is None:
            from explorer.ui.quiz.results_page import ResultsPage

            self._results = ResultsPage(self.engine.preparation_levels())
            self._results.open_requested.connect(self._open_profile)
            self._results.level_changed.connect(self._show_matches)
            self._results.retake_requested.connect(self.retake)
            self._results.clear_requested.connect(self.clear)
            self._results.print_requested.connect(self.print_interests)
            self._results.save_requested.connect(self.save_interests)
            self.widget.addWidget(self._results)
            self.matches_made.emit(self._results.matches)
        return self._results

    def items(self) -> tuple[Item, ...]:
        """The items of the form the quiz asks."""
        return self.engine.items(self.state.form if self.state else FORM)

    def open(self) -> None:
        """Home's quiz button: resume, else the last result, else a new quiz."""
        self.record = user_settings.quiz_record.read(self._settings)
        resumed = self.record.resume(self.engine.items(FORM))
        if resumed is not None:
            self.state = resumed
            self._show_question()
        elif self.record.last is not None:
            self.show_last_result()
        else:
            self.retake()

    def entry_text(self) -> str:
        """What Home's quiz button says: take, continue (with how far) or see the results."""
        current, last = self.record.current, self.record.last
        if current is not None and current.answered:
            return f"Continue the interest quiz ({current.answered} of {len(current.answers)})"
        if last is not None:
            return "See my interest results"
        return "Take the interest quiz"

    def retake(self) -> None:
        """Start the quiz again from the first item (the last result is kept until the new
        quiz is finished)."""
        self.record = self.record.start(self.engine.items(FORM), FORM, self._today())
        self.state = self.record.current
        self._save()
        self._show_question()

    def clear(self) -> None:
        """Forget this user's answers and result, then show Home."""
        self.record = self.record.cleared()
        self.state, self.result = None, None
        self._save()
        self._settings.sync()  # at once: the next student may sit down now
        if self._results is not None:
            self._results.matches_model.set_matches(())
        self._home()

    def answer(self, value: int) -> None:
        """Answer the item on screen; after the last, score and show the results."""
        if self.state is None:
            return
        was_last = self.state.position == len(self.state.answers) - 1
        self.state = self.state.answer(value)
        self.record = self.record.update(self.state)
        if self.state.complete and was_last:
            result = self.engine.score(self.state.form, self.state.answers)
            self.record = self.record.finish(self._today(), result)
            self._save()
            self.state = None
            self.show_last_result()
            return
        if was_last:  # an item skipped with Back: go to the first unanswered one
            self.state = self.state.go_to(self.state.answers.index(None))
            self.record = self.record.update(self.state)
        self._save()
        self._show_question()

    def back(self) -> None:
        """Show the item before."""
        if self.state is not None and self.state.position > 0:
            self.state = self.state.go_to(self.state.position - 1)
            self.record = self.record.update(self.state)
            self._save()
            self._show_question()

    def show_last_result(self) -> None:
        """Show the last result kept, with its matches at the chosen preparation."""
        saved = self.record.last
        if saved is None:
            return
        self.result = self.engine.saved_result(saved)
        self.results.show_result(self.result, saved.finished, self.engine.credit())
        self._show_matches(self.results.level.currentData())
        self.widget.setCurrentWidget(self.results)
        self._show(self.widget)

    def interests_summary(self) -> InterestsSummary | None:
        """The last result as the printed "My interests" page says it, with the matches
        at the preparation chosen on the results screen; None with no result."""
        saved = self.record.last
        if saved is None or self.result is None:
            return None
        return self.engine.summary(self.result, saved.finished, self.results.level.currentData())

    def print_interests(self) -> None:
        """The results screen's Print: "My interests" on a printer the student picks."""
        from explorer.ui.quiz.printing import print_interests

        summary = self.interests_summary()
        if summary is not None:
            self._say(print_interests(self.results, self._settings, summary))

    def save_interests(self) -> None:
        """The results screen's Save as PDF: "My interests" in a file the student names."""
        from explorer.ui.quiz.printing import save_interests

        summary = self.interests_summary()
        if summary is not None:
            self._say(save_interests(self.results, self._settings, summary))

    def _say(self, line: str) -> None:
        if line:
            self.message.emit(line)

    def _show_matches(self, job_zone: int | None) -> None:
        if self.result is None:
            return
        self.results.show_matches(
            self.engine.matches(self.result, job_zone=job_zone), self.result.ranked
        )

    def _show_question(self) -> None:
        assert self.state is not None
        items = self.items()
        position = self.state.position
        self.question.show_item(
            items[position].text, position, len(items), self.state.answers[position]
        )
        self.widget.setCurrentWidget(self.question)
        self._show(self.widget)
        self.question.setFocus(Qt.FocusReason.OtherFocusReason)
        if self._results is None:  # while the student reads: the results then show at once
            QTimer.singleShot(PREPARE_DELAY_MS, self._prepare_results)

    def _prepare_results(self) -> None:
        """Make the results page, its graph and the matcher ahead of the last answer."""
        self.results.chart.make_graph()
        self.engine.matches((1, 2, 3, 4, 5, 6), limit=1)

    def _save(self) -> None:
        """Keep the record in the settings now (the window's close writes it to the file
        at the latest) and write the file soon."""
        user_settings.quiz_record.write(self._settings, self.record)
        self._sync.start()
