"""Chinese is drawn in a Simplified Chinese face, the UI's own face stays first (unless it
draws Chinese itself), and the platform's fonts for particular widget classes keep their
size, also through the window's zoom (desktop/ui/fonts.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFont, QFontInfo, QTextLayout
from PySide6.QtWidgets import QApplication

import desktop.app
from desktop.ui.fonts import (
    UI_CJK_FAMILIES,
    class_font,
    class_fonts,
    draws_chinese,
    installed,
    prefer_simplified_chinese,
    set_application_font,
    set_class_font,
    with_chinese,
    zoomed,
)
from desktop.ui.main_window import FONT_STEP

#: Characters whose Japanese and Simplified Chinese forms differ, Chinese punctuation, Latin.
SAMPLE = "直骨关，植物检疫。IPPC 2020"
SC, JP = "Noto Sans CJK SC", "Noto Sans CJK JP"  # fonts-noto-cjk, which the tests need


def _faces(text: str, font: QFont) -> list[tuple[str, str]]:
    """(face, text drawn in it) for each run of ``text`` laid out in ``font``."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    every = QTextLayout.GlyphRunRetrievalFlag.RetrieveAll
    return [(run.rawFont().familyName(), "".join(text[i] for i in run.stringIndexes()))
            for run in layout.glyphRuns(-1, -1, every)]


def _chinese_faces(font: QFont) -> set[str]:
    return {face for face, text in _faces(SAMPLE, font)
            if any("\u4e00" <= c <= "\u9fff" for c in text)}


def _latin_faces(font: QFont) -> set[str]:
    return {face for face, text in _faces(SAMPLE, font)
            if any(c.isascii() and c.isalnum() for c in text)}


@pytest.fixture
def app_fonts(qapp: QApplication) -> Iterator[QApplication]:
    """The application's font and per-class fonts as they were, put back afterwards."""
    base, own = QApplication.font(), class_fonts()
    yield qapp
    set_application_font(base, own)


@pytest.fixture
def faces() -> list[str]:
    found = installed(UI_CJK_FAMILIES)
    assert SC in found, "Noto Sans CJK (fonts-noto-cjk) must be installed"
    return found


def test_chinese_in_a_simplified_face(app_fonts: QApplication, faces: list[str]) -> None:
    ui_face = QFontInfo(QApplication.font()).family()
    assert prefer_simplified_chinese(app_fonts)
    font = QFont()
    assert _chinese_faces(font) == {faces[0]}
    if draws_chinese(ui_face):  # e.g. Noto Sans CJK JP, the only sans face installed
        assert _latin_faces(font) <= set(faces)
    else:  # Latin letters and digits as before
        assert _latin_faces(font) == {ui_face}
    assert set(faces) <= set(font.families())


def test_the_platforms_class_fonts_keep_their_face_and_size(app_fonts: QApplication,
                                                             faces: list[str]) -> None:
    menu = QFont(QApplication.font())
    menu.setPointSizeF(menu.pointSizeF() + 5)
    set_class_font(menu, "QMenu")
    assert prefer_simplified_chinese(app_fonts)
    after = class_font("QMenu")
    assert after.pointSizeF() == menu.pointSizeF()
    assert QApplication.font().pointSizeF() == menu.pointSizeF() - 5
    assert _chinese_faces(after) == {faces[0]}
    assert set(faces) <= set(after.families())


def test_without_a_chinese_face_nothing_changes(app_fonts: QApplication) -> None:
    before = QApplication.font()
    assert not prefer_simplified_chinese(app_fonts, chinese=[])
    assert QApplication.font() == before


def test_named_again_the_list_is_the_same(app_fonts: QApplication, faces: list[str]) -> None:
    prefer_simplified_chinese(app_fonts)
    once = QApplication.font().families()
    prefer_simplified_chinese(app_fonts)
    assert QApplication.font().families() == once
    japanese = with_chinese(QFont(JP), faces)
    assert with_chinese(japanese, faces).families() == japanese.families()


def test_the_list_for_each_kind_of_face(faces: list[str]) -> None:
    # a generic name gives way to the face it stands for
    generic = QFont("Sans Serif")
    face = QFontInfo(generic).family()
    expected = ([face, SC] if not draws_chinese(face)
                else [SC] if face == SC else [SC, face])
    assert with_chinese(generic, [SC]).families() == expected
    # a face that draws Chinese itself (Japanese forms) comes after the Simplified one
    assert draws_chinese(JP) and not draws_chinese("no such face")
    assert with_chinese(QFont(JP), [SC]).families() == [SC, JP]
    # one of the Chinese faces already: not named twice
    assert with_chinese(QFont(SC), [SC, "Droid Sans Fallback"]).families() \
        == [SC, "Droid Sans Fallback"]
    # bold, italic and a pixel size are kept
    styled = QFont("Sans Serif")
    styled.setBold(True)
    styled.setItalic(True)
    styled.setPixelSize(23)
    named = with_chinese(styled, [SC])
    assert (named.bold(), named.italic(), named.pixelSize()) == (True, True, 23)


def test_the_application_names_them(app_fonts: QApplication, faces: list[str],
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    # not the focus ring, which make_application also installs (tested on its own)
    monkeypatch.setattr(desktop.app, "install_focus_ring", lambda app: None)
    names = (app_fonts.applicationName(), app_fonts.applicationDisplayName(),
             app_fonts.organizationName())
    try:
        desktop.app.make_application([])
        assert _chinese_faces(QFont()) == {faces[0]}
    finally:
        app_fonts.setApplicationName(names[0])
        app_fonts.setApplicationDisplayName(names[1])
        app_fonts.setOrganizationName(names[2])


def test_zooming_keeps_the_faces_and_the_class_fonts(app_fonts: QApplication,
                                                     faces: list[str], make_window) -> None:
    prefer_simplified_chinese(app_fonts)
    menu = QFont(QApplication.font())
    menu.setPointSizeF(menu.pointSizeF() + 4)
    set_class_font(menu, "QMenu")
    base = QApplication.font().pointSizeF()
    window = make_window()
    window.change_font(1)
    assert QApplication.font().pointSizeF() == base + FONT_STEP
    assert class_font("QMenu").pointSizeF() == menu.pointSizeF() + FONT_STEP
    assert _chinese_faces(class_font("QMenu")) == _chinese_faces(QFont()) == {faces[0]}
    window.change_font(0)
    assert QApplication.font().pointSizeF() == base
    assert class_font("QMenu").pointSizeF() == menu.pointSizeF()


def test_installed_keeps_the_order_and_only_faces_the_database_lists(faces: list[str]) -> None:
    assert installed(["no such face", SC, "Sans Serif" * 2, JP]) == [SC, JP]
    assert installed(reversed(faces)) == list(reversed(faces))


def test_zoomed_changes_points_not_pixels() -> None:
    points = QFont("Sans Serif", 10)
    assert zoomed(points, 2).pointSizeF() == 12
    assert zoomed(points, -8).pointSizeF() == 6  # not below 6 points
    pixels = QFont("Sans Serif")
    pixels.setPixelSize(17)
    assert zoomed(pixels, 3).pixelSize() == 17
