"""File › Print…: activities as a briefing (the same as the Word and PDF briefings), printed
through Qt's print dialog. Imported when the user prints, so QtPrintSupport loads only then."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from desktop.core.briefing import build_briefing
from desktop.core.errors import CoopError, NotFoundError
from desktop.core.export import scope_label
from desktop.core.models import Filters
from desktop.core.store import Store
from desktop.ui.briefing_pdf import paint_briefing, set_up_printer


def new_printer() -> QPrinter:
    """The printer the dialog starts from: high resolution, A4 with the briefing's margins."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    set_up_printer(printer)
    return printer


class BriefingPrint(QObject):
    """Prints activities as a briefing: print dialog, layout, errors in a message box."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.window = parent

    def print_activities(self, store: Store, activity_ids: Sequence[str], *, query: str = "",
                         filters: Filters | None = None, lang: str = "en",
                         scope: str = "current") -> bool:
        """Ask for a printer and print the activities as a briefing; True when printed.

        ``query``, ``filters`` and ``scope`` describe the activities in the subtitle, as in
        an export; ``lang`` is the briefing's and the messages' language.
        """
        activities = []
        for activity_id in activity_ids:
            try:
                activities.append(store.activity(activity_id))
            except NotFoundError:
                continue  # a stale id is skipped, as in an export
        if not activities:
            QMessageBox.information(self.window, self.tr("Print"), self.tr(
                "There is nothing to print: no activities are listed. Change the search or "
                "the filters and try again."))
            return False
        briefing = build_briefing(store, activities, lang=lang, query=query, filters=filters,
                                  scope_label=scope_label(scope, lang))
        from desktop.ui.briefing_charts import with_figures  # the timeline and the map

        briefing = with_figures(store, briefing, activities)
        printer = new_printer()
        printer.setDocName(briefing.properties_title)
        dialog = QPrintDialog(printer, self.window)
        dialog.setWindowTitle(self.tr("Print briefing"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            paint_briefing(briefing, printer)
        except CoopError as exc:
            QMessageBox.critical(self.window, self.tr("Printing failed"), exc.message(lang))
            return False
        finally:
            QApplication.restoreOverrideCursor()
        return True
