"""The local cache of BWB files: one folder per regulation, one file per toestand, atomic writes.

Layout: `{cache}/bwb/{BWB id}/manifest.xml` and `{cache}/bwb/{BWB id}/{BWB id}_{date}_{n}.xml`.
The cache folder is, in order: the `--cache` option, `$WETGEN_CACHE_DIR`,
`$XDG_CACHE_HOME/wetgen`, `~/.cache/wetgen`.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

from wetgen.law.errors import LawError

CACHE_ENV = "WETGEN_CACHE_DIR"


def cache_dir(option: Path | None = None, environ: Mapping[str, str] = os.environ) -> Path:
    """Return the cache folder: the option, else $WETGEN_CACHE_DIR, else the XDG cache folder."""
    if option is not None:
        return option
    if environ.get(CACHE_ENV):
        return Path(environ[CACHE_ENV])
    base = environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "wetgen"


def law_folder(cache: Path, bwb_id: str) -> Path:
    """Return the folder that holds the files of one regulation."""
    return cache / "bwb" / bwb_id


def manifest_path(cache: Path, bwb_id: str) -> Path:
    """Return where the manifest of a regulation is cached."""
    return law_folder(cache, bwb_id) / "manifest.xml"


def toestand_path(cache: Path, bwb_id: str, label: str) -> Path:
    """Return where one toestand ("{date}_{n}") of a regulation is cached."""
    return law_folder(cache, bwb_id) / f"{bwb_id}_{label}.xml"


def write_atomic(path: Path, data: bytes) -> None:
    """Write a file so that readers see either the old file or the whole new one, never a part."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp", delete=False)
    except OSError as exc:
        raise LawError(f"cannot write to the cache folder {path.parent}: {exc.strerror or exc}") from None
    temporary = Path(handle.name)
    try:
        with handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise LawError(f"cannot write {path}: {exc.strerror or exc}") from None
