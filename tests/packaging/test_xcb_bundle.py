"""The Linux bundle opens its window on a lab PC that lacks Qt's xcb libraries (slow).

Many Debian and Ubuntu desktops have no libxcb-cursor0, libxcb-icccm4 or
libxcb-keysyms1, which Qt's X11 platform plugin links; without them Qt aborts. The
bundle carries them (packaging/explorer.spec, from explorer.system_libraries), and
the bootloader points the dynamic loader at the bundle's folder (LD_LIBRARY_PATH).
These tests check both from outside: what the plugin's libraries resolve to, and a
real window on a virtual X server with the system's copies hidden.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
import test_packaging
from test_packaging import Lab, unexpected_stderr

from explorer.system_libraries import bundled_libraries

# test_packaging's fixtures: the download, built once from the current sources, unpacked
# read-only, and a lab user's session.
build = test_packaging.build
stamp = test_packaging.stamp
archive = test_packaging.archive
install = test_packaging.install
lab = test_packaging.lab

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle"),
]

LDD_LINE = re.compile(r"^\s*(\S+) => (not found|\S+)", re.M)


def internal(install: Path) -> Path:
    return install / "_internal"


def xcb_plugin(install: Path) -> Path:
    (plugin,) = internal(install).rglob("platforms/libqxcb.so")
    return plugin


def test_the_bootloader_points_the_loader_at_the_bundle(lab: Lab) -> None:
    """What the ldd test below assumes: LD_LIBRARY_PATH is the bundle's own folder."""
    result = lab.run("--version", env={"LD_DEBUG": "libs"})
    assert result.returncode == 0, result.stderr
    assert f"search path={internal(lab.install)}\t\t(LD_LIBRARY_PATH)" in result.stderr


@pytest.mark.skipif(shutil.which("ldd") is None, reason="ldd is not installed")
def test_the_xcb_plugin_finds_its_libraries_in_the_bundle(install: Path) -> None:
    result = subprocess.run(
        ["ldd", str(xcb_plugin(install))],
        env={"LD_LIBRARY_PATH": str(internal(install)), "PATH": os.environ["PATH"]},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    resolved = dict(LDD_LINE.findall(result.stdout))
    assert "libxcb-cursor.so.0" in resolved  # ldd listed the plugin's libraries
    assert [name for name, path in resolved.items() if path == "not found"] == []
    outside = {
        name: path
        for name, path in resolved.items()
        if name in bundled_libraries() and not Path(path).is_relative_to(internal(install))
    }
    assert outside == {}, "taken from the system, not the bundle"
    assert set(bundled_libraries()) <= set(resolved)


def _system_copies(soname: str) -> list[str]:
    ldconfig = shutil.which("ldconfig") or "/sbin/ldconfig"
    listing = subprocess.run([ldconfig, "-p"], capture_output=True, text=True, check=False).stdout
    return re.findall(rf"^\s+{re.escape(soname)} \(.*\) => (\S+)$", listing, re.M)


@pytest.fixture
def display():
    """A virtual X server (Xvfb) on a free display; yields its DISPLAY."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.skip("Xvfb is not installed")
    read, write = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=[write],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as numbers:
        number = numbers.readline().strip()
    try:
        assert number, "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=30)


def _maps(pid: int) -> str:
    """The files mapped by a process and its descendants."""
    text, children = "", [pid]
    while children:
        current = children.pop()
        try:
            text += Path(f"/proc/{current}/maps").read_text()
            for task in Path(f"/proc/{current}/task").iterdir():
                children += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    return text


def test_the_window_opens_where_the_system_lacks_the_xcb_libraries(lab: Lab, display: str) -> None:
    """In a private mount namespace an empty file hides each system copy of the libraries
    the bundle carries; the window must open on X11 and load the bundle's copies."""
    unshare, mount = shutil.which("unshare"), shutil.which("mount")
    if os.geteuid() != 0 or unshare is None or mount is None:
        pytest.skip("needs root, unshare and mount to hide the system's libraries")
    hidden = [path for name in bundled_libraries() for path in _system_copies(name)]
    script = " && ".join([*(f"{mount} --bind /dev/null '{p}'" for p in hidden), 'exec "$@"'])
    env = {**lab.env, "QT_QPA_PLATFORM": "xcb", "DISPLAY": display}
    window = subprocess.Popen(
        [unshare, "-m", shutil.which("sh") or "/bin/sh", "-c", script, "hide", *lab.command()],
        env=env,
        cwd=lab.home,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 20
        maps = ""
        while window.poll() is None and time.monotonic() < deadline:
            maps = _maps(window.pid)
            if "libqxcb.so" in maps and "libQt6Widgets" in maps:
                time.sleep(3)  # the window is being built: it must stay up
                maps = _maps(window.pid)
                break
            time.sleep(0.2)
        assert window.poll() is None, "the window did not stay open"
    finally:
        window.terminate()
        out, err = window.communicate(timeout=30)
    assert "libqxcb.so" in maps, out + err
    for name in ("libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1"):
        assert f"{internal(lab.install)}/{name}" in maps, name
    assert unexpected_stderr(err) == []
