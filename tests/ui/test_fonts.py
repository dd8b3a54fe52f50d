"""Chinese is drawn in a Simplified Chinese face, the UI's own face stays first, and the
platform's fonts for particular widget classes keep their size (desktop/ui/fonts.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QTextLayout
from PySide6.QtWidgets import QApplication

from desktop.app import make_application
from desktop.ui.fonts import (
    UI_CJK_FAMILIES,
    WIDGET_FONT_CLASSES,
    class_font,
    installed,
    prefer_simplified_chinese,
    set_class_font,
    with_chinese,
)

#: Characters whose Japanese and Simplified Chinese forms differ, Chinese punctuation, Latin.
SAMPLE = "直骨关，植物检疫。IPPC 2020"


def _faces(text: str, font: QFont) -> list[tuple[str, str]]:
    """(face, text drawn in it) for each run of ``text`` laid out in ``font``."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    every = QTextLayout.GlyphRunRetrievalFlag.RetrieveAll
    return [(run.rawFont().familyName(), "".join(text[i] for i in run.stringIndexes()))
            for run in layout.glyphRuns(-1, -1, every)]


@pytest.fixture
def app_fonts(qapp: QApplication) -> Iterator[QApplication]:
    """The application's font and per-class fonts as they were, put back afterwards."""
    base = QApplication.font()
    own = [(name, font) for name in WIDGET_FONT_CLASSES
           if (font := class_font(name)) != base]
    yield qapp
    QApplication.setFont(base)
    for name, font in own:
        set_class_font(font, name)


def test_chinese_in_the_first_installed_simplified_face(app_fonts: QApplication) -> None:
    faces = installed(UI_CJK_FAMILIES)
    assert faces, "a Simplified Chinese face (e.g. fonts-noto-cjk) must be installed"
    ui_face = QFontInfo(QApplication.font()).family()
    assert prefer_simplified_chinese(app_fonts)
    runs = _faces(SAMPLE, QFont())
    chinese = [face for face, text in runs if any("\u4e00" <= c <= "\u9fff" for c in text)]
    latin = [face for face, text in runs if any(c.isascii() and c.isalnum() for c in text)]
    assert chinese and set(chinese) == {faces[0]}
    assert latin and set(latin) == {ui_face}  # Latin letters and digits as before
    assert QApplication.font().families() == [ui_face, *faces]


def test_the_platforms_class_fonts_keep_their_face_and_size(app_fonts: QApplication) -> None:
    menu = QFont(QApplication.font())
    menu.setPointSizeF(menu.pointSizeF() + 5)
    set_class_font(menu, "QMenu")
    faces = installed(UI_CJK_FAMILIES)
    assert prefer_simplified_chinese(app_fonts)
    after = class_font("QMenu")
    assert after.pointSizeF() == menu.pointSizeF()
    assert after.families() == [QFontInfo(menu).family(), *faces]
    assert QApplication.font().pointSizeF() == menu.pointSizeF() - 5


def test_without_a_chinese_face_nothing_changes(app_fonts: QApplication) -> None:
    before = QApplication.font()
    assert not prefer_simplified_chinese(app_fonts, chinese=[])
    assert QApplication.font() == before


def test_named_again_the_list_is_the_same(app_fonts: QApplication) -> None:
    faces = installed(UI_CJK_FAMILIES)
    prefer_simplified_chinese(app_fonts)
    once = QApplication.font().families()
    prefer_simplified_chinese(app_fonts)
    assert QApplication.font().families() == once == [once[0], *faces]


def test_the_application_names_them(app_fonts: QApplication) -> None:
    ui_face = QFontInfo(QApplication.font()).family()
    make_application([])
    faces = [face for face in installed(UI_CJK_FAMILIES) if face != ui_face]
    assert faces
    assert QFont().families() == [ui_face, *faces]


def test_a_generic_name_gives_way_to_its_face_a_known_face_keeps_its_own() -> None:
    generic = QFont("Sans Serif")
    face = QFontInfo(generic).family()
    assert not QFontDatabase.hasFamily("Sans Serif") and QFontDatabase.hasFamily(face)
    assert with_chinese(generic, ["Noto Sans CJK SC"]).families() == [face, "Noto Sans CJK SC"]
    known = QFont(face)
    assert with_chinese(known, ["Noto Sans CJK SC"]).families() == [face, "Noto Sans CJK SC"]
    japanese = QFont("Noto Sans CJK JP")  # draws Chinese itself: the Simplified face first
    assert with_chinese(japanese, ["Noto Sans CJK SC"]).families() \
        == ["Noto Sans CJK SC", "Noto Sans CJK JP"]
    chinese_first = QFont("Noto Sans CJK SC")  # already one of them: not named twice
    assert with_chinese(chinese_first, ["Noto Sans CJK SC", "Droid Sans Fallback"]).families() \
        == ["Noto Sans CJK SC", "Droid Sans Fallback"]
