"""The plain main window opens on the real database and names its data."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from explorer.repository import CareerData
from explorer.ui.main_window import MainWindow


def test_main_window_shows_the_occupation_count(qtbot, data: CareerData) -> None:
    window = MainWindow(data)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle() == "Career Explorer"
    text = window.findChild(QLabel, "dataSummary").text()
    assert "1,016 occupations" in text
    assert "BLS Occupational Employment and Wage Statistics: May 2025" in text
    assert "O*NET 30.1: December 2025" in text
