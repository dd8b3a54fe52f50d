"""The standalone bundle: build it with PyInstaller, then run it as an officer would.

Builds ``dist/ippc-coop/`` into a temporary folder once for the module (about 20-30 s), or uses
an existing bundle when ``IPPC_COOP_FROZEN_BUNDLE`` names its folder (release CI tests the very
bundle it uploads). Every command runs from an unrelated working directory with the user folders
in tmp, and the bundle folder must be unchanged afterwards (the app never writes inside it).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "ippc-coop"
IS_WIN = sys.platform == "win32"
IS_LINUX = sys.platform.startswith("linux")
BUDGET_MB = 160  # Linux onedir budget (issue 5); build_scripts/README.md has the real figure
RUN_TIMEOUT = 120


def _exe(bundle: Path, name: str) -> Path:
    return bundle / (f"{name}.exe" if IS_WIN else name)


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in folder.rglob("*") if p.is_file() and not p.is_symlink()}


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    existing = os.environ.get("IPPC_COOP_FROZEN_BUNDLE")
    if existing:
        folder = Path(existing).resolve()
        assert _exe(folder, APP_ID).is_file(), f"no executable in {folder}"
    else:
        out = tmp_path_factory.mktemp("frozen")
        started = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, str(ROOT / "build_scripts" / "build.py"), "--dist",
             str(out / "dist"), "--work", str(out / "work"), "--no-archive"],
            cwd=ROOT, capture_output=True, text=True, timeout=900)
        assert proc.returncode == 0, f"build failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-6000:]}"
        print(f"\nfrozen bundle built in {time.perf_counter() - started:.0f} s")
        folder = out / "dist" / APP_ID
    before = _snapshot(folder)
    yield folder
    assert _snapshot(folder) == before, "the app wrote inside its own folder"


@pytest.fixture
def run(bundle: Path, tmp_path: Path):
    """Run the bundle's executable from an unrelated folder; returns the CompletedProcess.

    On Windows the command line runs through the console companion ippc-coop-cli.exe (the
    windowed ippc-coop.exe has no stdout).
    """
    workdir = tmp_path / "elsewhere"
    workdir.mkdir()

    def _run(*args: str, gui: bool = False, env: dict[str, str] | None = None,
             prefix: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
        name = APP_ID if gui or not IS_WIN else f"{APP_ID}-cli"
        full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
        return subprocess.run([*prefix, str(_exe(bundle, name)), *args], cwd=workdir,
                              env=full_env, capture_output=True, text=True, encoding="utf-8",
                              errors="replace", timeout=RUN_TIMEOUT)

    return _run


def test_search_json(run) -> None:
    proc = run("search", "实蝇", "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["query"] == "实蝇"
    assert data["total"] >= 1 and len(data["results"]) == data["total"]
    assert all("实蝇" in r["text"] for r in data["results"])
    assert all(r["citation"] for r in data["results"])


def test_export_docx_opens(run, tmp_path: Path) -> None:
    import docx

    target = tmp_path / "briefing.docx"
    proc = run("export", "--format", "docx", "--output", str(target), "--topic", "ePhyto",
               "--lang", "zh")
    assert proc.returncode == 0, proc.stderr
    document = docx.Document(str(target))  # the file opens with python-docx
    text = "\n".join(p.text for p in document.paragraphs)
    found = json.loads(run("search", "--topic", "ePhyto", "--json").stdout)
    label = next(t["label_zh"] for t in found["results"][0]["topics"]
                 if "ePhyto" in t["label_en"])
    assert label in text  # the briefing is about the requested topic, with Chinese labels
    assert str(found["total"]) in text


def test_smoke_offscreen(run, bundle: Path) -> None:
    proc = run("--smoke", gui=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    if not IS_WIN:  # the windowed .exe cannot print; its exit code is the answer
        assert proc.stdout.startswith("smoke ok:"), proc.stdout + proc.stderr
    if IS_WIN:  # and the console companion prints the same line
        cli = run("--smoke")
        assert cli.returncode == 0 and cli.stdout.startswith("smoke ok:"), cli.stdout + cli.stderr


def test_smoke_reports_a_missing_database(run, tmp_path: Path) -> None:
    proc = run("--smoke", env={"IPPC_COOP_DB": str(tmp_path / "missing.sqlite")})
    assert proc.returncode != 0
    assert "smoke failed:" in proc.stderr and "database" in proc.stderr


@pytest.mark.skipif(not IS_LINUX or shutil.which("xvfb-run") is None,
                    reason="needs Linux with xvfb-run (exercises the bundled xcb plugin)")
def test_smoke_on_x11(run) -> None:
    proc = run("--smoke", gui=True, prefix=("xvfb-run", "-a"),
               env={"QT_QPA_PLATFORM": "xcb"})
    assert proc.returncode == 0 and "smoke ok:" in proc.stdout, proc.stdout + proc.stderr


@pytest.mark.skipif(not IS_LINUX, reason="ldd and the size budget are for the Linux bundle")
def test_linux_bundle_is_complete_and_lean(bundle: Path) -> None:
    internal = bundle / "_internal"
    for needed in ("db/cooperation.sqlite", "resources/i18n/ippc_coop_zh_CN.qm",
                   "resources/icons/app.svg", "docx/templates/default.docx",
                   "PySide6/Qt/translations/qtbase_zh_CN.qm",
                   "PySide6/Qt/plugins/platforms/libqxcb.so",
                   "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
                   "PySide6/Qt/plugins/imageformats/libqsvg.so"):
        assert (internal / needed).is_file(), needed
    for unwanted in ("PySide6/Qt/translations/qtbase_de.qm", "PySide6/Qt/lib/libQt6Qml.so.6",
                     "PySide6/Qt/lib/libQt6Pdf.so.6", "PySide6/Qt/lib/libQt6Network.so.6",
                     "libgtk-3.so.0", "libcairo.so.2", "libssl.so.3"):
        assert not (internal / unwanted).exists(), unwanted
    # Every library a bundled binary links is either in the bundle or one PyInstaller always
    # leaves to the system (libc, libGL, libwayland-*, ...). A library resolved from the build
    # machine's system instead means the spec's pruning removed something still linked.
    from PyInstaller.depend.dylib import include_library

    env = dict(os.environ, LD_LIBRARY_PATH=str(internal))
    outside = set()
    for path in internal.rglob("*.so*"):
        if not path.is_file() or path.is_symlink():
            continue
        out = subprocess.run(["ldd", str(path)], env=env, capture_output=True, text=True).stdout
        for line in out.splitlines():
            if "=>" not in line:
                continue
            lib, target = (part.strip() for part in line.split("=>", 1))
            resolved = target.split(" (")[0].strip()
            in_bundle = resolved.startswith(str(internal)) or resolved.startswith(
                str(internal.resolve()))
            if include_library(lib) and not in_bundle and resolved != "not found":
                outside.add(f"{path.relative_to(internal)}: {lib} => {resolved}")
    assert not outside, "\n".join(sorted(outside))
    size_mb = sum(p.stat().st_size for p in bundle.rglob("*")
                  if p.is_file() and not p.is_symlink()) / 2**20
    print(f"\nbundle size {size_mb:.1f} MiB")
    assert size_mb <= BUDGET_MB
