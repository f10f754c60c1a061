"""Files on disk, read without leaving the input: no symlink followed, no special file opened.

A folder is walked without following symbolic links; a link, a FIFO, a device or a socket in it
is reported by name and never opened. A file is opened with O_NOFOLLOW and O_NONBLOCK and read
only when the opened thing is the regular file the walk saw (same device and inode), so a file
swapped for a link or a FIFO between the walk and the read is refused too.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from wetgen.inputs.limits import RefusedInput, megabytes

_KINDS = (
    (stat.S_ISLNK, "a symbolic link: not followed"),
    (stat.S_ISFIFO, "a FIFO (named pipe): not read"),
    (stat.S_ISSOCK, "a socket: not read"),
    (stat.S_ISCHR, "a character device: not read"),
    (stat.S_ISBLK, "a block device: not read"),
    (stat.S_ISDIR, "a folder, not a file"),
)
_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)


@dataclass(frozen=True)
class Found:
    """A regular file found under a folder: its path, its name relative to the folder, its size
    and identity (device, inode) as the walk saw it."""

    path: Path
    rel: str
    size: int
    identity: tuple[int, int]


@dataclass(frozen=True)
class Passed:
    """An entry of a folder that was not read, and why (a link, a special file, unreadable)."""

    rel: str
    reason: str


def kind_problem(mode: int) -> str | None:
    """Return why a file of this mode is not read, or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    for test, reason in _KINDS:
        if test(mode):
            return reason
    return "not a regular file: not read"


def walk(root: Path) -> Iterator[Found | Passed]:
    """Yield the regular files under `root` in sorted order, and every entry passed over; hidden
    entries (starting with ".") are skipped silently."""
    stack = [(root, "")]
    while stack:
        folder, prefix = stack.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            yield Passed(prefix.rstrip("/") or ".", f"folder not readable ({exc.strerror})")
            continue
        subfolders = []
        for entry in entries:
            rel = prefix + entry.name
            if entry.name.startswith("."):
                continue
            try:
                info = entry.stat(follow_symlinks=False)
            except OSError as exc:
                yield Passed(rel, f"not readable ({exc.strerror})")
                continue
            if stat.S_ISDIR(info.st_mode):
                subfolders.append((Path(entry.path), rel + "/"))
            elif stat.S_ISREG(info.st_mode):
                yield Found(Path(entry.path), rel, info.st_size, (info.st_dev, info.st_ino))
            else:
                yield Passed(rel, kind_problem(info.st_mode) or "not read")
        stack.extend(reversed(subfolders))


def open_regular(path: Path, identity: tuple[int, int] | None = None) -> BinaryIO:
    """Open a regular file for reading without following a final symlink or blocking on a FIFO;
    with `identity`, refuse anything but that very file."""
    try:
        fd = os.open(path, _FLAGS)
    except OSError as exc:
        if exc.errno in (getattr(os, "ELOOP", -1), getattr(os, "EMLINK", -1)):
            raise RefusedInput(str(path), "a symbolic link: not followed") from None
        raise RefusedInput(str(path), f"cannot be opened ({exc.strerror})") from None
    info = os.fstat(fd)
    problem = kind_problem(info.st_mode)
    if problem is None and identity is not None and (info.st_dev, info.st_ino) != identity:
        problem = "replaced while the folder was read: not read"
    if problem:
        os.close(fd)
        raise RefusedInput(str(path), problem)
    return os.fdopen(fd, "rb")


def read_regular(
    path: Path, limit: int, identity: tuple[int, int] | None = None, head: bool = False
) -> bytes:
    """Read a regular file, refusing it past `limit` bytes (with `head`, return the first `limit`
    bytes instead)."""
    with open_regular(path, identity) as handle:
        data = handle.read(limit + (0 if head else 1))
    if len(data) > limit:
        raise RefusedInput(str(path), f"file is over the {megabytes(limit)} limit")
    return data
