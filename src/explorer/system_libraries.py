"""The system libraries Qt needs to open the window on Linux, checked before Qt loads.

Qt's xcb platform plugin (the window on X11) links the xcb-util libraries, which many
Debian and Ubuntu desktops lack (libxcb-cursor0 above all, needed since Qt 6.5). When
one is missing, QApplication prints several lines and aborts with a core dump.
`missing_packages` finds what is missing before Qt is imported, so that the command line
can print one line naming the Debian packages and the command that installs them.

The frozen Linux bundle carries the xcb libraries itself (`bundled_libraries`; the
PyInstaller spec reads that list from here): a library found in the bundle's folder
counts as present, so a lab PC without them starts the bundle. The others come from
the system in every case.

No Qt here: this runs before PySide6 is imported.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from explorer.paths import app_root, is_frozen

#: What QtGui links, whatever the platform: every Linux desktop has these. Library
#: (soname) -> the Debian and Ubuntu package that installs it.
QT_GUI_LIBRARIES: dict[str, str] = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libX11.so.6": "libx11-6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libdbus-1.so.3": "libdbus-1-3",
}

#: What Qt's xcb platform plugin (libqxcb.so and libQt6XcbQpa) links besides QtGui's.
XCB_LIBRARIES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}

#: The xcb library the bundle takes from the system: the X connection itself, which
#: every X11 desktop has and the host's graphics drivers link too (PyInstaller never
#: bundles it).
HOST_XCB_LIBRARIES = ("libxcb.so.1",)


def bundled_libraries() -> tuple[str, ...]:
    """The libraries the Linux bundle carries so that it opens its window without them."""
    return tuple(name for name in XCB_LIBRARIES if name not in HOST_XCB_LIBRARIES)


def window_platform(environ: Mapping[str, str]) -> str:
    """The platform plugin Qt tries first for the window: QT_QPA_PLATFORM's first entry
    ("xcb" of "xcb:dpi=96;wayland"), else wayland in a Wayland session, else xcb."""
    requested = environ.get("QT_QPA_PLATFORM", "").strip()
    if requested:
        return requested.split(";")[0].split(":")[0].strip().lower()
    if environ.get("WAYLAND_DISPLAY") or environ.get("XDG_SESSION_TYPE") == "wayland":
        return "wayland"
    return "xcb"


def no_display(environ: Mapping[str, str] | None = None, platform: str | None = None) -> str | None:
    """The one line to print when the window would open on X11 with no X display to open
    it on (Qt aborts with a core dump then); None when there is one, or off X11."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux") or window_platform(environ) != "xcb":
        return None
    if environ.get("DISPLAY"):
        return None
    return (
        "Career Explorer needs a desktop to open its window, and DISPLAY is not set: "
        "start it from the desktop, or run `career-explorer report` for a PDF instead"
    )


def unloadable(name: str) -> str | None:
    """None when the library loads (or the bundle carries it); else the library that
    failed, which is a dependency of `name` when only that one is missing."""
    if is_frozen() and (app_root() / name).is_file():
        return None
    try:
        ctypes.CDLL(name)
    except OSError as error:
        # "libxcb-util.so.1: cannot open shared object file ..." or "/usr/lib/...: file too short"
        failed = Path(str(error).split(":", 1)[0]).name
        return failed if failed in QT_GUI_LIBRARIES or failed in XCB_LIBRARIES else name
    return None


def missing_packages(
    environ: Mapping[str, str] | None = None,
    platform: str | None = None,
    load: Callable[[str], str | None] | None = None,
) -> list[str]:
    """The Debian packages to install before Qt can open the window, in a stable order;
    empty when nothing is missing, off Linux, or on a platform other than xcb."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux") or window_platform(environ) != "xcb":
        return []
    check = unloadable if load is None else load
    libraries = {**QT_GUI_LIBRARIES, **XCB_LIBRARIES}
    failed = {check(name) for name in libraries} - {None}
    return _unique(libraries[name] for name in libraries if name in failed)


def message(packages: list[str]) -> str:
    """The one line that says what to install (the packages named when at most three)."""
    names = " and ".join([", ".join(packages[:-1]), packages[-1]] if packages[1:] else packages)
    if len(packages) > 3:
        names = f"{len(packages)} system packages"
    return (
        f"Career Explorer needs {names} to open its window: "
        f"sudo apt-get install {' '.join(packages)}"
    )


def _unique(names: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(names))
