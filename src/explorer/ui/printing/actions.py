"""File > Print, Print Preview, Export PDF and Save as Web Page: the window's side of reports.

explorer.reports gathers, lays out and paints the reports, a step at a time
with the window answering in between (job.py); this module asks the questions
around it (ReportOptionsDialog, the printer, the file name), shows a
cancellable progress dialog for a batch and says what happened, in a message
box for a problem and in the status bar (the `message` signal) for a success.
Each honours the options' "Handout (one page)" (profile/handout.py) instead of
the full report; the web page is always the full report (reports/web_page.py).
export_to, render_to and save_web_page_to do the work without any question, for
tests and scripts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtPrintSupport import (
    QAbstractPrintDialog,
    QPrintDialog,
    QPrinter,
    QPrinterInfo,
    QPrintPreviewDialog,
)
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from explorer.data.catalog import OccupationSummary
from explorer.data.repository import CareerData
from explorer.profile.blocks import OccupationReport
from explorer.profile.handout import Handout
from explorer.reports import (
    PRINTING,
    PageSetup,
    Progress,
    ReportCancelled,
    ReportDocument,
    ReportError,
    Step,
    build_reports,
    page_setup,
    render,
    set_paper,
    write_pdf,
)
from explorer.reports.handout import build_handouts, paint_handouts, write_handouts
from explorer.reports.progress import DRAWING
from explorer.reports.web_page import write_web_page
from explorer.ui.printing.dialog import ReportOptions, ReportOptionsDialog
from explorer.ui.printing.file_names import ask_save_path, pdf_file_name
from explorer.ui.printing.job import JobProgress, run_job

BATCH_WARNING = 50  # occupations; more than this asks first (each is several pages)


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
        self.progress: JobProgress | None = None  # while a report is being made

    # -- the menu's entry points ------------------------------------------------------

    def print_reports(
        self, codes: Sequence[str], options: ReportOptions | None = None, pdf: str = "Export PDF"
    ) -> bool:
        """Print the profiles of codes on a printer the person picks; True if printed.
        With no printer, the message names pdf, the File menu's item for a PDF instead."""
        if not codes or self.progress is not None:  # one report at a time
            return False
        if not QPrinterInfo.availablePrinters():
            what = "profile" if len(codes) == 1 else "profiles"
            QMessageBox.information(
                self.window,
                "Print",
                f"No printer is installed on this computer; use {pdf} in the File menu to "
                f"save the {what} as a PDF instead.",
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
        if not codes or self.progress is not None:  # one report at a time
            return False
        options = options or self.ask_options(codes, "Print Preview")
        if options is None:
            return False
        printer = self.new_printer(codes, options)

        def work(progress: Progress) -> tuple[ReportDocument | list[Handout], PageSetup]:
            if options.handout:  # laid out as the preview's pages are drawn
                return self._handouts(codes, options, progress), page_setup(self.data)
            reports, setup = self._gather(codes, options, progress)
            return ReportDocument(reports, printer, setup, progress), setup

        try:
            document, setup = self._run(codes, "Print Preview", work)
        except ReportCancelled:
            return False
        except ReportError as error:
            QMessageBox.warning(self.window, "Print Preview", f"No preview: {error}.")
            return False
        dialog = QPrintPreviewDialog(printer, self.window)
        dialog.setWindowTitle("Print Preview – Career Explorer")
        dialog.paintRequested.connect(
            lambda device: self._paint(device, document, setup, codes, dialog)
        )
        try:
            dialog.exec()
        finally:
            dialog.setParent(None)
            dialog.deleteLater()
        return True

    def export_pdf(self, codes: Sequence[str], options: ReportOptions | None = None) -> int:
        """Save the profiles of codes as a PDF the person names; the page count, 0 if not."""
        if not codes or self.progress is not None:  # one report at a time
            return 0
        options = options or self.ask_options(codes, "Export PDF")
        if options is None:
            return 0
        path = self._ask_path(
            codes, "Export PDF", ".pdf", "PDF files (*.pdf)", handout=options.handout
        )
        if path is None:
            return 0
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

    def save_web_page(self, codes: Sequence[str], options: ReportOptions | None = None) -> bool:
        """Save the profiles of codes as the accessible web page the person names (the
        full report of the chosen sections); True if saved."""
        if not codes or self.progress is not None:  # one report at a time
            return False
        title = "Save as Web Page"
        options = options or self.ask_options(codes, title, offer_handout=False)
        if options is None:
            return False
        path = self._ask_path(codes, title, ".html", "Web pages (*.html *.htm)")
        if path is None:
            return False
        try:
            self.save_web_page_to(path, codes, options)
        except ReportCancelled:
            self.message.emit("Saving cancelled; nothing was saved.")
            return False
        except OSError as error:
            reason = error.strerror or str(error)
            QMessageBox.warning(
                self.window, title, f"The web page could not be saved as {path}: {reason}."
            )
            return False
        except ReportError as error:
            QMessageBox.warning(self.window, title, f"The web page could not be made: {error}.")
            return False
        self.message.emit(f"Saved {path} (a web page a screen reader can read).")
        return True

    def ask_options(
        self, codes: Sequence[str], action: str, offer_handout: bool = True
    ) -> ReportOptions | None:
        """Show ReportOptionsDialog; None when cancelled or when a big batch is declined."""
        if (
            len(codes) > BATCH_WARNING
            and QMessageBox.question(
                self.window,
                action,
                f"Make one document of {len(codes):,} occupations? "
                "Each takes several pages, so this may take a minute or two.",
            )
            != QMessageBox.StandardButton.Yes
        ):
            return None
        dialog = ReportOptionsDialog(
            self.settings, self._titles(codes), self.window, action, offer_handout=offer_handout
        )
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.options() if accepted else None
        finally:
            dialog.setParent(None)
            dialog.deleteLater()

    # -- the work, without questions -----------------------------------------------------

    def export_to(self, path: Path, codes: Sequence[str], options: ReportOptions) -> int:
        """Write the report of codes to path, all or nothing; the page count.

        ReportCancelled when the progress dialog is cancelled, OSError when the
        file cannot be written; either way path is as it was and nothing is left."""

        def work(progress: Progress) -> int:
            if options.handout:
                handouts = self._handouts(codes, options, progress)
                return write_handouts(Path(path), handouts, options.paper, progress)
            reports, setup = self._gather(codes, options, progress)
            return write_pdf(Path(path), reports, setup, options.paper, progress)

        return int(self._run(codes, "Export PDF", work))

    def save_web_page_to(self, path: Path, codes: Sequence[str], options: ReportOptions) -> int:
        """Write the web page of codes to path, all or nothing; its size in bytes.
        ReportCancelled and OSError leave path as it was, as export_to does."""

        def work(progress: Progress) -> int:
            reports, setup = self._gather(codes, options, progress)
            return write_web_page(Path(path), reports, setup, progress)

        return int(self._run(codes, "Save as Web Page", work))

    def render_to(self, printer: QPrinter, codes: Sequence[str], options: ReportOptions) -> int:
        """Paint the report of codes on printer as it is set up; the page count.

        Cancelling the progress aborts the print job (ReportCancelled)."""

        def work(progress: Progress) -> int:
            def printing(step: Step) -> bool:
                if progress(step):
                    return True
                if step.phase == PRINTING:
                    printer.abort()  # painting has begun: no half a job to the printer
                return False

            if options.handout:
                handouts = self._handouts(codes, options, progress)
                return paint_handouts(printer, handouts, printing, PRINTING)
            reports, setup = self._gather(codes, options, progress)
            return render(printer, reports, setup, printing, PRINTING)

        return int(self._run(codes, "Print", work))

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

    def _run(
        self,
        codes: Sequence[str],
        title: str,
        work: Callable[[Progress], Any],
        parent: QWidget | None = None,
    ) -> Any:
        """Run work with a progress dialog over parent (the window) (job.run_job)."""
        self.progress = JobProgress(parent or self.window, len(codes), title)
        try:
            return run_job(self.progress, work)
        finally:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _gather(
        self, codes: Sequence[str], options: ReportOptions, progress: Progress
    ) -> tuple[list[OccupationReport], PageSetup]:
        """The content of the reports and what every page says besides."""
        reports = build_reports(
            self.data, codes, options.sections, options.state, progress, self.catalog
        )
        return reports, page_setup(self.data)

    def _handouts(
        self, codes: Sequence[str], options: ReportOptions, progress: Progress
    ) -> list[Handout]:
        """The one-page handouts of codes, with the chosen state's median pay."""
        footer = f"Data: {page_setup(self.data).releases}."
        return build_handouts(self.data, codes, options.state, footer, progress, self.catalog)

    def _ask_path(
        self, codes: Sequence[str], title: str, suffix: str, kinds: str, handout: bool = False
    ) -> Path | None:
        """The file the person names in the save dialog (Documents first), ending in
        suffix; None when cancelled."""
        name = pdf_file_name(self._titles(codes), handout).removesuffix(".pdf") + suffix
        suffixes = (suffix, ".htm") if suffix == ".html" else (suffix,)
        return ask_save_path(self.window, title, name, kinds, suffixes)

    def _paint(
        self,
        device: QPrinter,
        document: ReportDocument | list[Handout],
        setup: PageSetup,
        codes: Sequence[str],
        preview: QWidget,
    ) -> None:
        """The preview's paintRequested: paint every page with progress over the preview
        (a handout is laid out here), or say why not."""
        if self.progress is not None:  # asked again while drawing: the drawing goes on
            return

        def work(progress: Progress) -> int:
            if isinstance(document, ReportDocument):
                return render(device, document, setup, progress, DRAWING)
            return paint_handouts(device, document, progress, DRAWING)

        try:
            self._run(codes, "Print Preview", work, preview)
        except ReportCancelled:
            return  # the pages drawn so far stay in the preview
        except (OSError, ReportError) as error:
            QMessageBox.warning(
                self.window, "Print Preview", f"The preview could not be drawn: {error}."
            )
