"""Guard against a Qt binding that drops references to None (PySide6 6.12.0).

On Python 3.11 None is an ordinary object: a binding that releases it once per
graphics-item change crashes the interpreter after a few hundred charts. This
draws charts repeatedly and checks None's reference count does not fall.
"""

from __future__ import annotations

import gc
import sys

from explorer.data.repository import CareerData
from explorer.profile import pay
from explorer.ui.widgets.charts import ChartPanel

from conftest import ctx


def test_drawing_charts_keeps_references_to_none(qtbot, data: CareerData) -> None:
    occupation = data.occupation("29-2072.00")
    panel = ChartPanel()
    qtbot.addWidget(panel)
    panel.show()
    chart = pay.pay_percentiles(ctx(occupation))
    panel.set_chart(chart)
    gc.collect()
    before = sys.getrefcount(None)
    for _ in range(30):
        panel.set_chart(chart)
        qtbot.wait(1)
    gc.collect()
    assert sys.getrefcount(None) >= before - 50
