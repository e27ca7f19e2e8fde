"""A web page read as a screen reader's browser reads it: its headings, tables (captions,
header cells and their scope, rows) and text, with html.parser (tests of the web page copy)."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser


@dataclass
class Table:
    caption: str = ""
    headers: list[str] = field(default_factory=list)  # every th, in order
    scopes: list[str | None] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)  # each row's cells, th and td


class Outline(HTMLParser):
    """What a screen reader's browser makes of the page: its headings, tables and lists."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str, str | None]] = []
        self.headings: list[tuple[int, str]] = []
        self.tables: list[Table] = []
        self.title = ""
        self.text: list[str] = []
        self._heading: list[str] | None = None
        self._cell: list[str] | None = None
        self._caption: list[str] | None = None
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes += [(tag, name, value) for name, value in attrs]
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self._heading = []
        elif tag == "table":
            self.tables.append(Table())
        elif tag == "caption":
            self._caption = []
        elif tag == "tr":
            self.tables[-1].rows.append([])
        elif tag in ("th", "td"):
            self._cell = []
            if tag == "th":
                self.tables[-1].scopes.append(dict(attrs).get("scope"))
        elif tag == "title":
            self._in_title = True

    def handle_endtag(self, tag: str) -> None:
        if tag.startswith("h") and tag[1:].isdigit() and self._heading is not None:
            self.headings.append((int(tag[1]), " ".join("".join(self._heading).split())))
            self._heading = None
        elif tag == "caption" and self._caption is not None:
            self.tables[-1].caption = " ".join("".join(self._caption).split())
            self._caption = None
        elif tag in ("th", "td") and self._cell is not None:
            text = " ".join("".join(self._cell).split())
            self.tables[-1].rows[-1].append(text)
            if tag == "th":
                self.tables[-1].headers.append(text)
            self._cell = None
        elif tag == "title":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        for part in (self._heading, self._cell, self._caption):
            if part is not None:
                part.append(data)
        if self._in_title:
            self.title += data

    def plain(self) -> str:
        return " ".join("".join(self.text).split())


def outline(html: str) -> Outline:
    parser = Outline()
    parser.feed(html)
    parser.close()
    return parser
