"""Atomic file writes: a temporary file beside the target, moved into place only when complete.

Whatever happens while this process runs (an exception in the writer, a cancel, Ctrl+C, a full
disk, a target locked by another program), the target keeps its old content or stays absent
and the temporary file is removed. A process killed outright (SIGKILL, SIGTERM, SIGHUP, power
loss) cannot remove it: such a ``.<target>.<8 hex digits>.tmp`` is removed by the next write
into the same folder once it is older than :data:`STALE_AFTER_S` (younger ones may belong to a
write still running in another process). Operating-system errors become a user-fit
:class:`~desktop.core.errors.CoopError` (``ExportError`` unless the caller asks for another
type) that names the file and what to do.

A target that is a symbolic link is written through: the file the link points to gets the new
content (atomically, beside itself) and the link stays a link. Replacing the link by a regular
file would leave the file it points to with the old content, which is never what was meant.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import stat
import time
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from desktop.core.errors import CoopError, ExportError

#: How often a replace refused with PermissionError is retried on Windows (virus scanners and
#: indexers hold a fresh file open for a moment); a file open in Word stays refused.
REPLACE_ATTEMPTS = 3
REPLACE_PAUSE_S = 0.1
#: A temporary file of ours older than this (by its last change) was left by a killed write.
STALE_AFTER_S = 3600.0

_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
#: Windows refuses to replace a file another program has open; POSIX systems never do.
_WINDOWS = os.name == "nt"
#: The names :func:`temp_path_for` makes: ``.<target name>.<8 hex digits>.tmp``.
_TEMP_NAME = re.compile(r"\.(?P<target>.+)\.[0-9a-f]{8}\.tmp")


def temp_path_for(path: Path) -> Path:
    """A fresh, hidden temporary name in the target's folder (same file system)."""
    return path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")


def atomic_write(path: Path | str, writer: Callable[[BinaryIO], object], *,
                 error: type[CoopError] = ExportError) -> Path:
    """Write ``path`` through ``writer`` so that it appears complete or not at all.

    Args:
        path: the target file; its folder must exist. A symbolic link is written through
            (the file it points to is replaced; the link stays).
        writer: called with a binary file open on the temporary file. Any exception it raises
            is re-raised unchanged (after clean-up), except ``OSError``, which is translated.
            ``KeyboardInterrupt`` too is re-raised after the temporary file is removed.
        error: the exception type raised for file-system failures.

    Returns:
        The path written: the target, or the file a symbolic link target points to.

    Raises:
        error: the name cannot be a file name, the folder is missing or unwritable, the disk
            is full, the target is locked or is a folder. The target is unchanged and no
            temporary file remains.
    """
    path = _through_link(_checked_name(Path(path), error), error)
    folder = path.parent
    if not folder.is_dir():
        raise error(f"The folder {folder} does not exist, so {path.name} could not be saved. "
                    "Choose an existing folder and try again.",
                    f"文件夹 {folder} 不存在，无法保存 {path.name}。请选择一个已有的文件夹后重试。")
    if path.is_dir():
        raise error(f"{path} is a folder, not a file. Choose a file name and try again.",
                    f"{path} 是文件夹而不是文件。请输入文件名后重试。")

    remove_stale_temps(folder)
    tmp, fd = _create_temp(path, error)
    try:
        with os.fdopen(fd, "wb") as handle:
            writer(handle)
            handle.flush()
            os.fsync(handle.fileno())  # the content is on disk before the rename publishes it
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


def _shown(name: str) -> str:
    """``name`` with the characters a file name cannot hold written as escapes."""
    return "".join(f"\\x{ord(c):02x}" if c == "\x00" else
                   f"\\u{ord(c):04x}" if 0xD800 <= ord(c) <= 0xDFFF else c for c in name)


def _checked_name(path: Path, error: type[CoopError]) -> Path:
    """``path``, or ``error`` if no file system can store it (a NUL byte, or a character the
    file-system encoding cannot write such as an unpaired surrogate)."""
    text = str(path)
    try:
        if "\x00" in text:
            raise ValueError("NUL")
        os.fsencode(text)
    except ValueError:  # UnicodeEncodeError is one
        raise error(f"The file name {_shown(text)} contains a character no file name can hold "
                    "(a NUL byte or an unpaired surrogate). Choose another name and try again.",
                    f"文件名 {_shown(text)} 含有文件名中不能使用的字符"
                    "（NUL 字节或不成对的代理字符）。请换一个文件名后重试。") from None
    return path


def _through_link(path: Path, error: type[CoopError]) -> Path:
    """The file a symbolic link points to (through any chain of links), or ``path``."""
    if not path.is_symlink():
        return path
    try:
        target = path.resolve()
    except (OSError, RuntimeError) as exc:  # RuntimeError: a loop of links
        raise error(f"{path} is a link that leads nowhere (a loop of links), so it could not be "
                    "saved. Choose another file name and try again.",
                    f"{path} 是一个循环的链接，无法保存。请换一个文件名后重试。") from exc
    return target


def remove_stale_temps(folder: Path, now: float | None = None) -> list[Path]:
    """Remove temporary files of ours in ``folder`` left by a write that was killed.

    Only regular files named exactly as :func:`temp_path_for` names them, owned by this user
    (on POSIX) and unchanged for :data:`STALE_AFTER_S` are removed: a younger one may be the
    temporary file of a write still running in another process. Errors are ignored (this is
    tidying, not the write). Returns the files removed.
    """
    now = time.time() if now is None else now
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not _TEMP_NAME.fullmatch(entry.name):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if (not stat.S_ISREG(info.st_mode) or now - info.st_mtime < STALE_AFTER_S
                    or (hasattr(os, "geteuid") and info.st_uid != _euid())):
                continue
            os.unlink(entry.path)
        except OSError:
            continue
        removed.append(Path(entry.path))
    return removed


def _euid() -> int:
    return os.geteuid() if hasattr(os, "geteuid") else -1


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
            if _WINDOWS and attempt + 1 < REPLACE_ATTEMPTS and path.exists():
                time.sleep(REPLACE_PAUSE_S)
                continue
            raise _replace_refused(exc, path, error) from exc


def _replace_refused(exc: PermissionError, path: Path, error: type[CoopError]) -> CoopError:
    """Why the system refused to put the new file in place of ``path``, for the user.

    On Windows a file open in another program cannot be replaced (the usual cause). POSIX
    systems never refuse for that reason: there EPERM on an existing file in a folder with
    the sticky bit (``/tmp``, shared folders) means the file is another user's, which such a
    folder lets only its owner replace; other EPERM means the file is protected (immutable or
    locked by a file flag); EACCES means the folder cannot be written.
    """
    folder = path.parent
    if _WINDOWS:
        if path.exists() and os.access(folder, os.W_OK):
            return error(
                f"{path} could not be replaced: it is probably open in another program "
                "(such as Word or Excel). Close it there and try again, or save under "
                "another name.",
                f"无法替换 {path}：它可能正在其他程序（如 Word 或 Excel）中打开。"
                "请在该程序中关闭后重试，或另存为其他文件名。")
        return _translate(exc, path, error)
    if exc.errno == errno.EPERM and path.exists():
        if _sticky_and_not_ours(path):
            return error(
                f"Permission denied: {path} could not be replaced because it belongs to another "
                f"user, and its folder {folder} does not let you replace another user's file. "
                "Save under another name or in another folder.",
                f"权限不足：无法替换 {path}，因为该文件属于其他用户，而文件夹 {folder} "
                "不允许替换其他用户的文件。请另存为其他文件名或保存到其他文件夹。")
        return error(
            f"Permission denied: {path} is protected (the system does not let it be replaced "
            "or changed). Save under another name or in another folder.",
            f"权限不足：{path} 受系统保护，不能被替换或更改。"
            "请另存为其他文件名或保存到其他文件夹。")
    return _translate(exc, path, error)


def _sticky_and_not_ours(path: Path) -> bool:
    """True when ``path``'s folder has the sticky bit and neither it nor the file is ours."""
    try:
        folder_info = path.parent.stat()
        file_info = path.lstat()
    except OSError:
        return False
    me = _euid()
    return bool(folder_info.st_mode & stat.S_ISVTX) and me not in (
        folder_info.st_uid, file_info.st_uid)


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
