"""atomic_write: complete or untouched, no temporary file left (stale ones tidied), clear
errors, links written through."""

from __future__ import annotations

import errno
import os
import stat
import time
from pathlib import Path

import pytest

from desktop.core import atomic
from desktop.core.atomic import atomic_write
from desktop.core.errors import CoopError, ExportCancelled, ExportError


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_writes_new_file(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    assert atomic_write(target, lambda f: f.write(b"hello")) == target
    assert target.read_bytes() == b"hello"
    assert leftovers(tmp_path) == []


def test_replaces_existing_file_and_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_bytes(b"old")
    os.chmod(target, 0o640)
    atomic_write(target, lambda f: f.write(b"new"))
    assert target.read_bytes() == b"new"
    assert target.stat().st_mode & 0o777 == 0o640


def test_new_file_gets_ordinary_permissions(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        target = tmp_path / "fresh.txt"
        atomic_write(target, lambda f: f.write(b"x"))
    finally:
        os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o644  # not mkstemp's 0600


def test_failure_mid_write_keeps_old_content_and_removes_temp(tmp_path: Path) -> None:
    target = tmp_path / "briefing.docx"
    target.write_bytes(b"old content")

    def writer(f):
        f.write(b"partial")
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        atomic_write(target, writer)
    assert target.read_bytes() == b"old content"
    assert leftovers(tmp_path) == []


def test_cancel_is_reraised_unchanged(tmp_path: Path) -> None:
    target = tmp_path / "a.csv"

    def writer(f):
        f.write(b"x")
        raise ExportCancelled("cancelled")

    with pytest.raises(ExportCancelled):
        atomic_write(target, writer)
    assert not target.exists()
    assert leftovers(tmp_path) == []


def test_missing_folder(tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "folder" / "out.csv"
    with pytest.raises(ExportError) as info:
        atomic_write(target, lambda f: f.write(b"x"))
    message = str(info.value)
    assert "does not exist" in message and "out.csv" in message
    assert "Choose an existing folder" in message


def test_target_is_a_folder(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="is a folder"):
        atomic_write(tmp_path, lambda f: f.write(b"x"))


def test_unwritable_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests run as root, where chmod does not stop writes: simulate the refusal.
    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic.os, "open", refuse)
    target = tmp_path / "out.docx"
    with pytest.raises(ExportError) as info:
        atomic_write(target, lambda f: f.write(b"x"))
    assert "permission" in str(info.value).lower()
    assert str(target) in str(info.value)
    assert "another folder" in str(info.value)


def test_disk_full_while_writing(tmp_path: Path) -> None:
    target = tmp_path / "big.csv"
    target.write_bytes(b"previous")

    def writer(f):
        f.write(b"some")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(ExportError) as info:
        atomic_write(target, writer)
    assert "disk is full" in str(info.value)
    assert "big.csv" in str(info.value)
    assert target.read_bytes() == b"previous"
    assert leftovers(tmp_path) == []


def test_disk_full_on_flush(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def fsync(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", fsync)
    with pytest.raises(ExportError, match="disk is full"):
        atomic_write(tmp_path / "x.csv", lambda f: f.write(b"x"))
    assert leftovers(tmp_path) == []
    assert not (tmp_path / "x.csv").exists()


def test_locked_target_as_on_windows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "open-in-word.docx"
    target.write_bytes(b"the old briefing")
    calls = []

    def locked(src, dst):
        calls.append(dst)
        raise PermissionError(errno.EACCES, "The process cannot access the file")

    monkeypatch.setattr(atomic.os, "replace", locked)
    monkeypatch.setattr(atomic, "REPLACE_PAUSE_S", 0)
    monkeypatch.setattr(atomic, "_WINDOWS", True)
    with pytest.raises(ExportError) as info:
        atomic_write(target, lambda f: f.write(b"new"))
    message = str(info.value)
    assert "open-in-word.docx" in message and "open in another program" in message
    assert "Close it" in message
    assert len(calls) == atomic.REPLACE_ATTEMPTS  # retried: scanners let go after a moment
    assert target.read_bytes() == b"the old briefing"
    assert leftovers(tmp_path) == []


def test_lock_released_on_retry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "a.docx"
    target.write_bytes(b"old")
    real_replace = os.replace
    attempts = []

    def flaky(src, dst):
        attempts.append(1)
        if len(attempts) == 1:
            raise PermissionError(errno.EACCES, "busy")
        real_replace(src, dst)

    monkeypatch.setattr(atomic.os, "replace", flaky)
    monkeypatch.setattr(atomic, "REPLACE_PAUSE_S", 0)
    monkeypatch.setattr(atomic, "_WINDOWS", True)
    atomic_write(target, lambda f: f.write(b"new"))
    assert target.read_bytes() == b"new"


def test_other_os_error_is_translated(tmp_path: Path) -> None:
    def writer(f):
        raise OSError(errno.EIO, "Input/output error")

    with pytest.raises(ExportError, match="Input/output error") as info:
        atomic_write(tmp_path / "x.csv", writer)
    assert "x.csv" in str(info.value)


def test_custom_error_type(tmp_path: Path) -> None:
    class SaveError(CoopError):
        pass

    with pytest.raises(SaveError):
        atomic_write(tmp_path / "missing" / "notes.json", lambda f: f.write(b"{}"),
                     error=SaveError)


def test_accepts_str_path(tmp_path: Path) -> None:
    target = str(tmp_path / "s.txt")
    atomic_write(target, lambda f: f.write(b"ok"))
    assert Path(target).read_bytes() == b"ok"


def test_interrupt_mid_write_removes_temp_and_is_reraised(tmp_path: Path) -> None:
    target = tmp_path / "briefing.docx"
    target.write_bytes(b"old")

    def writer(f):
        f.write(b"partial")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        atomic_write(target, writer)
    assert target.read_bytes() == b"old"
    assert leftovers(tmp_path) == []


def test_interrupt_during_replace_removes_temp(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(src, dst):
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        atomic_write(tmp_path / "a.csv", lambda f: f.write(b"x"))
    assert leftovers(tmp_path) == [] and not (tmp_path / "a.csv").exists()


def test_content_is_synced_before_the_rename(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    events: list[tuple[str, object]] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd):
        events.append(("fsync", os.readlink(f"/proc/self/fd/{fd}")
                       if Path("/proc/self/fd").is_dir() else fd))
        real_fsync(fd)

    def replace(src, dst):
        events.append(("replace", Path(src).name))
        real_replace(src, dst)

    monkeypatch.setattr(atomic.os, "fsync", fsync)
    monkeypatch.setattr(atomic.os, "replace", replace)
    target = tmp_path / "out.docx"
    atomic_write(target, lambda f: f.write(b"data"))
    kinds = [kind for kind, _ in events]
    assert "replace" in kinds and "fsync" in kinds[: kinds.index("replace")]
    first_sync = events[kinds.index("fsync")][1]
    replaced = events[kinds.index("replace")][1]
    if isinstance(first_sync, str):  # Linux: the synced descriptor is the temporary file
        assert Path(first_sync).name == replaced and replaced.endswith(".tmp")
    if os.name == "posix":  # and the folder is synced after the rename
        assert kinds[-1] == "fsync" and kinds.index("replace") < len(kinds) - 1
    assert target.read_bytes() == b"data"


# -- file names no file system can hold ---------------------------------------------------
@pytest.mark.parametrize("name", ["a\x00b.docx", "a\ud800b.docx"])
def test_impossible_file_name_is_refused_clearly(tmp_path: Path, name: str) -> None:
    with pytest.raises(ExportError) as info:
        atomic_write(tmp_path / name, lambda f: f.write(b"x"))
    message = str(info.value)
    assert "contains a character no file name can hold" in message
    assert "\\x00" in message or "\\ud800" in message
    message.encode("utf-8")  # printable: no raw NUL or lone surrogate in the message
    assert "\x00" not in message
    assert leftovers(tmp_path) == []


# -- symbolic links ------------------------------------------------------------------------
needs_symlinks = pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt",
                                    reason="symbolic links need privileges on Windows")


@needs_symlinks
def test_symlink_is_written_through_and_stays_a_link(tmp_path: Path) -> None:
    real_dir = tmp_path / "real"
    real_dir.mkdir()
    real = real_dir / "briefing.docx"
    real.write_bytes(b"old")
    link = tmp_path / "link.docx"
    link.symlink_to(real)
    written = atomic_write(link, lambda f: f.write(b"new"))
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_bytes() == b"new" and link.read_bytes() == b"new"
    assert written == real.resolve()
    assert leftovers(tmp_path) == [] and leftovers(real_dir) == []


@needs_symlinks
def test_chain_of_links_and_dangling_link(tmp_path: Path) -> None:
    real = tmp_path / "final.csv"
    (tmp_path / "b.csv").symlink_to(real)  # dangling until written
    (tmp_path / "a.csv").symlink_to(tmp_path / "b.csv")
    atomic_write(tmp_path / "a.csv", lambda f: f.write(b"x"))
    assert real.read_bytes() == b"x"
    assert (tmp_path / "a.csv").is_symlink() and (tmp_path / "b.csv").is_symlink()


@needs_symlinks
def test_loop_of_links_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a.csv").symlink_to(tmp_path / "b.csv")
    (tmp_path / "b.csv").symlink_to(tmp_path / "a.csv")
    with pytest.raises(ExportError, match="loop of links"):
        atomic_write(tmp_path / "a.csv", lambda f: f.write(b"x"))
    assert (tmp_path / "a.csv").is_symlink() and leftovers(tmp_path) == []


# -- temporary files left by a killed write -----------------------------------------------
def _age(path: Path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


def test_stale_temp_files_of_ours_are_removed_on_the_next_write(tmp_path: Path) -> None:
    stale = tmp_path / ".briefing.docx.0a1b2c3d.tmp"  # as a killed export leaves it
    stale.write_bytes(b"half a briefing")
    _age(stale, atomic.STALE_AFTER_S + 60)
    other_target = tmp_path / ".table.csv.deadbeef.tmp"
    other_target.write_bytes(b"x")
    _age(other_target, 2 * atomic.STALE_AFTER_S)
    running = tmp_path / ".briefing.docx.99999999.tmp"  # another process still writing
    running.write_bytes(b"x")
    not_ours = [tmp_path / ".briefing.docx.notours.tmp", tmp_path / "briefing.docx.0a1b2c3d.tmp",
                tmp_path / ".briefing.docx.0A1B2C3D.tmp", tmp_path / ".x.0a1b2c3d.tmp.bak"]
    for path in not_ours:
        path.write_bytes(b"keep")
        _age(path, 2 * atomic.STALE_AFTER_S)

    atomic_write(tmp_path / "briefing.docx", lambda f: f.write(b"new"))
    assert not stale.exists() and not other_target.exists()
    assert running.exists()
    assert all(p.exists() for p in not_ours)
    assert (tmp_path / "briefing.docx").read_bytes() == b"new"


@needs_symlinks
def test_stale_clean_up_never_follows_links(tmp_path: Path) -> None:
    victim = tmp_path / "keep.txt"
    victim.write_bytes(b"precious")
    link = tmp_path / ".keep.txt.0a1b2c3d.tmp"
    link.symlink_to(victim)
    os.utime(link, (0, 0), follow_symlinks=False)
    assert atomic.remove_stale_temps(tmp_path) == []
    assert link.is_symlink() and victim.read_bytes() == b"precious"


def test_stale_clean_up_skips_other_users_files(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    stale = tmp_path / ".a.docx.0a1b2c3d.tmp"
    stale.write_bytes(b"x")
    _age(stale, 2 * atomic.STALE_AFTER_S)
    if hasattr(os, "geteuid"):
        monkeypatch.setattr(atomic, "_euid", lambda: os.geteuid() + 1)
        assert atomic.remove_stale_temps(tmp_path) == [] and stale.exists()
        monkeypatch.undo()
    assert atomic.remove_stale_temps(tmp_path) == [stale] and not stale.exists()


# -- why a replace is refused --------------------------------------------------------------
def _refuse_replace(monkeypatch: pytest.MonkeyPatch, code: int) -> list[int]:
    calls: list[int] = []

    def refuse(src, dst):
        calls.append(1)
        raise PermissionError(code, os.strerror(code))

    monkeypatch.setattr(atomic.os, "replace", refuse)
    monkeypatch.setattr(atomic, "REPLACE_PAUSE_S", 0)
    monkeypatch.setattr(atomic, "_WINDOWS", False)
    return calls


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX owners")
def test_sticky_folder_and_another_users_file(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o1777)  # like /tmp
    target = shared / "briefing.docx"
    target.write_bytes(b"someone else's")
    calls = _refuse_replace(monkeypatch, errno.EPERM)
    monkeypatch.setattr(atomic, "_euid", lambda: os.geteuid() + 1)  # we are another user
    with pytest.raises(ExportError) as info:
        atomic_write(target, lambda f: f.write(b"mine"))
    message = str(info.value)
    assert message.startswith("Permission denied")
    assert "does not let you replace another user's file" in message
    assert "open in another program" not in message
    assert len(calls) == 1  # no pointless retries outside Windows
    assert target.read_bytes() == b"someone else's" and leftovers(shared) == []


def test_protected_file_without_sticky_folder(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "locked.docx"
    target.write_bytes(b"old")
    assert not tmp_path.stat().st_mode & stat.S_ISVTX
    _refuse_replace(monkeypatch, errno.EPERM)
    with pytest.raises(ExportError) as info:
        atomic_write(target, lambda f: f.write(b"new"))
    assert "is protected" in str(info.value)
    assert "open in another program" not in str(info.value)


def test_folder_not_writable_on_replace(tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "x.docx"
    target.write_bytes(b"old")
    _refuse_replace(monkeypatch, errno.EACCES)
    with pytest.raises(ExportError) as info:
        atomic_write(target, lambda f: f.write(b"new"))
    assert "do not have permission to write" in str(info.value)
    assert "open in another program" not in str(info.value)
