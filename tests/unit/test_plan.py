"""My plan (reports/plan.py): read back with pypdf, with and without the quiz, all or
nothing on a mistake."""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from explorer.profile.registry import ReportError
from explorer.quiz.engine import InterestQuiz
from explorer.quiz.progress import SavedResult
from explorer.reports.plan import PlanInput, write_plan

TEN = (
    "29-1141.00",
    "15-1252.00",
    "27-2011.00",
    "11-1011.00",
    "47-2111.00",
    "25-2021.00",
    "29-1071.00",
    "13-2011.00",
    "17-2141.00",
    "55-3011.00",
)


@pytest.fixture
def app(qapp):
    """pytest-qt's QApplication: a bare QGuiApplication made here would leave the session's
    later widget tests without the QApplication they need."""
    return qapp


def read(path: Path) -> tuple[PdfReader, str]:
    reader = PdfReader(path)
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    return reader, unicodedata.normalize("NFKC", text)


def test_plan_has_name_date_quiz_list_notes_comparison_and_next_steps(
    app, data, tmp_path: Path
) -> None:
    quiz = InterestQuiz(data)
    answers = [(1, 4, 3, 0, 2, 1)[i % 6] for i in range(len(quiz.items("short")))]
    result = quiz.score("short", answers)
    entries = tuple((c, f"My note on {c}" if i % 3 == 0 else "") for i, c in enumerate(TEN))
    plan = PlanInput(
        data,
        entries,
        compare=TEN[:4],
        name="Sam Rivera",
        on=date(2026, 12, 6),
        quiz=result,
        home_state="TX",
    )
    out = tmp_path / "plan.pdf"
    pages = write_plan(out, plan)
    reader, text = read(out)
    assert pages == len(reader.pages)
    assert "Prepared for Sam Rivera" in text and "December 6, 2026" in text
    assert "My top interest areas" in text
    for area in result.top_areas:
        assert area in text
    assert f"{result.scores[0].score} of {result.scores[0].maximum}" in text
    assert "not the O*NET Interest Profiler" in text  # the quiz's O*NET credit
    for code in TEN:
        assert code in text
        title = data.occupation(code).title
        assert title in text, title
    assert "My note on 29-1141.00" in text and "My note on 11-1011.00" in text
    assert "Comparing 4 careers" in text and "Median pay in Texas" in text
    landscape = [p for p in reader.pages if p.mediabox.width > p.mediabox.height]
    assert len(landscape) == 2  # the comparison, landscape; the rest portrait
    assert "Next steps" in text and "Programs of study" in text and "Related careers" in text
    assert "Adult Health Nurse/Nursing (CIP 51.3803)" in text
    assert "Acute Care Nurses (29-1141.01), most similar" in text
    assert "USDOL/ETA" in text and f"Page {pages} of {pages}" in text


def test_plan_without_quiz_name_or_comparison_says_so(app, data, tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    write_plan(out, PlanInput(data, (("29-1141", ""),), compare=("29-1141",)))
    _reader, text = read(out)
    assert "The interest quiz was not taken." in text
    assert "Prepared for" not in text
    assert "Star two to four careers to compare them" in text
    assert "Comparing" not in text


def test_a_starred_list_with_one_career_ticked_is_not_told_to_star_careers(
    app, data, tmp_path: Path
) -> None:
    """Three careers on My list, one ticked to compare: the plan must not ask the student
    to star careers (they did); it says how to get the comparison."""
    out = tmp_path / "plan.pdf"
    write_plan(out, PlanInput(data, tuple((code, "") for code in TEN[:3]), compare=(TEN[0],)))
    _reader, text = read(out)
    assert "Star two to four" not in text
    assert "two to four of them" in text


def test_a_saved_quiz_result_is_shown_from_its_scores(app, data, tmp_path: Path) -> None:
    saved = SavedResult("short", (4,) * 30, (20, 15, 10, 5, 0, 3), "ranked", date(2026, 1, 5))
    out = tmp_path / "plan.pdf"
    write_plan(out, PlanInput(data, (("29-1141.00", ""),), quiz=saved))
    _reader, text = read(out)
    assert "Realistic, Investigative and Artistic" in text
    assert "20 of 20" in text


@pytest.mark.parametrize(
    ("plan_entries", "compare", "words"),
    [
        ((), (), "My list is empty"),
        ((("29-1141.00", ""), ("99-0000.00", "")), (), "unknown occupation code"),
        ((("29-1141.00", ""),), ("a", "b", "c", "d", "e"), "at most 4"),
    ],
)
def test_mistakes_write_no_file_and_keep_the_old_one(
    app, data, tmp_path: Path, plan_entries, compare, words
) -> None:
    out = tmp_path / "plan.pdf"
    out.write_bytes(b"old plan")
    with pytest.raises(ReportError, match=words):
        write_plan(out, PlanInput(data, plan_entries, compare=compare))
    assert out.read_bytes() == b"old plan"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]


def test_a_note_or_name_that_looks_like_html_is_printed_as_typed(app, data, tmp_path: Path) -> None:
    note = "<script>x</script> pay &amp; <b>nights</b>"
    plan = PlanInput(
        data, ((TEN[0], note), (TEN[1], "")), name="<i>Sam</i> & Co", on=date(2026, 12, 6)
    )
    path = tmp_path / "plan.pdf"
    write_plan(path, plan)
    _reader, text = read(path)
    assert note in text
    assert "<i>Sam</i> & Co" in text
