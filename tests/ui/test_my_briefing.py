"""The window's personal data: stars, notes, collections, saved searches, backups."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from desktop.core.models import Filters
from desktop.ui.activity_list_model import ActivityIdRole
from desktop.ui.main_window import MainWindow
from desktop.ui.my_briefing import ACTIVITY_MIME
from desktop.ui.settings import Settings


def listed(window: MainWindow) -> list[str]:
    proxy = window.list_proxy
    return [proxy.index(r, 0).data(ActivityIdRole) for r in range(proxy.rowCount())]


def test_star_and_the_starred_filter(window):
    first = listed(window)[0]
    window.select_activity(first)
    window.star_action.trigger()
    assert window.detail_pane.star_button.isChecked()
    assert window.userdata.is_starred("activity", first)
    window.my_briefing.starred_box.setChecked(True)
    assert listed(window) == [first]
    assert window.result.total == 1
    window.my_briefing.starred_box.setChecked(False)
    assert len(listed(window)) > 1


def test_a_note_is_saved_searchable_and_kept_across_restarts(qtbot, make_window):
    window = make_window()
    activity_id = listed(window)[1]
    window.select_activity(activity_id)
    window.detail_pane.note_edit.setPlainText("部长关心 container cleanliness")
    window.detail_pane.flush_note()
    assert window.userdata.note_of("activity", activity_id) == "部长关心 container cleanliness"
    window.my_briefing.notes_search.setText("部长")
    assert listed(window) == [activity_id]
    window.my_briefing.notes_search.clear()
    window.my_briefing.notes_box.setChecked(True)
    assert listed(window) == [activity_id]
    window.close()
    again = make_window()
    again.select_activity(activity_id)
    assert again.detail_pane.note_edit.toPlainText() == "部长关心 container cleanliness"


def test_collections_drag_order_and_filter(window, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: ("Minister briefing", True)))
    assert window.my_briefing.new_collection() == "Minister briefing"
    ids = listed(window)[:3]
    # a drag from the list carries the activity ids
    indexes = [window.list_model.index(window.list_model.row_of(i), 0) for i in ids]
    mime = window.list_model.mimeData(indexes)
    assert bytes(mime.data(ACTIVITY_MIME).data()).decode().split() == ids
    window.my_briefing.tree.dropped.emit("Minister briefing", ids)
    collection = window.userdata.collection("Minister briefing")
    assert collection.ids() == ids
    # move the last one up to the top
    window.userdata.move_item("Minister briefing", "activity", ids[2], 0)
    window.my_briefing.show_collection("Minister briefing")
    assert sorted(listed(window)) == sorted(ids)
    top = window.my_briefing.tree.topLevelItem(0)
    assert top.text(0) == "Minister briefing (3)"
    assert top.child(0).data(0, ActivityIdRole + 1) == ids[2] or top.childCount() == 3
    window.my_briefing.show_collection("")
    assert len(listed(window)) > 3


def test_add_to_collection_from_the_detail_pane(window, monkeypatch):
    window.userdata.create_collection("WCO file")
    monkeypatch.setattr(QInputDialog, "getItem",
                        staticmethod(lambda *a, **k: ("WCO file", True)))
    window.show_partner("wco")
    window.detail_pane.collect_requested.emit("partner", "wco")
    assert [(i.kind, i.item_id) for i in window.userdata.collection("WCO file").items] == [
        ("partner", "wco")]


def test_saved_search(window, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: ("containers 2020", True)))
    window.search_field.set_query("集装箱")
    window.set_filters(Filters(years=(2020,)))
    window.my_briefing.save_search_requested.emit()
    window.search_field.set_query("")
    window.clear_filters()
    item = window.my_briefing.searches.item(0)
    assert item.text() == "containers 2020"
    window.my_briefing.searches.itemClicked.emit(item)
    assert window.query == "集装箱" and window.filters == Filters(years=(2020,))


def test_a_damaged_personal_database_is_set_aside(qtbot, store, translations, tmp_path):
    data = tmp_path / "data"
    data.mkdir(parents=True, exist_ok=True)
    (data / "personal.sqlite").write_bytes(b"definitely not sqlite" * 100)
    window = MainWindow(store, Settings(tmp_path / "config" / "s.ini"), translations)
    qtbot.addWidget(window)
    assert window.userdata is not None  # a fresh one: the app starts
    assert "personal.damaged-" in window.userdata_notice
    assert list(data.glob("personal.damaged-*.sqlite"))


def test_backup_and_restore_from_the_menu(window, tmp_path, monkeypatch):
    first = listed(window)[0]
    window.userdata.set_note("activity", first, "before")
    backup = tmp_path / "backup.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(backup), "")))
    window.backup_action.trigger()
    assert backup.exists()
    window.userdata.set_note("activity", first, "after")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(backup), "")))
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    window.restore_action.trigger()
    assert window.userdata.note_of("activity", first) == "before"
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"\x00" * 2048)
    warned: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(bad), "")))
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda parent, title, text, *a: warned.append(text)))
    window.restore_action.trigger()
    assert warned and window.userdata.note_of("activity", first) == "before"


def test_personal_data_survives_a_data_update(window, store):
    """Items whose activity disappeared are kept and listed, never dropped."""
    window.userdata.set_note("activity", "cpm77-3-1", "from a report no longer here")
    window.my_briefing.reload()
    assert not window.my_briefing.orphans_label.isHidden()
    assert "1 of your notes" in window.my_briefing.orphans_label.text()
    orphans = window.userdata.orphans(store)
    assert [(o.item_id, o.note) for o in orphans] == [
        ("cpm77-3-1", "from a report no longer here")]


def test_personal_filters_are_listed_and_cleared_with_the_others(window):
    first = listed(window)[0]
    window.userdata.set_star("activity", first, True)
    window.my_briefing.starred_box.setChecked(True)
    assert "Starred only" in window.active_filters_label.text()
    assert window.clear_filters_action.isEnabled()
    window.clear_filters()
    assert not window.my_briefing.starred_box.isChecked()
    assert window.result.total == len(window._store.activities)
    window.my_briefing.starred_box.setChecked(True)
    window._remove_filter_link("user:starred")
    assert not window.my_briefing.starred_box.isChecked()


def test_the_app_opens_personal_data_after_the_first_frame(qtbot, store, translations,
                                                          settings_path):
    # As the app starts the window: its first frame does not wait for personal.sqlite.
    window = MainWindow(store, Settings(settings_path), translations,
                        userdata_after_paint=True)
    qtbot.addWidget(window)
    assert window.userdata is None
    assert not window.my_briefing.isEnabled() and not window.star_action.isEnabled()
    window.show()
    qtbot.waitUntil(lambda: window.userdata is not None)
    assert window.my_briefing.isEnabled() and window.star_action.isEnabled()
    first = listed(window)[0]
    window.select_activity(first)
    window.star_action.trigger()
    assert window.userdata.is_starred("activity", first)
    assert window.detail_pane.star_button.isChecked()


def test_a_window_closed_before_its_first_frame_opens_no_personal_data(
        qtbot, store, translations, settings_path):
    window = MainWindow(store, Settings(settings_path), translations,
                        userdata_after_paint=True)
    qtbot.addWidget(window)
    window.show()
    window.close()
    qtbot.wait(50)
    assert window.userdata is None
