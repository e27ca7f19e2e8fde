"""File > Print, Print Preview and Export PDF: the window's side of printed reports.

explorer.reports gathers, lays out and paints the reports; this module asks
the questions around it (ReportOptionsDialog, the printer, the file name),
shows a cancellable progress dialog for a batch and says what happened, in a
message box for a problem and in the status bar (the `message` signal) for a
success. export_to and render_to do the work without any dialog, for tests
and scripts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QStandardPaths, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import (
    QAbstractPrintDialog,
    QPrintDialog,
    QPrinter,
    QPrinterInfo,
    QPrintPreviewDialog,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from explorer.data.catalog import OccupationSummary
from explorer.data.repository import CareerData
from explorer.profile.blocks import OccupationReport
from explorer.reports import (
    PageSetup,
    ReportCancelled,
    ReportError,
    build_reports,
    page_setup,
    render,
    set_paper,
    write_pdf,
)
from explorer.ui.printing.dialog import ReportOptions, ReportOptionsDialog

BATCH_WARNING = 50  # occupations; more than this asks first (each is several pages)
PROGRESS_DELAY_MS = 300
UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def pdf_file_name(titles: Sequence[str]) -> str:
    """ "Medical Records Specialists.pdf" for one occupation, "Career profiles (5).pdf"
    for several; characters no file system accepts become spaces."""
    if len(titles) != 1:
        return f"Career profiles ({len(titles)}).pdf"
    name = " ".join(UNSAFE_IN_FILE_NAMES.sub(" ", titles[0]).split()).strip(" .")
    return f"{name or 'Career profile'}.pdf"


class _Progress:
    """A cancellable progress dialog for a batch; for one occupation, a busy cursor only."""

    def __init__(self, parent: QWidget, count: int, title: str) -> None:
        self.count = count
        self.dialog: QProgressDialog | None = None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        if count > 1:
            dialog = QProgressDialog(f"Preparing {count} occupations…", "Cancel", 0, count, parent)
            dialog.setWindowTitle(title)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumWidth(dialog.fontMetrics().averageCharWidth() * 48)
            dialog.setMinimumDuration(PROGRESS_DELAY_MS)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.setValue(0)
            self.dialog = dialog

    def built(self, done: int) -> bool:
        """build_reports' progress: False once the person asked to stop."""
        if self.dialog is None:
            return True
        self.dialog.setLabelText(f"Preparing occupation {done + 1} of {self.count}…")
        self.dialog.setValue(done)
        QApplication.processEvents()
        return not self.dialog.wasCanceled()

    def laying_out(self) -> None:
        """Between gathering and painting: the layout takes a moment and cannot stop."""
        if self.dialog is not None:
            self.dialog.setValue(self.count)
            self.dialog.setLabelText("Laying out the pages…")
            QApplication.processEvents()

    def page(self, number: int, verb: str = "Writing") -> bool:
        """render's on_page: False once the person asked to stop."""
        if self.dialog is None:
            return True
        if number == 0:
            self.dialog.setRange(0, 0)  # the page count is known only once they are painted
        self.dialog.setLabelText(f"{verb} page {number + 1}…")
        QApplication.processEvents()
        return not self.dialog.wasCanceled()

    def close(self) -> None:
        """Take the dialog and the busy cursor away."""
        QGuiApplication.restoreOverrideCursor()
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.setParent(None)
            self.dialog.deleteLater()
            self.dialog = None


class ReportActions(QObject):
    """Print, preview and export occupation profiles; owned by the main window.

    Each entry point shows ReportOptionsDialog unless `options` is given.
    `message` carries a line for the status bar once something was done.
    """

    message = Signal(str)

    def __init__(
        self,
        data: CareerData,
        settings: QSettings,
        parent: QWidget,
        catalog: Sequence[OccupationSummary] | None = None,
    ) -> None:
        super().__init__(parent)
        self.data, self.settings, self.window = data, settings, parent
        self.catalog = catalog  # the window's list of every occupation, reused
        self.progress: _Progress | None = None  # while a report is being made

    # -- the menu's entry points ------------------------------------------------------

    def print_reports(self, codes: Sequence[str], options: ReportOptions | None = None) -> bool:
        """Print the profiles of codes on a printer the person picks; True if printed."""
        if not codes:
            return False
        if not QPrinterInfo.availablePrinters():
            what = "profile" if len(codes) == 1 else "profiles"
            QMessageBox.information(
                self.window,
                "Print",
                "No printer is installed on this "
                f"computer; use Export PDF in the File menu to save the "
                f"{what} as a PDF instead.",
            )
            return False
        options = options or self.ask_options(codes, "Print")
        if options is None:
            return False
        printer = self.new_printer(codes, options)
        dialog = QPrintDialog(printer, self.window)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, False)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        finally:
            dialog.setParent(None)
            dialog.deleteLater()
        try:
            pages = self.render_to(printer, codes, options)
        except ReportCancelled:
            self.message.emit("Printing cancelled.")
            return False
        except (OSError, ReportError) as error:
            QMessageBox.warning(
                self.window,
                "Print",
                f"The profile could not be printed "
                f"on {printer.printerName() or 'the printer'}: {error}.",
            )
            return False
        to_file = printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
        where = printer.outputFileName() if to_file else printer.printerName()
        self.message.emit(
            f"{'Saved' if to_file else 'Sent'} {pages} page{'s' * (pages != 1)} "
            f"to {where or 'the printer'}."
        )
        return True

    def preview_reports(self, codes: Sequence[str], options: ReportOptions | None = None) -> bool:
        """Show the profiles of codes as they will print; True if the preview opened."""
        if not codes:
            return False
        options = options or self.ask_options(codes, "Print Preview")
        if options is None:
            return False
        try:
            reports = self._build(codes, options, "Print Preview")
        except ReportCancelled:
            return False
        setup = page_setup(self.data)
        printer = self.new_printer(codes, options)
        dialog = QPrintPreviewDialog(printer, self.window)
        dialog.setWindowTitle("Print Preview – Career Explorer")
        dialog.paintRequested.connect(lambda device: self._paint(device, reports, setup))
        try:
            dialog.exec()
        finally:
            dialog.setParent(None)
            dialog.deleteLater()
        return True

    def export_pdf(self, codes: Sequence[str], options: ReportOptions | None = None) -> int:
        """Save the profiles of codes as a PDF the person names; the page count, 0 if not."""
        if not codes:
            return 0
        options = options or self.ask_options(codes, "Export PDF")
        if options is None:
            return 0
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        suggested = str(Path(folder) / pdf_file_name(self._titles(codes)))
        chosen, _filter = QFileDialog.getSaveFileName(
            self.window, "Export PDF", suggested, "PDF files (*.pdf)"
        )
        if not chosen:
            return 0
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            pages = self.export_to(path, codes, options)
        except ReportCancelled:
            self.message.emit("Export cancelled; nothing was saved.")
            return 0
        except OSError as error:
            reason = error.strerror or str(error)
            QMessageBox.warning(
                self.window, "Export PDF", f"The PDF could not be saved as {path}: {reason}."
            )
            return 0
        except ReportError as error:
            QMessageBox.warning(self.window, "Export PDF", f"The PDF could not be made: {error}.")
            return 0
        self.message.emit(f"Saved {path} ({pages} page{'s' * (pages != 1)}).")
        return pages

    def ask_options(self, codes: Sequence[str], action: str) -> ReportOptions | None:
        """Show ReportOptionsDialog; None when cancelled or when a big batch is declined."""
        if (
            len(codes) > BATCH_WARNING
            and QMessageBox.question(
                self.window,
                action,
                f"Make one document of {len(codes):,} occupations? "
                "Each takes several pages, so this may take a few minutes.",
            )
            != QMessageBox.StandardButton.Yes
        ):
            return None
        dialog = ReportOptionsDialog(self.settings, self._titles(codes), self.window, action)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.options() if accepted else None
        finally:
            dialog.setParent(None)
            dialog.setParent(None)
            dialog.deleteLater()

    # -- the work, without questions -----------------------------------------------------

    def export_to(self, path: Path, codes: Sequence[str], options: ReportOptions) -> int:
        """Write the report of codes to path, all or nothing; the page count.

        ReportCancelled when the progress dialog is cancelled, OSError when the
        file cannot be written; either way no file is left at path."""
        progress = self._start(codes, "Export PDF")
        try:
            reports = build_reports(
                self.data, codes, options.sections, options.state, progress.built, self.catalog
            )
            progress.laying_out()
            return write_pdf(
                Path(path), reports, page_setup(self.data), options.paper, progress.page
            )
        finally:
            self._finish(progress)

    def render_to(self, printer: QPrinter, codes: Sequence[str], options: ReportOptions) -> int:
        """Paint the report of codes on printer as it is set up; the page count.

        Cancelling the progress aborts the print job (ReportCancelled)."""
        progress = self._start(codes, "Print")

        def on_page(number: int) -> bool:
            if progress.page(number, "Printing"):
                return True
            printer.abort()
            return False

        try:
            reports = build_reports(
                self.data, codes, options.sections, options.state, progress.built, self.catalog
            )
            progress.laying_out()
            return render(printer, reports, page_setup(self.data), on_page)
        finally:
            self._finish(progress)

    def new_printer(self, codes: Sequence[str], options: ReportOptions) -> QPrinter:
        """A high-resolution printer on the chosen paper, the job named after the titles."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        set_paper(printer, options.paper)
        printer.setDocName(pdf_file_name(self._titles(codes)).removesuffix(".pdf"))
        printer.setCreator("Career Explorer")
        return printer

    # -- helpers ----------------------------------------------------------------------------

    def _titles(self, codes: Sequence[str]) -> list[str]:
        return [
            self.data.occupation_title(self.data.resolve_code(code) or code) or code
            for code in codes
        ]

    def _start(self, codes: Sequence[str], title: str) -> _Progress:
        self.progress = _Progress(self.window, len(codes), title)
        return self.progress

    def _finish(self, progress: _Progress) -> None:
        progress.close()
        self.progress = None

    def _build(
        self, codes: Sequence[str], options: ReportOptions, title: str
    ) -> list[OccupationReport]:
        progress = self._start(codes, title)
        try:
            return build_reports(
                self.data, codes, options.sections, options.state, progress.built, self.catalog
            )
        finally:
            self._finish(progress)

    def _paint(
        self,
        device: QPrinter,
        reports: Sequence[OccupationReport],
        setup: PageSetup,
        on_page: Callable[[int], bool] | None = None,
    ) -> None:
        """The preview's paintRequested: paint every page, or say why not."""
        try:
            render(device, reports, setup, on_page)
        except OSError as error:
            QMessageBox.warning(
                self.window, "Print Preview", f"The preview could not be drawn: {error}."
            )
