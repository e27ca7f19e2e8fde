"""A chart's numbers as a table model: what "Show as table" (Ctrl+T) shows and a screen
reader reads, the same ChartData the graph draws."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from explorer.profile.chart_data import ChartData

_ANY_INDEX = QModelIndex | QPersistentModelIndex


class ChartTableModel(QAbstractTableModel):
    """A chart's numbers as a table: one row per category, one column per series."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.chart: ChartData | None = None

    def set_chart(self, chart: ChartData) -> None:
        """Show the numbers of chart."""
        self.beginResetModel()
        self.chart = chart
        self.endResetModel()

    def rowCount(self, parent: _ANY_INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.chart is None else len(self.chart.categories)

    def columnCount(self, parent: _ANY_INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.chart is None else 1 + len(self.chart.series)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            self.chart is None
            or orientation != Qt.Orientation.Horizontal
            or role != Qt.ItemDataRole.DisplayRole
        ):
            return None
        if section == 0:
            return self.chart.category_axis or "Item"
        return self.chart.series[section - 1].name

    def data(self, index: _ANY_INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if self.chart is None or not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return self.chart.categories[index.row()]
            series = self.chart.series[index.column() - 1]
            return self.chart.value_text(series, index.row())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
