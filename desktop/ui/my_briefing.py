"""The "My briefing" tab of the left pane: collections (named, ordered folders of activities
and partners with notes), saved searches and the personal filters (starred, with notes, notes
containing words). It edits the user's personal data through :mod:`desktop.core.userdata`;
the main window applies what it asks for."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import CoopError, NotFoundError
from desktop.core.models import Filters
from desktop.core.store import Store
from desktop.core.user_filter import ACTIVITY, PARTNER, UserFilter
from desktop.ui import accessibility, labels

if TYPE_CHECKING:
    from desktop.core.userdata import UserData

#: What the activity list puts on a drag: activity ids, one per line.
ACTIVITY_MIME = "application/x-ippc-activity-ids"
KindRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2
CollectionRole = Qt.ItemDataRole.UserRole + 3


def activity_mime(ids: list[str]) -> QMimeData:
    data = QMimeData()
    data.setData(ACTIVITY_MIME, "\n".join(ids).encode())
    data.setText("\n".join(ids))
    return data


class CollectionTree(QTreeWidget):
    """Collections and their items; activities dropped on a collection are added to it."""

    dropped = Signal(str, list)  # collection name, activity ids

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)

    def _target(self, event: QDropEvent | QDragMoveEvent) -> str:
        item = self.itemAt(event.position().toPoint())
        while item is not None and item.parent() is not None:
            item = item.parent()
        return str(item.data(0, CollectionRole)) if item is not None else ""

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(ACTIVITY_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(ACTIVITY_MIME) and self._target(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        name = self._target(event)
        if not name or not event.mimeData().hasFormat(ACTIVITY_MIME):
            event.ignore()
            return
        ids = bytes(event.mimeData().data(ACTIVITY_MIME).data()).decode().split()
        event.acceptProposedAction()
        self.dropped.emit(name, ids)


class MyBriefingPanel(QWidget):
    """Collections, saved searches and personal filters."""

    #: The personal filters changed (starred, with notes, notes query, collection shown).
    user_filter_changed = Signal(object)
    #: A saved search was chosen: (query, Filters).
    search_chosen = Signal(str, object)
    #: An item was opened: ("activity" | "partner", id).
    item_opened = Signal(str, str)
    #: Export this collection as a briefing.
    export_requested = Signal(str)
    #: Ask the window for the current search, to save it: emits nothing, the window answers
    #: through :meth:`save_search`.
    save_search_requested = Signal()
    #: Something happened worth a status-bar line.
    message = Signal(str)

    def __init__(self, store: Store, userdata: UserData | None, lang: str = "en",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._store = store
        self._userdata = userdata
        self._lang = lang
        self._collection = ""  # the collection whose activities the list shows
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self.starred_box = QCheckBox()
        self.notes_box = QCheckBox()
        self.notes_search = QLineEdit()
        self.notes_search.setClearButtonEnabled(True)
        for box in (self.starred_box, self.notes_box):
            box.toggled.connect(self._emit_filter)
        self.notes_search.textChanged.connect(self._emit_filter)
        layout.addWidget(self.starred_box)
        layout.addWidget(self.notes_box)
        layout.addWidget(self.notes_search)

        self.collections_label = QLabel()
        self.tree = CollectionTree()
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._tree_menu)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)
        self.tree.dropped.connect(self.add_to_collection)
        self.collections_label.setBuddy(self.tree)
        buttons = QHBoxLayout()
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_collection)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self._export_current)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.export_button)
        layout.addWidget(self.collections_label)
        layout.addWidget(self.tree, 2)
        layout.addLayout(buttons)

        self.searches_label = QLabel()
        self.searches = QListWidget()
        self.searches.itemActivated.connect(self._search_activated)
        self.searches.itemClicked.connect(self._search_activated)
        self.searches.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.searches.customContextMenuRequested.connect(self._searches_menu)
        self.searches_label.setBuddy(self.searches)
        self.save_search_button = QPushButton()
        self.save_search_button.clicked.connect(self.save_search_requested)
        layout.addWidget(self.searches_label)
        layout.addWidget(self.searches, 1)
        layout.addWidget(self.save_search_button)
        self.orphans_label = QLabel()
        self.orphans_label.setWordWrap(True)
        self.orphans_label.linkActivated.connect(self._show_orphans)
        layout.addWidget(self.orphans_label)
        self.setEnabled(userdata is not None)
        self.retranslate_ui()  # and reload()

    # -- state -----------------------------------------------------------------------------
    @property
    def user_filter(self) -> UserFilter:
        return UserFilter(self.starred_box.isChecked(), self.notes_box.isChecked(),
                          self.notes_search.text(), self._collection)

    def clear_filter(self) -> None:
        for widget in (self.starred_box, self.notes_box, self.notes_search):
            widget.blockSignals(True)
        self.starred_box.setChecked(False)
        self.notes_box.setChecked(False)
        self.notes_search.clear()
        for widget in (self.starred_box, self.notes_box, self.notes_search):
            widget.blockSignals(False)
        self._collection = ""
        self._emit_filter()

    def remove_filter(self, which: str) -> None:
        """Remove one personal filter: "starred", "notes", "query" or "collection"."""
        if which == "starred":
            self.starred_box.setChecked(False)
        elif which == "notes":
            self.notes_box.setChecked(False)
        elif which == "query":
            self.notes_search.clear()
        elif which == "collection":
            self.show_collection("")

    def _emit_filter(self, *_args: object) -> None:
        self.user_filter_changed.emit(self.user_filter)

    def set_language(self, lang: str) -> None:
        self._lang = lang
        self.reload()

    def set_userdata(self, userdata: UserData | None) -> None:
        """The user's data, once the window has opened it (or None: unavailable)."""
        self._userdata = userdata
        self.setEnabled(userdata is not None)
        self.reload()

    def reload(self) -> None:
        """Read the collections, saved searches and orphans again."""
        data = self._userdata
        self.tree.clear()
        self.searches.clear()
        if data is None:
            return
        for collection in data.collections():
            top = QTreeWidgetItem([self.tr("{name} ({count})").format(
                name=collection.name, count=len(collection.items))])
            top.setData(0, CollectionRole, collection.name)
            top.setToolTip(0, collection.intro or self.tr(
                "Drop activities here, or use “Add to collection” (Ctrl+Shift+D)"))
            if collection.name == self._collection:
                font = top.font(0)
                font.setBold(True)
                top.setFont(0, font)
            for entry in collection.items:
                label = self._item_label(entry.kind, entry.item_id)
                child = QTreeWidgetItem([("✎ " if entry.note else "") + label])
                child.setData(0, KindRole, entry.kind)
                child.setData(0, IdRole, entry.item_id)
                child.setData(0, CollectionRole, collection.name)
                child.setToolTip(0, entry.note or label)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
        self.tree.expandAll()
        for saved in data.saved_searches():
            item = QListWidgetItem(saved.name)
            item.setToolTip(saved.query or self.tr("(filters only)"))
            self.searches.addItem(item)
        orphans = data.orphans(self._store)
        if orphans:
            self.orphans_label.setText(labels.plural(
                len(orphans),
                self.tr("1 of your notes, stars or collection items refers to an activity "
                        "or partner no longer in the library. It is kept. "
                        "<a href='show'>Show</a>"),
                self.tr("%n of your notes, stars or collection items refer to activities or "
                        "partners no longer in the library. They are kept. "
                        "<a href='show'>Show</a>", "", len(orphans))))
            self.orphans_label.show()
        else:
            self.orphans_label.hide()

    def _item_label(self, kind: str, item_id: str) -> str:
        try:
            if kind == ACTIVITY:
                activity = self._store.activity(item_id)
                return activity.title(self._lang)
            return self._store.partner(item_id).display(self._lang)
        except NotFoundError:
            return self.tr("{id} (no longer in the library)").format(id=item_id)

    # -- collections -----------------------------------------------------------------------
    def _ask_name(self, title: str, text: str = "") -> str:
        from PySide6.QtWidgets import QInputDialog  # made when first asked for

        name, ok = QInputDialog.getText(self, title, self.tr("Name:"), text=text)
        return name.strip() if ok else ""

    def new_collection(self) -> str:
        name = self._ask_name(self.tr("New collection"))
        if not name or self._userdata is None:
            return ""
        if self._run(lambda: self._userdata.create_collection(name)):  # type: ignore[union-attr]
            self.reload()
            return name
        return ""

    def add_to_collection(self, name: str, ids: list[str], kind: str = ACTIVITY) -> int:
        """Add activities (or partners) to a collection; returns how many were new."""
        if self._userdata is None or not ids:
            return 0
        added = 0

        def add() -> None:
            nonlocal added
            added = self._userdata.add_items(  # type: ignore[union-attr]
                name, [(kind, i) for i in ids])

        if self._run(add):
            self.reload()
            self.message.emit(self.tr("Added to {name}: {count}").format(name=name,
                                                                        count=added))
        return added

    def choose_collection(self) -> str:
        """Ask which collection (or a new one) to add to."""
        from PySide6.QtWidgets import QInputDialog  # made when first asked for

        if self._userdata is None:
            return ""
        names = self._userdata.collection_names()
        new = self.tr("New collection…")
        choice, ok = QInputDialog.getItem(self, self.tr("Add to collection"),
                                          self.tr("Collection:"), [*names, new], 0, False)
        if not ok:
            return ""
        return self.new_collection() if choice == new else choice

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        kind = item.data(0, KindRole)
        if kind:
            self.item_opened.emit(str(kind), str(item.data(0, IdRole)))
            return
        name = str(item.data(0, CollectionRole))
        self._collection = "" if self._collection == name else name
        self.reload()
        self._emit_filter()

    def show_collection(self, name: str) -> None:
        """Show only this collection's activities in the list ('' for no collection)."""
        self._collection = name
        self.reload()
        self._emit_filter()

    def _export_current(self) -> None:
        item = self.tree.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        name = str(item.data(0, CollectionRole)) if item is not None else self._collection
        if name:
            self.export_requested.emit(name)
        else:
            self.message.emit(self.tr("Choose a collection to export."))

    def _tree_menu(self, pos) -> None:
        item = self.tree.itemAt(pos)
        if item is None:
            return
        self.collection_menu(item).exec(self.tree.viewport().mapToGlobal(pos))

    def collection_menu(self, item: QTreeWidgetItem) -> QMenu:
        """The context menu of a collection or one of its items."""
        data = self._userdata
        menu = QMenu(self)
        name = str(item.data(0, CollectionRole))
        kind = item.data(0, KindRole)
        if kind and data is not None:
            item_id = str(item.data(0, IdRole))
            entry = next(i for i in data.collection(name).items
                         if i.kind == kind and i.item_id == item_id)
            position = data.collection(name).items.index(entry)
            menu.addAction(self.tr("Open"), lambda: self.item_opened.emit(str(kind), item_id))
            menu.addAction(self.tr("Note in this collection…"),
                           lambda: self._edit_item_note(name, str(kind), item_id, entry.note))
            menu.addAction(self.tr("Move up"), lambda: self._move(name, str(kind), item_id,
                                                               position - 1))
            menu.addAction(self.tr("Move down"), lambda: self._move(name, str(kind), item_id,
                                                                 position + 1))
            menu.addSeparator()
            menu.addAction(self.tr("Remove from the collection"),
                           lambda: self._remove(name, str(kind), item_id))
        elif data is not None:
            menu.addAction(self.tr("Show its activities"), lambda: self.show_collection(name))
            menu.addAction(self.tr("Introduction…"), lambda: self._edit_intro(name))
            menu.addAction(self.tr("Rename…"), lambda: self._rename(name))
            menu.addAction(self.tr("Export as a briefing…"),
                           lambda: self.export_requested.emit(name))
            menu.addSeparator()
            menu.addAction(self.tr("Delete the collection"), lambda: self._delete(name))
        return menu

    def _move(self, name: str, kind: str, item_id: str, position: int) -> None:
        if position >= 0 and self._run(lambda: self._userdata.move_item(  # type: ignore
                name, kind, item_id, position)):
            self.reload()
            self._emit_filter()

    def _remove(self, name: str, kind: str, item_id: str) -> None:
        if self._run(lambda: self._userdata.remove_item(name, kind, item_id)):  # type: ignore
            self.reload()
            self._emit_filter()

    def _edit_item_note(self, name: str, kind: str, item_id: str, note: str) -> None:
        from PySide6.QtWidgets import QInputDialog  # made when first asked for

        text, ok = QInputDialog.getMultiLineText(self, self.tr("Note in {name}").format(
            name=name), self.tr("Note:"), note)
        if ok and self._run(lambda: self._userdata.set_item_note(  # type: ignore[union-attr]
                name, kind, item_id, text)):
            self.reload()

    def _edit_intro(self, name: str) -> None:
        from PySide6.QtWidgets import QInputDialog  # made when first asked for

        data = self._userdata
        if data is None:
            return
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Introduction of {name}").format(name=name),
            self.tr("Introduction (printed at the top of the briefing):"),
            data.collection(name).intro)
        if ok and self._run(lambda: data.set_intro(name, text)):
            self.reload()

    def _rename(self, name: str) -> None:
        new = self._ask_name(self.tr("Rename collection"), name)
        if new and new != name and self._run(
                lambda: self._userdata.rename_collection(name, new)):  # type: ignore
            if self._collection == name:
                self._collection = new
            self.reload()
            self._emit_filter()

    def _delete(self, name: str) -> None:
        answer = QMessageBox.question(self, self.tr("Delete the collection"), self.tr(
            "Delete the collection {name} and its notes? The activities stay in the "
            "library.").format(name=name))
        if answer == QMessageBox.StandardButton.Yes and self._run(
                lambda: self._userdata.delete_collection(name)):  # type: ignore[union-attr]
            if self._collection == name:
                self._collection = ""
                self._emit_filter()
            self.reload()

    # -- saved searches --------------------------------------------------------------------
    def save_search(self, query: str, filters: Filters) -> str:
        name = self._ask_name(self.tr("Save the search"), query.strip()[:40])
        if name and self._run(lambda: self._userdata.save_search(  # type: ignore[union-attr]
                name, query, filters, replace=True)):
            self.reload()
            self.message.emit(self.tr("Search saved as {name}").format(name=name))
            return name
        return ""

    def _search_activated(self, item: QListWidgetItem) -> None:
        if self._userdata is None:
            return
        saved = self._userdata.saved_search(item.text())
        self.search_chosen.emit(saved.query, saved.filters)

    def _searches_menu(self, pos) -> None:
        item = self.searches.itemAt(pos)
        if item is None or self._userdata is None:
            return
        menu = QMenu(self)
        name = item.text()
        menu.addAction(self.tr("Delete the saved search"), lambda: self._run(
            lambda: self._userdata.delete_search(name)) and self.reload())  # type: ignore
        menu.exec(self.searches.viewport().mapToGlobal(pos))

    def _show_orphans(self, _href: str) -> None:
        if self._userdata is None:
            return
        lines = [f"{o.kind} {o.item_id} — {o.where}"
                 + (f" “{o.collection}”" if o.collection else "")
                 + (f": {o.note}" if o.note else "")
                 for o in self._userdata.orphans(self._store)]
        QMessageBox.information(self, self.tr("Kept notes"), "\n".join(lines))

    # -- helpers ---------------------------------------------------------------------------
    def _run(self, action) -> bool:
        """Run a change of the personal data; show its refusal instead of raising."""
        try:
            action()
        except CoopError as exc:
            QMessageBox.warning(self, self.tr("My briefing"), exc.message(self._lang))
            return False
        return True

    def retranslate_ui(self) -> None:
        self.starred_box.setText(self.tr("Starred only"))
        self.notes_box.setText(self.tr("With my notes only"))
        self.notes_search.setPlaceholderText(self.tr("Search my notes"))
        self.notes_search.setAccessibleName(self.tr("Search my notes"))
        self.collections_label.setText(self.tr("&Collections"))
        self.new_button.setText(self.tr("New…"))
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Export the chosen collection as a briefing"))
        self.searches_label.setText(self.tr("Saved &searches"))
        self.save_search_button.setText(self.tr("Save the current search…"))
        self.tree.setAccessibleName(self.tr("Collections"))
        self.searches.setAccessibleName(self.tr("Saved searches"))
        clear = accessibility.clear_button(self.notes_search)
        if clear is not None:
            clear.setAccessibleName(self.tr("Clear the notes search"))
        accessibility.fill_in_names(self)
        self.reload()

    def changeEvent(self, event) -> None:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


__all__ = ["ACTIVITY", "ACTIVITY_MIME", "PARTNER", "MyBriefingPanel", "activity_mime"]
