"""A real start of the window on a machine without libxcb-cursor0 and libxcb-icccm4.

The libraries are hidden from the program alone: in a private mount namespace
(unshare, as root; skipped otherwise), an empty file is mounted over each, so the
dynamic loader finds them but cannot load them, as on a desktop that lacks them.
Without explorer.system_libraries, Qt prints five lines and aborts (SIGABRT, a
core dump); with it, the program prints one line and exits 4.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO

HIDDEN = ("libxcb-cursor.so.0", "libxcb-icccm.so.4")


def installed_paths(soname: str) -> list[Path]:
    """Where the dynamic loader finds a library (ldconfig's cache, every architecture)."""
    ldconfig = shutil.which("ldconfig") or "/sbin/ldconfig"
    listing = subprocess.run([ldconfig, "-p"], capture_output=True, text=True, check=False).stdout
    return [
        Path(path)
        for path in re.findall(rf"^\s+{re.escape(soname)} \(.*\) => (\S+)$", listing, re.M)
    ]


def hidden(*sonames: str) -> list[str]:
    """A command prefix that runs what follows with these libraries unloadable."""
    unshare = shutil.which("unshare")
    if not sys.platform.startswith("linux") or os.geteuid() != 0 or unshare is None:
        pytest.skip("needs Linux, root and unshare to hide a system library")
    mounts = [
        f"mount --bind /dev/null {shlex.quote(str(path))}"
        for soname in sonames
        for path in installed_paths(soname)  # none when not installed: missing already
    ]
    probe = subprocess.run([unshare, "-m", "true"], capture_output=True, check=False)
    if probe.returncode != 0:
        pytest.skip("this sandbox allows no private mount namespace")
    return [unshare, "-m", "sh", "-c", " && ".join([*mounts, 'exec "$@"']), "hide"]


def test_the_window_names_the_missing_packages_instead_of_a_core_dump() -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "xcb",
        "DISPLAY": ":99",  # never reached: the check comes first
        "PYTHONPATH": str(REPO / "src"),
    }
    result = subprocess.run(
        [*hidden(*HIDDEN), sys.executable, "-m", "explorer"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 4, result.stderr
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith("career-explorer: Career Explorer needs libxcb-cursor0")
    assert "sudo apt-get install libxcb-cursor0 libxcb-icccm4" in line
