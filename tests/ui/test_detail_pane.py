"""The detail pane: one text browser that assistive technology reads, controls built once,
links that navigate, and no work when nothing changed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QGuiApplication, QPalette, QTextCursor, QTextFormat
from PySide6.QtWidgets import QApplication, QWidget

from desktop.core.store import Store
from desktop.core.userdata import UserData
from desktop.ui.detail_pane import MARK_COLOUR, DetailPane, text_runs


@pytest.fixture
def pane(qtbot, store: Store, tmp_path: Path) -> DetailPane:
    """A pane on its own, with personal data in tmp, the size it has in the window."""
    widget = DetailPane(store)
    qtbot.addWidget(widget)
    widget.set_userdata(UserData(tmp_path / "personal.sqlite"))
    widget.resize(430, 500)
    widget.show()
    return widget


def headings(pane: DetailPane) -> list[tuple[int, str]]:
    out = []
    block = pane.browser.document().begin()
    while block.isValid():
        if block.blockFormat().headingLevel():
            out.append((block.blockFormat().headingLevel(), block.text()))
        block = block.next()
    return out


def click_link(qtbot, pane: DetailPane, href: str) -> None:
    """Click the link to ``href`` with the mouse, where it is drawn."""
    document = pane.browser.document()
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.charFormat().anchorHref() == href:
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position() + 1)
                pane.browser.setTextCursor(cursor)
                pane.browser.ensureCursorVisible()
                point = pane.browser.cursorRect(cursor).center()
                qtbot.mouseClick(pane.browser.viewport(), Qt.MouseButton.LeftButton,
                                 pos=point)
                return
            fragments += 1
        block = block.next()
    raise AssertionError(f"no link to {href}")


def test_the_text_reaches_assistive_technology(pane, store):
    activity = store.activity("cpm15-13-2")
    pane.show_activity(activity)
    browser = QAccessible.queryAccessibleInterface(pane.browser)
    assert browser.text(QAccessible.Text.Name) == "Activity details"
    text = browser.textInterface().text(0, browser.textInterface().characterCount())
    assert activity.title("en") in text
    assert activity.text_en in text
    assert pane.citation() in text
    assert "Acronym: IAEA" in text and "intergovernmental organization" in text
    pane.show_partner(store.partner("wco"))
    assert browser.text(QAccessible.Text.Name) == "Partner details"


def test_headings_have_their_levels(pane, store):
    activity = store.activity("cpm15-13-2")
    pane.show_activity(activity)
    found = headings(pane)
    assert found[0] == (2, activity.title("en"))
    assert (3, "English (unofficial working translation)") in found
    assert {(3, "Topics"), (3, "Partners"), (3, "Citation")} <= set(found)
    assert (4, "International Atomic Energy Agency") in found  # a partner card


def test_partner_cards_and_their_links(qtbot, pane, store):
    pane.show_activity(store.activity("cpm15-13-2"))
    text = pane.shown_text()
    for part in ("International Atomic Energy Agency", "国际原子能机构", "Acronym: IAEA",
                 "intergovernmental organization"):
        assert part in text
    links = pane.links()
    pairs = [(link.href, link.text) for link in links]
    assert ("https://www.iaea.org", "https://www.iaea.org") in pairs
    assert ("partner:iaea", "Show all activities of this partner") in pairs
    with qtbot.waitSignal(pane.partner_requested) as signal:
        click_link(qtbot, pane, "partner:iaea")
    assert signal.args == ["iaea"]


def test_a_topic_link_filters_by_its_topic(qtbot, pane, store):
    activity = store.activity("cpm15-13-2")
    pane.show_activity(activity)
    topic = store.topics_of(activity)[0]
    link = next(link for link in pane.links() if link.href == f"topic:{topic.id}")
    assert link.text == topic.label("en")
    assert "cleared" in link.tooltip
    assert "Show all activities on:" in pane.shown_text()
    with qtbot.waitSignal(pane.topic_requested) as signal:
        click_link(qtbot, pane, link.href)
    assert signal.args == [topic.id]


def test_partner_page_links_to_partners_and_activities(qtbot, pane, store):
    pane.show_partner(store.partner("wco"))
    assert headings(pane)[0] == (2, "World Customs Organization (WCO)")
    assert (3, "Member bodies") in headings(pane)
    hrefs = [link.href for link in pane.links()]
    assert "https://www.wcoomd.org" in hrefs
    assert "partner:wco" not in hrefs  # no link to itself
    activities = [h for h in hrefs if h.startswith("activity:")]
    assert len(activities) == 9
    assert any(h.startswith("partner:") for h in hrefs)
    with qtbot.waitSignal(pane.activity_requested) as signal:
        click_link(qtbot, pane, activities[0])
    assert signal.args == [activities[0].split(":", 1)[1]]


def _controls_count(pane) -> int:
    """The pane's widgets, without the heading markers (one per heading of the text)."""
    from desktop.ui.accessibility import HeadingMarker

    return len([w for w in pane.findChildren(QWidget) if not isinstance(w, HeadingMarker)])


def test_controls_are_built_once_and_only_updated(pane, store):
    controls = [pane.star_button, pane.paragraph_button, pane.copy_citation_button,
                pane.note_edit, *pane.language_buttons.values()]
    children = _controls_count(pane)
    pane.show_activity(store.activity("cpm15-13-2"))
    assert pane.language_buttons["ui"].isVisible() and pane.paragraph_button.isVisible()
    assert pane.copy_citation_button.isVisible() and pane.star_button.isVisible()
    pane.show_partner(store.partner("wco"))
    assert not pane.paragraph_button.isVisible()
    assert not pane.copy_citation_button.isVisible()
    assert pane.star_button.isVisible() and pane.note_edit.isVisible()
    pane.show_nothing()
    assert not pane.star_button.isVisible() and not pane.note_edit.isVisible()
    pane.show_activity(store.activity("cpm15-24-1"), "ePhyto")
    assert [pane.star_button, pane.paragraph_button, pane.copy_citation_button,
            pane.note_edit, *pane.language_buttons.values()] == controls
    assert _controls_count(pane) == children


def test_nothing_is_redone_when_nothing_changed(pane, store):
    activity = store.activity("cpm15-13-2")
    pane.show_activity(activity, "")
    document = pane.browser.document()
    revision = document.revision()
    pane.show_activity(activity, "")
    pane.show_activity(activity, "zzzz")  # marks nothing: the same text
    assert document.revision() == revision
    bar = pane.browser.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    pane.show_activity(activity, "fruit")  # a new query keeps the reader's place
    assert document.revision() != revision
    assert pane.marks() == ["fruit"]
    assert bar.value() == bar.maximum() > 0
    pane.show_activity(store.activity("cpm15-24-1"), "fruit")  # a new item starts at the top
    assert bar.value() == 0


def test_marks_keep_their_colour_and_nothing_else_forces_one(qtbot, pane, store, window):
    pane.show_activity(store.activity("cpm15-13-2"), "实蝇")
    foreground = QTextFormat.Property.ForegroundBrush
    for text, fmt in text_runs(pane.browser.document()):
        if fmt.background().color().name() == MARK_COLOUR:
            assert text == "fruit flies"
        else:
            assert not fmt.hasProperty(foreground) or fmt.isAnchor(), text
    window.theme_actions["dark"].trigger()  # links take the new palette's colour
    link = QApplication.palette().color(QPalette.ColorRole.Link)
    try:
        qtbot.waitUntil(lambda: pane.palette().color(QPalette.ColorRole.Link) == link)
        anchors = [fmt for _, fmt in text_runs(pane.browser.document()) if fmt.isAnchor()]
        assert anchors and all(fmt.foreground().color() == link for fmt in anchors)
    finally:
        window.theme_actions["system"].trigger()


def test_a_note_being_typed_is_saved_for_its_own_item(pane, store):
    first, second = store.activity("cpm15-13-2"), store.activity("cpm15-24-1")
    data = pane._userdata
    pane.show_activity(first)
    pane.note_edit.setPlainText("ask IAEA for the study")  # typing: the timer runs
    pane.show_activity(second)  # before the timer fires
    assert data.note_of("activity", first.id) == "ask IAEA for the study"
    assert data.note_of("activity", second.id) == ""
    assert pane.note_edit.toPlainText() == ""
    pane.note_edit.setPlainText("second note")
    pane.flush_note()
    assert data.note_of("activity", second.id) == "second note"
    pane.show_activity(first, "IAEA")  # a new query alone leaves the editor alone
    assert pane.note_edit.toPlainText() == "ask IAEA for the study"


def test_star_updates_the_button_in_place(pane, store):
    pane.show_activity(store.activity("cpm15-13-2"))
    button = pane.star_button
    pane.toggle_star()
    assert pane.star_button is button and button.isChecked()
    assert button.accessibleName() == "Starred"
    button.click()
    assert not button.isChecked() and button.accessibleName() == "Star"


def test_copy_without_a_selection_copies_the_activity(pane, store):
    activity = store.activity("cpm15-13-2")
    pane.show_activity(activity)
    pane.browser.copy()
    assert QGuiApplication.clipboard().text() == pane.copy_text()
    cursor = pane.browser.textCursor()
    cursor.setPosition(0)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    pane.browser.setTextCursor(cursor)
    pane.browser.copy()
    assert QGuiApplication.clipboard().text() == activity.title("en")


def test_keyboard_reaches_the_controls_then_the_text(pane, store):
    pane.show_activity(store.activity("cpm15-13-2"))
    order, widget = [], pane.star_button
    while widget not in order:
        order.append(widget)
        widget = widget.nextInFocusChain()
    assert order.index(pane.star_button) < order.index(pane.language_buttons["ui"])
    assert order.index(pane.paragraph_button) < order.index(pane.browser)
    assert order.index(pane.browser) < order.index(pane.copy_citation_button)
    assert order.index(pane.copy_citation_button) < order.index(pane.note_edit)
    assert pane.note_edit.tabChangesFocus()
    assert pane._note_label.buddy() is pane.note_edit
    assert pane.browser.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
