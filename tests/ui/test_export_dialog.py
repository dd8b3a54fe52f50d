"""The export dialog: scopes, defaults, remembered folder, progress/cancel, errors, open."""

from __future__ import annotations

import csv
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from desktop.core.models import Filters
from desktop.core.store import Store
from desktop.ui.export_dialog import KEY_LAST_DIR, ExportDialog


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_dialog(qtbot, store: Store, settings: QSettings):
    def make(**kwargs) -> ExportDialog:
        ids = [h.activity.id for h in store.search("集装箱").hits]
        options = dict(current_query="集装箱", current_filters=Filters(), current_ids=ids,
                       selected_ids=ids[:2], selected_partner_id="wco", lang="en",
                       settings=settings)
        options.update(kwargs)
        dialog = ExportDialog(store, None, **options)
        qtbot.addWidget(dialog)
        return dialog
    return make


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    urls: list[str] = []

    def open_url(url: QUrl) -> bool:
        urls.append(url.toLocalFile())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    return urls


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def critical(parent, title, text, *args, **kwargs):
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", staticmethod(critical))
    return shown


def test_scopes_and_counts(make_dialog, store: Store) -> None:
    dialog = make_dialog()
    buttons = dialog.scope_buttons
    n_current = len(store.search("集装箱").hits)
    assert buttons["current"].text() == f"Current results ({n_current})"
    assert buttons["selected"].text() == "Selected activities (2)"
    assert buttons["partner"].text().startswith("Selected partner: World Customs Organization")
    assert buttons["all"].text() == f"Everything ({len(store.activities)})"
    assert dialog.scope() == "selected"  # several rows selected: export those


def test_empty_scopes_are_disabled(make_dialog) -> None:
    dialog = make_dialog(current_ids=[], selected_ids=[], selected_partner_id=None)
    assert not dialog.scope_buttons["current"].isEnabled()
    assert not dialog.scope_buttons["selected"].isEnabled()
    assert not dialog.scope_buttons["partner"].isEnabled()
    assert dialog.scope() == "all"


def test_default_title_follows_scope_and_language(make_dialog) -> None:
    dialog = make_dialog()
    dialog.set_scope("partner")
    assert dialog.title_edit.text().startswith("World Customs Organization (WCO)")
    dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findData("zh"))
    assert dialog.title_edit.text().startswith("世界海关组织")
    dialog.set_scope("all")
    assert dialog.title_edit.text() == "《国际植保公约》国际合作简报"


def test_user_title_is_kept(make_dialog, qtbot) -> None:
    dialog = make_dialog()
    dialog.title_edit.clear()
    qtbot.keyClicks(dialog.title_edit, "Minister's note")
    dialog.set_scope("partner")
    assert dialog.title_edit.text() == "Minister's note"


def test_format_switches_fields(make_dialog) -> None:
    dialog = make_dialog()
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("csv"))
    assert not dialog.title_edit.isEnabled() and dialog.encoding_combo.isEnabled()
    for fmt in ("docx", "pdf"):  # both briefings: a title, the other language, no encoding
        dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(fmt))
        assert dialog.title_edit.isEnabled() and not dialog.encoding_combo.isEnabled()
        assert dialog.both_box.isEnabled()


def test_export_pdf_briefing(make_dialog, tmp_path: Path, store: Store,
                             settings: QSettings) -> None:
    from pypdf import PdfReader

    dialog = make_dialog(fmt="pdf")  # File > Export PDF… opens the dialog on PDF
    assert dialog.fmt() == "pdf"
    dialog.set_scope("partner")
    dialog.both_box.setChecked(True)
    final = dialog.export_to(tmp_path / "wco.pdf")
    assert final == tmp_path / "wco.pdf"
    text = "".join("".join(p.extract_text().split()) for p in PdfReader(final).pages)
    assert "WorldCustomsOrganization(WCO):IPPCinternationalcooperationbriefing" in text
    assert "Original(Chinese,authoritative):" in text
    assert settings.value("export/format") == "pdf"
    assert make_dialog().fmt() == "pdf"  # remembered


def test_save_dialog_offers_pdf(make_dialog, tmp_path: Path,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    seen = []

    def save(parent, caption, directory, filters):
        seen.append((directory, filters))
        return str(tmp_path / "chosen"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    dialog = make_dialog(fmt="pdf")
    assert dialog.ask_path() == tmp_path / "chosen.pdf"
    assert seen[0][0].endswith(".pdf") and "*.pdf" in seen[0][1]


def test_both_languages_checkbox(make_dialog, tmp_path: Path, store: Store,
                                 settings: QSettings) -> None:
    dialog = make_dialog()
    dialog.set_scope("partner")
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("csv"))
    assert not dialog.both_box.isEnabled()  # a CSV always has both texts
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("docx"))
    assert dialog.both_box.isEnabled() and not dialog.both_box.isChecked()
    dialog.both_box.setChecked(True)
    assert dialog.request(tmp_path / "x.docx").both_languages
    final = dialog.export_to(tmp_path / "wco-both.docx")
    quotes = [p.text for p in docx.Document(str(final)).paragraphs if p.style.name == "Quote"]
    wco = [h.activity for h in store.search("", Filters(partners=("wco",))).hits]
    assert set(quotes) == {a.text_en for a in wco} | {a.text for a in wco}
    assert make_dialog().both_box.isChecked()  # remembered for the next export


def test_charts_checkbox(make_dialog, tmp_path: Path, settings: QSettings) -> None:
    dialog = make_dialog()
    dialog.set_scope("partner")
    assert dialog.charts_box.isChecked() and dialog.request(tmp_path / "x.docx").charts
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("csv"))
    assert not dialog.charts_box.isEnabled()  # a table has no pictures
    assert dialog.request(tmp_path / "x.csv").charts is False
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("docx"))
    assert dialog.charts_box.isEnabled()
    final = dialog.export_to(tmp_path / "wco-charts.docx")
    assert len(docx.Document(str(final)).inline_shapes) == 2  # the timeline and the map
    dialog.charts_box.setChecked(False)
    assert dialog.request(tmp_path / "x.docx").charts is False
    final = dialog.export_to(tmp_path / "wco-plain.docx")
    assert len(docx.Document(str(final)).inline_shapes) == 0
    assert settings.value("export/charts") in (False, "false")
    assert not make_dialog().charts_box.isChecked()  # remembered for the next export


def test_export_partner_docx_then_open(make_dialog, tmp_path: Path, opened) -> None:
    dialog = make_dialog()
    dialog.set_scope("partner")
    with_signal = []
    dialog.exported.connect(with_signal.append)
    final = dialog.export_to(tmp_path / "wco.docx")
    assert final == tmp_path / "wco.docx" and with_signal == [final]
    document = docx.Document(str(final))
    assert document.paragraphs[0].text.startswith("World Customs Organization (WCO)")
    assert "Selected partner" in document.paragraphs[1].text
    assert dialog.open_button.isVisibleTo(dialog) and dialog.show_button.isVisibleTo(dialog)
    assert opened == []  # nothing opens by itself
    dialog.open_button.click()
    dialog.show_button.click()
    assert opened == [str(final), str(tmp_path)]


def test_export_selected_csv_gb18030(make_dialog, tmp_path: Path, store: Store,
                                     settings: QSettings) -> None:
    dialog = make_dialog()
    dialog.set_scope("selected")
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("csv"))
    dialog.encoding_combo.setCurrentIndex(dialog.encoding_combo.findData("gb18030"))
    final = dialog.export_to(tmp_path / "sel.csv")
    assert final is not None
    with open(final, encoding="gb18030", newline="") as handle:
        rows = list(csv.reader(handle))
    ids = [h.activity.id for h in store.search("集装箱").hits][:2]
    assert [r[0] for r in rows[1:]] == ids
    assert settings.value("export/format") == "csv"
    assert settings.value("export/encoding") == "gb18030"
    # the next dialog starts with the remembered choices
    again = make_dialog()
    assert again.fmt() == "csv" and again.encoding() == "gb18030"


def test_save_dialog_remembers_folder(make_dialog, tmp_path: Path, settings: QSettings,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "briefings"
    folder.mkdir()
    offered = []

    def get_save(parent, caption, directory, filter_text, *args, **kwargs):
        offered.append((directory, filter_text))
        return str(folder / "note"), filter_text

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save))
    dialog = make_dialog()
    dialog.set_scope("all")
    dialog.choose_and_export()
    assert (folder / "note.docx").exists()  # the suffix is added
    assert settings.value(KEY_LAST_DIR) == str(folder)
    assert offered[0][0] == str(Path.home() / "IPPC international cooperation briefing.docx")
    assert "*.docx" in offered[0][1]
    make_dialog().choose_and_export()
    assert offered[1][0].startswith(str(folder))


def test_save_dialog_cancelled_writes_nothing(make_dialog, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: ("", "")))
    dialog = make_dialog()
    dialog.choose_and_export()
    assert dialog.last_path is None and not dialog.open_button.isVisibleTo(dialog)


def test_cancel_keeps_old_file(make_dialog, tmp_path: Path, errors,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "old.docx"
    target.write_bytes(b"old briefing")
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    dialog = make_dialog()
    dialog.set_scope("all")
    assert dialog.export_to(target) is None
    assert target.read_bytes() == b"old briefing"
    assert [p.name for p in tmp_path.iterdir()] == ["old.docx"]
    assert "cancelled" in dialog.status_label.text()
    assert errors == []  # a cancel is not an error
    assert dialog.export_button.isEnabled()


def test_error_is_shown_not_raised(make_dialog, tmp_path: Path, errors) -> None:
    dialog = make_dialog()
    assert dialog.export_to(tmp_path / "missing" / "a.docx") is None
    assert len(errors) == 1
    assert "does not exist" in errors[0] and "a.docx" in errors[0]
    assert "failed" in dialog.status_label.text()
    assert not dialog.open_button.isVisibleTo(dialog)
    assert dialog.export_button.isEnabled()


def test_error_is_shown_in_the_window_language(make_dialog, tmp_path: Path, errors) -> None:
    dialog = make_dialog(lang="zh")
    assert dialog.export_to(tmp_path / "missing" / "a.docx") is None
    assert "不存在" in errors[0] and "a.docx" in errors[0]


def test_progress_keeps_ui_responsive(make_dialog, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    processed = []
    from desktop.ui import export_dialog

    real = export_dialog.QCoreApplication.processEvents

    def counting(*args):
        processed.append(1)
        return real(*args)

    monkeypatch.setattr(export_dialog.QCoreApplication, "processEvents",
                        staticmethod(counting))
    dialog = make_dialog()
    dialog.set_scope("all")
    dialog.export_to(tmp_path / "all.docx")
    assert len(processed) >= len(dialog.store.activities)


def test_stale_ids_are_skipped(make_dialog, store: Store) -> None:
    dialog = make_dialog(selected_ids=[store.activities[0].id, "no-such-id"],
                         selected_partner_id="no-such-partner")
    assert dialog.scope_buttons["selected"].text() == "Selected activities (1)"
    assert not dialog.scope_buttons["partner"].isEnabled()
