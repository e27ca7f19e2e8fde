"""One profile tab: draws a section's blocks (explorer.profile.blocks) as widgets.

Every tab is a SectionPage; what it shows is decided by the section's
builder in explorer.profile, never here. Widgets are kept by block key and
reused for the next occupation (a pyqtgraph plot takes ~25 ms to make), and
a block the next occupation lacks is hidden, not destroyed.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from explorer.data.catalog import OccupationSummary
from explorer.data.repository import CareerData
from explorer.profile.blocks import (
    Block,
    Chart,
    ChartChoice,
    Facts,
    Html,
    ItemList,
    OccupationList,
    Section,
    StateExplorer,
    Table,
)
from explorer.ui.profile.details_table import DetailsTable, table_html
from explorer.ui.profile.item_list import ItemListPanel
from explorer.ui.profile.occupation_list import OccupationListPanel
from explorer.ui.profile.state_tab import StateTab
from explorer.ui.widgets.chart_panel import ChartPanel
from explorer.ui.widgets.rich_text import RichTextView


def facts_html(block: Facts | Table) -> str:
    """A facts list or a small table as rich text, with its caption and source."""
    if isinstance(block, Table):
        return table_html(block)
    body = "".join(
        f"<tr><th align=left>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in block.rows
    )
    caption = f"<p><b>{escape(block.caption)}</b></p>" if block.caption else ""
    source = f"<p><small>{escape(block.source)}</small></p>" if block.source else ""
    return f"{caption}<table cellspacing=4>{body}</table>{source}"


def _widget_type(block: Block) -> type[QWidget]:
    """The kind of widget that draws block (a widget of another kind is replaced)."""
    if isinstance(block, Chart):
        return ChartPanel
    if isinstance(block, ChartChoice):
        return ChartChoicePanel
    if isinstance(block, OccupationList):
        return OccupationListPanel
    if isinstance(block, StateExplorer):
        return StateTab
    if isinstance(block, Table) and block.details:
        return DetailsTable
    if isinstance(block, ItemList):
        return ItemListPanel
    return RichTextView  # text, facts and small tables


class ChartChoicePanel(QWidget):
    """A chart in several forms with radio buttons to switch (Annual / Hourly)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice: ChartChoice | None = None
        self.buttons: list[QRadioButton] = []
        self.group = QButtonGroup(self)
        self.row = QHBoxLayout()
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addStretch(1)
        for _ in range(2):  # made before the panel: Tab reaches them before the chart
            self._add_button()
        self.panel = ChartPanel()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.row)
        column.addWidget(self.panel)
        self.group.idToggled.connect(self._toggled)

    def set_choice(self, choice: ChartChoice) -> None:
        """Show the choice's selected form; the buttons switch between the forms."""
        self.choice = choice
        while len(self.buttons) < len(choice.options):
            self._add_button()
        # A switch only where there is something to switch to: two forms with figures.
        switchable = sum(not chart.is_empty() for _, chart in choice.options) > 1
        for index, button in enumerate(self.buttons):
            button.setVisible(switchable and index < len(choice.options))
            if index < len(choice.options):
                button.setText(choice.options[index][0])
        self.group.blockSignals(True)
        self.buttons[choice.selected].setChecked(True)
        self.group.blockSignals(False)
        self.panel.set_chart(choice.chart)

    def _add_button(self) -> None:
        button = QRadioButton()
        self.group.addButton(button, len(self.buttons))
        self.row.insertWidget(len(self.buttons), button)
        self.buttons.append(button)

    def selected(self) -> int:
        """The index of the form shown."""
        return self.group.checkedId()

    def _toggled(self, index: int, checked: bool) -> None:
        if checked and self.choice is not None and index < len(self.choice.options):
            self.panel.set_chart(self.choice.options[index][1])


class SectionPage(QScrollArea):
    """A scrolling column of one section's blocks.

    Links to other occupations emit `open_requested` (a code); the State Data
    explorer's choice of home state `home_state_changed` (an abbreviation or "").
    """

    open_requested = Signal(str)
    home_state_changed = Signal(str)
    #: An occupation list's table was made (the window puts My list's stars in it).
    list_made = Signal(QWidget)

    def __init__(
        self,
        data: CareerData,
        catalog: Mapping[str, OccupationSummary],
        home_state: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.data = data
        self.catalog = catalog
        self.home_state = home_state
        self.section: Section | None = None
        self.widgets: dict[str, QWidget] = {}
        #: Widgets of another kind a block had before, kept for when it has that kind again.
        self._spares: dict[tuple[str, type[QWidget]], QWidget] = {}
        self.setWidgetResizable(True)
        body = QWidget()
        self.column = QVBoxLayout(body)
        self.column.addStretch(1)
        self.setWidget(body)

    # -- filling ----------------------------------------------------------------------

    def show_section(self, section: Section) -> None:
        """Show the section's blocks in order, reusing the widgets of the last one."""
        for _ in self.fill_steps(section):
            pass

    def fill_steps(self, section: Section) -> Iterator[None]:
        """show_section a block at a time (the warm-up runs one step per idle moment)."""
        self.section = section
        shown = set()
        for index, block in enumerate(section.blocks):
            key = block.key or f"{type(block).__name__}{index}"
            shown.add(key)
            widget = self.widgets.get(key)
            kind = _widget_type(block)
            if widget is None or type(widget) is not kind:
                if widget is not None:  # the block changed kind (a table, then a sentence):
                    widget.setVisible(False)  # keep the other kind for the next occupation
                    self._spares[(key, type(widget))] = widget
                spare = self._spares.pop((key, kind), None)
                widget = spare if spare is not None else self._make(block)
                self.widgets[key] = widget
                if spare is None:
                    yield
            if self.column.indexOf(widget) != index:
                self.column.removeWidget(widget)
                self.column.insertWidget(index, widget)
            self._fill(widget, block)
            if widget.isHidden():
                widget.setVisible(True)
            yield
        for key, widget in self.widgets.items():
            if key not in shown:
                widget.setVisible(False)

    def _make(self, block: Block) -> QWidget:
        kind = _widget_type(block)
        widget: QWidget
        if kind is OccupationListPanel:
            listing = OccupationListPanel(self.catalog)
            listing.open_requested.connect(self.open_requested)
            self.list_made.emit(listing.table)
            widget = listing
        elif kind is StateTab:
            explorer = StateTab(self.data, self.home_state)
            explorer.home_state_changed.connect(self.home_state_changed)
            widget = explorer
        else:
            widget = kind()
        # Graphs are made before the widget is laid out: a graph made inside a laid-out
        # page starts from a smaller size hint (half as tall).
        panels = [widget] if isinstance(widget, ChartPanel) else widget.findChildren(ChartPanel)
        for panel in panels:
            panel.make_graph()
        return widget

    def _fill(self, widget: QWidget, block: Block) -> None:
        if isinstance(block, Chart) and isinstance(widget, ChartPanel):
            widget.set_chart(block.chart)
        elif isinstance(block, ChartChoice) and isinstance(widget, ChartChoicePanel):
            widget.set_choice(block)
        elif isinstance(block, OccupationList) and isinstance(widget, OccupationListPanel):
            widget.show_list(block)
        elif isinstance(block, StateExplorer) and isinstance(widget, StateTab):
            widget.show_occupation(block.occupation)
        elif isinstance(block, Html) and isinstance(widget, RichTextView):
            widget.setText(block.html)
        elif isinstance(block, ItemList) and isinstance(widget, ItemListPanel):
            widget.set_list(block)
        elif isinstance(block, Table) and isinstance(widget, DetailsTable):
            widget.set_table(block)
        elif isinstance(block, Facts | Table) and isinstance(widget, RichTextView):
            widget.setText(facts_html(block))

    # -- what tests and the window ask ------------------------------------------------

    def block_widget(self, key: str) -> QWidget:
        """The widget that shows the block `key` (KeyError if the section has none)."""
        return self.widgets[key]

    def chart_panels(self) -> dict[str, ChartPanel]:
        """The visible chart panels by block key (a choice's panel under its key)."""
        panels: dict[str, ChartPanel] = {}
        for key, widget in self.widgets.items():
            if not widget.isVisibleTo(self):
                continue
            if isinstance(widget, ChartPanel):
                panels[key] = widget
            elif isinstance(widget, ChartChoicePanel):
                panels[key] = widget.panel
        return panels
