"""The facet filters under the partner tree: topics, years, reports (when there are several),
calls to action, clear all."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCollator,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.models import UNDATED, Document, Filters, Topic
from desktop.ui import accessibility, labels

TopicIdRole = Qt.ItemDataRole.UserRole + 1
CountRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class TopicFacetModel(QAbstractListModel):
    """Checkable topics with the number of matches each would give; sorted by count or name."""

    #: Emitted when the user checks or unchecks a topic: ``(topic_id, checked)``.
    topic_toggled = Signal(str, bool)

    BY_COUNT, BY_NAME = "count", "name"

    def __init__(self, lang: str = "en", parent=None):
        super().__init__(parent)
        self._lang = lang
        self._sort = self.BY_COUNT
        self._rows: list[tuple[Topic, int]] = []
        self._checked: set[str] = set()

    @property
    def sort_mode(self) -> str:
        return self._sort

    def set_counts(self, counts: list[tuple[Topic, int]], checked: tuple[str, ...]) -> None:
        ticked = set(checked)
        changed = ticked != self._checked
        self._checked = ticked
        self._reorder(counts, unchanged_ok=not changed)

    def set_sort_mode(self, mode: str) -> None:
        self._sort = mode if mode in (self.BY_COUNT, self.BY_NAME) else self.BY_COUNT
        self._reorder(self._rows)

    def set_language(self, lang: str) -> None:
        self._lang = lang
        self._reorder(self._rows)

    def _reorder(self, counts: list[tuple[Topic, int]], unchanged_ok: bool = False) -> None:
        """Apply new counts and order as a layout change, so selection and focus survive.
        ``unchanged_ok``: nothing is announced if the rows come out as they are (a keystroke
        that leaves every topic's count as it was)."""
        collator = QCollator(QLocale("zh_CN" if self._lang == "zh" else "en"))
        rows = sorted(counts, key=lambda tc: collator.sortKey(tc[0].label(self._lang)))
        if self._sort == self.BY_COUNT:
            rows.sort(key=lambda tc: -tc[1])  # stable: equal counts stay by name
        # Ticked topics stay on top, so that ticking a year cannot move them out of view.
        rows.sort(key=lambda tc: tc[0].id not in self._checked)
        if unchanged_ok and [(t.id, n) for t, n in rows] == [(t.id, n) for t, n in self._rows]:
            return
        self.layoutAboutToBeChanged.emit()
        old_ids = [t.id for t, _ in self._rows]
        self._rows = rows
        new_row = {t.id: i for i, (t, _) in enumerate(rows)}
        old_indexes = self.persistentIndexList()
        new_indexes = []
        for index in old_indexes:
            tid = old_ids[index.row()] if index.row() < len(old_ids) else None
            row = new_row.get(tid, -1) if tid else -1
            new_indexes.append(self.index(row, 0) if row >= 0 else QModelIndex())
        self.changePersistentIndexList(old_indexes, new_indexes)
        self.layoutChanged.emit()
        if rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, 0))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        topic, count = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("{topic} ({count})").format(topic=topic.label(self._lang),
                                                        count=count)
        if role == Qt.ItemDataRole.CheckStateRole:
            return (Qt.CheckState.Checked if topic.id in self._checked
                    else Qt.CheckState.Unchecked)
        if role == Qt.ItemDataRole.ToolTipRole:
            return labels.plural(
                count, self.tr("{topic}: 1 matching activity"),
                self.tr("{topic}: %n matching activities", "", count),
            ).format(topic=topic.label("en" if self._lang == "zh" else "zh"))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return labels.plural(count, self.tr("{topic}, 1 activity"),
                                 self.tr("{topic}, %n activities", "", count),
                                 ).format(topic=topic.label(self._lang))
        if role == Qt.ItemDataRole.ForegroundRole and count == 0:
            return QApplication.palette().brush(QPalette.ColorGroup.Disabled,
                                                QPalette.ColorRole.Text)
        if role == TopicIdRole:
            return topic.id
        if role == CountRole:
            return count
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        topic_id = self._rows[index.row()][0].id
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        if checked:
            self._checked.add(topic_id)
        else:
            self._checked.discard(topic_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.topic_toggled.emit(topic_id, checked)
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable)


class FilterPanel(QWidget):
    """Shows the facet values with counts; reports the user's changes as signals.

    The main window owns the filters; :meth:`update_counts` sets what is shown and checked.
    """

    topic_toggled = Signal(str, bool)
    year_toggled = Signal(int, bool)
    document_toggled = Signal(str, bool)
    calls_to_action_toggled = Signal(bool)
    clear_requested = Signal()

    def __init__(self, lang: str = "en", parent=None):
        super().__init__(parent)
        self._updating = False
        self.topic_model = TopicFacetModel(lang, self)
        self.topic_model.topic_toggled.connect(self.topic_toggled)

        self.topics_label = QLabel()
        self.sort_label = QLabel()
        self.sort_combo = QComboBox()
        self.sort_combo.addItems(["", ""])
        # Follows its text: after a switch of language it must not read "By cou".
        self.sort_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.sort_combo.currentIndexChanged.connect(self._sort_changed)
        self.topic_view = QListView()
        self.topic_view.setModel(self.topic_model)
        self.topic_view.setUniformItemSizes(True)
        self.topics_label.setBuddy(self.topic_view)

        self.years_label = QLabel()
        self._year_boxes: dict[int, QCheckBox] = {}
        self._year_counts: dict[int, int] = {}
        self.years_grid = QGridLayout()
        self.years_grid.setContentsMargins(0, 0, 0, 0)

        # One box per report; the section is shown only when the library has several.
        self.documents_label = QLabel()
        self._document_boxes: dict[str, QCheckBox] = {}
        self._document_counts: list[tuple[Document, int]] = []
        self.documents_layout = QVBoxLayout()
        self.documents_layout.setContentsMargins(0, 0, 0, 0)
        self.documents_layout.setSpacing(2)
        self.documents_label.hide()
        self._lang = lang

        self.cta_box = QCheckBox()
        self.cta_box.toggled.connect(self._cta_toggled)
        self._cta_count = 0
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.clear_requested)

        header = QHBoxLayout()
        header.addWidget(self.topics_label, 1)
        header.addWidget(self.sort_label)
        header.addWidget(self.sort_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.topic_view, 1)
        layout.addWidget(self.years_label)
        layout.addLayout(self.years_grid)
        layout.addWidget(self.documents_label)
        layout.addLayout(self.documents_layout)
        layout.addWidget(self.cta_box)
        layout.addWidget(self.clear_button)
        self.retranslate_ui()

    # -- state in ------------------------------------------------------------------------
    def update_counts(self, topic_counts: list[tuple[Topic, int]],
                      year_counts: list[tuple[int, int]], cta_count: int,
                      filters: Filters,
                      document_counts: list[tuple[Document, int]] | None = None) -> None:
        self._updating = True
        try:
            self.topic_model.set_counts(topic_counts, filters.topics)
            documents = document_counts or []
            if [d.id for d, _ in documents] != list(self._document_boxes):
                self._build_document_boxes([d for d, _ in documents])
            self._document_counts = documents
            for doc_id, box in self._document_boxes.items():
                box.setChecked(doc_id in filters.documents)
            if [y for y, _ in year_counts] != list(self._year_boxes):
                self._build_year_boxes([y for y, _ in year_counts])
            self._year_counts = dict(year_counts)
            for year, box in self._year_boxes.items():
                box.setChecked(year in filters.years)
            self._cta_count = cta_count
            self.cta_box.setChecked(filters.calls_to_action)
            self.clear_button.setEnabled(not filters.is_empty())
            self._label_counts()
        finally:
            self._updating = False

    def set_language(self, lang: str) -> None:
        self._lang = lang
        self.topic_model.set_language(lang)
        self._label_counts()

    def _build_document_boxes(self, documents: list[Document]) -> None:
        for box in self._document_boxes.values():
            self.documents_layout.removeWidget(box)
            box.deleteLater()
        self._document_boxes = {}
        several = len(documents) > 1
        for document in documents if several else []:
            box = QCheckBox()
            box.toggled.connect(lambda checked, d=document.id: self._document_toggled(d, checked))
            self.documents_layout.addWidget(box)
            self._document_boxes[document.id] = box
        self.documents_label.setVisible(several)
        chain: list[QWidget] = [*self._year_boxes.values(), *self._document_boxes.values(),
                                self.cta_box]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def document_box(self, document_id: str) -> QCheckBox:
        return self._document_boxes[document_id]

    def document_boxes(self) -> list[QCheckBox]:
        return list(self._document_boxes.values())

    def _build_year_boxes(self, years: list[int]) -> None:
        for box in self._year_boxes.values():
            self.years_grid.removeWidget(box)
            box.deleteLater()
        self._year_boxes = {}
        for i, year in enumerate(years):
            box = QCheckBox()
            box.toggled.connect(lambda checked, y=year: self._year_toggled(y, checked))
            self.years_grid.addWidget(box, i // 2, i % 2)
            self._year_boxes[year] = box
        # Boxes made after the window's tab chain was set: put them between topics and CTA.
        chain: list[QWidget] = [self.topic_view, *self._year_boxes.values(), self.cta_box]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def year_box(self, year: int) -> QCheckBox:
        return self._year_boxes[year]

    def year_boxes(self) -> list[QCheckBox]:
        return list(self._year_boxes.values())

    def _label_counts(self) -> None:
        for year, box in self._year_boxes.items():
            count = self._year_counts.get(year, 0)
            box.setText(self.tr("{year} ({count})").format(
                year=labels.year_label(year), count=count))
            if year == UNDATED:  # not "Year Undated" (nor "未注明日期 年")
                name = labels.plural(count, self.tr("Undated, 1 activity"),
                                     self.tr("Undated, %n activities", "", count))
            else:
                name = labels.plural(count, self.tr("Year {year}, 1 activity"),
                                     self.tr("Year {year}, %n activities", "", count),
                                     ).format(year=year)
            box.setAccessibleName(name)
        for document, count in self._document_counts:
            doc_box = self._document_boxes.get(document.id)
            if doc_box is None:
                continue
            name = document.label(self._lang)
            if document.automatic:
                name = self.tr("{report} · imported").format(report=name)
            elif document.origin != "bundled":
                name = self.tr("{report} · added").format(report=name)
            doc_box.setText(self.tr("{report} ({count})").format(report=name, count=count))
            tip = document.title(self._lang) or document.title_zh or document.title_en
            if document.automatic:
                tip += "\n" + self.tr("Added from {file}; links found automatically").format(
                    file=document.source_file or "?")
            doc_box.setToolTip(tip)
            doc_box.setAccessibleName(labels.plural(
                count, self.tr("Report {report}, 1 activity"),
                self.tr("Report {report}, %n activities", "", count),
            ).format(report=name))
        self.cta_box.setText(self.tr("Calls to action for NPPOs only ({count})").format(
            count=self._cta_count))
        self.cta_box.setAccessibleName(labels.plural(
            self._cta_count, self.tr("Calls to action for NPPOs only, 1 activity"),
            self.tr("Calls to action for NPPOs only, %n activities", "", self._cta_count)))

    # -- user changes out ----------------------------------------------------------------
    def _year_toggled(self, year: int, checked: bool) -> None:
        if not self._updating:
            self.year_toggled.emit(year, checked)

    def _document_toggled(self, document_id: str, checked: bool) -> None:
        if not self._updating:
            self.document_toggled.emit(document_id, checked)

    def _cta_toggled(self, checked: bool) -> None:
        if not self._updating:
            self.calls_to_action_toggled.emit(checked)

    def _sort_changed(self, index: int) -> None:
        self.topic_model.set_sort_mode(
            TopicFacetModel.BY_NAME if index == 1 else TopicFacetModel.BY_COUNT)

    def set_sort_mode(self, mode: str) -> None:
        self.sort_combo.setCurrentIndex(1 if mode == TopicFacetModel.BY_NAME else 0)

    # -- language ------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.topics_label.setText(self.tr("&Topics"))
        self.sort_combo.setItemText(0, self.tr("By count"))
        self.sort_combo.setItemText(1, self.tr("By name"))
        # A label, not only a name: AT-SPI names a combo box by its current value and
        # takes its name from the label that points to it.
        self.sort_label.setText(self.tr("S&ort:"))
        accessibility.label_for(self.sort_label, self.sort_combo, self.tr("Sort topics"))
        self.topic_view.setAccessibleName(self.tr("Topics"))
        self.topic_view.setAccessibleDescription(
            self.tr("Check topics to show only their activities; Space toggles"))
        self.years_label.setText(self.tr("Years"))
        self.documents_label.setText(self.tr("Reports"))
        self.cta_box.setToolTip(self.tr(
            "Only activities in which the report calls on national plant protection "
            "organizations to act"))
        self.clear_button.setText(self.tr("Clear all filters"))
        self._label_counts()
        accessibility.fill_in_names(self)
