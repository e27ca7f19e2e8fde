"""Print and save the "My interests" page from the quiz's results screen.

explorer.reports.interests lays the page out; this module asks the questions
around it (the printer, the file name, starting in Documents), on the paper the
person last chose for reports, and says what happened: one line in a message box
for a problem, a line for the status bar (returned) for a success. A failed save
leaves any file of the same name as it was.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from explorer.profile.registry import ReportError
from explorer.quiz.summary import InterestsSummary
from explorer.reports import set_paper
from explorer.reports.interests import paint_interests, write_interests
from explorer.ui import settings as user_settings
from explorer.ui.printing.file_names import ask_save_path

FILE_NAME = "My interests.pdf"


def save_interests(parent: QWidget, settings: QSettings, summary: InterestsSummary) -> str:
    """Ask where, then save the page as a PDF; the status bar's line ("" if not saved)."""
    path = ask_save_path(
        parent, "Save my interests as PDF", FILE_NAME, "PDF files (*.pdf)", (".pdf",)
    )
    if path is None:
        return ""
    return save_interests_to(parent, path, user_settings.report_paper.read(settings), summary)


def save_interests_to(parent: QWidget, path: Path, paper: str, summary: InterestsSummary) -> str:
    """Save the page at path without asking; the status bar's line, or "" after saying
    in a message box why it could not be saved."""
    try:
        write_interests(path, summary, paper)
    except OSError as error:
        reason = error.strerror or str(error)
        QMessageBox.warning(
            parent, "Save as PDF", f"The PDF could not be saved as {path}: {reason}."
        )
        return ""
    except ReportError as error:
        QMessageBox.warning(parent, "Save as PDF", f"The PDF could not be made: {error}.")
        return ""
    return f"Saved {path} (1 page)."


def print_interests(parent: QWidget, settings: QSettings, summary: InterestsSummary) -> str:
    """Ask for a printer, then print the page; the status bar's line ("" if not printed)."""
    if not QPrinterInfo.availablePrinters():
        QMessageBox.information(
            parent,
            "Print",
            "No printer is installed on this computer; use Save as PDF to keep the page.",
        )
        return ""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    set_paper(printer, user_settings.report_paper.read(settings))
    printer.setDocName("My interests")
    printer.setCreator("Career Explorer")
    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, False)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return ""
    finally:
        dialog.setParent(None)
        dialog.deleteLater()
    return print_interests_on(parent, printer, summary)


def print_interests_on(parent: QWidget, printer: QPrinter, summary: InterestsSummary) -> str:
    """Paint the page on a printer as it is set up; the status bar's line, or "" after
    saying why it could not be printed."""
    try:
        paint_interests(printer, summary)
    except (OSError, ReportError) as error:
        where = printer.printerName() or "the printer"
        QMessageBox.warning(parent, "Print", f"The page could not be printed on {where}: {error}.")
        return ""
    to_file = printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
    where = printer.outputFileName() if to_file else printer.printerName()
    return f"{'Saved' if to_file else 'Sent'} 1 page to {where or 'the printer'}."
