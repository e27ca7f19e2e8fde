"""The comparison window: two to four careers side by side, their two charts, and printing.

A window of its own, so a lab's 1024×768 screen gives the four columns its whole
width: the table of figures (CompareModel; each best value in bold with its words),
a key naming each career's letter and colour, the pay range and interest charts
(ChartPanel, each with "Show as table", Ctrl+T), and File ▸ Print, Print preview
and Export PDF, which print reports/compare.py's two landscape pages. Clicking a
career's heading, or Enter on one of its cells, opens its profile in the main
window (`open_requested`).
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence, QResizeEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from explorer.profile.compare import Comparison
from explorer.profile.registry import ReportError
from explorer.reports.compare import BEST_NOTE, print_comparison, write_comparison
from explorer.reports.compare import heading as running_title
from explorer.reports.document import PageSetup
from explorer.safe_text import quoted
from explorer.ui.announce import tell
from explorer.ui.compare.model import CompareModel, heading
from explorer.ui.printing.file_names import UNSAFE_IN_FILE_NAMES, ask_save_path
from explorer.ui.widgets.chart_panel import ChartPanel
from explorer.ui.widgets.chart_style import PALETTE
from explorer.ui.widgets.side_by_side import SideBySide

APP_TITLE = "Career Explorer"
LABEL_WIDTH = 150  # the figures' names, in pixels at 100%


def wrapped(text: str, metrics: QFontMetrics, width: int) -> str:
    """text with its lines broken between words so that each fits width pixels."""
    lines = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            trial = f"{line} {word}" if line else word
            if line and metrics.horizontalAdvance(trial) > width:
                lines.append(line)
                line = word
            else:
                line = trial
        lines.append(line)
    return "\n".join(lines)


class FittedTable(QTableView):
    """A table as tall as its rows (the window scrolls, not the table), its columns
    sharing the width, so no figure is cut short or scrolled sideways."""

    def __init__(self, model: CompareModel) -> None:
        super().__init__()
        self.setModel(model)
        self.setWordWrap(True)
        self.setTabKeyNavigation(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionsClickable(True)
        header.setHighlightSections(False)
        self._fitted: tuple[int, ...] | None = None  # the column widths the rows fit
        self._refit = QTimer(self, singleShot=True, interval=0)
        self._refit.timeout.connect(self._fit_if_resized)
        model.modelReset.connect(self.fit)
        header.sectionResized.connect(lambda *_: self._refit.start())

    def _widths(self) -> tuple[int, ...]:
        header = self.horizontalHeader()
        return tuple(header.sectionSize(c) for c in range(header.count()))

    def _fit_if_resized(self) -> None:
        if self._widths() != self._fitted:
            self.fit()

    def fit(self) -> None:
        """Size the label column, the rows to their text and the table to its rows."""
        header = self.horizontalHeader()
        if self.model().columnCount() > 0:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(0, round(LABEL_WIDTH * self.logicalDpiX() / 96))
        self._fitted = self._widths()
        self._wrap_headings()
        self.resizeRowsToContents()
        height = header.sizeHint().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(row) for row in range(self.model().rowCount()))
        self.setFixedHeight(height)

    def _wrap_headings(self) -> None:
        """Wrap each career's heading to its column, whole words to a line."""
        model = self.model()
        if not isinstance(model, CompareModel) or model.comparison is None:
            return
        comparison = model.comparison
        header = self.horizontalHeader()
        font = QFont(header.font())
        font.setBold(True)
        metrics = QFontMetrics(font)
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        model.set_headings(
            [
                wrapped(heading(career), metrics, header.sectionSize(i + 1) - 2 * margin - 4)
                for i, career in enumerate(comparison.careers)
            ]
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._refit.start()


class CompareWindow(QMainWindow):
    """Shows one comparison at a time (set_comparison); emits open_requested(code)."""

    open_requested = Signal(str)

    def __init__(self, setup: PageSetup, paper: str = "letter", parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("compareWindow")
        self.setup, self.paper = setup, paper
        self.comparison: Comparison | None = None
        self.model = CompareModel(self)
        self.table = FittedTable(self.model)
        self.table.setAccessibleName("Comparison")
        self.table.horizontalHeader().sectionClicked.connect(self._open_column)
        self.table.activated.connect(self._open_cell)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.note = QLabel(f"<small>{escape(BEST_NOTE)} Click a career's name to open it.</small>")
        self.note.setWordWrap(True)
        self.key = QLabel()
        self.key.setWordWrap(True)
        self.pay_panel, self.interest_panel = ChartPanel(), ChartPanel()
        self._make_actions()
        self._lay_out()

    def _make_actions(self) -> None:
        self.print_action = QAction(
            "&Print…", self, shortcut=QKeySequence(QKeySequence.StandardKey.Print)
        )
        self.print_action.triggered.connect(self.print_comparison)
        self.preview_action = QAction("Print pre&view…", self)
        self.preview_action.triggered.connect(self.preview)
        self.export_action = QAction("&Export PDF…", self, shortcut=QKeySequence("Ctrl+Shift+E"))
        self.export_action.triggered.connect(self.export_pdf)
        close = QAction("&Close", self)
        # Ctrl+W and Esc on every platform (the platform's Close key may be Ctrl+F4 alone).
        keys = [QKeySequence("Ctrl+W"), QKeySequence("Esc")]
        keys += [
            k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Close) if k not in keys
        ]
        close.setShortcuts(keys)
        close.triggered.connect(self.close)
        menu = self.menuBar().addMenu("&File")
        menu.addActions([self.print_action, self.preview_action, self.export_action])
        menu.addSeparator()
        menu.addAction(close)

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        self.print_button, self.preview_button, self.export_button = (
            QPushButton(action.text().replace("&", ""))
            for action in (self.print_action, self.preview_action, self.export_action)
        )
        for button, action in (
            (self.print_button, self.print_action),
            (self.preview_button, self.preview_action),
            (self.export_button, self.export_action),
        ):
            button.clicked.connect(action.trigger)
            buttons.addWidget(button)
        buttons.addStretch(1)
        # Side by side, or one under the other where half the width would elide their
        # tables (a large font on a small screen).
        self.charts = SideBySide(
            [(panel, panel.width_wanted) for panel in (self.pay_panel, self.interest_panel)]
        )
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self.heading)
        column.addLayout(buttons)
        column.addWidget(self.note)
        column.addWidget(self.table)
        column.addWidget(self.key)
        column.addWidget(self.charts)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setAccessibleName("The comparison")
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setCentralWidget(scroll)
        self.scroll_area = scroll

    # -- showing -------------------------------------------------------------------------

    def set_comparison(self, comparison: Comparison) -> None:
        """Show comparison: its table, key and two charts."""
        self.comparison = comparison
        title = running_title(comparison)
        self.setWindowTitle(f"{title} — {APP_TITLE}")
        self.heading.setText(f"<h2>Comparing {len(comparison.careers)} careers</h2>")
        self.model.set_comparison(comparison)
        self.key.setText(
            "Charts: "
            + " &nbsp; ".join(
                f'<span style="color:{PALETTE[i]}">■</span> <b>{escape(c.letter)}</b> '
                f"{escape(c.title)}"
                for i, c in enumerate(comparison.careers)
            )
        )
        self.pay_panel.set_chart(comparison.pay_chart)
        self.interest_panel.set_chart(comparison.interest_chart)
        self.charts.arrange(self.charts.width())
        self.scroll_area.verticalScrollBar().setValue(0)

    def place(self) -> None:
        """Fit the shown window in the screen's available area, at most 1280×960 with its
        frame (known only once shown)."""
        screen = (self.screen() or QApplication.primaryScreen()).availableGeometry()
        width, height = min(1280, screen.width()), min(960, screen.height())
        frame = self.frameGeometry().size() - self.geometry().size()
        self.resize(width - frame.width(), height - frame.height())
        self.move(screen.left() + (screen.width() - width) // 2, screen.top())

    def _open_column(self, column: int) -> None:
        code = self.model.code_at(column)
        if code:
            self.open_requested.emit(code)

    def _open_cell(self, index: QModelIndex) -> None:
        self._open_column(index.column())

    # -- printing ------------------------------------------------------------------------

    def print_comparison(self) -> bool:
        """Print through the system's print dialog; False when cancelled or failed."""
        if self.comparison is None:
            return False
        if not QPrinterInfo.availablePrinters():  # as the main window's Print says it
            QMessageBox.information(
                self,
                "Print",
                "No printer is installed on this computer; use Export PDF in the File menu"
                " to save the comparison as a PDF instead.",
            )
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        return self._print_to(printer)

    def preview(self) -> None:
        """The print preview, landscape, as it will print."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintPreviewDialog(printer, self)
        dialog.paintRequested.connect(self._print_to)
        dialog.exec()

    def _print_to(self, printer: QPrinter) -> bool:
        if self.comparison is None:
            return False
        try:
            print_comparison(printer, self.comparison, self.setup)
        except (OSError, ReportError) as error:
            QMessageBox.warning(self, APP_TITLE, f"The comparison was not printed: {error}")
            return False
        return True

    def export_pdf(self) -> Path | None:
        """Ask where, then write the PDF (all or nothing); the file, or None."""
        if self.comparison is None:
            return None
        # Each title to its first comma, "/" and the like made "-" (a name, not a folder).
        names = "-".join(
            "-".join(UNSAFE_IN_FILE_NAMES.sub(" ", c.title.split(",")[0]).split())
            for c in self.comparison.careers
        )
        path = ask_save_path(
            self,
            "Export the comparison as PDF",
            f"Compare-{names[:80]}.pdf",
            "PDF (*.pdf)",
            (".pdf",),
        )
        if path is None:
            return None
        try:
            pages = write_comparison(path, self.comparison, self.setup, self.paper)
        except (OSError, ReportError) as error:
            reason = getattr(error, "strerror", None) or str(error)
            QMessageBox.warning(self, APP_TITLE, f"Cannot write {quoted(str(path))}: {reason}")
            return None
        text = f"Saved {quoted(str(path))} ({pages} pages)."
        tell(self.statusBar(), text, assertive=False)  # as the main window's "Saved …" is
        return path
