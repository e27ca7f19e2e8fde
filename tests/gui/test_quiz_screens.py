"""The interest quiz in the window: keys 1-5 answer, Back, '12 of 30', resuming after the
window closes, the results (scores equal the engine's) with their matches, Clear my answers."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from explorer.data.repository import CareerData
from explorer.quiz.engine import InterestQuiz
from explorer.ui.main_window import MainWindow
from explorer.ui.quiz.matches_model import CODE_ROLE
from explorer.ui.settings import SETTINGS_DIR_ENV

#: Answers (0-4) that rank the areas: an area's activities all get one answer.
PATTERN = {"Realistic": 0, "Investigative": 4, "Artistic": 3, "Social": 1,
           "Enterprising": 2, "Conventional": 1}  # fmt: skip


def _answer_all(qtbot, window: MainWindow, data: CareerData) -> list[int]:
    items = InterestQuiz(data).items("short")
    answers = [PATTERN[item.area] for item in items]
    for value in answers:
        qtbot.keyClick(window.quiz.question, Qt.Key(Qt.Key.Key_1 + value))
    return answers


def test_keys_answer_back_goes_back_and_progress_counts(qtbot, window: MainWindow) -> None:
    window.home.page.quiz_button.click()
    quiz = window.quiz
    assert quiz.widget.isVisible() and quiz.question.progress.text() == "1 of 30"
    qtbot.keyClick(quiz.question, Qt.Key.Key_4)
    assert quiz.question.progress.text() == "2 of 30"
    assert quiz.state is not None and quiz.state.answers[0] == 3
    for _ in range(10):
        qtbot.keyClick(quiz.question, Qt.Key.Key_2)
    assert quiz.question.progress.text() == "12 of 30"
    quiz.question.back_button.click()
    assert quiz.question.progress.text() == "11 of 30"
    assert quiz.question.buttons[1].isDefault()  # its answer is marked
    qtbot.keyClick(quiz.question, Qt.Key.Key_Backspace)
    assert quiz.question.progress.text() == "10 of 30"
    assert "Activity:" in quiz.question.item.accessibleName()
    assert all(
        b.accessibleName().endswith(quiz.question.item.text()) for b in quiz.question.buttons
    )


def test_closing_mid_way_resumes_in_a_new_window(
    qtbot, data: CareerData, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(SETTINGS_DIR_ENV, str(tmp_path / "settings"))
    first = MainWindow(data)
    qtbot.addWidget(first)
    first.show()
    first.home.page.quiz_button.click()
    for _ in range(12):
        qtbot.keyClick(first.quiz.question, Qt.Key.Key_5)
    first.close()
    again = MainWindow(data)
    qtbot.addWidget(again)
    again.show()
    assert again.home.showing_home()
    assert again.home.page.quiz_button.text() == "Continue the interest quiz (12 of 30)"
    again.home.page.quiz_button.click()
    assert again.quiz.question.progress.text() == "13 of 30"
    again.close()


def test_results_show_the_engines_scores_and_matches(
    qtbot, window: MainWindow, data: CareerData
) -> None:
    window.home.page.quiz_button.click()
    answers = _answer_all(qtbot, window, data)
    engine = InterestQuiz(data)
    result = engine.score("short", answers)
    results = window.quiz.results
    assert results.isVisible()
    table = results.chart.table_model
    shown = {table.index(r, 0).data(): table.index(r, 1).data() for r in range(table.rowCount())}
    assert shown == {f"{s.area} ({s.letter})": str(s.score) for s in result.scores}
    assert "Investigative" in results.top.text() and "Artistic" in results.top.text()
    assert [m.code for m in results.matches_model.matches()] == [
        m.code for m in engine.matches(result)
    ]
    results.level.setCurrentIndex(results.level.findData(4))
    zone_four = [m.code for m in engine.matches(result, job_zone=4)]
    assert zone_four
    assert [m.code for m in results.matches_model.matches()] == zone_four
    row = next(
        r
        for r in range(results.matches_model.rowCount())
        if results.matches_model.index(r, 0).data(CODE_ROLE)
    )
    results.matches.clicked.emit(results.matches_model.index(row, 0))
    assert window.profile.code == zone_four[0] and window.profile.isVisible()
    window.home.show_home()
    assert window.home.page.quiz_button.text() == "See my interest results"
    window.home.page.quiz_button.click()  # the result is kept: Home's button shows it
    assert window.quiz.results.isVisible()


def test_clear_my_answers_forgets_the_result(qtbot, window: MainWindow, data: CareerData) -> None:
    window.home.page.quiz_button.click()
    _answer_all(qtbot, window, data)
    assert window.quiz.record.last is not None
    window.quiz.results.clear.click()
    assert window.home.showing_home()
    again = MainWindow(data)  # same settings folder
    qtbot.addWidget(again)
    assert again.quiz.record.last is None and again.quiz.record.current is None
    assert again.home.page.quiz_button.text() == "Take the interest quiz"
    again.home.page.quiz_button.click()
    assert again.quiz.question.progress.text() == "1 of 30"
    again.close()


def test_save_as_pdf_writes_my_interests_at_the_chosen_level(
    qtbot, window: MainWindow, data: CareerData, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog

    window.home.page.quiz_button.click()
    answers = _answer_all(qtbot, window, data)
    results = window.quiz.results
    results.level.setCurrentIndex(results.level.findData(4))  # Job Zone 4
    target = tmp_path / "mine"
    asked: list[str] = []

    def answer(_parent, _title, suggested, _filter):  # type: ignore[no-untyped-def]
        asked.append(suggested)
        return str(target), "PDF files (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    qtbot.mouseClick(results.save_button, Qt.MouseButton.LeftButton)
    assert asked and asked[0].endswith("My interests.pdf")
    saved = tmp_path / "mine.pdf"
    pages = PdfReader(saved).pages
    assert len(pages) == 1
    text = " ".join(unicodedata.normalize("NFKC", pages[0].extract_text()).split())
    engine = InterestQuiz(data)
    expected = engine.matches(engine.score("short", answers), job_zone=4)
    assert "Occupations that fit, at Job Zone 4" in text
    for match in expected[:3]:
        assert " ".join(match.title.split()) in text
    assert window.statusBar().currentMessage() == f"Saved {saved} (1 page)."


def test_results_fit_beside_the_filters_and_my_list_at_1024(
    qtbot, window: MainWindow, data: CareerData
) -> None:
    """At 1024×768 with the filters and My list shown (Ctrl+L), nothing on the results
    page is cut off at the right: the page is no wider than the room it has."""
    window.resize(1024, 768)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.splitter.sizes()[0] > 0)
    window.home.page.quiz_button.click()
    _answer_all(qtbot, window, data)
    results = window.quiz.results
    qtbot.waitUntil(results.isVisible)
    body = results.widget()
    assert body.width() <= results.viewport().width()
    for button in (results.print_button, results.save_button, results.retake, results.clear):
        right = button.mapTo(results.viewport(), button.rect().topRight()).x()
        assert right < results.viewport().width(), button.text()


def test_scrolling_the_results_with_the_wheel_keeps_the_preparation_level(
    qtbot, window: MainWindow, data: CareerData
) -> None:
    """The mouse wheel over the unfocused "Preparation needed" box scrolls the page; it
    must not change the level (and with it the matches) as the box passes the pointer."""
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    window.resize(1024, 600)
    window.home.page.quiz_button.click()
    _answer_all(qtbot, window, data)
    results = window.quiz.results
    qtbot.waitUntil(results.isVisible)
    level, before = results.level, results.level.currentIndex()
    results.ensureWidgetVisible(level)
    results.setFocus()
    centre = level.rect().center()
    wheel = QWheelEvent(
        QPointF(centre), QPointF(level.mapToGlobal(centre)), QPoint(0, 0), QPoint(0, -120),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
        False,
    )  # fmt: skip
    QApplication.sendEvent(level, wheel)
    assert level.currentIndex() == before
