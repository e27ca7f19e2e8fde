"""Names and places for saved files: what the save dialog suggests and where it starts.

A title becomes a file name every file system accepts; the dialog starts in the
Documents folder, or home where there is none (a folder that does not exist would
leave the dialog in the working directory, often the program's own folder).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QStandardPaths

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
