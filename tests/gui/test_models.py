"""Every Qt item model in explorer.ui passes Qt's model tester, filled with real data.

A model that reports one row too many, or answers data() with the wrong type, shows
nothing wrong until a view asks for that row or a screen reader reads that cell. Each
model here is filled from the committed careers.db for occupations with full figures
(Medical Records Specialists), hourly wages only (Actors) and none at all (Air Crew
Officers), then checked by pytest-qt's qtmodeltester (Qt's C++ QAbstractItemModelTester,
whose warnings fail the test), by its Python tester (which also checks each role's type)
and by a sweep of every cell. The model classes are found by reading src/explorer/ui,
so a new model fails test_every_model_class_is_checked until a check is added here.
"""

from __future__ import annotations

import ast
import importlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from explorer.data.catalog import OccupationFilter, load_catalog
from explorer.data.records import Occupation
from explorer.data.repository import CareerData
from explorer.profile import state_map, states
from explorer.profile.blocks import Chart, ChartChoice
from explorer.profile.chart_data import ChartData
from explorer.profile.registry import SECTION_KEYS, build_section
from explorer.profile.sources import releases
from explorer.ui.browse.results_model import MATCHED_COLUMN, ResultsModel, ResultsProxy
from explorer.ui.compare.model import CompareModel
from explorer.ui.home.choice_view import Choice, ChoiceModel
from explorer.ui.home.cluster_icons import cluster_icon
from explorer.ui.home.controller import cluster_counts
from explorer.ui.jobs_map.page import JobsTableModel
from explorer.ui.mylist.model import MyListModel
from explorer.ui.profile.state_tables import (
    AreaTableModel,
    MapTableModel,
    NumericSortProxy,
    StateTableModel,
)
from explorer.ui.quiz.matches_model import MatchesModel
from explorer.ui.widgets.chart_table import ChartTableModel

from conftest import ctx

UI = Path(__file__).resolve().parents[2] / "src" / "explorer" / "ui"
#: Full figures; hourly wages only; no wage or projection figures at all.
CODES = ("29-2072.00", "27-2011.00", "55-1011.00")
#: Roles whose value a view shows as text: None or a str, never a number or a tuple.
TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
EMPTY_CHART = ChartData(
    title="Nothing published",
    kind="bar",
    categories=(),
    series=(),
    unit="count",
    category_axis="",
    value_axis="",
    source="",
)


def _model_classes() -> Iterator[type[QAbstractItemModel]]:
    """Every QAbstractItemModel subclass defined in a module under src/explorer/ui (a private
    base such as state_tables._RowsModel is checked through the models built on it)."""
    for path in sorted(UI.rglob("*.py")):
        names = [
            node.name
            for node in ast.walk(ast.parse(path.read_text()))
            if isinstance(node, ast.ClassDef) and not node.name.startswith("_")
        ]
        if not names:
            continue
        parts = ("explorer", *path.relative_to(UI.parent).with_suffix("").parts)
        module = importlib.import_module(".".join(p for p in parts if p != "__init__"))
        for name in names:
            cls = getattr(module, name, None)
            if isinstance(cls, type) and issubclass(cls, QAbstractItemModel):
                yield cls


def _sweep(model: QAbstractItemModel) -> None:
    """Read every cell and header as a view would; text roles must give text.

    Every model here is a flat table, so no cell has rows of its own.
    """
    parent = QModelIndex()
    rows, columns = model.rowCount(parent), model.columnCount(parent)
    for column in range(columns):
        for role in TEXT_ROLES:
            header = model.headerData(column, Qt.Orientation.Horizontal, role)
            assert header is None or isinstance(header, str), (column, role, header)
    for row in range(rows):
        for column in range(columns):
            index = model.index(row, column, parent)
            assert index.isValid(), (row, column)
            for role in TEXT_ROLES:
                value = model.data(index, role)  # index.data() crashes on a raise
                assert value is None or isinstance(value, str), (row, column, role, value)
            assert model.rowCount(index) == 0, (row, column)
    assert not model.index(rows, 0, parent).isValid(), "an index past the last row"
    assert not model.index(0, columns, parent).isValid(), "an index past the last column"


def _check(qtmodeltester, model: QAbstractItemModel, fill: Callable[[], None]) -> None:
    """Attach both model testers, then fill the model (they recheck on every signal)."""
    qtmodeltester.check(model)  # Qt's C++ tester: its warnings fail the test
    ModelTester(None).check(model, force_py=True)  # also checks each role's value type
    fill()
    _sweep(model)


def _occupations(data: CareerData) -> list[Occupation]:
    return [data.occupation(code) for code in CODES]


def _charts(data: CareerData, occupation: Occupation) -> list[ChartData]:
    """Every chart the profile draws (every form of a choice), from the section registry."""
    context = ctx(occupation)
    charts: list[ChartData] = []
    for key in SECTION_KEYS:
        for block in build_section(key, context).blocks:
            if isinstance(block, Chart):
                charts.append(block.chart)
            elif isinstance(block, ChartChoice):
                charts.extend(chart for _, chart in block.options)
    assert len(charts) >= 16
    return charts


def check_results_model(qtmodeltester, data: CareerData) -> None:
    model = ResultsModel()
    rows = load_catalog(data)

    def fill() -> None:
        model.set_rows(rows)
        model.set_rows(rows[:40], [f"title: {r.title.split()[0]}" for r in rows[:40]])
        model.set_rows([])
        model.set_rows(rows)

    _check(qtmodeltester, model, fill)


def check_results_proxy(qtmodeltester, data: CareerData) -> None:
    model = ResultsModel()
    proxy = ResultsProxy()
    proxy.setSourceModel(model)
    rows = load_catalog(data)

    def fill() -> None:
        model.set_rows(rows, ["matched"] * len(rows))
        proxy.sort(1, Qt.SortOrder.DescendingOrder)
        proxy.set_filter(OccupationFilter(wage_min=60_000, bright_outlook_only=True))
        proxy.sort(MATCHED_COLUMN, Qt.SortOrder.AscendingOrder)
        proxy.set_filter(OccupationFilter(major_group="29-0000"))
        proxy.sort(-1)
        proxy.set_filter(OccupationFilter())

    _check(qtmodeltester, proxy, fill)


def check_chart_table_model(qtmodeltester, data: CareerData) -> None:
    model = ChartTableModel()

    def fill() -> None:
        for occupation in _occupations(data):
            for chart in _charts(data, occupation):
                model.set_chart(chart)
                _sweep(model)
                # One row per category, a column for the names and one per series.
                assert (model.rowCount(), model.columnCount()) == (
                    len(chart.categories),
                    1 + len(chart.series),
                ), chart.title
        model.set_chart(EMPTY_CHART)

    _check(qtmodeltester, model, fill)


def check_map_table_model(qtmodeltester, data: CareerData) -> None:
    model = MapTableModel()

    def fill() -> None:
        for occupation in _occupations(data):
            rows = state_map.state_rows(occupation.states, occupation.wage_soc_code is not None)
            for measure in state_map.MEASURES:
                model.set_map(state_map.map_data(rows, measure.key, releases(data)))
                _sweep(model)

    _check(qtmodeltester, model, fill)


def check_state_table_model(qtmodeltester, data: CareerData) -> None:
    model = StateTableModel()

    def fill() -> None:
        for occupation in _occupations(data):
            published = occupation.wage_soc_code is not None
            model.set_rows(state_map.state_rows(occupation.states, published))
            _sweep(model)

    _check(qtmodeltester, model, fill)


def check_area_table_model(qtmodeltester, data: CareerData) -> None:
    model = AreaTableModel()

    def fill() -> None:
        for occupation in _occupations(data):
            soc = occupation.wage_soc_code
            areas = data.areas(soc) if soc else ()
            for by, state, hourly in (
                ("employment", None, False),
                ("wage", "CA", True),
                ("wage", "WY", False),
            ):
                model.set_rows(states.top_areas(areas, by, state, hourly), hourly)
                _sweep(model)
        model.set_rows([], False)

    _check(qtmodeltester, model, fill)


def check_numeric_sort_proxy(qtmodeltester, data: CareerData) -> None:
    model = StateTableModel()
    proxy = NumericSortProxy()
    proxy.setSourceModel(model)

    def fill() -> None:
        for occupation in _occupations(data):
            model.set_rows(
                state_map.state_rows(occupation.states, occupation.wage_soc_code is not None)
            )
            for column in range(model.columnCount()):
                for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                    proxy.sort(column, order)
            _sweep(proxy)

    _check(qtmodeltester, proxy, fill)


def check_choice_model(qtmodeltester, data: CareerData) -> None:
    clusters = cluster_counts(load_catalog(data))
    model = ChoiceModel(
        [
            Choice(name, name, f"{count} occupations", cluster_icon(name, 24))
            for name, count in clusters
        ]
    )
    _check(qtmodeltester, model, lambda: None)
    assert model.rowCount() == 16


def check_matches_model(qtmodeltester, data: CareerData) -> None:
    from explorer.quiz.engine import InterestQuiz

    engine = InterestQuiz(data)
    model = MatchesModel()
    _check(qtmodeltester, model, lambda: model.set_matches(engine.matches((5, 20, 15, 8, 10, 6))))
    assert model.rowCount() > len(model.matches()) > 0
    model.set_matches(())
    assert model.rowCount() == 0


def check_jobs_table_model(qtmodeltester, data: CareerData) -> None:
    from explorer.data.jobs_map import jobs_map
    from explorer.ui.jobs_map.measures import measures

    jobs = jobs_map(data)
    model = JobsTableModel()
    _check(qtmodeltester, model, lambda: model.set_map(jobs, measures(jobs.tiles)["growth"]))
    assert model.rowCount() == len(jobs.tiles) > 800


#: The check of each model class, by class.
def check_my_list_model(qtmodeltester, data: CareerData) -> None:
    import tempfile

    from explorer.ui.mylist.controller import MyListController

    titles = {row.code: row.title for row in load_catalog(data)}
    folder = Path(tempfile.mkdtemp(prefix="my-list-model-"))
    controller = MyListController(titles, path=folder / "my-list.json")
    model = MyListModel(controller)

    def fill() -> None:
        for code in CODES:
            controller.add(code)
        controller.set_note(CODES[0], "a note")
        controller.move(CODES[-1], -5)
        controller.remove(CODES[1])

    _check(qtmodeltester, model, fill)
    assert model.rowCount() == len(CODES) - 1


def check_compare_model(qtmodeltester, data: CareerData) -> None:
    from explorer.profile.compare import build_comparison

    model = CompareModel()
    _check(
        qtmodeltester,
        model,
        lambda: model.set_comparison(build_comparison(data, list(CODES))),
    )
    assert model.columnCount() == len(CODES) + 1 and model.rowCount() > 10


CHECKS: dict[type[QAbstractItemModel], Callable[..., None]] = {
    ResultsModel: check_results_model,
    ResultsProxy: check_results_proxy,
    ChartTableModel: check_chart_table_model,
    MapTableModel: check_map_table_model,
    StateTableModel: check_state_table_model,
    AreaTableModel: check_area_table_model,
    NumericSortProxy: check_numeric_sort_proxy,
    ChoiceModel: check_choice_model,
    MatchesModel: check_matches_model,
    JobsTableModel: check_jobs_table_model,
    MyListModel: check_my_list_model,
    CompareModel: check_compare_model,
}


def test_every_model_class_is_checked() -> None:
    """A model class added under explorer.ui needs a check in CHECKS (this file)."""
    found = {f"{c.__module__}.{c.__qualname__}" for c in _model_classes()}
    checked = {f"{c.__module__}.{c.__qualname__}" for c in CHECKS}
    assert found, "no model classes found: has src/explorer/ui moved?"
    assert sorted(found - checked) == [], "model classes with no check in CHECKS"
    assert sorted(checked - found) == [], "checks of classes no longer under explorer.ui"


@pytest.mark.parametrize("model_class", list(CHECKS), ids=lambda c: c.__name__)
def test_model_passes_the_model_testers(
    qapp, qtmodeltester, data: CareerData, model_class: type[QAbstractItemModel]
) -> None:
    CHECKS[model_class](qtmodeltester, data)
