"""Writing a file all or nothing, every step checked: the file it replaces stays until the
new one is whole. No Qt, so every layer that keeps a file (reports, My list) uses it.

`create_hidden(folder, suffix)` makes a new hidden file beside the target
(`.career-explorer-….json`), so a folder that cannot be written is known first;
`write_all` writes bytes to it, each os.write checked (a full disk, a quota, a removed
USB stick raise OSError); `finish` syncs and closes it (both checked: a network file
system reports late), puts it in the target's place in one step (os.replace) and syncs
the folder. `write_whole(path, data)` does all of that for bytes already in memory,
`replacing_file(path)` around a writer of its own (the reports' PDFs); on any error the
hidden file is removed and path is as it was. `remove_pending`, run at exit, removes a
hidden file a signal left behind.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

TEMPORARY_PREFIX = ".career-explorer-"
_pending: set[Path] = set()  # hidden files being written, removed at exit if left


def create_hidden(folder: Path, suffix: str) -> tuple[Path, int]:
    """A new, empty hidden file in folder and its open descriptor, listed as pending.
    Made with mode 0666, which the umask reduces as for any new file (mkstemp would
    make it 0600)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _attempt in range(100):
        candidate = folder / f"{TEMPORARY_PREFIX}{secrets.token_hex(4)}{suffix}"
        try:
            descriptor = os.open(candidate, flags, 0o666)
        except FileExistsError:
            continue
        _pending.add(candidate)
        return candidate, descriptor
    raise FileExistsError(f"no free name for a temporary file in {folder}")


def write_all(descriptor: int, data: bytes | memoryview) -> None:
    """Write data whole; os.write raises when the disk is full, a short write goes on."""
    view = memoryview(data)
    while view:
        written = os.write(descriptor, view)
        view = view[written:]


def finish(descriptor: int, temporary: Path, path: Path) -> None:
    """Sync and close the hidden file, then let it take path's place (each step checked)."""
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)  # raises too, where a network file system reports late
    os.replace(temporary, path)
    sync_folder(path.parent)


def discard(temporary: Path) -> None:
    """Remove a hidden file (gone already once it took its target's place)."""
    with contextlib.suppress(FileNotFoundError):
        os.remove(temporary)
    _pending.discard(temporary)


@contextlib.contextmanager
def replacing_file(path: Path) -> Iterator[int]:
    """The descriptor of a new hidden file that takes path's place once the block ends
    without an error (synced, closed, renamed: each checked); on any error or cancel the
    hidden file is removed and path is as it was. The file is made first, so a folder
    that cannot be written is known before any work is done."""
    path = Path(path)
    temporary, descriptor = create_hidden(path.parent, path.suffix)
    try:
        try:
            yield descriptor
        except BaseException:
            with contextlib.suppress(OSError):
                os.close(descriptor)
            raise
        finish(descriptor, temporary, path)
    finally:
        discard(temporary)


def write_whole(path: Path, data: bytes) -> None:
    """Replace path with data, all or nothing; OSError leaves path as it was."""
    with replacing_file(path) as descriptor:
        write_all(descriptor, data)


def sync_folder(folder: Path) -> None:
    """Make a rename last through a power cut where the system allows it (POSIX)."""
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
