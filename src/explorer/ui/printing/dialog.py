"""The options asked before printing or exporting profiles: a full report of the chosen
sections or a one-page handout, the state and the paper.

The dialog remembers the last choices (settings.py) so a teacher printing a
class set answers it once. The state for State Data starts on the student's
home state until a report state has been chosen; the paper size follows the
administrator's default, and stays fixed when the administrator locked it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from explorer.admin_defaults import AdminDefaults
from explorer.profile.registry import SECTION_BY_KEY, SECTION_KEYS
from explorer.profile.state_map import STATE_NAMES
from explorer.ui import settings as user_settings

#: Check box texts; the access keys match the profile's tabs, and none is O or C
#: (OK and Cancel) or F or Z (the two combos).
SECTION_LABELS = {key: spec.tab_label or f"&{spec.title}" for key, spec in SECTION_BY_KEY.items()}
PAPERS = (("letter", "Letter (8.5 × 11 in)"), ("a4", "A4 (210 × 297 mm)"))
MOST_JOBS = "The states with the most jobs"
#: The state's label for a full report (False) and a handout (True, the state's median).
STATE_LABELS = {False: "State Data &for:", True: "State median &for:"}
TITLES_SHOWN = 3


@dataclass(frozen=True)
class ReportOptions:
    """What to print: section keys in report order, the State Data state (None: the
    states with the most jobs), the paper ("letter" or "a4") and whether to print a
    one-page handout of each occupation instead (with the state's median pay)."""

    sections: tuple[str, ...] = tuple(SECTION_KEYS)
    state: str | None = None
    paper: str = "letter"
    handout: bool = False


def _describe(titles: Sequence[str], handout: bool = False) -> str:
    """ "Medical Records Specialists", or "5 occupations: A, B, C and 2 more"."""
    if len(titles) == 1:
        return f"<b>{escape(titles[0])}</b>"
    shown = ", ".join(escape(t) for t in titles[:TITLES_SHOWN])
    more = len(titles) - TITLES_SHOWN
    rest = f" and {more} more" if more > 0 else ""
    how = "one page each" if handout else "in one document with a list of contents"
    return f"<b>{len(titles)} occupations</b> {how}: {shown}{rest}"


class ReportOptionsDialog(QDialog):
    """Choose the sections, the State Data state and the paper size of a report.

    `titles` are the occupations about to be printed, named at the top.
    `admin` defaults to this machine's administrator defaults. `offer_handout` shows
    "Handout (one page)" (not for the web page, which is always the full report).
    """

    def __init__(
        self,
        settings: QSettings,
        titles: Sequence[str],
        parent: QWidget | None = None,
        action: str = "Print",
        admin: AdminDefaults | None = None,
        offer_handout: bool = True,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(f"{action} – Career Explorer")
        layout = QVBoxLayout(self)
        layout.setSpacing(layout.spacing() + 6)  # room between the title, sections and paper
        # Wide enough that a batch's list of titles wraps onto two or three lines, not five.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 62)
        self.titles = list(titles)
        self.what = what = QLabel(_describe(titles))
        what.setWordWrap(True)
        what.setAccessibleDescription("Occupations in the report")
        layout.addWidget(what)

        self.offers_handout = offer_handout
        self.handout = QCheckBox("&Handout (one page)")
        self.handout.setToolTip(
            "One page for each occupation: what they do, pay, training, jobs, what to "
            "study and similar careers (with the state below: its median pay)."
        )
        self.handout.setChecked(offer_handout and user_settings.report_handout.read(settings))
        self.handout.setVisible(offer_handout)
        self.handout.toggled.connect(self._update)
        layout.addWidget(self.handout)

        self.sections_group = group = QGroupBox("Sections")
        grid = QGridLayout(group)
        grid.setHorizontalSpacing(self.fontMetrics().averageCharWidth() * 4)
        saved = user_settings.report_sections.read(settings)
        self.checks: dict[str, QCheckBox] = {}
        half = (len(SECTION_KEYS) + 1) // 2  # two columns, read down the left then the right
        for number, key in enumerate(SECTION_KEYS):
            box = QCheckBox(SECTION_LABELS[key])
            box.setChecked(key in saved)
            box.toggled.connect(self._update)
            grid.addWidget(box, number % half, number // half)
            self.checks[key] = box
        layout.addWidget(group)

        form = QFormLayout()
        self.state = QComboBox()
        self.state.setAccessibleName("State for the State Data section")
        self.state.addItem(MOST_JOBS, "")
        for abbr, name in sorted(STATE_NAMES.items(), key=lambda kv: kv[1]):
            self.state.addItem(name, abbr)
        if settings.contains(user_settings.REPORT_STATE):
            state = user_settings.report_state.read(settings)
        else:
            state = str(
                user_settings.resolved_value(settings, user_settings.HOME_STATE, "", admin) or ""
            )
        self.state.setCurrentIndex(max(self.state.findData(state.upper()), 0))
        self.state_label = QLabel(STATE_LABELS[False])
        self.state_label.setBuddy(self.state)
        form.addRow(self.state_label, self.state)

        self.paper = QComboBox()
        self.paper.setAccessibleName("Paper size")
        for key, text in PAPERS:
            self.paper.addItem(text, key)
        paper = str(
            user_settings.resolved_value(settings, user_settings.REPORT_PAPER, "letter", admin)
        ).lower()
        self.paper.setCurrentIndex(max(self.paper.findData(paper), 0))
        self.paper_locked = user_settings.locked_by_admin(user_settings.REPORT_PAPER, admin)
        if self.paper_locked:
            self.paper.setEnabled(False)
            self.paper.setToolTip("Your school's administrator set the paper size.")
        form.addRow("Paper si&ze:", self.paper)
        layout.addLayout(form)
        layout.addStretch(1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout.addWidget(self.buttons)
        self._update()
        self.checks[next(iter(SECTION_KEYS))].setFocus()

    def _update(self) -> None:
        options = self.options()
        ready = options.handout or bool(options.sections)
        self.ok_button.setEnabled(ready)
        self.ok_button.setToolTip("" if ready else "Choose at least one section.")
        self.sections_group.setEnabled(not options.handout)  # a handout's content is set
        self.what.setText(_describe(self.titles, options.handout))
        self.state_label.setText(STATE_LABELS[options.handout])
        self.state.setEnabled(options.handout or "states" in options.sections)

    def options(self) -> ReportOptions:
        """The choices as they stand."""
        return ReportOptions(
            sections=tuple(key for key, box in self.checks.items() if box.isChecked()),
            state=str(self.state.currentData() or "") or None,
            paper=str(self.paper.currentData()),
            handout=self.handout.isChecked(),
        )

    def accept(self) -> None:
        """Remember the choices for next time, then close."""
        options = self.options()
        if not options.sections and not options.handout:
            return
        if options.sections:
            user_settings.report_sections.write(self.settings, options.sections)
        if self.offers_handout:
            user_settings.report_handout.write(self.settings, options.handout)
        user_settings.report_state.write(self.settings, options.state or "")
        if not self.paper_locked:
            user_settings.report_paper.write(self.settings, options.paper)
        super().accept()
