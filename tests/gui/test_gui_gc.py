"""Garbage is collected on the GUI thread only while the search worker lives.

A collection that happened to run in the search worker deleted Qt objects of
the GUI thread from the wrong thread and crashed the test run (a segmentation
fault in "Garbage-collecting" under SearchEngine.search).
"""

from __future__ import annotations

import gc

from explorer.data.repository import CareerData
from explorer.ui.browse.search_service import SearchService
from explorer.ui.gui_gc import GuiThreadCollector


def test_the_search_worker_switches_automatic_collection_off(qtbot, data: CareerData) -> None:
    assert gc.isenabled()
    service = SearchService(data.path)
    try:
        assert not gc.isenabled()
        with qtbot.waitSignal(service.results, timeout=10_000) as found:
            service.request("nurse")
        assert found.args[0].hits
    finally:
        service.shutdown()
    assert gc.isenabled()


def test_the_collector_collects_on_its_timer(qtbot) -> None:
    collector = GuiThreadCollector()
    collector.start()
    try:
        threshold = gc.get_threshold()[0]
        junk = []
        for _ in range(threshold + 50):
            cycle: list[object] = []
            cycle.append(cycle)
            junk.append(cycle)
        del junk, cycle
        assert gc.get_count()[0] > threshold
        qtbot.waitUntil(lambda: gc.get_count()[0] < threshold, timeout=3000)
    finally:
        collector.stop()
    assert gc.isenabled()
