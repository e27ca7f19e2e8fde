"""One clear focus ring for every control in the program, drawn by one overlay.

Qt's styles mark focus in as many ways as there are widgets (a one-pixel
highlight around a line edit, a dotted rectangle, often nothing at all on a
table, a chart or the tile map), and most of them change the picture by less
than the 3:1 contrast WCAG 2.1 asks of a focus indicator. Rather than restyle
each widget, `install()` watches the application's focus and draws one ring,
three pixels wide, around whatever widget has it: a masked child of that
widget's window, raised above everything, that lets the mouse through. Its
colour is the palette's highlight where that stands out 3:1 from the window and
the base colours around it, else the palette's text colour (so it follows a
dark or high-contrast palette too). The ring follows the widget when it moves,
is resized or scrolled, and is clipped to the part of it that can be seen.

A focused widget out of sight is scrolled into view first (`reveal`).

The tile map and the jobs map also mark their own focused state or job inside
them; this ring says which control has the keyboard.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QRegion
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

#: Width of the ring, in device-independent pixels.
WIDTH = 3
#: How far the ring stands outside the widget's edge, leaving a pixel of what is around
#: between them (it is drawn inside the edge where a parent clips it).
OUTSET = 4
#: The contrast a focus indicator needs against what is around it (WCAG 2.1, 1.4.11).
NEEDED_CONTRAST = 3.0
_FOLLOWED = {
    QEvent.Type.Move,
    QEvent.Type.Resize,
    QEvent.Type.Show,
    QEvent.Type.Hide,
    QEvent.Type.ParentChange,
    QEvent.Type.LayoutRequest,
}


def luminance(colour: QColor) -> float:
    """WCAG relative luminance of a colour (0 black to 1 white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(one: QColor, other: QColor) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def ring_colour(palette: QPalette) -> QColor:
    """The highlight if it stands out 3:1 from the window and base colours, else the text
    colour (whichever of the two contrasts more)."""
    around = (palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.Base))
    for role in (QPalette.ColorRole.Highlight, QPalette.ColorRole.WindowText):
        colour = palette.color(role)
        if all(contrast(colour, back) >= NEEDED_CONTRAST for back in around):
            return colour
    return palette.color(QPalette.ColorRole.WindowText)


def _within_ancestors(widget: QWidget, window: QWidget) -> QRect:
    """widget's rectangle in window's coordinates, cut to what each parent shows."""
    seen = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        seen &= QRect(parent.mapTo(window, QPoint(0, 0)), parent.size())
        parent = parent.parentWidget()
    return seen & window.rect()


class FocusRing(QWidget):
    """The ring over one window: shown around `target` while it has the focus."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName("")
        self.target: QWidget | None = None
        self._watched: list[QWidget] = []
        self.hide()

    def follow(self, widget: QWidget | None) -> None:
        """Ring `widget` (None: nothing), following it and its parents as they move."""
        for watched in self._watched:
            watched.removeEventFilter(self)
        if self.target is not None:
            self.target.destroyed.disconnect(self._gone)
        self._watched = []
        self.target = widget
        if widget is not None:
            chain: QWidget | None = widget
            while chain is not None and chain is not self.parentWidget():
                chain.installEventFilter(self)
                self._watched.append(chain)
                chain = chain.parentWidget()
            widget.destroyed.connect(self._gone)
        self.place()

    def _gone(self) -> None:
        self.target, self._watched = None, []
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Move with the widget (or a parent: a page scrolled, a pane resized)."""
        if event.type() in _FOLLOWED:
            self.place()
        return False

    def visible_rect(self) -> QRect:
        """The part of the target that can be seen, in the window's coordinates."""
        window = self.parentWidget()
        target = self.target
        if target is None or window is None or not target.isVisible():
            return QRect()
        return _within_ancestors(target, window)

    def place(self) -> None:
        """Put the ring around the target where it is now (hidden if it cannot be seen)."""
        window = self.parentWidget()
        seen = self.visible_rect()
        if window is None or seen.isEmpty():
            self.hide()
            return
        outer = seen.adjusted(-OUTSET, -OUTSET, OUTSET, OUTSET) & self._room(seen)
        self.setGeometry(outer)
        local = QRect(QPoint(0, 0), outer.size())
        self.setMask(
            QRegion(local).subtracted(QRegion(local.adjusted(WIDTH, WIDTH, -WIDTH, -WIDTH)))
        )
        self.show()
        self.raise_()
        self.update()

    def _room(self, seen: QRect) -> QRect:
        """Where the ring may be drawn: the target's parent's visible area (so a widget
        filling a scrolled page gets its ring just inside its edge)."""
        window = self.parentWidget()
        target = self.target
        assert window is not None and target is not None
        parent = target.parentWidget()
        if parent is None or parent is window:
            return window.rect()
        return _within_ancestors(parent, window) | seen

    def colour(self) -> QColor:
        """The ring's colour for the target's palette."""
        return ring_colour((self.target or self).palette())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.colour())
        painter.end()


class FocusRings(QObject):
    """Keeps a FocusRing on each window and moves it to the focused widget."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.rings: dict[int, FocusRing] = {}
        app.focusChanged.connect(self._focus_changed)

    def ring_for(self, window: QWidget) -> FocusRing:
        """The ring of a window (made on first use)."""
        key = id(window)
        ring = self.rings.get(key)
        if ring is None:
            ring = self.rings[key] = FocusRing(window)
            window.destroyed.connect(lambda _obj=None, key=key: self.rings.pop(key, None))
        return ring

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is not None and (new is None or old.window() is not new.window()):
            ring = self.rings.get(id(old.window()))
            if ring is not None:
                ring.follow(None)
        if new is None:
            return
        window = new.window()
        if window.windowType() == Qt.WindowType.Popup or isinstance(new, FocusRing):
            return
        reveal(new)
        self.ring_for(window).follow(new)


def reveal(widget: QWidget) -> None:
    """Scroll a focused widget that is out of sight into view in each scroll area it is
    in, innermost first. Qt scrolls only for some ways focus moves (Tab into a section
    page below its fold left the control, and its ring, out of sight)."""
    if not widget.visibleRegion().isEmpty():
        return
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and parent.widget() is not None:
            parent.ensureWidgetVisible(widget, OUTSET * 2, OUTSET * 2)
        parent = parent.parentWidget()


def install(app: QApplication | None = None) -> FocusRings:
    """Draw focus rings in the application (once; later calls return the same)."""
    application = app or QApplication.instance()
    assert isinstance(application, QApplication)
    existing = application.findChild(FocusRings)
    if isinstance(existing, FocusRings):
        return existing
    return FocusRings(application)
