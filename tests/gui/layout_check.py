"""What a student would see cut short in a window: the checks of the lab-screen tests.

Read from the widgets as they are on screen, not from our own sizing code:
a label narrower (or, wrapped, shorter) than its text needs, a button or
list box narrower than its words, a table heading narrower than its words, a
widget that sticks out of its parent, sideways scrolling, a menu bar that does
not fit, a window beyond the screen, or a profile section button out of view.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QScrollArea,
    QStyle,
    QTabBar,
    QTextEdit,
    QWidget,
)

SLACK = 1  # a pixel of rounding


def layout_problems(window: QMainWindow) -> list[str]:
    """Everything cut short, elided or out of view in `window`, one line each."""
    problems: list[str] = []
    screen = window.screen().availableGeometry()
    if not screen.contains(window.frameGeometry()):
        problems.append(f"window {_rect(window.frameGeometry())} beyond screen {_rect(screen)}")
    menu_bar = window.menuBar()
    if menu_bar.sizeHint().width() > menu_bar.width() + SLACK:
        problems.append("menu bar does not fit")
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        problems.extend(_widget_problems(widget))
    return problems


def _widget_problems(widget: QWidget) -> list[str]:
    name = _name(widget)
    problems = []
    if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
        if widget.wordWrap():
            need = widget.heightForWidth(widget.width())
            if need > widget.height() + SLACK:
                problems.append(f"label {name} {widget.height()} px tall, needs {need}")
        elif widget.sizeHint().width() > widget.width() + SLACK:
            problems.append(
                f"label {name} {widget.width()} px wide, needs {widget.sizeHint().width()}"
            )
    if isinstance(widget, QAbstractButton | QComboBox) and not isinstance(
        widget.parentWidget(), QLineEdit
    ):  # a line edit's clear button is drawn by Qt at the size it chooses
        hint = widget.minimumSizeHint()
        if hint.width() > widget.width() + SLACK or hint.height() > widget.height() + SLACK:
            problems.append(
                f"{type(widget).__name__} {name} in {_name(widget.parentWidget())} "
                "smaller than its words"
            )
    if (
        isinstance(widget, QTextEdit)
        and widget.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    ):  # a text view as tall as its text (RichTextView): all of it must show
        document = widget.document()
        document.size()  # laid out
        need = int(document.size().height())
        if document.textWidth() != widget.viewport().width():
            problems.append(f"text {name} laid out at another width than it has")
        elif need > widget.viewport().height() + SLACK:
            problems.append(f"text {name} {widget.viewport().height()} px tall, needs {need}")
    if isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
        problems.extend(_heading_problems(widget))
    if isinstance(widget, QTabBar):
        problems.append(f"tab bar {name} shown (sections should be buttons)")
    if isinstance(widget, QAbstractScrollArea):
        problems.extend(_scroll_problems(widget, name))
    parent = widget.parentWidget()
    if parent is not None and not isinstance(widget.parentWidget(), QAbstractScrollArea):
        inside = parent.rect()
        geometry = widget.geometry()
        if _in_scrolled_content(widget):  # content may run below the fold, not sideways
            inside.setTop(geometry.top())
            inside.setBottom(geometry.bottom())
        if not inside.adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(geometry):
            problems.append(f"{type(widget).__name__} {name} sticks out of its parent")
    return problems


def _heading_problems(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None:
        return []
    font = header.font()
    font.setBold(True)
    metrics = QFontMetrics(font)
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    problems = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        need = max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)
        if need + 2 * margin > header.sectionSize(section) + SLACK:
            problems.append(
                f"heading {text!r} of {_name(header.parentWidget())} elided "
                f"({header.sectionSize(section)} px for {need + 2 * margin})"
            )
    return problems


def _scroll_problems(area: QAbstractScrollArea, name: str) -> list[str]:
    if area.horizontalScrollBar().isVisible():
        return [f"{type(area).__name__} {name} scrolls sideways"]
    if isinstance(area, QScrollArea) and area.widget() is not None:
        content = area.widget()
        if content.minimumSizeHint().width() > area.viewport().width() + SLACK:
            return [f"scroll area {name} cuts its content's right edge"]
    return []


def _in_scrolled_content(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent.parentWidget(), QAbstractScrollArea) and not isinstance(
            parent.parentWidget(), QAbstractItemView
        ):
            return True
        parent = parent.parentWidget()
    return False


def _name(widget: QWidget | None) -> str:
    if widget is None:
        return "?"
    text = widget.accessibleName() or widget.objectName()
    if not text and isinstance(widget, QLabel | QAbstractButton):
        text = widget.text()
    return repr(text[:40]) if text else f"<{type(widget).__name__}>"


def _rect(rect: QRect) -> str:
    return f"{rect.x()},{rect.y()} {rect.width()}×{rect.height()}"
