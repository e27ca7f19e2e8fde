"""The main window. For now a plain window that names the data it carries;
search, browse and the profile arrive with their own issues."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from ..repository import CareerData


class MainWindow(QMainWindow):
    """Top-level window of Career Explorer."""

    def __init__(self, data: CareerData) -> None:
        super().__init__()
        self.data = data
        self.setWindowTitle("Career Explorer")
        self.resize(1000, 700)
        releases = "<br>".join(f"{s['title']}: {s['release']}" for s in data.sources())
        summary = QLabel(
            f"<h1>Career Explorer</h1><p>{data.occupation_count():,} occupations.</p>"
            f"<p>{releases}</p>")
        summary.setAlignment(Qt.AlignmentFlag.AlignCenter)
        summary.setAccessibleName("About the data")
        summary.setObjectName("dataSummary")
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(summary)
        self.setCentralWidget(central)
