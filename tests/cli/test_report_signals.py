"""`career-explorer report` interrupted (Ctrl+C, SIGTERM) or on a full disk: one line on
stderr, the file it was to replace as it was, and no hidden temporary file left.

SIGTERM used to kill the command mid-write and leave `.career-explorer-*.pdf`
behind; a full disk truncated the new file, lost the old one and exited 0.
"""

from __future__ import annotations

import os
import shlex
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import REPO

OLD = b"the report printed yesterday"


def _env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO / "src")}


@pytest.mark.skipif(os.name != "posix", reason="POSIX signals")
@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_mid_write_keeps_the_old_file_and_leaves_nothing(
    data, tmp_path: Path, number: signal.Signals
) -> None:
    out = tmp_path / "keep.pdf"
    out.write_bytes(OLD)
    codes = data.occupation_codes()[::15][:60]  # several seconds of work
    process = subprocess.Popen(
        [sys.executable, "-m", "explorer", "report", *codes, "-o", str(out)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
    )
    deadline = time.monotonic() + 60
    while not any(p.name.startswith(".career-explorer-") for p in tmp_path.iterdir()):
        assert process.poll() is None and time.monotonic() < deadline
        time.sleep(0.02)
    time.sleep(0.3)  # the writing is under way
    assert process.poll() is None
    process.send_signal(number)
    sent = time.monotonic()
    stdout, stderr = process.communicate(timeout=60)
    assert time.monotonic() - sent < 2  # the in-process cancel is held to 0.5 s
    assert process.returncode == 128 + number, stderr
    assert stdout == ""
    assert stderr.count("\n") == 1
    assert stderr.startswith(f"career-explorer: stopped by {number.name}; ")
    assert "(the file there is as it was)" in stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.pdf"]
    assert out.read_bytes() == OLD


def test_a_full_disk_is_one_line_and_keeps_the_old_file(tmp_path: Path) -> None:
    """A real full disk: a 64 KB tmpfs, mounted in a private mount namespace (root)."""
    unshare = shutil.which("unshare")
    if not sys.platform.startswith("linux") or os.geteuid() != 0 or unshare is None:
        pytest.skip("needs Linux, root and unshare to mount a small file system")
    if subprocess.run([unshare, "-m", "true"], capture_output=True, check=False).returncode:
        pytest.skip("this sandbox allows no private mount namespace")
    disk = tmp_path / "disk"
    disk.mkdir()
    keep = shlex.quote(str(disk / "keep.pdf"))
    script = " && ".join(
        [
            f"mount -t tmpfs -o size=64k tmpfs {shlex.quote(str(disk))}",
            f"printf %s {shlex.quote(OLD.decode())} > {keep}",
            f"dd if=/dev/zero of={shlex.quote(str(disk / 'filler'))} bs=1k count=40 2>/dev/null",
            f"{{ {shlex.quote(sys.executable)} -m explorer report 29-1141 -o {keep}; "
            "echo EXIT $?; }",
            f"echo OLD $(cat {keep})",
            f"echo FILES $(ls -A {shlex.quote(str(disk))})",
        ]
    )
    done = subprocess.run(
        [unshare, "-m", "sh", "-c", script],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=120,
        check=False,
    )
    assert "EXIT 1" in done.stdout, done.stdout + done.stderr
    assert done.stderr.count("\n") == 1
    assert done.stderr.startswith("career-explorer: cannot write ")
    assert done.stderr.rstrip().endswith(": No space left on device")
    assert f"OLD {OLD.decode()}" in done.stdout
    assert "FILES filler keep.pdf" in done.stdout
