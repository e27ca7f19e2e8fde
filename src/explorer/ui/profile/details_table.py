"""A small table as rich text whose rows tell more on demand (a program's definition).

Each row's first cell is a link: clicking it, or Tab to it and Enter, writes
that row's details under the table, so a long definition is there when the
student asks for it and the tab stays short when they do not.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from explorer.profile.blocks import Table
from explorer.ui.widgets.rich_text import RichTextView


def table_html(block: Table, linked: bool = False) -> str:
    """The table as rich text with its caption and source; with linked, each row's first
    cell links to "row:N"."""
    head = "".join(f"<th align=left>{escape(h)}</th>" for h in block.headers)
    rows = []
    for number, row in enumerate(block.rows):
        cells = [escape(c) for c in row]
        if linked and cells:
            cells[0] = f'<a href="row:{number}">{cells[0]}</a>'
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    caption = f"<p><b>{escape(block.caption)}</b></p>" if block.caption else ""
    source = f"<p><small>{escape(block.source)}</small></p>" if block.source else ""
    return f"{caption}<table cellspacing=4><tr>{head}</tr>{''.join(rows)}</table>{source}"


class DetailsTable(QWidget):
    """A Table block with details: the table, then the details of the row chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.block: Table | None = None
        # Laid out once per occupation, not at every showing of the tab (a long list).
        self.table = RichTextView()
        self.table.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab to a program, Enter
        self.table.anchorClicked.connect(lambda url: self._chosen(url.toString()))
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setAccessibleName("Details of the chosen row")
        self.detail.setVisible(False)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table)
        column.addWidget(self.detail)

    def set_table(self, block: Table) -> None:
        """Show block; no row's details until one is chosen."""
        self.block = block
        self.table.setAccessibleName(block.caption or ", ".join(block.headers))
        self.table.setText(table_html(block, linked=True))
        self.detail.clear()
        self.detail.setVisible(False)

    def show_details(self, row: int) -> None:
        """Write row's details under the table."""
        if self.block is None or not 0 <= row < len(self.block.details):
            return
        title = self.block.rows[row][0] if self.block.rows[row] else ""
        self.detail.setText(f"<b>{escape(title)}</b>: {escape(self.block.details[row])}")
        self.detail.setVisible(True)

    def _chosen(self, link: str) -> None:
        if link.startswith("row:") and link[4:].isdigit():
            self.show_details(int(link[4:]))
