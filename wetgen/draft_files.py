"""The files a draft refers to (its toelichting, the MvT's figures): read only when they are
regular files inside the draft's folder and within a size cap.

One check for every such file, so that a draft cannot make a build embed `/etc/passwd`, read
`/dev/zero` without end or wait forever on a FIFO. A link is followed only while it stays in the
folder; the file is opened without blocking and checked again once open, so a file swapped for
a FIFO between the check and the read is refused too.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from urllib.parse import unquote

from wetgen.errors import WetgenError
from wetgen.messages import Message, t

MAX_TOELICHTING_BYTES = 8 * 1024 * 1024
MAX_FIGURE_BYTES = 8 * 1024 * 1024


class DraftFileRefused(WetgenError):
    """A file a draft names is not read: outside the folder, not a regular file, too large."""


def read_draft_file(root: Path, name: str, max_bytes: int, folder: Path | None = None) -> bytes:
    """Return the bytes of the file `name` (relative to `folder`, default `root`) when it is a
    regular file inside `root` of at most `max_bytes`; raise DraftFileRefused saying why not."""
    return _read_regular(locate_draft_file(root, name, max_bytes, folder), unquote(name), max_bytes)


def locate_draft_file(root: Path, name: str, max_bytes: int, folder: Path | None = None) -> Path:
    """Return the path of the file `name` after the checks of `read_draft_file`, reading nothing."""
    name = unquote(name)
    if not name or "://" in name or name.startswith("data:"):
        raise DraftFileRefused(t("term.refused-not-a-file-name", name=name))
    base = (folder or root).resolve()
    try:
        path = (base / name).resolve(strict=True)
    except FileNotFoundError:
        raise DraftFileRefused(t("term.refused-missing", name=name)) from None
    except (OSError, RuntimeError, ValueError):
        raise DraftFileRefused(t("term.refused-unreadable", name=name)) from None
    if not path.is_relative_to(root.resolve()):
        raise DraftFileRefused(t("term.refused-outside", name=name))
    try:
        info = path.stat()
    except OSError:
        raise DraftFileRefused(t("term.refused-unreadable", name=name)) from None
    if not stat.S_ISREG(info.st_mode):
        raise DraftFileRefused(t("term.refused-not-regular", name=name))
    if info.st_size > max_bytes:
        raise DraftFileRefused(_too_large(name, max_bytes))
    return path


def _too_large(name: str, max_bytes: int) -> Message:
    return t("term.refused-too-large", name=name, limit=f"{max_bytes / 2**20:.0f}")


def _read_regular(path: Path, name: str, max_bytes: int) -> bytes:
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        raise DraftFileRefused(t("term.refused-unreadable", name=name)) from None
    with os.fdopen(descriptor, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise DraftFileRefused(t("term.refused-not-regular", name=name))
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise DraftFileRefused(_too_large(name, max_bytes))
    return data
