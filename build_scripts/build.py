"""Build the standalone executable (``make dist``): PyInstaller onedir bundle plus an archive.

Usage: ``python build_scripts/build.py [--dist DIR] [--work DIR] [--no-archive]``

Produces ``DIST/ippc-coop/`` (executable ``ippc-coop``, ``ippc-coop.exe`` and the console
companion ``ippc-coop-cli.exe`` on Windows; on macOS also ``DIST/IPPC Cooperation Explorer.app``)
and ``DIST/ippc-coop-<version>-<platform>.tar.gz`` (Linux) or ``.zip`` (Windows, macOS). Prints
the bundle size and the build time. Release CI (.github/workflows/release.yml) runs this script.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build_scripts" / "ippc-coop.spec"
LINUX_DESKTOP_FILE = ROOT / "resources" / "linux" / "ippc-coop.desktop"

sys.path.insert(0, str(ROOT))
from desktop import APP_ID, APP_NAME, __version__  # noqa: E402 - needs ROOT on sys.path


def platform_tag() -> str:
    """``linux-x86_64``, ``windows-x86_64``, ``macos-arm64``, ..."""
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    system = "linux" if system.startswith("linux") else system
    machine = platform.machine().lower()
    machine = {"amd64": "x86_64", "x64": "x86_64", "aarch64": "arm64"}.get(machine, machine)
    return f"{system}-{machine}"


def executable(bundle: Path, name: str = APP_ID) -> Path:
    return bundle / (f"{name}.exe" if sys.platform == "win32" else name)


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def run_pyinstaller(dist: Path, work: Path) -> None:
    # A fresh work folder instead of --clean: --clean also empties PyInstaller's shared cache
    # in the user's home, which breaks any other build running at the same time (e.g. a test).
    shutil.rmtree(work / SPEC.stem, ignore_errors=True)
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm",
           "--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    print("+", " ".join(cmd), flush=True)
    env = dict(os.environ, PYTHONHASHSEED="0")  # reproducible bytecode ordering
    subprocess.run(cmd, check=True, cwd=ROOT, env=env)


def add_linux_desktop_entry(bundle: Path, work: Path) -> None:
    """Put the .desktop file and a PNG icon next to the executable (see build_scripts/README)."""
    shutil.copy2(LINUX_DESKTOP_FILE, bundle / LINUX_DESKTOP_FILE.name)
    shutil.copy2(work / "assets" / "app.png", bundle / f"{APP_ID}.png")


def make_archive(dist: Path) -> Path:
    """Archive the bundle: ``.tar.gz`` on Linux (keeps permissions and symlinks), else ``.zip``.

    On macOS the archive holds the .app; ``ditto`` keeps the framework symlinks and the
    signature that a plain zip would break.
    """
    stem = f"{APP_ID}-{__version__}-{platform_tag()}"
    bundle = dist / APP_ID
    if sys.platform == "darwin":
        archive = dist / f"{stem}.zip"
        app = dist / f"{APP_NAME}.app"
        subprocess.run(["ditto", "-c", "-k", "--sequesterRsrc", "--keepParent", str(app),
                        str(archive)], check=True)
    elif sys.platform == "win32":
        archive = dist / f"{stem}.zip"
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
            for path in sorted(bundle.rglob("*")):
                zf.write(path, Path(APP_ID) / path.relative_to(bundle))
    else:
        archive = dist / f"{stem}.tar.gz"
        with tarfile.open(archive, "w:gz", compresslevel=6) as tf:
            tf.add(bundle, arcname=APP_ID)
    return archive


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist",
                        help="output folder (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build",
                        help="PyInstaller's work folder (default: build/)")
    parser.add_argument("--no-archive", action="store_true", help="skip the .tar.gz/.zip")
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()

    started = time.perf_counter()
    run_pyinstaller(dist, work)
    bundle = dist / APP_ID
    exe = executable(bundle)
    if not exe.is_file():
        print(f"build: {exe} was not produced", file=sys.stderr)
        return 1
    if sys.platform.startswith("linux"):
        add_linux_desktop_entry(bundle, work / "ippc-coop")
    built = time.perf_counter() - started
    print(f"build: {bundle} {folder_size(bundle) / 1e6:.1f} MB in {built:.0f} s")
    if not args.no_archive:
        archive = make_archive(dist)
        print(f"build: {archive} {archive.stat().st_size / 1e6:.1f} MB "
              f"({time.perf_counter() - started - built:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
