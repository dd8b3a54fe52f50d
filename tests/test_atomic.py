"""atomic_write: complete or untouched, never a temporary file left, clear errors."""

from __future__ import annotations

import errno
import os
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
