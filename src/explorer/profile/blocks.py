"""What a profile section is made of: plain blocks of text, facts, tables and charts.

A section builder (one module per section) returns these; the profile tabs
draw them as widgets, the printed report typesets them, and later the
handout and the comparison pick from them. Nothing here knows about Qt or
paper. Each block may carry a key, unique within its section, so a tab can
reuse the widget that showed the same block for the previous occupation.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape

from explorer.data.records import Occupation
from explorer.profile.chart_data import ChartData


@dataclass(frozen=True)
class Html:
    """Rich text: paragraphs, lists, bold and italics."""

    html: str
    key: str = ""


@dataclass(frozen=True)
class ItemList:
    """A long list that opens short: the first `shown` items, then the rest on request.

    On screen the rest sits behind a "Show all 27 tasks" button; on paper the
    first `shown` items are printed and, where some are left out, a line says
    how many the full list has. items are HTML fragments, escaped by the
    builder (a technology line is "<b>Category</b>: ★ Name, Name"); count is how
    many things they hold in all (43 technologies on 16 category lines), and
    noun names them ("tasks"). subheadings put a heading before an item, by its
    index ((15, "Sometimes also"),).
    """

    heading: str
    items: tuple[str, ...]
    noun: str
    count: int
    shown: int
    note: str = ""
    subheadings: tuple[tuple[int, str], ...] = ()
    key: str = ""

    @property
    def collapsible(self) -> bool:
        """True when some items are left out until the student asks for them."""
        return len(self.items) > self.shown

    @property
    def show_all_text(self) -> str:
        """The button's words: "Show all 27 tasks"."""
        return f"Show all {self.count:,} {self.noun}"

    def html(self, expanded: bool = False, after_heading: str = "") -> str:
        """The heading (with after_heading, HTML, beside it), the note and the first
        `shown` items (every item if expanded)."""
        last = len(self.items) if expanded else self.shown
        heads = dict(self.subheadings)
        heading = f"<h3>{escape(self.heading)}{after_heading}</h3>" if self.heading else ""
        parts = [heading, self.note, "<ul>"]
        for index, item in enumerate(self.items[:last]):
            if index in heads:
                parts.append(f"</ul><h4>{escape(heads[index])}</h4><ul>")
            parts.append(f"<li>{item}</li>")
        parts.append("</ul>")
        return "".join(parts).replace("<ul></ul>", "")


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


Block = Html | ItemList | Facts | Table | Chart | ChartChoice | OccupationList | StateExplorer


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
