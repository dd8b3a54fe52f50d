#!/usr/bin/python3
"""AT-SPI audit of the running app (Linux): what a screen reader such as Orca gets.

Runs the app on a virtual X screen (Xvfb) with a private D-Bus session and the AT-SPI
registry, in each language, and walks its whole accessible tree over AT-SPI, as a screen
reader does. Prints the interactive objects (how many, % named, all and on screen), the
unnamed ones, names that still carry an access key ("文件(F)"), the headings and text the
detail pane exposes, the announcements heard while a search is typed (xdotool types
into the search field), and then presses Tab through the window, saving a screenshot of
each Tab stop in build/a11y/ (look at them: the focus ring must be visible on each).
Writes build/a11y/report.json.

Runs under the *system* Python 3, which has pyatspi (python3-pyatspi); the app runs under
the project's .venv. ``make a11y`` runs it; it needs::

    sudo apt-get install at-spi2-core python3-pyatspi xvfb xdotool imagemagick dbus

Usage: /usr/bin/python3 build_scripts/a11y_audit.py [--lang en --lang zh] [--app-root DIR]
(--app-root: another checkout of the app to audit, e.g. an older commit for "before").
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "build" / "a11y"
SCREEN = "1400x900x24"
KEY_MARKER = re.compile(r"[(（]&?[A-Za-z][)）]")
DETAIL_NAMES = {"Activity details", "活动详情"}


def reexec_in_session(argv: list[str]) -> None:
    """Run this script again inside Xvfb and a fresh D-Bus session (AT-SPI's bus is
    started on demand by D-Bus activation there)."""
    missing = [tool for tool in ("dbus-run-session", "xvfb-run", "xdotool", "import")
               if shutil.which(tool) is None]
    if missing:
        sys.exit(f"missing: {', '.join(missing)} (see the README, Accessibility)")
    os.execvp("dbus-run-session", [
        "dbus-run-session", "--", "xvfb-run", "-a", "-s", f"-screen 0 {SCREEN}",
        sys.executable, __file__, "--inside", *argv])


# ----------------------------------------------------------------------------- walking
def interactive_roles(pyatspi) -> set:
    r = pyatspi
    return {r.ROLE_PUSH_BUTTON, r.ROLE_TOGGLE_BUTTON, r.ROLE_CHECK_BOX, r.ROLE_RADIO_BUTTON,
            r.ROLE_COMBO_BOX, r.ROLE_ENTRY, r.ROLE_PASSWORD_TEXT, r.ROLE_SPIN_BUTTON,
            r.ROLE_SLIDER, r.ROLE_PAGE_TAB, r.ROLE_LINK, r.ROLE_LIST, r.ROLE_LIST_BOX,
            r.ROLE_TREE, r.ROLE_TREE_TABLE, r.ROLE_TABLE, r.ROLE_MENU_ITEM, r.ROLE_MENU,
            r.ROLE_CHECK_MENU_ITEM, r.ROLE_RADIO_MENU_ITEM}


def walk(pyatspi, root, path: str = "", showing: bool = True, depth: int = 0):
    """(accessible, path, on screen) for every object under ``root``; items of lists,
    trees and tables are not entered (they are the model's rows)."""
    try:
        role = root.getRole()
        state = root.getState()
    except Exception:  # the object went away while walking
        return
    here = f"{path}/{root.getRoleName()}" if path else root.getRoleName()
    shown = showing and state.contains(pyatspi.STATE_SHOWING)
    yield root, here, shown
    if depth > 60 or role in (pyatspi.ROLE_LIST, pyatspi.ROLE_LIST_BOX, pyatspi.ROLE_TREE,
                              pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TABLE):
        return
    for i in range(root.childCount):
        try:
            child = root.getChildAtIndex(i)
        except Exception:
            continue
        if child is not None:
            yield from walk(pyatspi, child, here, shown, depth + 1)


def labelled_by(pyatspi, acc) -> str:
    names = []
    try:
        for relation in acc.getRelationSet():
            if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
                for i in range(relation.getNTargets()):
                    names.append(relation.getTarget(i).name or "")
    except Exception:
        pass
    return " ".join(n for n in names if n)


def object_text(acc) -> str:
    """The name, description and text (text interface) of one object."""
    parts = [acc.name or "", acc.description or ""]
    try:
        text = acc.queryText()
        parts.append(text.getText(0, text.characterCount))
    except Exception:
        pass
    return " ".join(p for p in parts if p)


def audit_tree(pyatspi, app) -> dict:
    roles = interactive_roles(pyatspi)
    objects, detail_texts, headings = [], [], 0
    detail_root = None
    for acc, path, shown in walk(pyatspi, app):
        role = acc.getRole()
        if detail_root is None and acc.name in DETAIL_NAMES:
            detail_root = acc
        if role == pyatspi.ROLE_HEADING:
            headings += 1
        is_text = role in (pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY)
        editable = acc.getState().contains(pyatspi.STATE_EDITABLE)
        if role not in roles and not (is_text and editable):
            continue
        label = labelled_by(pyatspi, acc)
        # AT-SPI names a combo box by its current value: its real name is its label.
        name = label if role == pyatspi.ROLE_COMBO_BOX else (acc.name or label)
        objects.append({"path": path, "role": acc.getRoleName(), "name": name,
                        "value_name": acc.name or "", "on_screen": shown})
    if detail_root is not None:
        for acc, _path, _shown in walk(pyatspi, detail_root):
            text = object_text(acc).strip()
            if text:
                detail_texts.append(f"[{acc.getRoleName()}] {text}")
    named = [o for o in objects if o["name"].strip()]
    shown = [o for o in objects if o["on_screen"]]
    shown_named = [o for o in shown if o["name"].strip()]
    return {
        "interactive": len(objects),
        "named_percent": round(100 * len(named) / max(1, len(objects)), 1),
        "on_screen": len(shown),
        "on_screen_named_percent": round(100 * len(shown_named) / max(1, len(shown)), 1),
        "unnamed": [f"{o['path']}{' (on screen)' if o['on_screen'] else ''}"
                    for o in objects if not o["name"].strip()],
        "access_keys_in_names": [f"{o['role']}: {o['name']}" for o in objects
                                 if KEY_MARKER.search(o["name"])],
        "headings": headings,
        "detail_pane_found": detail_root is not None,
        "detail_texts": detail_texts,
    }


# --------------------------------------------------------------------------- the app
def find_app(pyatspi, pid: int, timeout: float = 40.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            try:
                if app is not None and app.get_process_id() == pid and app.childCount:
                    return app
            except Exception:
                continue
        time.sleep(0.5)
    return None


def focused(pyatspi, app) -> str:
    """The focused object (Qt also marks a tab bar's current tab focused: listed last)."""
    found = []
    for acc, _path, _shown in walk(pyatspi, app):
        try:
            if acc.getState().contains(pyatspi.STATE_FOCUSED):
                found.append((acc.getRole() == pyatspi.ROLE_PAGE_TAB,
                              f"{acc.getRoleName()}: {acc.name or labelled_by(pyatspi, acc)}"))
        except Exception:
            continue
    return " | ".join(text for _tab, text in sorted(found)) or "(nothing focused)"


def tab_through(pyatspi, app, pid: int, lang: str, limit: int) -> list[str]:
    """Press Tab ``limit`` times; a screenshot and the focused object after each."""
    windows = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(pid)],
                             capture_output=True, text=True).stdout.split()
    if windows:
        subprocess.run(["xdotool", "windowfocus", "--sync", windows[-1]], check=False)
    stops = []
    for n in range(limit + 1):
        if n:
            subprocess.run(["xdotool", "key", "Tab"], check=False)
        time.sleep(0.4)
        shot = OUT / f"{lang}-tab-{n:02d}.png"
        subprocess.run(["import", "-window", "root", str(shot)], check=False)
        stops.append(f"{n:2d} {focused(pyatspi, app)}  -> {shot.name}")
    return stops


def listen_for_announcements(pyatspi, pid: int, typed: str, seconds: float = 4.0) -> list[str]:
    """Type ``typed`` into the search field (focused when the window opens) and collect
    the announcements the app sends meanwhile (AT-SPI's object:announcement, which Orca
    speaks): the result count once typing pauses."""
    from gi.repository import GLib

    heard: list[str] = []

    def on_event(event) -> None:
        try:
            if event.source.get_process_id() == pid:
                heard.append(str(event.any_data))
        except Exception:
            pass

    pyatspi.Registry.registerEventListener(on_event, "object:announcement")
    try:
        windows = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(pid)],
                                 capture_output=True, text=True).stdout.split()
        if windows:
            subprocess.run(["xdotool", "windowfocus", "--sync", windows[-1]], check=False)
        subprocess.run(["xdotool", "type", "--delay", "120", typed], check=False)
        context = GLib.MainContext.default()
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if not context.iteration(False):
                time.sleep(0.02)
        subprocess.run(["xdotool", "key", "Escape"], check=False)  # clear the search again
        time.sleep(0.5)
    finally:
        pyatspi.Registry.deregisterEventListener(on_event, "object:announcement")
    return heard


def run_language(pyatspi, lang: str, app_root: Path, tabs: int) -> dict:
    home = Path(tempfile.mkdtemp(prefix="a11y-"))
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1",
               QT_QPA_PLATFORM="xcb", IPPC_COOP_CONFIG_DIR=str(home / "config"),
               IPPC_COOP_DATA_DIR=str(home / "data"), IPPC_COOP_LOG_DIR=str(home / "log"),
               PYTHONPATH=str(app_root))
    python = ROOT / ".venv" / "bin" / "python"
    proc = subprocess.Popen([str(python), "-m", "desktop", "--lang", lang], cwd=app_root,
                            env=env)
    try:
        app = find_app(pyatspi, proc.pid)
        if app is None:
            return {"error": "the app did not appear on the AT-SPI bus"}
        time.sleep(3)  # the first activity is shown once the window has painted
        result = audit_tree(pyatspi, app)
        result["announcements"] = listen_for_announcements(
            pyatspi, proc.pid, "customs" if lang == "en" else "海关")
        result["tab_stops"] = tab_through(pyatspi, app, proc.pid, lang, tabs)
        return result
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


def report(lang: str, result: dict) -> None:
    print(f"\n== {lang} ==")
    if "error" in result:
        print("  ERROR:", result["error"])
        return
    print(f"  interactive objects: {result['interactive']}, "
          f"named {result['named_percent']}% (on screen: {result['on_screen']}, "
          f"named {result['on_screen_named_percent']}%)")
    print(f"  unnamed ({len(result['unnamed'])}):")
    for line in result["unnamed"]:
        print("    ", line)
    print(f"  access keys in names ({len(result['access_keys_in_names'])}):")
    for line in result["access_keys_in_names"][:12]:
        print("    ", line)
    print(f"  headings: {result['headings']}; detail pane found: "
          f"{result['detail_pane_found']}; texts it exposes ({len(result['detail_texts'])}):")
    for line in result["detail_texts"]:
        print("    ", line[:160])
    print(f"  announcements heard while typing a search ({len(result['announcements'])}):")
    for line in result["announcements"]:
        print("    ", line)
    print("  Tab stops:")
    for line in result["tab_stops"]:
        print("    ", line)


def main() -> int:
    global OUT
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", action="append", choices=("en", "zh"))
    parser.add_argument("--app-root", type=Path, default=ROOT)
    parser.add_argument("--tabs", type=int, default=30, help="Tab presses per language")
    parser.add_argument("--out", type=Path, default=OUT, help="where screenshots go")
    parser.add_argument("--inside", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    OUT = args.out.resolve()
    if not args.inside:
        reexec_in_session(sys.argv[1:])
    try:
        import pyatspi
    except ImportError:
        sys.exit("pyatspi is missing: apt-get install python3-pyatspi, and run this "
                 "script with the system's /usr/bin/python3")
    OUT.mkdir(parents=True, exist_ok=True)
    results = {}
    for lang in args.lang or ["en", "zh"]:
        results[lang] = run_language(pyatspi, lang, args.app_root.resolve(), args.tabs)
        report(lang, results[lang])
    (OUT / "report.json").write_text(json.dumps(results, ensure_ascii=False, indent=1),
                                     encoding="utf-8")
    print(f"\nwritten: {OUT / 'report.json'} and the screenshots")
    return 0


if __name__ == "__main__":
    sys.exit(main())
