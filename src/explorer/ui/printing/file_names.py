"""Names and places for saved files: what the save dialog suggests and where it starts.

A title becomes a file name every file system accepts; the dialog starts in the
Documents folder, or home where there is none (a folder that does not exist would
leave the dialog in the working directory, often the program's own folder), and the
file chosen gets the ending its kind needs (`ask_save_path`, for every save dialog).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def pdf_file_name(titles: Sequence[str], handout: bool = False) -> str:
    """ "Medical Records Specialists.pdf" for one occupation, "Career profiles (5).pdf"
    for several ("Handouts (5).pdf", "Medical Records Specialists handout.pdf" for
    handouts); characters no file system accepts become spaces."""
    if len(titles) != 1:
        return f"{'Handouts' if handout else 'Career profiles'} ({len(titles)}).pdf"
    name = " ".join(UNSAFE_IN_FILE_NAMES.sub(" ", titles[0]).split()).strip(" .")
    return f"{name or 'Career profile'}{' handout' if handout else ''}.pdf"


def documents_folder() -> Path:
    """Where the save dialog starts: the Documents folder, or home where there is none
    (a folder that does not exist would leave the dialog in the working directory)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def ask_save_path(
    parent: QWidget, title: str, name: str, kinds: str, suffixes: Sequence[str]
) -> Path | None:
    """The file the person names in the save dialog, which starts at `name` in the
    Documents folder; the first of `suffixes` is added unless it ends in one of them.
    None when cancelled."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, title, str(documents_folder() / name), kinds
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() not in suffixes:
        path = path.with_name(path.name + suffixes[0])
    return path
