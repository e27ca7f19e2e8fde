"""The one pyqtgraph item that paints a chart's bars and texts (see charts.py)."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen, QTransform

Bar = tuple[float, float, float, float, str]  # x0, y0, x1, y1 in data coordinates, colour
#: x, y in data coordinates, the text, its rectangle in pixels relative to that point,
#: and whether it is turned to read upwards (along a standing bar).
Label = tuple[float, float, str, QRectF, bool]


class ChartItem(pg.GraphicsObject):
    """The bars and every text of a chart, painted by one graphics item.

    One item that is updated in place is far cheaper than a pyqtgraph item per
    bar and per label, and it never leaves items behind when a profile is
    replaced by the next. A text keeps its pixel size whatever the scale: it is
    anchored at a point of the data (a bar's end) and placed in pixels from it, as
    profile.chart_layout decided. Texts may be painted in the margin past the axis's
    end (the view does not clip its items); one that would leave the chart is cut short.
    """

    def __init__(self) -> None:
        super().__init__()
        self.bars: list[Bar] = []
        self.labels: list[Label] = []
        self.font = QFont()
        #: Indices into bars of values at BLS's top-coding cap: painted hatched.
        self.capped: set[int] = set()
        #: Pixels past the view's right and top edges where texts may be painted.
        self.margin = (0.0, 0.0)
        #: The theme's text and outline colour, and its background (chart_style).
        self.ink, self.paper = "#111111", "#ffffff"

    def set_content(
        self, bars: list[Bar], labels: list[Label], font: QFont, capped: set[int] | None = None
    ) -> None:
        """Replace what the item paints; capped bars (indices) are hatched."""
        self.prepareGeometryChange()
        self.bars, self.labels, self.font = bars, labels, font
        self.capped = capped or set()
        self.update()

    def set_labels(self, labels: list[Label], margin: tuple[float, float]) -> None:
        """Replace the texts alone (the bars stay), and the margin they may use."""
        self.prepareGeometryChange()
        self.labels, self.margin = labels, margin
        self.update()

    def boundingRect(self) -> QRectF:
        view = self.getViewBox()
        if view is None:
            return QRectF()
        rect = view.viewRect()
        pixel_w, pixel_h = view.viewPixelSize()
        room = max(self.margin) + 24  # the margin, and texts that reach a little past
        return rect.adjusted(-room * pixel_w, -room * pixel_h, room * pixel_w, room * pixel_h)

    def label_rects(self, transform: QTransform | None = None) -> list[tuple[str, QRectF, bool]]:
        """Each text as painted: its words (cut short where needed), its rectangle in
        device pixels and whether it is turned; transform maps data to device (the
        item's own by default)."""
        transform = transform if transform is not None else self.deviceTransform_()
        if transform is None:
            return []
        metrics = QFontMetricsF(self.font)
        view = self.getViewBox()
        right = 1e9
        if view is not None:
            right = transform.map(view.viewRect().topRight()).x() + self.margin[0]
        shown = []
        for x, y, label, rect, turned in self.labels:
            box = rect.translated(transform.map(QPointF(x, y)))
            text = label
            if not turned and box.right() > right - 2:  # cut short at the chart's edge
                room = right - box.left() - 4  # the box is its words and 4 pixels
                text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, room)
                box.setWidth(metrics.horizontalAdvance(text) + 4)
            shown.append((text, box, turned))
        return shown

    def paint(self, painter: QPainter, *_args: object) -> None:
        transform = painter.transform()
        outline = QPen(QColor(self.ink))
        outline.setCosmetic(True)
        painter.setPen(outline)
        for index, (x0, y0, x1, y1, colour) in enumerate(self.bars):
            rect = QRectF(QPointF(x0, y0), QPointF(x1, y1)).normalized()
            if index in self.capped:  # "or more": a hatched bar, the true value above it
                painter.setBrush(QColor(self.paper))
                painter.drawRect(rect)
                painter.setBrush(QBrush(QColor(colour), Qt.BrushStyle.BDiagPattern))
            else:
                painter.setBrush(QColor(colour))
            painter.drawRect(rect)
        painter.resetTransform()
        painter.setFont(self.font)
        painter.setPen(QColor(self.ink))
        centre = int(Qt.AlignmentFlag.AlignCenter)
        left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for text, box, turned in self.label_rects(transform):
            if turned:
                painter.save()
                painter.translate(box.center())
                painter.rotate(-90)
                upright = QRectF(-box.height() / 2, -box.width() / 2, box.height(), box.width())
                painter.drawText(upright, centre, text)
                painter.restore()
            elif "\n" in text:  # wrapped (chart_wrap): its lines start at its left edge
                painter.drawText(box.adjusted(2, 0, 0, 0), left, text)
            else:
                painter.drawText(box, centre, text)
        painter.setTransform(transform)
