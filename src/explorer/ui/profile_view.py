"""The occupation profile pane: the title, then tabs (overview, pay, outlook).

The window relies only on `show_occupation(code)` and the `related_requested`
signal; the tabs fill themselves from the Occupation the pane loads.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from .. import formatting
from ..models import Occupation
from ..repository import CareerData
from .profile_tabs import OutlookTab, PayTab


class ProfileView(QWidget):
    """Shows one occupation; links to related occupations emit `related_requested`."""

    related_requested = Signal(str)

    def __init__(self, data: CareerData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.code: str | None = None
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName("Occupation title")
        self.body = QTextBrowser()
        self.body.setOpenLinks(False)
        self.body.setAccessibleName("Occupation profile")
        self.body.anchorClicked.connect(lambda url: self.related_requested.emit(url.path()))
        self.pay = PayTab(data)
        self.outlook = OutlookTab(data)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Profile sections")
        self.tabs.addTab(self.body, "&What They Do")
        self.tabs.addTab(self.pay, "&Pay")
        self.tabs.addTab(self.outlook, "O&utlook")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        self.show_placeholder()

    def show_placeholder(self) -> None:
        """What the pane says before any occupation is chosen."""
        self.code = None
        for index in (1, 2):
            self.tabs.setTabEnabled(index, False)
        self.heading.setText("<h2>Choose an occupation</h2>")
        self.body.setHtml("<p>Search or browse on the left, then press Enter or double-click "
                          "an occupation to see what the work is, what it pays and how many "
                          "jobs there will be.</p>")

    def show_occupation(self, code: str) -> bool:
        """Show an occupation; False if the code is unknown."""
        occupation = self.data.occupation(code)
        if occupation is None:
            return False
        self.code = code
        self.heading.setText(f"<h2>{escape(occupation.title)}</h2><p>{occupation.code} · "
                             f"{escape(occupation.major_group.title)}</p>")
        self.body.setHtml(_profile_html(occupation))
        self.pay.show_occupation(occupation)
        self.outlook.show_occupation(occupation)
        for index in (1, 2):
            self.tabs.setTabEnabled(index, True)
        return True


def _profile_html(o: Occupation) -> str:
    wages, projection = o.wages, o.projections
    footnotes = wages.footnotes_text() if wages else ""
    pay = (formatting.annual_pay(wages.annual.median, wages.hourly.median, footnotes)
           if wages else f"{formatting.NOT_AVAILABLE} (BLS publishes no wage estimate)")
    source = ""
    if wages and o.wage_soc_code != o.code[:7]:
        source = f" (figures for the broader BLS code {o.wage_soc_code})"
    facts = [
        ("Median pay, May 2025", pay + source),
        ("Typical education", projection.typical_education if projection else None),
        ("Jobs, 2024", formatting.count(projection.employment_2024) if projection else None),
        ("Projected growth 2024–34", formatting.growth(projection.growth_category,
                                                       projection.change_percent)
         if projection else None),
        ("Openings a year", formatting.count(projection.openings_annual) if projection
         else None),
        ("Job zone", str(o.job_zone) if o.job_zone else None),
    ]
    rows = "".join(f"<tr><th align=left>{escape(k)}</th><td>"
                   f"{escape(v or formatting.NOT_AVAILABLE)}</td></tr>" for k, v in facts)
    tasks = "".join(f"<li>{escape(t)}</li>" for t in o.tasks[:8])
    related = "".join(f'<li><a href="occupation:{r.code}">{escape(r.title)}</a></li>'
                      for r in o.related[:10])
    return (f"<p>{escape(o.description)}</p><table cellspacing=4>{rows}</table>"
            f"<h3>What they do</h3><ul>{tasks}</ul><h3>Similar occupations</h3>"
            f"<ul>{related}</ul>")
