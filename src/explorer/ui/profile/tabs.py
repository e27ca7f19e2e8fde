"""The Pay and Outlook tabs of the profile: charts with their numbers and notes.

Each tab is a scrolling column of ChartPanels filled from profile_charts;
it keeps no data of its own beyond what it shows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from explorer.data.records import Occupation
from explorer.data.repository import CareerData
from explorer.profile import charts as profile_charts
from explorer.profile import work_charts
from explorer.profile.text import become_html, factors_html, outlook_html, pay_summary_html
from explorer.ui.widgets.charts import ChartPanel

#: BLS factors listed on the Outlook tab (one occupation has 46); a long rich-text label
#: is slow to lay out each time the tab is shown.
FACTORS_SHOWN = 6


class ChartColumn(QScrollArea):
    """A vertical list of widgets that scrolls."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.body = QWidget()
        self.column = QVBoxLayout(self.body)
        self.setWidget(self.body)

    def add(self, widget: QWidget) -> QWidget:
        """Append widget to the column."""
        self.column.addWidget(widget)
        return widget

    def add_text(self) -> QLabel:
        """Append a wrapping rich-text label."""
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.column.addWidget(label)
        return label


class PayTab(ChartColumn):
    """Wage percentiles (annual or hourly), comparison with the group, trend, industries."""

    def __init__(self, data: CareerData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.occupation: Occupation | None = None
        self.summary = self.add(QLabel())
        self.summary.setWordWrap(True)
        switch = QWidget()
        row = QHBoxLayout(switch)
        row.setContentsMargins(0, 0, 0, 0)
        self.annual = QRadioButton("Annual")
        self.hourly = QRadioButton("Hourly")
        self.annual.setChecked(True)
        group = QButtonGroup(self)
        for button in (self.annual, self.hourly):
            group.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        self.add(switch)
        self.percentiles = self.add(ChartPanel())
        self.comparison = self.add(ChartPanel())
        self.trend = self.add(ChartPanel())
        self.industries = self.add(ChartPanel())
        self.hourly.toggled.connect(self._show_percentiles)

    def show_occupation(self, occupation: Occupation) -> None:
        """Fill the tab for occupation."""
        self.occupation = occupation
        wages = occupation.wages
        self.summary.setText(pay_summary_html(occupation))
        hourly_only = bool(wages) and wages.annual.median is None and (
            wages.hourly.median is not None)
        self.hourly.blockSignals(True)
        (self.hourly if hourly_only else self.annual).setChecked(True)
        self.hourly.blockSignals(False)
        self._show_percentiles()
        self.comparison.set_chart(profile_charts.pay_comparison(self.data, occupation))
        self.trend.set_chart(profile_charts.wage_trend(self.data, occupation))
        self.industries.set_chart(work_charts.best_paying_industries(self.data, occupation))

    def _show_percentiles(self, *_args: object) -> None:
        if self.occupation is not None:
            self.percentiles.set_chart(profile_charts.pay_percentiles(
                self.occupation, hourly=self.hourly.isChecked()))


class OutlookTab(ChartColumn):
    """Employment 2024 and 2034, growth compared, openings and what they are made of."""

    def __init__(self, data: CareerData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.summary = self.add_text()
        self.employment = self.add(ChartPanel())
        self.growth = self.add(ChartPanel())
        self.openings = self.add(ChartPanel())
        self.factors = self.add_text()

    def show_occupation(self, occupation: Occupation) -> None:
        """Fill the tab for occupation."""
        p = occupation.projections
        factors = self.data.utilization_factors(p.soc_code) if p else []
        self.summary.setText(outlook_html(occupation))
        self.factors.setText(factors_html(factors, limit=FACTORS_SHOWN))
        self.factors.setVisible(bool(factors))
        self.employment.set_chart(profile_charts.employment_projection(occupation))
        self.growth.set_chart(profile_charts.growth_comparison(self.data, occupation))
        self.openings.set_chart(profile_charts.openings_breakdown(occupation))


class BecomeTab(ChartColumn):
    """How to Become One: education, experience, training, job zone, skills."""

    def __init__(self, data: CareerData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.summary = self.add(QLabel())
        self.summary.setWordWrap(True)
        self.education = self.add(ChartPanel())
        self.attainment = self.add(ChartPanel())
        self.skill_ranks = self.add(ChartPanel())
        self.skills = self.add(ChartPanel())
        self.knowledge = self.add(ChartPanel())

    def show_occupation(self, occupation: Occupation) -> None:
        """Fill the tab for occupation."""
        zone = self.data.job_zone(occupation.job_zone) if occupation.job_zone else None
        self.summary.setText(become_html(occupation, zone))
        self.education.set_chart(profile_charts.education_required(self.data, occupation))
        self.attainment.set_chart(profile_charts.attainment(self.data, occupation))
        self.skill_ranks.set_chart(profile_charts.skill_ranks(self.data, occupation))
        self.skills.set_chart(profile_charts.top_ratings(self.data, occupation, "skill"))
        self.knowledge.set_chart(profile_charts.top_ratings(self.data, occupation,
                                                           "knowledge"))

