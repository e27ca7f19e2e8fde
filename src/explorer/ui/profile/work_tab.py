"""The Work Environment tab: where the work is done, by whom, and what it asks and offers."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from explorer.data.records import Occupation, OccupationDetails
from explorer.data.repository import CareerData
from explorer.profile import work_charts
from explorer.profile.text import work_environment_html
from explorer.ui.profile.tabs import ChartColumn
from explorer.ui.widgets.charts import ChartPanel


class WorkEnvironmentTab(ChartColumn):
    """The OOH work-environment sentence, self-employment, industries, work styles
    and work values."""

    def __init__(self, data: CareerData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.summary = self.add_text()
        self.industries = self.add(ChartPanel())
        self.styles = self.add(ChartPanel())
        self.values = self.add(ChartPanel())

    def show_occupation(self, occupation: Occupation, details: OccupationDetails) -> None:
        """Fill the tab for occupation."""
        self.summary.setText(work_environment_html(occupation, details))
        self.industries.set_chart(work_charts.industries_employing(self.data, occupation))
        self.styles.set_chart(work_charts.work_styles(self.data, occupation))
        self.values.set_chart(work_charts.work_values(self.data, occupation))
