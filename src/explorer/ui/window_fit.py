"""Where the main window opens: inside the screen a student has, whatever its size.

A lab PC may have a 1024×768 screen, a 1366×768 one with a taskbar, a 1080p
laptop at 150% (1280×720 logical pixels) or a 4K monitor at 200%. The first
launch fills a small screen (maximized) and takes a comfortable share of a
large one, centred; a size saved on another, larger screen is used only if it
still fits the screen the window opens on. The splitter between filters,
results and profile is set in proportion to the window's width.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QDataStream, QRect, QSize, Qt
from PySide6.QtGui import QFont, QGuiApplication, QScreen
from PySide6.QtWidgets import QMainWindow, QSplitter

#: The size the window would like (logical pixels); smaller screens are filled.
PREFERRED = QSize(1280, 820)
#: On a screen much larger than PREFERRED, the share of it the window takes.
LARGE_SCREEN_SHARE = 0.8
#: Room left for the window frame and title bar a window manager adds.
FRAME_ALLOWANCE = QSize(16, 40)
#: How QWidget.saveGeometry() begins.
GEOMETRY_MAGIC = 0x1D9D0CB
#: Narrower than this, the window starts with the filters folded away (at a 9-point
#: font; a larger font needs proportionally more).
FILTERS_FROM = 1200
FILTERS_FONT_POINTS = 9.0
#: The panes' shares of the window's width: filters, results, profile.
SPLITTER_SHARES = (0.2, 0.36, 0.44)


def screen_for(window: QMainWindow) -> QScreen | None:
    """The screen the window is (or will be) on: its own, else the primary one."""
    return window.screen() or QGuiApplication.primaryScreen()


def first_launch_size(available: QSize) -> QSize | None:
    """The window size for a first launch on a screen with `available` room, or None
    when the screen is no larger than the preferred size (then the window is maximized)."""
    room = available - FRAME_ALLOWANCE
    if room.width() <= PREFERRED.width() or room.height() <= PREFERRED.height():
        return None
    width = max(PREFERRED.width(), round(room.width() * LARGE_SCREEN_SHARE))
    height = max(PREFERRED.height(), round(room.height() * LARGE_SCREEN_SHARE))
    return QSize(min(width, room.width()), min(height, room.height()))


def place_first_launch(window: QMainWindow) -> None:
    """Size and centre the window for a screen it has never been on (maximize if small)."""
    screen = screen_for(window)
    if screen is None:  # no screen at all: a plain size
        window.resize(PREFERRED)
        return
    available = screen.availableGeometry()
    size = first_launch_size(available.size())
    if size is None:
        window.resize(available.size() - FRAME_ALLOWANCE)
        window.move(available.topLeft())
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
        return
    window.resize(size)
    frame = QRect(available.topLeft(), size + FRAME_ALLOWANCE)
    frame.moveCenter(available.center())
    window.move(frame.topLeft())


def restore_or_place(window: QMainWindow, saved: bytes | bytearray | memoryview) -> bool:
    """Restore a saved geometry if it fits the current screen, else place the window as on
    a first launch. True when the saved geometry was used."""
    screen = screen_for(window)
    frame = saved_frame(bytes(saved))
    if frame is not None and screen is not None:
        available = screen.availableGeometry()
        too_big = frame.width() > available.width() or frame.height() > available.height()
        if not too_big and window.restoreGeometry(bytes(saved)):
            return True
    place_first_launch(window)
    return False


def saved_frame(saved: bytes) -> QRect | None:
    """The window frame a saveGeometry() blob records (Qt's format: a magic number, the
    format's version, then the frame rectangle), or None if it is not one."""
    stream = QDataStream(QByteArray(saved))
    magic, major = stream.readUInt32(), stream.readUInt16()
    stream.readUInt16()  # minor version
    if magic != GEOMETRY_MAGIC or major < 1:
        return None
    frame = QRect()
    stream >> frame
    return frame if stream.status() == QDataStream.Status.Ok and frame.isValid() else None


def room_for_filters(window_width: int, font: QFont | None = None) -> bool:
    """Whether the filters start shown: not on a window narrower than FILTERS_FROM (more
    with a font larger than 9 points), where the results would be too narrow to tell
    their titles apart."""
    points = font.pointSizeF() if font is not None else FILTERS_FONT_POINTS
    grown = max(1.0, points / FILTERS_FONT_POINTS) if points > 0 else 1.0
    return window_width >= FILTERS_FROM * grown


def proportionate_sizes(total_width: int) -> list[int]:
    """Splitter sizes for a window `total_width` wide, in the panes' shares."""
    return [round(total_width * share) for share in SPLITTER_SHARES]


def set_proportionate(splitter: QSplitter, total_width: int) -> None:
    """Give each pane its share of the width (first launch, or after a reset)."""
    splitter.setSizes(proportionate_sizes(total_width))


def unfolded_sizes(sizes: list[int], need: int) -> list[int] | None:
    """Splitter sizes that open a first pane dragged shut (size 0) to `need`, taken from
    the widest other pane; None when the first pane is open already."""
    if not sizes or sizes[0] > 0 or len(sizes) < 2:
        return None
    widest = max(range(1, len(sizes)), key=sizes.__getitem__)
    give = min(need, max(sizes[widest] - need, 0))
    if give <= 0:
        return None
    return [give, *(size - give if i == widest else size for i, size in enumerate(sizes) if i)]
