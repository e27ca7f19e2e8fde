"""The About box: version, data releases and the attribution the sources ask for."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QMessageBox, QWidget

from explorer import __version__
from explorer.data.repository import CareerData
from explorer.profile.sources import releases


def about_html(data: CareerData) -> str:
    """The About text, as rich text."""
    listed = "".join(
        f"<li>{escape(s['title'])}: {escape(s['release'])}</li>" for s in data.sources()
    )
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in releases(data).attribution())
    return (
        f"<h2>Career Explorer {escape(__version__)}</h2>"
        f"<p>Every US occupation, offline.</p><p><b>Data</b></p><ul>{listed}</ul>"
        f"{paragraphs}"
    )


def show_about(parent: QWidget, data: CareerData) -> None:
    """Show the About box."""
    QMessageBox.about(parent, "About Career Explorer", about_html(data))
