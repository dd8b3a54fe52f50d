"""The window's search worker for a large library: results arrive through the event loop,
only the latest request is shown, and the list gives the view its rows as it scrolls."""

from __future__ import annotations

import pytest

from desktop.core.store import Store
from desktop.ui.activity_list_model import ActivityListModel
from desktop.ui.main_window import create_main_window
from desktop.ui.search_runner import SearchRunner


@pytest.fixture()
def big_window(qtbot, synthetic_db, monkeypatch):
    monkeypatch.setattr(SearchRunner, "SYNC_LIMIT", 100)  # this library counts as large
    monkeypatch.setattr(Store, "DEFER_ABOVE", 100)
    monkeypatch.setattr(ActivityListModel, "BATCH_ROWS", 200)
    store = Store(synthetic_db, library=False, defer_index=True)
    window = create_main_window(store)
    qtbot.addWidget(window)
    yield window
    window.close()
    store.close()


def _settled(qtbot, window):
    qtbot.waitUntil(lambda: not window.search_pending(), timeout=20000)


def test_the_window_opens_before_the_index_and_lists_once_it_is_read(qtbot, big_window):
    window = big_window
    _settled(qtbot, window)
    assert window.result.total == 1500
    # The view has the first batch of rows; the rest come as it scrolls.
    given = window.list_proxy.rowCount()
    assert 200 <= given < 1500 and given % 200 == 0
    assert window.list_model.canFetchMore()
    window.list_model.fetchMore()
    assert window.list_proxy.rowCount() == given + 200
    assert len(window.list_model.activity_ids()) == 1500


def test_only_the_latest_of_quick_keystrokes_is_shown(qtbot, big_window):
    window = big_window
    _settled(qtbot, window)
    shown = []
    window.refreshed.connect(shown.append)
    for query in ("实", "实蝇", "customs"):
        window.search_field.set_query(query)
        window.set_query(query)
    _settled(qtbot, window)
    expected = window._store.count("customs")
    assert window.result.query == "customs" and window.result.total == expected
    assert shown[-1] == expected
    assert window.count_label.text().startswith(f"{expected} ")


def test_selecting_a_far_activity_gives_the_view_its_row(qtbot, big_window):
    window = big_window
    _settled(qtbot, window)
    last = window.list_model.activity_ids()[-1]
    assert window.select_activity(last)
    assert window.list_view.currentIndex().row() == 1499
    assert window.detail_pane.activity is not None


@pytest.mark.parametrize("row,selected", [(350, True), (1200, False)])
def test_an_open_activity_stays_selected_within_the_first_rows(qtbot, big_window, row,
                                                               selected):
    """A new result that still lists the open activity selects it again when it is among
    the first SELECT_WITHIN_ROWS rows, further than the view's first batch (the view is
    given the rows down to it); further down it stays in the detail pane only."""
    window = big_window
    _settled(qtbot, window)
    assert ActivityListModel.BATCH_ROWS < row
    assert (row < ActivityListModel.SELECT_WITHIN_ROWS) == selected
    activity_id = window.list_model.activity_ids()[row]
    assert window.select_activity(activity_id)
    window.refresh()
    _settled(qtbot, window)
    assert window.detail_pane.activity is not None
    assert window.detail_pane.activity.id == activity_id
    current = window.list_view.currentIndex()
    assert (current.isValid() and current.row() == row) == selected
    if not selected:
        assert window.list_proxy.rowCount() < row  # not given the rows down to it


def test_a_search_that_fails_in_the_worker_is_said_and_not_waited_for(
        qtbot, big_window, monkeypatch):
    from desktop.core.errors import DatabaseError

    window = big_window
    _settled(qtbot, window)

    def broken(*_args, **_kwargs):
        raise DatabaseError("The database is damaged (test).", "数据库已损坏（测试）。")

    monkeypatch.setattr(Store, "update", broken)
    window.search_field.set_query("实蝇")
    window.set_query("实蝇")
    _settled(qtbot, window)
    assert window.count_label.text() == "The search failed"
    assert "damaged (test)" in window.empty_label.text()
    assert window.list_stack.currentIndex() == 1


def test_a_warm_up_a_search_interrupts_is_done_at_the_next_quiet_moment(qtbot, synthetic_db,
                                                                       monkeypatch):
    monkeypatch.setattr(SearchRunner, "WARM_AFTER_S", 0.05)
    store = Store(synthetic_db, library=False)
    calls: list[bool] = []
    real_warm = store.warm

    def warm(stop):
        if not calls:  # the first one is interrupted, as a keystroke would
            calls.append(False)
            return False
        calls.append(real_warm(stop))
        return calls[-1]

    monkeypatch.setattr(store, "warm", warm)
    monkeypatch.setattr(SearchRunner, "SYNC_LIMIT", 100)  # searches go to the worker
    runner = SearchRunner(store)
    try:
        from desktop.core.models import Filters

        runner.submit("实", Filters())
        qtbot.waitUntil(lambda: calls == [False], timeout=10000)
        runner.submit("customs", Filters())  # a later job, then another quiet moment
        qtbot.waitUntil(lambda: calls == [False, True], timeout=10000)
        assert set(store._index.built_sets()) == set(store._index.FACETS)
    finally:
        runner.close()
        store.close()


def test_searching_is_said_only_when_a_search_takes_a_while(qtbot, big_window, monkeypatch):
    window = big_window
    _settled(qtbot, window)
    said: list[str] = []
    original = window.count_label.setText
    monkeypatch.setattr(window.count_label, "setText",
                        lambda text: (said.append(text), original(text)))
    window.search_field.set_query("customs")
    window.set_query("customs")  # quick: its count replaces the old one directly
    _settled(qtbot, window)
    assert not [t for t in said if "Searching" in t]
    # A slow one says so after SEARCHING_NOTE_MS, then shows its count.
    store = window._store
    real_update = store.update

    def slow(*args, **kwargs):
        import time

        time.sleep(window.SEARCHING_NOTE_MS / 1000 + 0.3)
        return real_update(*args, **kwargs)

    monkeypatch.setattr(store, "update", slow)
    window.search_field.set_query("实")
    window.set_query("实")
    qtbot.waitUntil(lambda: any("Searching" in t for t in said), timeout=5000)
    _settled(qtbot, window)
    assert said[-1].startswith(f"{window.result.total} ")


def test_typing_on_does_not_put_off_the_searching_note(qtbot, big_window, monkeypatch):
    window = big_window
    _settled(qtbot, window)
    monkeypatch.setattr(window._runner, "submit", lambda *a, **k: None)  # never finishes
    window.set_query("实")
    note = window._searching_note
    assert note.isActive()
    qtbot.wait(120)
    window.set_query("实蝇")  # the next keystroke leaves the timer running
    assert note.isActive() and note.remainingTime() <= window.SEARCHING_NOTE_MS - 100


def test_a_reloaded_store_is_warmed_again(qtbot, synthetic_db, monkeypatch):
    monkeypatch.setattr(SearchRunner, "WARM_AFTER_S", 0.05)
    monkeypatch.setattr(SearchRunner, "SYNC_LIMIT", 100)
    store = Store(synthetic_db, library=False)
    warmed: list[int] = []
    monkeypatch.setattr(store, "warm", lambda stop: warmed.append(store.loads) or True)
    runner = SearchRunner(store)
    try:
        from desktop.core.models import Filters

        runner.submit("实", Filters())
        qtbot.waitUntil(lambda: warmed == [1], timeout=10000)
        store.reload()  # a report added or removed: a new index to warm
        assert store.loads == 2
        runner.submit("customs", Filters())
        qtbot.waitUntil(lambda: warmed == [1, 2], timeout=10000)
    finally:
        runner.close()
        store.close()
