"""Where the pages of a typeset report break: what must not be left at the foot of a page.

Qt breaks pages between lines and table rows wherever the page ends. A printed
page needs more: a heading is never the last thing on its page (nor is a line
or two introducing a chart under it), a table starts on a page only with its
header rows and first rows (a short table only whole, with its source line),
and the occupation that follows a batch's contents starts there only high up
the page. Pagination checks each in document order on the laid-out document;
where one fails it starts a new page before the heading, table or occupation
(with the headings that lead into it) and lays the document out again.
"""

from __future__ import annotations

from bisect import bisect_left

from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)

#: A table starts on a page only with its header rows and this many rows under them,
FIRST_ROWS = 3
#: and a table of no more rows than this is kept on one page, with its source line.
WHOLE_ROWS = 15
#: An occupation that follows the contents starts on the same page only above this share
#: of the page; lower down, on the next page.
START_ABOVE = 2 / 3
ALWAYS_BEFORE = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore


class Pagination:
    """The page breaks of doc, laid out by layout on pages `height` pixels tall;
    `headings` are the headings the report inserted (Qt knows no level for them)."""

    def __init__(
        self,
        doc: QTextDocument,
        layout: QAbstractTextDocumentLayout,
        height: float,
        headings: list[QTextBlock],
    ) -> None:
        self.doc, self.layout, self.height = doc, layout, height
        self._headings = headings
        self._tables: dict[int, QTextTable] = {}
        self._heading_set: set[int] = set()

    def settle(self, start: int | None = None) -> None:
        """Lay the document out, then move to the next page whatever would be stranded at
        the foot of one, in document order, laying out again after each move; `start`
        is where an occupation follows the contents."""
        layout = self.layout
        # Qt lays a document out lazily, a screenful at a time. An edit made before that
        # has finished lays the document out from the edit on, moving the blocks after it
        # as they were: the ones never laid out stay without lines, and are neither
        # painted nor counted in the pages. A report lost its end that way, so the
        # layout is always finished (documentSize) before the next edit.
        layout.documentSize()
        self._tables = {
            frame.firstPosition(): frame
            for frame in self.doc.rootFrame().childFrames()
            if isinstance(frame, QTextTable)
        }
        self._heading_set = self._all_headings()
        rules = sorted(
            [(at, self._heading_rule) for at in self._heading_set if at != start]
            + [(at, self._table_rule) for at in self._tables]
            + ([(start, self._start_rule)] if start is not None else [])
        )
        positions = [at for at, _ in rules]
        index = 0
        while index < len(rules):
            at, stranded = rules[index]
            moved = self._move(self._lead(at)) if stranded(at) else None
            if moved is None:
                index += 1
                continue
            layout.documentSize()
            # Check again from what moved: a heading it took along, and all after it.
            index = bisect_left(positions, moved)

    def _all_headings(self) -> set[int]:
        """The positions of the headings outside tables: the report's and the HTML's."""
        root = self.doc.rootFrame()
        found = {block.position() for block in self._headings}
        block = self.doc.begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0 and QTextCursor(block).currentFrame() == root:
                found.add(block.position())
            block = block.next()
        return found

    def _heading_rule(self, at: int) -> bool:
        """A heading is stranded when what it heads starts on a later page: the first
        block after it and its subheadings, or the one after that if the first is a
        line or two of introduction ("Wages for …, May 2025.") above a chart or table."""
        following = self._next_content(self.doc.findBlock(at))
        if following.isValid() and self._short(following):
            after = self._next_content(following)
            following = after if after.isValid() else following
        return following.isValid() and self.page_of(at) != self.page_of(following.position())

    def _table_rule(self, at: int) -> bool:
        """A table is stranded when it does not start a page with its header rows and
        first rows; a short one, when it and its source line are not on one page."""
        table = self._tables[at]
        head = table.format().headerRowCount()
        if table.rows() - head > WHOLE_ROWS:
            end = table.cellAt(min(table.rows(), head + FIRST_ROWS) - 1, 0).firstPosition()
        else:
            following = self.doc.findBlock(table.lastPosition() + 1)
            while following.isValid() and following.length() <= 1:
                following = following.next()
            source = following.isValid() and following.text().startswith("Source")
            last = table.cellAt(table.rows() - 1, 0).firstPosition()
            end = following.position() if source else last
        return self.page_of(at) != self.page_of(end)

    def _start_rule(self, at: int) -> bool:
        """The occupation after the contents starts on the contents' page only high up."""
        return self.top_in_page(at) >= START_ABOVE * self.height

    def _next_content(self, block: QTextBlock) -> QTextBlock:
        """The first block after block that is neither empty nor a heading."""
        following = block.next()
        while following.isValid() and (
            following.length() <= 1 or following.position() in self._heading_set
        ):
            following = following.next()
        return following

    def _short(self, block: QTextBlock) -> bool:
        """A line or two of text outside any table."""
        return block.layout().lineCount() <= 2 and (
            QTextCursor(block).currentFrame() == self.doc.rootFrame()
        )

    def _lead(self, at: int) -> int:
        """Where a page must start to move the block or table at `at` with whatever leads
        into it: the headings right before it, and a short introduction below them."""
        lead = at
        block = self._previous_content(self.doc.findBlock(at))
        if block.isValid() and block.position() not in self._heading_set and self._short(block):
            above = self._previous_content(block)
            if above.isValid() and above.position() in self._heading_set:
                lead, block = block.position(), above
        while block.isValid() and block.position() in self._heading_set:
            lead = block.position()
            block = self._previous_content(block)
        return lead

    @staticmethod
    def _previous_content(block: QTextBlock) -> QTextBlock:
        previous = block.previous()
        while previous.isValid() and previous.length() <= 1:
            previous = previous.previous()
        return previous

    def _move(self, at: int) -> int | None:
        """Start a page with the table or block at `at`; None if it starts one already."""
        table = self._tables.get(at)
        fmt = table.format() if table is not None else self.doc.findBlock(at).blockFormat()
        if fmt.pageBreakPolicy() & ALWAYS_BEFORE:
            return None  # on a page of its own already: too long to keep together
        fmt.setPageBreakPolicy(ALWAYS_BEFORE)
        if table is not None:
            table.setFormat(fmt.toTableFormat())
        else:
            QTextCursor(self.doc.findBlock(at)).setBlockFormat(fmt.toBlockFormat())
        return at

    def top(self, position: int) -> float:
        """Where the first line of the block at position starts, in document pixels.

        The first line, not the block: a block that starts a page reaches back up to
        the end of the page before, but its text does not. + 1: the layout rounds
        to 1/64 of a pixel."""
        block = self.doc.findBlock(position)
        layout = block.layout()
        line = layout.lineAt(0).y() if layout.lineCount() else 0.0
        # blockBoundingRect adds the offsets of the frames (table cells) around the block.
        return self.layout.blockBoundingRect(block).top() + line + 1

    def page_of(self, position: int) -> int:
        """The 0-based page a document position falls on."""
        return int(self.top(position) // self.height)

    def top_in_page(self, position: int) -> float:
        """How far down its page the block at position starts."""
        return self.top(position) % self.height
