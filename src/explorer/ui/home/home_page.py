"""The Home page: shown in the right pane at launch and on Home.

Top to bottom: example searches that fill the search box, the interest quiz,
the 16 career clusters as tiles, lists to browse and the map of all jobs. It
only draws and emits; HomeController decides what each choice does.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from explorer.ui.home.browse_lists import BROWSE_LISTS, EXAMPLE_SEARCHES
from explorer.ui.home.choice_view import Choice, ChoiceModel, ChoiceView
from explorer.ui.home.cluster_icons import cluster_icon

QUIZ_TEXT = (
    "Answer 30 quick questions about activities you might like, and see which kinds of"
    " work fit your interests."
)
MAP_TEXT = (
    "Every occupation as a tile, sized by how many people do that job, grouped by kind of"
    " work and colored by pay, growth or education."
)


def _label(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setAccessibleDescription(name)  # its words are its name; this says what part it is
    return label


class HomePage(QScrollArea):
    """Home, scrolling as one page; each signal carries what the student chose."""

    example_chosen = Signal(str)
    quiz_requested = Signal()
    cluster_chosen = Signal(str)
    list_chosen = Signal(str)
    map_requested = Signal()

    def __init__(
        self,
        clusters: Sequence[tuple[str, int]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("homePage")
        self.setAccessibleName("Home")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Always there (Home is taller than the pane): its width never changes under the page.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(12, 8, 12, 12)

        links = " · ".join(f'<a href="{escape(t)}">{escape(t)}</a>' for t in EXAMPLE_SEARCHES)
        self.examples = _label(
            "<h2>Explore careers</h2><p>Type in the search box on the left a job, a subject or"
            f" something you like doing. Try: {links}</p>",
            "Example searches",
        )
        self.examples.linkActivated.connect(self.example_chosen)

        self.quiz_label = _label(
            f"<h3>Find careers that fit your interests</h3><p>{QUIZ_TEXT}</p>", "Interest quiz"
        )
        self.quiz_button = QPushButton("Take the interest quiz")
        self.quiz_button.setAccessibleName("Take the interest quiz")
        self.quiz_button.clicked.connect(self.quiz_requested)

        icon_size = self.fontMetrics().height() * 2
        ratio = self.devicePixelRatioF()
        self.cluster_model = ChoiceModel(
            [
                Choice(
                    name,
                    name,
                    f"{name}: {count:,} occupations",
                    cluster_icon(name, icon_size, ratio, self._background()),
                )
                for name, count in clusters
            ],
            self,
        )
        self.clusters = ChoiceView(self.cluster_model, True, "Career clusters")
        self.clusters.chosen.connect(self.cluster_chosen)

        self.list_model = ChoiceModel(
            [Choice(b.key, b.title, b.description) for b in BROWSE_LISTS], self
        )
        self.lists = ChoiceView(self.list_model, False, "Lists to browse")
        self.lists.chosen.connect(self.list_chosen)

        self.map_label = _label(f"<h3>A map of all jobs</h3><p>{MAP_TEXT}</p>", "Map of all jobs")
        self.map_button = QPushButton("Open the map of all jobs")
        self.map_button.setAccessibleName("Open the map of all jobs")
        self.map_button.clicked.connect(self.map_requested)

        for widget in (
            self.examples,
            self.quiz_label,
            self.quiz_button,
            _label(
                "<h3>Career clusters</h3><p>Kinds of work that go together.</p>", "Career clusters"
            ),
            self.clusters,
            _label("<h3>Lists to browse</h3>", "Lists to browse"),
            self.lists,
            self.map_label,
            self.map_button,
        ):
            alignment = Qt.AlignmentFlag.AlignLeft if isinstance(widget, QPushButton) else None
            if alignment is None:
                column.addWidget(widget)
            else:
                column.addWidget(widget, 0, alignment)
        column.addStretch(1)
        self.show_map_choice(False)
        self.setWidget(body)

    def _background(self) -> str:
        return self.palette().color(QPalette.ColorRole.Base).name()

    def changeEvent(self, event: QEvent) -> None:
        """A new theme or text size: the cluster icons drawn again in its colours and size."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange) and hasattr(
            self, "cluster_model"
        ):
            size, ratio = self.fontMetrics().height() * 2, self.devicePixelRatioF()
            model = self.cluster_model
            self.cluster_model.set_icons(
                [
                    cluster_icon(model.choice(row).key, size, ratio, self._background())
                    for row in range(model.rowCount())
                ]
            )

    def show_map_choice(self, shown: bool) -> None:
        """Offer the map of all jobs (only once the window has one to open)."""
        self.map_label.setVisible(shown)
        self.map_button.setVisible(shown)
