"""Guard against a Qt binding that drops references on item changes (PySide6 6.12.0).

PySide6 6.12.0 loses a reference to the value pyqtgraph's itemChange hands back to
Qt, on every graphics-item change. For most changes that value is None, True or False:
on Python 3.11 those are ordinary objects, so their counts run down and the interpreter
crashes after a few hundred charts. From Python 3.12 they are immortal (PEP 683) and
their counts never change, so a check of None alone would pass whatever the binding
does. Hence two tests: one passes an ordinary (mortal) object, a parent item, through
the same itemChange path on every Python version; the other draws real charts and
watches None, True and False where they can be counted, and says so when it is skipped.
"""

from __future__ import annotations

import gc
import sys

import pyqtgraph as pg
import pytest

from explorer.data.repository import CareerData
from explorer.profile import pay
from explorer.ui.widgets.chart_panel import ChartPanel

from conftest import ctx

#: Item changes per test: a binding that loses one reference per change loses hundreds.
CHANGES = 200


def _is_immortal(obj: object) -> bool:
    """True where the interpreter does not count references to obj (3.12+: None...)."""
    before = sys.getrefcount(obj)
    extra = [obj] * 100
    counted = sys.getrefcount(obj) - before
    del extra
    return counted < 100


def test_item_changes_keep_references_to_their_values(qtbot) -> None:
    """Moving an item in and out of a parent passes the parent (a mortal object) through
    pyqtgraph's itemChange and back to Qt; afterwards its count is where it started, as
    are those of None, True and False where they are counted (Python 3.11)."""
    parent, child = pg.ItemGroup(), pg.ItemGroup()
    assert not _is_immortal(parent)
    # Enough references that a binding losing some cannot free the parent mid-test:
    # the test then fails on the count instead of crashing.
    keep = [parent, child] * (8 * CHANGES)
    child.setParentItem(parent)
    child.setParentItem(None)
    watched = {
        "parent": parent,
        "child": child,
        **{repr(v): v for v in (None, True, False) if not _is_immortal(v)},
    }
    gc.collect()
    before = {name: sys.getrefcount(value) for name, value in watched.items()}
    for _ in range(CHANGES):
        child.setParentItem(parent)
        child.setVisible(False)
        child.setParentItem(None)
        child.setVisible(True)
    gc.collect()
    after = {name: sys.getrefcount(value) for name, value in watched.items()}
    lost = {name: before[name] - after[name] for name in watched if after[name] < before[name]}
    assert lost == {}, f"references lost on item changes: {lost}"
    assert len(keep) == 16 * CHANGES  # held to here: a robbed item is not freed mid-test


def test_drawing_charts_keeps_references_to_none_true_false(qtbot, data: CareerData) -> None:
    """Drawing charts leaves the counts of None, True and False where they were.

    PySide6 6.11 itself keeps about nine more references to None per drawing (it never
    drops them), which hides a loss of one per item change here; the isolated test
    above catches that. This one catches a loss larger than that growth.
    """
    mortal = [value for value in (None, True, False) if not _is_immortal(value)]
    if not mortal:
        pytest.skip(
            "None, True and False are immortal on Python 3.12+ (PEP 683), so their "
            "counts cannot fall; test_item_changes_keep_references_to_their_values "
            "guards the binding there"
        )
    occupation = data.occupation("29-2072.00")
    panel = ChartPanel()
    qtbot.addWidget(panel)
    panel.show()
    # Bars, a line and an empty chart in turn: redrawing one chart reuses its items
    # unchanged, so it makes no item changes at all and would test nothing.
    charts = [
        pay.pay_percentiles(ctx(occupation)),
        pay.wage_trend(ctx(occupation)),
        pay.pay_percentiles(ctx("55-1011.00")),
    ]
    assert [c.kind for c in charts[:2]] == ["bar", "line"] and charts[2].is_empty()
    for chart in charts:  # first drawings fill caches that hold None: not a loss
        panel.set_chart(chart)
        qtbot.wait(1)
    gc.collect()
    before = [sys.getrefcount(value) for value in mortal]
    for _ in range(10):
        for chart in charts:
            panel.set_chart(chart)
            qtbot.wait(1)
    gc.collect()
    after = [sys.getrefcount(value) for value in mortal]
    lost = {repr(v): b - a for v, b, a in zip(mortal, before, after, strict=True) if a < b - 50}
    assert lost == {}, f"references lost while drawing charts: {lost}"
