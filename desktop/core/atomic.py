"""Atomic file writes: a temporary file beside the target, moved into place only when complete.

Whatever happens (an exception in the writer, a cancel, a full disk, a target locked by another
program), the target keeps its old content or stays absent, and no temporary file is left
behind. Operating-system errors become a user-fit :class:`~desktop.core.errors.CoopError`
(``ExportError`` unless the caller asks for another type) that names the file and what to do.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import time
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from desktop.core.errors import CoopError, ExportError

#: How often a replace refused with PermissionError is retried (virus scanners and indexers
#: on Windows hold a fresh file open for a moment); a file open in Word stays refused.
REPLACE_ATTEMPTS = 3
REPLACE_PAUSE_S = 0.1

_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def temp_path_for(path: Path) -> Path:
    """A fresh, hidden temporary name in the target's folder (same file system)."""
    return path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")


def atomic_write(path: Path | str, writer: Callable[[BinaryIO], object], *,
                 error: type[CoopError] = ExportError) -> Path:
    """Write ``path`` through ``writer`` so that it appears complete or not at all.

    Args:
        path: the target file; its folder must exist.
        writer: called with a binary file open on the temporary file. Any exception it raises
            is re-raised unchanged (after clean-up), except ``OSError``, which is translated.
        error: the exception type raised for file-system failures.

    Returns:
        The target path.

    Raises:
        error: the folder is missing or unwritable, the disk is full, the target is locked or
            is a folder. The target is unchanged and no temporary file remains.
    """
    path = Path(path)
    folder = path.parent
    if not folder.is_dir():
        raise error(f"The folder {folder} does not exist, so {path.name} could not be saved. "
                    "Choose an existing folder and try again.",
                    f"文件夹 {folder} 不存在，无法保存 {path.name}。请选择一个已有的文件夹后重试。")
    if path.is_dir():
        raise error(f"{path} is a folder, not a file. Choose a file name and try again.",
                    f"{path} 是文件夹而不是文件。请输入文件名后重试。")

    tmp, fd = _create_temp(path, error)
    try:
        with os.fdopen(fd, "wb") as handle:
            writer(handle)
            handle.flush()
            os.fsync(handle.fileno())
        _copy_mode(path, tmp)
        _replace(tmp, path, error)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(exc, OSError):
            raise _translate(exc, path, error) from exc
        raise
    _fsync_folder(folder)
    return path


def _create_temp(path: Path, error: type[CoopError]) -> tuple[Path, int]:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(10):
        tmp = temp_path_for(path)
        try:
            # 0o666 minus the umask: the file gets the permissions any new file would get.
            return tmp, os.open(tmp, flags, 0o666)
        except FileExistsError:
            continue
        except OSError as exc:
            raise _translate(exc, path, error) from exc
    raise error(f"Could not create a temporary file beside {path}. Try another folder.",
                f"无法在 {path} 旁创建临时文件。请换一个文件夹。")


def _copy_mode(target: Path, tmp: Path) -> None:
    """Keep an existing target's permission bits when replacing it."""
    with contextlib.suppress(OSError):
        os.chmod(tmp, target.stat().st_mode & 0o7777)


def _replace(tmp: Path, path: Path, error: type[CoopError]) -> None:
    for attempt in range(REPLACE_ATTEMPTS):
        try:
            os.replace(tmp, path)
            return
        except PermissionError as exc:
            if attempt + 1 < REPLACE_ATTEMPTS and path.exists():
                time.sleep(REPLACE_PAUSE_S)
                continue
            if path.exists() and os.access(path.parent, os.W_OK):
                raise error(
                    f"{path} could not be replaced: it is probably open in another program "
                    "(such as Word or Excel). Close it there and try again, or save under "
                    "another name.",
                    f"无法替换 {path}：它可能正在其他程序（如 Word 或 Excel）中打开。"
                    "请在该程序中关闭后重试，或另存为其他文件名。") from exc
            raise _translate(exc, path, error) from exc


def _translate(exc: OSError, path: Path, error: type[CoopError]) -> CoopError:
    """A user-fit message for an operating-system error while writing ``path``."""
    if exc.errno in _DISK_FULL:
        return error(f"The disk is full: {path} could not be saved. Free some space or choose "
                     "another drive, then try again. The file was not changed.",
                     f"磁盘已满，无法保存 {path}。请释放空间或换一个磁盘后重试。文件未被更改。")
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return error(f"You do not have permission to write {path}. Choose another folder "
                     "(for example your Documents folder) and try again.",
                     f"没有写入 {path} 的权限。请选择其他文件夹（例如“文档”）后重试。")
    if isinstance(exc, FileNotFoundError):
        return error(f"The folder {path.parent} does not exist (any more), so {path.name} could "
                     "not be saved. Choose an existing folder and try again.",
                     f"文件夹 {path.parent} 不存在（或已被删除），无法保存 {path.name}。"
                     "请选择一个已有的文件夹后重试。")
    if isinstance(exc, IsADirectoryError):
        return error(f"{path} is a folder, not a file. Choose a file name and try again.",
                     f"{path} 是文件夹而不是文件。请输入文件名后重试。")
    reason = exc.strerror or str(exc)
    return error(f"{path} could not be saved ({reason}). Check the folder and the disk, "
                 "then try again. The file was not changed.",
                 f"无法保存 {path}（{reason}）。请检查文件夹和磁盘后重试。文件未被更改。")


def _fsync_folder(folder: Path) -> None:
    """Make the rename durable where the platform allows it (not on Windows)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
