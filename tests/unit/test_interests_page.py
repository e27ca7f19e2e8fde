"""The printed "My interests" page: one page for every kind of student, on Letter and A4,
with the scores (the chart's axis ending at the top score), what each area means, the
matches at the chosen preparation, the date and the O*NET credit; an unranked result
says why and lists no matches; a failed write leaves the old file."""

from __future__ import annotations

import errno
import os
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from explorer.data.repository import CareerData
from explorer.profile.chart_layout import value_scale
from explorer.quiz.engine import InterestQuiz
from explorer.quiz.scoring import QuizResult
from explorer.quiz.summary import scores_chart
from explorer.reports.interests import write_interests

DAY = date(2026, 12, 6)
AREAS = ("Realistic", "Investigative", "Artistic", "Social", "Enterprising", "Conventional")


@pytest.fixture(scope="module")
def quiz(data: CareerData) -> InterestQuiz:
    return InterestQuiz(data)


def _one_sided(quiz: InterestQuiz, area: str, form: str = "short") -> QuizResult:
    items = quiz.items(form)  # type: ignore[arg-type]
    return quiz.score(form, [4 if item.area == area else 1 for item in items])  # type: ignore[arg-type]


def _text(path: Path) -> tuple[int, str]:
    pages = PdfReader(path).pages
    text = unicodedata.normalize("NFKC", " ".join(p.extract_text() for p in pages))  # ligatures
    return len(pages), " ".join(text.split())


def test_the_score_axis_ends_at_the_top_score(quiz: InterestQuiz) -> None:
    short = _one_sided(quiz, "Social")
    assert value_scale(scores_chart(short)).high == 20
    items = quiz.items("short")
    middling = quiz.score("short", [2 if i.area == "Artistic" else 1 for i in items])
    assert max(middling.sums) == 10 and value_scale(scores_chart(middling)).high == 20
    assert value_scale(scores_chart(_one_sided(quiz, "Social", "long"))).high == 40


@pytest.mark.parametrize("paper", ["letter", "a4"])
@pytest.mark.parametrize("form", ["short", "long"])
def test_every_one_sided_student_at_every_level_gets_one_whole_page(
    qapp, quiz: InterestQuiz, tmp_path: Path, paper: str, form: str
) -> None:
    for area in AREAS:
        result = _one_sided(quiz, area, form)
        for zone in (None, 1, 2, 3, 4, 5):
            summary = quiz.summary(result, DAY, zone)
            path = tmp_path / f"{area}-{zone}.pdf"
            assert write_interests(path, summary, paper) == 1
            pages, text = _text(path)
            assert pages == 1, (area, zone)
            assert "My interests" in text and "December 6, 2026" in text
            for name in AREAS:
                assert f"{name}:" in text  # what each area means
            assert f"1. {area}" in text or f"{area} (" in text
            if summary.matches:
                assert " ".join(summary.matches[0].title.split()) in text, (area, zone)
            assert "CC BY 4.0" in text and "not the O*NET Interest Profiler" in text


def test_a_result_with_no_ranking_says_why_and_lists_no_matches(
    qapp, quiz: InterestQuiz, tmp_path: Path
) -> None:
    same = quiz.score("short", [2] * len(quiz.items("short")))
    assert not same.ranked
    path = tmp_path / "same.pdf"
    write_interests(path, quiz.summary(same, DAY, None))
    pages, text = _text(path)
    assert pages == 1
    assert "no interest area stands out" in text
    assert "Occupations that fit" not in text


def test_a_failed_write_leaves_the_old_file(
    qapp, quiz: InterestQuiz, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "keep.pdf"
    path.write_bytes(b"old")

    def full(_fd: int, _data: object) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "write", full)
    with pytest.raises(OSError):
        write_interests(path, quiz.summary(_one_sided(quiz, "Social"), DAY, None))
    monkeypatch.undo()
    assert path.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.pdf"]


def test_areas_tied_for_third_are_all_listed_and_the_tie_is_said(
    qapp, quiz: InterestQuiz, tmp_path: Path
) -> None:
    """Artistic 11, the other five 10 (the trial's case): every area tied for second is
    a top area, on paper as on screen, and the page says they tie."""
    from explorer.quiz.summary import top_areas_html

    items = quiz.items("short")
    answers = [2] * len(items)
    answers[next(i for i, item in enumerate(items) if item.area == "Artistic")] = 3
    result = quiz.score("short", answers)
    assert result.ranked and len(result.top) == 6
    html = top_areas_html(result, False)
    assert html.count("<li>") == 6
    assert "have the same score" in html
    path = tmp_path / "tied.pdf"
    write_interests(path, quiz.summary(result, DAY, None))
    _pages, text = _text(path)
    for area in AREAS:
        assert f"{area} (" in text
    assert (
        "Realistic, Investigative, Social, Enterprising and Conventional have the same score"
        in text
    )
