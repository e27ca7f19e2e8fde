"""A system library the window needs that is missing: one line naming the package, exit 4.

Qt's xcb platform plugin aborts with a core dump when one of its libraries is missing
(libxcb-cursor0 on many Debian desktops). explorer.system_libraries checks them before
Qt loads. Here the loader is replaced to report a library missing; tests/cli/
test_missing_library.py hides real ones from a real start.
"""

from __future__ import annotations

import ctypes
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from explorer import cli, system_libraries
from explorer.system_libraries import (
    QT_GUI_LIBRARIES,
    XCB_LIBRARIES,
    bundled_libraries,
    message,
    missing_packages,
    window_platform,
)

X11 = {"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":0"}


def _missing(*names: str):
    """A loader that reports these libraries missing and every other one loaded."""
    return lambda name: name if name in names else None


def test_a_missing_library_gives_one_line_and_exit_4_before_qt_starts(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    for key in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(system_libraries, "unloadable", _missing("libxcb-cursor.so.0"))

    def no_window(_db: Path) -> int:
        raise AssertionError("Qt was started although a library is missing")

    import explorer.ui.app

    monkeypatch.setattr(explorer.ui.app, "run_gui", no_window)
    assert cli.main([]) == 4
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        "career-explorer: Career Explorer needs libxcb-cursor0 to open its window: "
        "sudo apt-get install libxcb-cursor0\n"
    )


def test_no_display_gives_one_line_and_exit_4_before_qt_starts(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.setattr(system_libraries, "unloadable", _missing())
    import explorer.ui.app

    def no_window(_db: Path) -> int:
        raise AssertionError("Qt was started with no display (it aborts with a core dump)")

    monkeypatch.setattr(explorer.ui.app, "run_gui", no_window)
    assert cli.main([]) == 4
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "DISPLAY is not set" in err


def test_nothing_missing_starts_the_window(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(system_libraries, "unloadable", _missing())
    import explorer.ui.app

    monkeypatch.setattr(explorer.ui.app, "run_gui", lambda _db: 0)
    assert cli.main([]) == 0


def test_every_missing_package_is_named_once_in_a_stable_order() -> None:
    load = _missing("libxcb-keysyms.so.1", "libgthread-2.0.so.0", "libglib-2.0.so.0")
    packages = missing_packages(X11, "linux", load)
    assert packages == ["libglib2.0-0", "libxcb-keysyms1"]
    assert message(packages) == (
        "Career Explorer needs libglib2.0-0 and libxcb-keysyms1 to open its window: "
        "sudo apt-get install libglib2.0-0 libxcb-keysyms1"
    )
    three = ["libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1"]
    assert message(three).startswith("Career Explorer needs libxcb-cursor0, libxcb-icccm4 and ")
    many = [*three, "libxcb-image0"]
    assert message(many) == (
        "Career Explorer needs 4 system packages to open its window: "
        "sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0"
    )


@pytest.mark.parametrize(
    ("environ", "platform"),
    [
        ({"QT_QPA_PLATFORM": "offscreen"}, "xcb"),  # the smoke test, the tests
        ({"QT_QPA_PLATFORM": "wayland"}, "wayland"),
        ({"QT_QPA_PLATFORM": "wayland;xcb"}, "wayland"),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "wayland"),
        ({"XDG_SESSION_TYPE": "wayland"}, "wayland"),
    ],
)
def test_nothing_is_checked_where_the_xcb_plugin_is_not_used(
    environ: dict[str, str], platform: str
) -> None:
    everything = _missing(*QT_GUI_LIBRARIES, *XCB_LIBRARIES)
    assert window_platform(environ) != "xcb"
    assert missing_packages(environ, "linux", everything) == []
    assert missing_packages(X11, "win32", everything) == []
    assert missing_packages(X11, "darwin", everything) == []
    assert missing_packages(X11, "linux", everything) != []


@pytest.mark.parametrize(
    "environ",
    [
        {},
        {"QT_QPA_PLATFORM": "xcb"},
        {"QT_QPA_PLATFORM": "XCB:dpi=96;wayland"},
        {"XDG_SESSION_TYPE": "x11"},
    ],
)
def test_the_xcb_plugin_is_checked_on_x11(environ: dict[str, str]) -> None:
    assert window_platform(environ) == "xcb"
    assert missing_packages(environ, "linux", _missing("libxcb-icccm.so.4")) == ["libxcb-icccm4"]


def test_a_missing_dependency_is_named_rather_than_the_library_that_needs_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """libxcb-image needs libxcb-util: when only that is missing, name libxcb-util1."""

    def fake_cdll(name: str) -> None:
        if name in ("libxcb-image.so.0", "libxcb-util.so.1"):
            raise OSError("libxcb-util.so.1: cannot open shared object file: No such file")
        if name == "libxcb-cursor.so.0":
            raise OSError("/usr/lib/x86_64-linux-gnu/libxcb-cursor.so.0: file too short")
        if name == "libEGL.so.1":
            raise OSError("libsomething-unknown.so.3: cannot open shared object file")

    monkeypatch.setattr(ctypes, "CDLL", fake_cdll)
    assert system_libraries.unloadable("libxcb-image.so.0") == "libxcb-util.so.1"
    assert system_libraries.unloadable("libxcb-cursor.so.0") == "libxcb-cursor.so.0"
    assert system_libraries.unloadable("libEGL.so.1") == "libEGL.so.1"
    assert system_libraries.unloadable("libxcb-shape.so.0") is None
    assert missing_packages(X11, "linux") == ["libegl1", "libxcb-cursor0", "libxcb-util1"]


def test_a_library_the_bundle_carries_counts_as_present(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def nothing_on_the_system(name: str) -> None:
        raise OSError(f"{name}: cannot open shared object file: No such file or directory")

    monkeypatch.setattr(ctypes, "CDLL", nothing_on_the_system)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    for name in bundled_libraries():
        (tmp_path / name).write_bytes(b"")
    missing = missing_packages(X11, "linux")
    assert "libxcb-cursor0" not in missing and "libxcb-icccm4" not in missing
    assert "libxcb1" in missing and "libgl1" in missing  # from the system, bundle or not
    assert set(bundled_libraries()) == set(XCB_LIBRARIES) - {"libxcb.so.1"}


# The C runtime and what Debian and Ubuntu install on every system (Priority: required),
# and the libraries PySide6 itself ships (Qt's, ICU).
EVERYWHERE = re.compile(
    r"(libc|libm|libdl|librt|libpthread|libstdc\+\+|libgcc_s|libz|libzstd)\.so\.\d+"
    r"|ld-linux.*|libQt6\w+\.so\.6|libicu\w+\.so\.\d+"
)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt's Linux libraries")
@pytest.mark.skipif(shutil.which("readelf") is None, reason="readelf (binutils) is not installed")
def test_the_lists_name_every_library_the_window_links() -> None:
    """What Qt's xcb plugin and QtGui link (readelf), less the C runtime and Qt's own,
    is all in the lists: a new Qt that links one more library fails this test."""
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    needed: set[str] = set()
    for binary in (
        qt / "plugins" / "platforms" / "libqxcb.so",
        qt / "lib" / "libQt6XcbQpa.so.6",
        qt / "lib" / "libQt6Gui.so.6",
        qt / "lib" / "libQt6DBus.so.6",
    ):
        dynamic = subprocess.run(
            ["readelf", "-d", "-W", str(binary)], capture_output=True, text=True, check=True
        ).stdout
        needed |= set(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", dynamic))
    assert "libxcb-cursor.so.0" in needed  # the scan sees the plugin's libraries
    unlisted = {
        name
        for name in needed
        if not EVERYWHERE.fullmatch(name) and name not in {**QT_GUI_LIBRARIES, **XCB_LIBRARIES}
    }
    assert unlisted == set()
