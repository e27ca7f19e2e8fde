"""Writing a report file: every write checked, all or nothing, the file it replaces kept
until the new one is whole, nothing left behind, and the permissions of any new file.

A full disk used to truncate the new file and lose the old one while the command
said "18 pages" (Qt's PDF writer ignores failed writes); exported files were 0600
whatever the umask. The real full disk is in tests/cli/test_report_signals.py.
"""

from __future__ import annotations

import errno
import os
import stat
from datetime import date
from pathlib import Path

import pytest

from explorer import reports
from explorer.data.repository import CareerData
from explorer.reports import output
from explorer.reports.progress import LAYING_OUT, SAVING, Step

PRINTED_ON = date(2026, 11, 23)
OLD = b"the report printed yesterday"


@pytest.fixture
def gui_app(qapp):
    return qapp


@pytest.fixture
def built(data: CareerData) -> list:
    return reports.build_reports(data, ["29-2072.00", "27-2011.00"], ("quick", "pay"))


def _write(data: CareerData, path: Path, built: list, progress=None) -> int:
    return reports.write_pdf(path, built, reports.page_setup(data, PRINTED_ON), "letter", progress)


def _only_the_old_file(folder: Path) -> None:
    assert sorted(p.name for p in folder.iterdir()) == ["report.pdf"]
    assert (folder / "report.pdf").read_bytes() == OLD


def test_a_full_disk_keeps_the_old_file_and_says_so(
    gui_app, data: CareerData, built: list, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "report.pdf"
    out.write_bytes(OLD)
    room = [40_000]  # bytes left on the "disk"
    real_write = os.write

    def full(descriptor: int, data: bytes) -> int:
        if room[0] <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        written = real_write(descriptor, bytes(data[: room[0]]))
        room[0] -= written
        return written  # a short write first, as the kernel does, then ENOSPC

    monkeypatch.setattr(os, "write", full)
    with pytest.raises(OSError) as raised:
        _write(data, out, built)
    assert raised.value.errno == errno.ENOSPC
    _only_the_old_file(tmp_path)


def test_a_failed_flush_to_the_disk_keeps_the_old_file(
    gui_app, data: CareerData, built: list, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A network file system may report a failed write only when the file is synced."""
    out = tmp_path / "report.pdf"
    out.write_bytes(OLD)

    def failing(_descriptor: int) -> None:
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(os, "fsync", failing)
    with pytest.raises(OSError):
        _write(data, out, built)
    _only_the_old_file(tmp_path)


def test_cancelling_while_the_file_is_written_leaves_nothing(
    gui_app, data: CareerData, built: list, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "report.pdf"
    out.write_bytes(OLD)
    monkeypatch.setattr(output, "CHUNK_BYTES", 4096)
    seen: list[int] = []

    def progress(step: Step) -> bool:
        if step.phase != SAVING or step.done < 3:
            return True
        (hidden,) = [p for p in tmp_path.iterdir() if p.name != "report.pdf"]
        seen.append(hidden.stat().st_size)  # half written when the cancel comes
        return False

    with pytest.raises(reports.ReportCancelled):
        _write(data, out, built, progress)
    assert seen == [3 * 4096]
    _only_the_old_file(tmp_path)


def test_a_folder_that_cannot_be_written_is_known_before_any_work(
    gui_app, data: CareerData, built: list, tmp_path: Path
) -> None:
    phases: list[str] = []
    with pytest.raises(FileNotFoundError):
        _write(
            data,
            tmp_path / "no such folder" / "report.pdf",
            built,
            lambda step: not phases.append(step.phase),
        )
    assert LAYING_OUT not in phases


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_the_file_has_the_permissions_of_any_new_file(
    gui_app, data: CareerData, built: list, tmp_path: Path, umask: int, mode: int
) -> None:
    new, replaced = tmp_path / "new.pdf", tmp_path / "replaced.pdf"
    replaced.write_bytes(OLD)
    replaced.chmod(0o600)  # as an older version left it
    before = os.umask(umask)
    try:
        _write(data, new, built)
        _write(data, replaced, built)
    finally:
        os.umask(before)
    assert stat.S_IMODE(new.stat().st_mode) == mode
    assert stat.S_IMODE(replaced.stat().st_mode) == mode
    assert replaced.read_bytes().startswith(b"%PDF-")
