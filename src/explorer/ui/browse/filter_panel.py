"""The filter panel: narrow the occupations by group, cluster, education, pay and outlook.

Each control maps to one field of OccupationFilter; the panel emits the whole
filter whenever any control changes, and can be set from a saved filter. Once a
career cluster is chosen the pathway list offers only that cluster's pathways
(from the catalog's pathways_by_cluster), and goes back to "Any" when the
pathway chosen before is not one of them.

Education is "exactly", "at most" or "at least" a level (OccupationFilter's education,
education_max or education_min). The pay boxes take typing straight over "Any" (a digit
starts a new number), reach far beyond any pay, and a lowest pay above the highest
median BLS publishes says so in a note under them instead of being cut short.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from explorer.data.catalog import OccupationFilter
from explorer.ui.settings import InvalidSetting, filter_from_values

ANY = "Any"
COMBOS = (
    ("major_group", "&Occupation group"),
    ("cluster", "Career &cluster"),
    ("pathway", "Career pathwa&y"),
    ("education", "&Education"),
    ("growth", "Projecte&d growth"),
    ("job_zone", "&Job zone"),
    ("interest", "Top &interest"),
)
#: The education modes: (words shown, OccupationFilter field).
EDUCATION_MODES = (
    ("exactly", "education"),
    ("at most", "education_max"),
    ("at least", "education_min"),
)
#: The pay boxes' top: beyond any pay, so that typing is never cut short.
PAY_LIMIT = 9_999_999


class MoneyBox(QSpinBox):
    """A spin box whose "Any" (its special value) gives way to a typed digit: the digit
    starts a new number instead of being refused."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Replace "Any" with the typed digit; every other key as usual."""
        showing_any = bool(self.specialValueText()) and self.text() == self.specialValueText()
        if showing_any and event.text().isdigit():
            self.lineEdit().setText(self.prefix())
            self.lineEdit().setCursorPosition(len(self.prefix()))
        super().keyPressEvent(event)


class FilterPanel(QWidget):
    """Controls for OccupationFilter; emits `changed` with the new filter."""

    changed = Signal(object)

    def __init__(
        self,
        choices: dict[str, list[tuple[str, str]]],
        bright_outlook_help: str = "",
        pathways_of: Mapping[str, Sequence[str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._combos: dict[str, QComboBox] = {}
        self._all_pathways = list(choices.get("pathway", []))
        self._pathways_of = {k: list(v) for k, v in (pathways_of or {}).items()}
        top = choices.get("highest_pay") or [("", "")]
        self._highest_pay = (int(top[0][0]) if top[0][0] else None, top[0][1])
        self.education_mode = QComboBox()
        for words, field in EDUCATION_MODES:
            self.education_mode.addItem(words, field)
        self.education_mode.setAccessibleName("Education: exactly, at most or at least")
        self.education_mode.currentIndexChanged.connect(self._emit)
        form = QFormLayout()
        for name, label in COMBOS:
            combo = QComboBox()
            combo.addItem(ANY, None)
            for value, text in choices.get(name, []):
                combo.addItem(text, value)
            combo.setAccessibleName(label.replace("&", ""))
            combo.setMinimumContentsLength(10)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            if name == "cluster":
                combo.currentIndexChanged.connect(self._cluster_changed)
            else:
                combo.currentIndexChanged.connect(self._emit)
            self._combos[name] = combo
            if name == "education":
                row = QHBoxLayout()
                row.addWidget(self.education_mode)
                row.addWidget(combo, 1)
                buddy = QLabel(label)
                buddy.setBuddy(combo)
                form.addRow(buddy, row)
            else:
                form.addRow(label, combo)
        self.wage_min = self._money_box("Lowest median pay (yearly)")
        self.wage_max = self._money_box("Highest median pay (yearly)")
        self.openings_min = QSpinBox()
        self.openings_min.setRange(0, 500_000)
        self.openings_min.setSingleStep(1000)
        self.openings_min.setSpecialValueText(ANY)
        self.openings_min.setGroupSeparatorShown(True)
        self.openings_min.setAccessibleName("Fewest openings a year")
        self.openings_min.valueChanged.connect(self._emit)
        self.bright_outlook = QCheckBox("Bright Outlook only")
        self.bright_outlook.setToolTip(bright_outlook_help)
        self.bright_outlook.setAccessibleName("Bright Outlook only")
        self.bright_outlook.setAccessibleDescription(bright_outlook_help)
        self.bright_outlook.toggled.connect(self._emit)
        self.pay_note = QLabel()
        self.pay_note.setWordWrap(True)
        self.pay_note.setVisible(False)
        form.addRow("Pay at &least", self.wage_min)
        form.addRow(self.pay_note)
        form.addRow("Pay at &most", self.wage_max)
        form.addRow("Ope&nings a year, at least", self.openings_min)
        form.addRow(self.bright_outlook)
        reset = QPushButton("Reset filters")
        reset.setAccessibleName("Reset filters")
        reset.clicked.connect(self.reset)
        layout = QVBoxLayout(self)
        title = QLabel("<b>Filters</b>")
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(reset)
        self.form = form
        margins = layout.contentsMargins()
        #: Narrower than this (a 1024-pixel screen), each label goes above its field.
        self.side_by_side_width = form.minimumSize().width() + margins.left() + margins.right()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self._narrow_width = form.minimumSize().width() + margins.left() + margins.right()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Labels beside their fields where there is room, above them where there is not
        (all of them alike, so the form stays tidy)."""
        wrap = (
            QFormLayout.RowWrapPolicy.WrapAllRows
            if event.size().width() < self.side_by_side_width
            else QFormLayout.RowWrapPolicy.DontWrapRows
        )
        if self.form.rowWrapPolicy() != wrap:
            self.form.setRowWrapPolicy(wrap)
        super().resizeEvent(event)

    def minimumSizeHint(self) -> QSize:
        """As narrow as the fields with their labels above them."""
        return QSize(self._narrow_width, super().minimumSizeHint().height())

    def _money_box(self, name: str) -> QSpinBox:
        box = MoneyBox()
        box.setRange(0, PAY_LIMIT)
        box.setSingleStep(5_000)
        box.setPrefix("$")
        box.setGroupSeparatorShown(True)
        box.setSpecialValueText(ANY)
        box.setAccessibleName(name)
        box.valueChanged.connect(self._emit)
        return box

    def current_filter(self) -> OccupationFilter:
        """The filter the controls show."""
        values = {name: combo.currentData() for name, combo in self._combos.items()}
        zone = values.pop("job_zone")
        values[self.education_mode.currentData()] = values.pop("education")
        return OccupationFilter(
            **values,
            job_zone=int(zone) if zone else None,
            wage_min=self.wage_min.value() or None,
            wage_max=self.wage_max.value() or None,
            openings_min=self.openings_min.value() or None,
            bright_outlook_only=self.bright_outlook.isChecked(),
        )

    def set_filter(self, occupation_filter: OccupationFilter) -> None:
        """Show a filter (a saved one, or none), emitting `changed` once."""
        blockers = [
            *self._combos.values(),
            self.education_mode,
            self.wage_min,
            self.wage_max,
            self.openings_min,
            self.bright_outlook,
        ]
        for widget in blockers:
            widget.blockSignals(True)
        values = asdict(occupation_filter)
        mode = next((m for m, (_, f) in enumerate(EDUCATION_MODES) if values.get(f)), 0)
        self.education_mode.setCurrentIndex(mode)
        values["education"] = values.get(EDUCATION_MODES[mode][1])
        for name, combo in self._combos.items():
            value = values.get(name)
            index = combo.findData(str(value) if name == "job_zone" and value else value)
            combo.setCurrentIndex(max(index, 0))
            if name == "cluster":
                self._narrow_pathways()
        for box, value in (
            (self.wage_min, occupation_filter.wage_min),
            (self.wage_max, occupation_filter.wage_max),
            (self.openings_min, occupation_filter.openings_min),
        ):
            box.setValue(min(value, box.maximum()) if isinstance(value, int) else 0)
        self.bright_outlook.setChecked(occupation_filter.bright_outlook_only is True)
        for widget in blockers:
            widget.blockSignals(False)
        self._emit()

    def combo(self, name: str) -> QComboBox:
        """The list box of one OccupationFilter field ("cluster", "pathway", ...)."""
        return self._combos[name]

    def pathway_choices(self) -> list[str]:
        """The pathways the pathway list offers now (without "Any")."""
        combo = self._combos["pathway"]
        return [combo.itemData(i) for i in range(1, combo.count())]

    def _narrow_pathways(self) -> None:
        """Offer only the chosen cluster's pathways (all of them when no cluster is
        chosen or the mapping is unknown); keep the chosen pathway if it is offered."""
        cluster = self._combos["cluster"].currentData()
        combo = self._combos["pathway"]
        chosen = combo.currentData()
        offered = self._all_pathways
        if cluster is not None and cluster in self._pathways_of:
            names = set(self._pathways_of[cluster])
            offered = [(value, text) for value, text in self._all_pathways if value in names]
        blocked = combo.blockSignals(True)
        combo.clear()
        combo.addItem(ANY, None)
        for value, text in offered:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen is not None else 0)
        combo.blockSignals(blocked)

    def _cluster_changed(self, *_args: object) -> None:
        self._narrow_pathways()
        self._emit()

    def reset(self) -> None:
        """Clear every filter."""
        self.set_filter(OccupationFilter())

    def _emit(self, *_args: object) -> None:
        self._note_pay()
        self.changed.emit(self.current_filter())

    def _note_pay(self) -> None:
        """Say so when the lowest pay asked for is above every median BLS publishes."""
        highest, title = self._highest_pay
        asked = self.wage_min.value()
        above = highest is not None and asked > highest
        if above:
            self.pay_note.setText(
                f"<small>${asked:,} is above the highest median pay BLS publishes"
                f" (${highest:,}, {title}): no occupation passes.</small>"
            )
        self.pay_note.setVisible(above)


def filter_from_dict(values: object) -> OccupationFilter:
    """An OccupationFilter from saved settings; unknown keys are ignored, and a value of
    the wrong kind (wage_min "abc", bright_outlook_only "maybe") gives no filter at all."""
    try:
        return filter_from_values(values)  # type: ignore[arg-type]
    except (InvalidSetting, TypeError, ValueError):
        return OccupationFilter()
