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
any hidden file still listed.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice

from explorer.reports.progress import SAVING, Progress, report_step

TEMPORARY_PREFIX = ".career-explorer-"
CHUNK_BYTES = 1 << 20  # one progress step, well under a tenth of a second
_pending: set[Path] = set()  # hidden files being written, removed at exit if left


@contextlib.contextmanager
def replacing(path: Path, progress: Progress | None = None) -> Iterator[QBuffer]:
    """A buffer whose content replaces path once the block ends without an error.

    OSError when the folder cannot be written, the new file cannot be written whole
    or it cannot take path's place; ReportCancelled when progress says stop while
    it is written. Either way path is untouched and nothing is left behind."""
    path = Path(path)
    folder = path.parent
    temporary, descriptor = _create_hidden(folder, path.suffix)
    _pending.add(temporary)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    try:
        try:
            yield buffer
            buffer.close()
            _write_all(descriptor, buffer.data(), progress)
            os.fsync(descriptor)
        finally:
            os.close(descriptor)  # raises too, where a network file system reports late
        os.replace(temporary, path)
        _sync_folder(folder)
    finally:
        buffer.close()
        with contextlib.suppress(FileNotFoundError):
            os.remove(temporary)
        _pending.discard(temporary)


def write_bytes(path: Path, content: bytes, progress: Progress | None = None) -> None:
    """Write content (a web page, say) to path all or nothing, as `replacing` writes a PDF."""
    with replacing(path, progress) as buffer:
        buffer.write(QByteArray(content))


def _write_all(descriptor: int, data: QByteArray, progress: Progress | None) -> None:
    """Write data whole, a chunk at a time; os.write raises when the disk is full."""
    size = data.size()
    chunks = max(1, -(-size // CHUNK_BYTES))
    for number in range(chunks):
        report_step(progress, SAVING, number, chunks)
        view = memoryview(data.mid(number * CHUNK_BYTES, CHUNK_BYTES).data())
        while view:
            written = os.write(descriptor, view)
            view = view[written:]


def _create_hidden(folder: Path, suffix: str) -> tuple[Path, int]:
    """A new, empty hidden file in folder and its open descriptor. Made with mode 0666,
    which the umask reduces as for any new file (mkstemp would make it 0600)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _attempt in range(100):
        candidate = folder / f"{TEMPORARY_PREFIX}{secrets.token_hex(4)}{suffix}"
        try:
            return candidate, os.open(candidate, flags, 0o666)
        except FileExistsError:
            continue
    raise FileExistsError(f"no free name for a temporary file in {folder}")


def _sync_folder(folder: Path) -> None:
    """Make the rename last through a power cut where the system allows it (POSIX)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def remove_pending() -> None:
    """Remove every hidden file still being written (at exit, or when a signal ends
    the process before the writing could clean up after itself)."""
    for temporary in list(_pending):
        with contextlib.suppress(OSError):
            os.remove(temporary)
        _pending.discard(temporary)


atexit.register(remove_pending)
