"""What a profile section is made of: plain blocks of text, facts, tables and charts.

A section builder (one module per section) returns these; the profile tabs
draw them as widgets, the printed report typesets them, and later the
handout and the comparison pick from them. Nothing here knows about Qt or
paper. Each block may carry a key, unique within its section, so a tab can
reuse the widget that showed the same block for the previous occupation.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from explorer.data.records import Occupation
from explorer.profile.chart_data import ChartData


@dataclass(frozen=True)
class Html:
    """Rich text: paragraphs, lists, bold and italics."""

    html: str
    key: str = ""


@dataclass(frozen=True)
class Facts:
    """Labelled figures read as a list ("Typical education": "Bachelor's degree")."""

    rows: tuple[tuple[str, str], ...]
    caption: str = ""
    source: str = ""
    key: str = ""


@dataclass(frozen=True)
class Table:
    """A table whose header row repeats on every page it runs onto."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    caption: str = ""
    source: str = ""
    key: str = ""
    #: More about each row, shown on screen when the student asks (a program's
    #: definition); paper leaves it out.
    details: tuple[str, ...] = ()


@dataclass(frozen=True)
class Chart:
    """A chart, drawn whole on one page; on screen it also shows as a table."""

    chart: ChartData
    key: str = ""


@dataclass(frozen=True)
class ChartChoice:
    """One chart in several forms (annual or hourly wages): the screen offers a switch,
    paper prints the selected form."""

    options: tuple[tuple[str, ChartData], ...]
    selected: int = 0
    key: str = ""

    @property
    def chart(self) -> ChartData:
        """The selected form."""
        return self.options[self.selected][1]


@dataclass(frozen=True)
class OccupationList:
    """Occupations a student can open from the profile, each with a note ("Most similar")."""

    caption: str
    codes: tuple[str, ...]
    notes: tuple[str, ...] = ()
    note_header: str = ""
    source: str = ""
    key: str = ""


@dataclass(frozen=True)
class StateExplorer:
    """The State Data map, state table and areas, explored interactively on screen."""

    occupation: Occupation
    key: str = "explorer"


Block = Html | Facts | Table | Chart | ChartChoice | OccupationList | StateExplorer


@dataclass(frozen=True)
class Section:
    """One section of an occupation's profile ("pay", "Pay", blocks)."""

    key: str
    title: str
    blocks: tuple[Block, ...]

    def charts(self) -> tuple[ChartData, ...]:
        """Every chart of the section, in order (the selected form of a choice)."""
        return tuple(b.chart for b in self.blocks if isinstance(b, Chart | ChartChoice))


@dataclass(frozen=True)
class OccupationReport:
    """Everything printed about one occupation."""

    code: str
    title: str
    subtitle: str
    sections: tuple[Section, ...] = field(default=())
