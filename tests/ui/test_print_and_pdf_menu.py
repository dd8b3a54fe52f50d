"""File › Export PDF… and File › Print…: what they offer and what they print."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QKeySequence

from desktop.ui.export_dialog import ExportDialog


def test_file_menu_offers_pdf_and_print(window) -> None:
    actions = window.file_menu.actions()
    assert window.export_pdf_action in actions and window.print_action in actions
    export = actions.index(window.export_action)
    assert actions[export + 1:export + 3] == [window.export_pdf_action, window.print_action]
    assert window.print_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert window.export_pdf_action.text() and window.print_action.text()


def test_export_pdf_opens_the_export_dialog_on_pdf(window, monkeypatch) -> None:
    opened = []
    monkeypatch.setattr(ExportDialog, "exec", lambda self: opened.append(self.fmt()) or 0)
    window.export_pdf_action.trigger()
    window.export_action.trigger()
    assert opened[0] == "pdf"


def test_print_prints_the_listed_activities(window, qtbot, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QDialog

    from desktop.ui import briefing_print

    out = tmp_path / "printed.pdf"

    def pdf_printer() -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        briefing_print.set_up_printer(printer)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return printer

    monkeypatch.setattr(briefing_print, "new_printer", pdf_printer)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    window.search_field.setText("集装箱")
    qtbot.waitUntil(lambda: window.query == "集装箱")
    listed = window.list_proxy.rowCount()
    assert listed > 0
    window.print_action.trigger()
    text = "".join("".join(p.extract_text().split()) for p in PdfReader(out).pages)
    assert "Currentresults·Search“集装箱”" in text
    assert f"{listed}activities" in text
