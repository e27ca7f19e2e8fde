"""The State Data map panel: the tile map with its title and source, or its numbers as a table."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QWidget

from explorer.profile.state_map import MapData
from explorer.ui.profile.state_tables import MapTableModel, make_table
from explorer.ui.widgets.table_panel import TablePanel
from explorer.ui.widgets.tile_map import TileMap


class MapPanel(TablePanel):
    """The titled tile map with its source line, or its numbers as a table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.map = TileMap()
        self.table_model = MapTableModel(self)
        self.table_proxy, self.table = make_table(self.table_model, "Map as a table")
        self.table.setVisible(False)
        self.table.setMinimumHeight(self.fontMetrics().height() * 18)
        metrics = self.table.fontMetrics()
        for column, sample in enumerate(
            ("District of Columbia", "Median annual wage", "$233,050 to $239,200 or more  ")
        ):
            self.table.setColumnWidth(
                column, metrics.horizontalAdvance(sample) + 2 * metrics.height()
            )
        self.body.addWidget(self.map)
        self.body.addWidget(self.table)
        self.body.addWidget(self.source)

    def set_map(self, data: MapData) -> None:
        """Show data on the map and in its table."""
        self.title.setText(f"<b>{escape(data.title)}</b>")
        self.map.set_data(data)
        self.table_model.set_map(data)
        self.source.setText(
            f"<small>{escape(data.source)}. Click a state, or use the "
            "arrow keys and Enter, to see it below.</small>"
        )
        self.toggle.setAccessibleName(f"Show {data.title} as a table")

    def show_table(self, as_table: bool) -> None:
        """Switch between the map and its table."""
        self.map.setVisible(not as_table)
        self.table.setVisible(as_table)
        self.toggle.setText("Show as map" if as_table else "Show as table")
        self.toggle.setChecked(as_table)

    def showing_table(self) -> bool:
        """Whether the table is shown instead of the map."""
        return self.table.isVisibleTo(self)
