"""The export dialog: choose what to export, the format (Word or PDF briefing, CSV table),
title, language (of labels and quotations), whether to add the other language under each
quotation, whether to include the timeline and the map (pictures), and encoding.

The export itself is :func:`desktop.core.export.export`; this dialog only gathers choices,
asks for a file name, shows progress (with Cancel) and offers to open the result. The export
runs in the GUI thread in small steps: the progress callback processes events after each
activity, so the window stays responsive and Cancel works without a worker thread (the data
is small: a full briefing of the bundled report takes about a second; the timeline and the
map, drawn between two steps, less than one).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import CoopError, ExportCancelled, NotFoundError
from desktop.core.export import (
    BRIEFING_FORMATS,
    ENCODINGS,
    FORMATS,
    ExportRequest,
    collection_label,
    default_filename,
    default_title,
    export,
    partner_name,
    scope_label,
)
from desktop.core.models import Activity, Filters
from desktop.core.store import Store
from desktop.ui import accessibility
from desktop.ui.briefing_charts import briefing_figures
from desktop.ui.briefing_pdf import render_pdf

KEY_LAST_DIR = "export/last_dir"
KEY_FORMAT = "export/format"
KEY_ENCODING = "export/encoding"
KEY_BOTH = "export/both_languages"
KEY_CHARTS = "export/charts"


class ExportDialog(QDialog):
    """Export current results, a selection, one partner or everything to Word, PDF or CSV.

    ``fmt`` preselects a format (File › Export PDF… opens the dialog on PDF); otherwise the
    last one used is chosen.
    """

    #: Emitted with the final path after a successful export.
    exported = Signal(Path)

    def __init__(self, store: Store, parent: QWidget | None = None, *,
                 current_query: str = "", current_filters: Filters | None = None,
                 current_ids: Sequence[str] = (), selected_ids: Sequence[str] = (),
                 selected_partner_id: str | None = None, lang: str = "en",
                 settings: QSettings | None = None, fmt: str | None = None):
        super().__init__(parent)
        # Closed is gone: a dialog kept hidden would stay in the accessible tree, unnamed.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.store = store
        self.settings = settings if settings is not None else QSettings()
        self.current_query = current_query
        self.current_filters = current_filters or Filters()
        self.current_ids = list(current_ids)
        self.selected_ids = list(selected_ids)
        self.selected_partner_id = selected_partner_id
        self.last_path: Path | None = None
        self._title_edited = False
        self._busy = False
        self.setWindowTitle(self.tr("Export"))
        self.ui_lang = lang  # the window's language, for messages (labels may differ)
        #: A collection to export (set by the window): then its order, notes and introduction
        #: replace the scopes.
        self.collection: Any = None
        self._build(lang)
        self._restore_choices()
        if fmt in FORMATS:
            self.format_combo.setCurrentIndex(self.format_combo.findData(fmt))
        self._update()

    # -- layout --------------------------------------------------------------------------
    def _build(self, lang: str) -> None:
        layout = QVBoxLayout(self)

        what = QGroupBox(self.tr("What to export"), self)
        what_layout = QVBoxLayout(what)
        self.scope_group = QButtonGroup(self)
        self.scope_buttons: dict[str, QRadioButton] = {}
        partner_text = self.tr("Selected partner")
        if self.selected_partner_id:
            try:
                partner = self.store.partner(self.selected_partner_id)
                partner_text = self.tr("Selected partner: {name}").format(
                    name=partner_name(partner, lang))
            except NotFoundError:
                self.selected_partner_id = None
        labels = {
            "current": self.tr("Current results"),
            "selected": self.tr("Selected activities"),
            "partner": partner_text,
            "all": self.tr("Everything"),
        }
        for scope, text in labels.items():
            count = len(self._activities_for(scope))
            button = QRadioButton(self.tr("{what} ({count})").format(what=text, count=count), what)
            button.setEnabled(count > 0)
            self.scope_group.addButton(button)
            self.scope_buttons[scope] = button
            what_layout.addWidget(button)
        # Several selected rows mean "these"; a single one is usually just the row being read.
        order = ("selected", "current") if len(self.selected_ids) > 1 else ("current", "selected")
        first = next((s for s in (*order, "partner", "all")
                      if self.scope_buttons[s].isEnabled()), "all")
        self.scope_buttons[first].setChecked(True)
        layout.addWidget(what)

        form = QFormLayout()
        self.format_combo = QComboBox(self)
        self.format_combo.addItem(self.tr("Word briefing (.docx)"), "docx")
        self.format_combo.addItem(self.tr("PDF briefing (.pdf)"), "pdf")
        self.format_combo.addItem(self.tr("CSV table for Excel (.csv)"), "csv")
        form.addRow(self.tr("&Format:"), self.format_combo)

        self.title_edit = QLineEdit(self)
        self.title_edit.setClearButtonEnabled(True)
        form.addRow(self.tr("&Title:"), self.title_edit)
        title_clear = accessibility.clear_button(self.title_edit)
        if title_clear is not None:
            title_clear.setAccessibleName(self.tr("Clear the title"))

        self.lang_combo = QComboBox(self)
        self.lang_combo.addItem("中文", "zh")
        self.lang_combo.addItem("English", "en")
        self.lang_combo.setCurrentIndex(0 if lang == "zh" else 1)
        form.addRow(self.tr("&Language:"), self.lang_combo)
        self.lang_combo.setToolTip(self.tr(
            "Language of the titles, labels and quotations. English quotations of a report "
            "in Chinese are an unofficial working translation, labelled as such."))

        self.both_box = QCheckBox(self.tr("Add the other language under each &quotation"), self)
        self.both_box.setToolTip(self.tr(
            "Word and PDF briefings: under each quotation, the same text in the other "
            "language (the Chinese original or the English working translation)"))
        form.addRow("", self.both_box)

        self.charts_box = QCheckBox(self.tr("Include the timeline and the &map"), self)
        self.charts_box.setToolTip(self.tr(
            "Word and PDF briefings: pictures of the exported activities on a timeline and "
            "by partner and topic, after the contents"))
        self.charts_box.setChecked(True)
        form.addRow("", self.charts_box)

        self.encoding_combo = QComboBox(self)
        encoding_names = {
            "utf-8-sig": self.tr("UTF-8 with BOM (recommended for Excel)"),
            "utf-8": self.tr("UTF-8 without BOM"),
            "gb18030": self.tr("GB18030 (older Chinese Excel)"),
        }
        for encoding in ENCODINGS:
            self.encoding_combo.addItem(encoding_names[encoding], encoding)
        form.addRow(self.tr("CSV &encoding:"), self.encoding_combo)
        layout.addLayout(form)

        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status_label)

        after = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.show_button = QPushButton(self.tr("Show in &folder"), self)
        for result_button in (self.open_button, self.show_button):
            result_button.setVisible(False)
            after.addWidget(result_button)
        after.addStretch(1)
        layout.addLayout(after)

        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(
            self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.setDefault(True)
        layout.addWidget(self.buttons)

        self.export_button.clicked.connect(self.choose_and_export)
        self.close_button.clicked.connect(self.reject)
        self.open_button.clicked.connect(self.open_file)
        self.show_button.clicked.connect(self.show_in_folder)
        self.scope_group.buttonToggled.connect(lambda *_: self._update())
        self.format_combo.currentIndexChanged.connect(lambda *_: self._update())
        self.lang_combo.currentIndexChanged.connect(lambda *_: self._update())
        self.title_edit.textEdited.connect(self._on_title_edited)
        self.status_label.setAccessibleName(self.tr("Export status"))
        accessibility.fill_in_names(self)

    def _restore_choices(self) -> None:
        fmt = self.settings.value(KEY_FORMAT)
        if isinstance(fmt, str) and fmt in FORMATS:
            self.format_combo.setCurrentIndex(self.format_combo.findData(fmt))
        both = self.settings.value(KEY_BOTH)
        self.both_box.setChecked(str(both).lower() in {"true", "1"})
        charts = self.settings.value(KEY_CHARTS)
        self.charts_box.setChecked(charts is None or str(charts).lower() in {"true", "1"})
        encoding = self.settings.value(KEY_ENCODING)
        if isinstance(encoding, str) and encoding in ENCODINGS:
            self.encoding_combo.setCurrentIndex(ENCODINGS.index(encoding))

    # -- choices -------------------------------------------------------------------------
    def scope(self) -> str:
        for scope, button in self.scope_buttons.items():
            if button.isChecked():
                return scope
        return "all"

    def set_scope(self, scope: str) -> None:
        self.scope_buttons[scope].setChecked(True)

    def fmt(self) -> str:
        return str(self.format_combo.currentData())

    def label_lang(self) -> str:
        return str(self.lang_combo.currentData())

    def encoding(self) -> str:
        return str(self.encoding_combo.currentData())

    def _described(self, scope: str) -> tuple[str, Filters]:
        """The query and filters that describe a scope in the title and subtitle."""
        if scope == "current":
            return self.current_query, self.current_filters
        if scope == "partner" and self.selected_partner_id:
            return "", Filters(partners=(self.selected_partner_id,))
        return "", Filters()

    def _activities_for(self, scope: str) -> list[Activity]:
        if scope == "all":
            return list(self.store.activities)
        if scope == "partner":
            if not self.selected_partner_id:
                return []
            filters = Filters(partners=(self.selected_partner_id,))
            return [hit.activity for hit in self.store.search("", filters).hits]
        ids = self.current_ids if scope == "current" else self.selected_ids
        out = []
        for activity_id in ids:
            try:
                out.append(self.store.activity(activity_id))
            except NotFoundError:
                continue  # a stale id (e.g. after a data update) is skipped, not fatal
        return out

    def _on_title_edited(self, text: str) -> None:
        self._title_edited = bool(text.strip())

    def _update(self) -> None:
        briefing = self.fmt() in BRIEFING_FORMATS
        self.title_edit.setEnabled(briefing)
        self.encoding_combo.setEnabled(not briefing)
        self.both_box.setEnabled(briefing)  # a CSV always has both texts, in two columns
        self.charts_box.setEnabled(briefing)
        if not self._title_edited:
            query, filters = self._described(self.scope())
            self.title_edit.setText(default_title(self.store, query, filters, self.label_lang()))

    def request(self, path: Path) -> ExportRequest:
        """The export request for the dialog's current choices."""
        scope = self.scope()
        query, filters = self._described(scope)
        title = self.title_edit.text().strip() or None
        collection = self.collection
        if collection is not None:  # a collection: its order, its notes, its introduction
            return ExportRequest(
                activities=collection.activities, fmt=self.fmt(), path=path,
                title=title or collection.name, lang=self.label_lang(),
                encoding=self.encoding(),
                both_languages=self.fmt() in BRIEFING_FORMATS and self.both_box.isChecked(),
                charts=self.charts(), in_order=True, intro=collection.intro,
                scope_label=collection_label(collection.name, self.label_lang()),
                item_notes={e.activity.id: e.note or e.personal_note
                            for e in collection.entries if e.note or e.personal_note})
        return ExportRequest(
            activities=self._activities_for(scope), fmt=self.fmt(), path=path, title=title,
            lang=self.label_lang(), encoding=self.encoding(), query=query, filters=filters,
            scope_label=scope_label(scope, self.label_lang()),
            both_languages=self.fmt() in BRIEFING_FORMATS and self.both_box.isChecked(),
            charts=self.charts())

    def charts(self) -> bool:
        """Whether the briefing gets its timeline and map (never a CSV)."""
        return self.fmt() in BRIEFING_FORMATS and self.charts_box.isChecked()

    # -- exporting -----------------------------------------------------------------------
    def _last_dir(self) -> Path:
        value = self.settings.value(KEY_LAST_DIR)
        if isinstance(value, str) and value and Path(value).is_dir():
            return Path(value)
        return Path.home()

    def ask_path(self) -> Path | None:
        """Ask where to save; remembers the folder. None if the user cancelled."""
        fmt = self.fmt()
        name = default_filename(self.title_edit.text().strip() or "briefing", fmt)
        filters = {
            "docx": self.tr("Word document (*.docx)"),
            "pdf": self.tr("PDF document (*.pdf)"),
            "csv": self.tr("CSV file (*.csv)"),
        }
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), str(self._last_dir() / name), filters[fmt])
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(f"{path.name}.{fmt}")
        self.settings.setValue(KEY_LAST_DIR, str(path.parent))
        return path

    def choose_and_export(self) -> None:
        path = self.ask_path()
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> Path | None:
        """Export to ``path`` with progress and Cancel; report errors in a message box.

        Returns the final path, or None if the export failed or was cancelled.
        """
        if self._busy:
            return None
        self._busy = True
        self._set_result(None)
        request = self.request(path)
        progress = QProgressDialog(self.tr("Writing {name}…").format(name=path.name),
                                   self.tr("Cancel"), 0, max(1, len(request.activities)), self)
        progress.setWindowTitle(self.tr("Export"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        progress.setAutoClose(False)
        progress.setAutoReset(False)

        def step(done: int, total: int) -> bool:
            progress.setMaximum(total)
            progress.setValue(done)
            QCoreApplication.processEvents()
            return not progress.wasCanceled()

        self.export_button.setEnabled(False)
        try:
            final = export(self.store, request, step, pdf=render_pdf, charts=briefing_figures)
        except ExportCancelled:
            self._say(self.tr("Export cancelled. No file was written."))
            return None
        except CoopError as exc:
            self.status_label.setText(self.tr("The export failed. No file was changed."))
            QMessageBox.critical(self, self.tr("Export failed"), exc.message(self.ui_lang))
            return None
        finally:
            progress.close()
            progress.deleteLater()
            self.export_button.setEnabled(True)
            self._busy = False
        self.settings.setValue(KEY_FORMAT, request.fmt)
        if request.fmt == "csv":
            self.settings.setValue(KEY_ENCODING, request.encoding)
        else:
            self.settings.setValue(KEY_BOTH, request.both_languages)
            self.settings.setValue(KEY_CHARTS, request.charts)
        self._set_result(final)
        self.exported.emit(final)
        return final

    def _set_result(self, path: Path | None) -> None:
        self.last_path = path
        for button in (self.open_button, self.show_button):
            button.setVisible(path is not None)
        if path is not None:
            self._say(self.tr("Saved to {path}").format(path=path))

    def _say(self, text: str) -> None:
        """Show ``text`` under the choices and have a screen reader say it."""
        self.status_label.setText(text)
        self.status_label.setAccessibleDescription(text)
        accessibility.announce(self.status_label, text)

    def open_file(self) -> None:
        if self.last_path is not None:
            self._open_url(QUrl.fromLocalFile(str(self.last_path)))

    def show_in_folder(self) -> None:
        if self.last_path is not None:
            self._open_url(QUrl.fromLocalFile(str(self.last_path.parent)))

    def _open_url(self, url: QUrl) -> None:
        if not QDesktopServices.openUrl(url):
            QMessageBox.warning(
                self, self.tr("Cannot open"),
                self.tr("No program could open {path}. Open it from your file manager.")
                .format(path=url.toLocalFile()))
