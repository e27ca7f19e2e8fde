"""Writing a report file all or nothing: the file it replaces stays until the new one is whole.

`replacing(path)` first makes a new hidden file in path's folder
(`.career-explorer-….pdf`), so a folder that cannot be written is known before
any work is done, and gives a QBuffer for Qt's PDF writer. Qt ignores what a
write to its device returns, so it never writes to the disk: once the PDF is
finished in memory, it is written here, a chunk at a time, each write checked
(a full disk, a quota, a removed USB stick), then flushed to the disk and
closed, each checked too. Only a file written whole takes path's place
(os.replace, in one step); on any error or cancel the hidden file is removed
and path is as it was. The file gets the permissions any new file gets (0666
less the umask), also where it replaces one: a handout once saved with 0600 by
an older version is readable by the other accounts again once saved anew.

`write_bytes` writes content made elsewhere (the web page copy) the same way.

A process stopped by a signal cleans up too: the command line and the window
turn Ctrl+C and SIGTERM into a cancel (the work stops at its next step and
`replacing` removes the hidden file), and `remove_pending`, run at exit, removes
any hidden file still listed. The steps that need no Qt (the hidden file, checked
writes, sync, replace) are explorer.checked_write's, shared with My list.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice

from explorer.checked_write import TEMPORARY_PREFIX, remove_pending, replacing_file, write_all
from explorer.reports.progress import SAVING, Progress, report_step

__all__ = ["TEMPORARY_PREFIX", "remove_pending", "replacing", "write_bytes"]

CHUNK_BYTES = 1 << 20  # one progress step, well under a tenth of a second


@contextlib.contextmanager
def replacing(path: Path, progress: Progress | None = None) -> Iterator[QBuffer]:
    """A buffer whose content replaces path once the block ends without an error.

    OSError when the folder cannot be written, the new file cannot be written whole
    or it cannot take path's place; ReportCancelled when progress says stop while
    it is written. Either way path is untouched and nothing is left behind."""
    with replacing_file(path) as descriptor:
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        try:
            yield buffer
            buffer.close()
            _write_chunks(descriptor, buffer.data(), progress)
        finally:
            buffer.close()


def write_bytes(path: Path, content: bytes, progress: Progress | None = None) -> None:
    """Write content (a web page, say) to path all or nothing, as `replacing` writes a PDF."""
    with replacing(path, progress) as buffer:
        buffer.write(QByteArray(content))


def _write_chunks(descriptor: int, data: QByteArray, progress: Progress | None) -> None:
    """Write data whole, a chunk (one progress step) at a time, each write checked."""
    size = data.size()
    chunks = max(1, -(-size // CHUNK_BYTES))
    for number in range(chunks):
        report_step(progress, SAVING, number, chunks)
        write_all(descriptor, memoryview(data.mid(number * CHUNK_BYTES, CHUNK_BYTES).data()))
