"""Every user-visible string has a Chinese translation, and the .ts files match the code."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n"


def _messages(path: Path):
    tree = ET.parse(path)
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        yield source, translation


def _forms(translation) -> list[str]:
    """The translated text, or each plural form of a numerus message ("%n activities")."""
    if translation is None:
        return [""]
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return forms or [translation.text or ""]


def test_every_chinese_translation_is_finished():
    missing = [source for source, tr in _messages(TS / "ippc_coop_zh_CN.ts")
               if tr is None or tr.get("type") in {"unfinished", "vanished", "obsolete"}
               or not all(form.strip() for form in _forms(tr))]
    assert missing == []


def test_chinese_translations_keep_placeholders():
    for source, tr in _messages(TS / "ippc_coop_zh_CN.ts"):
        wanted = sorted(re.findall(r"\{\w*\}|%n|%\d", source))
        for form in _forms(tr):
            assert sorted(re.findall(r"\{\w*\}|%n|%\d", form)) == wanted, source


def test_english_plural_forms_are_filled_in():
    """English needs its numerus forms ("1 activity" / "%n activities") in the English
    catalog; Chinese has one form."""
    for name in ("ippc_coop_en.ts", "ippc_coop_zh_CN.ts"):
        for source, tr in _messages(TS / name):
            if tr is not None and list(tr.iter("numerusform")):
                forms = _forms(tr)
                assert all(f.strip() for f in forms), (name, source)
                assert len(forms) == (2 if name == "ippc_coop_en.ts" else 1), (name, source)


def test_lupdate_finds_no_new_or_vanished_strings(tmp_path):
    """Run Qt's own extractor over the code into a copy: every string must be translated."""
    import shutil
    import subprocess
    import sys

    copy = tmp_path / "ippc_coop_zh_CN.ts"
    shutil.copy(TS / "ippc_coop_zh_CN.ts", copy)
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = [str(p) for p in sorted((ROOT / "desktop" / "ui").glob("*.py"))]
    subprocess.run([str(lupdate), *sources, str(ROOT / "desktop" / "app.py"), "-ts", str(copy)],
                   check=True, capture_output=True)
    states = [tr.get("type") for _, tr in _messages(copy) if tr is not None]
    assert "unfinished" not in states, "new strings: run lupdate and translate them"
    assert "vanished" not in states and "obsolete" not in states


def test_every_tr_string_in_the_code_is_in_the_ts_file():
    sources = {source for source, _ in _messages(TS / "ippc_coop_zh_CN.ts")}
    pattern = re.compile(r"""\.tr\(\s*"((?:[^"\\]|\\.)*)"\s*[,)]""")
    code = "".join(p.read_text(encoding="utf-8")
                   for p in [*(ROOT / "desktop" / "ui").glob("*.py"), ROOT / "desktop" / "app.py"])
    in_code = {m for m in pattern.findall(code) if "\\" not in m}
    assert in_code - sources == set()
