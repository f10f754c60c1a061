"""Downloading toestanden from the public BWB repository into the cache, and resolving `--base`.

`fetch_toestand` reads the regulation's manifest, picks the toestand valid on the date asked
(as known today), and downloads it unless the cache has it; a toestand is checked to be a BWB
toestand of the right regulation before it is written, so a failed fetch writes nothing. When
the repository cannot be reached, a cached manifest and toestand answer instead (offline).
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from wetgen.errors import UsageError
from wetgen.law.bwb_reader import read_bwb
from wetgen.law.cache import cache_dir, manifest_path, toestand_path, write_atomic
from wetgen.law.download import download
from wetgen.law.errors import FetchError, LawError
from wetgen.law.manifest import Expression, read_manifest, select
from wetgen.law.model import Law
from wetgen.law.read import read_law
from wetgen.law.safe_xml import MAX_LAW_BYTES

REPOSITORY = "https://repository.officiele-overheidspublicaties.nl/bwb"
URL_ENV = "WETGEN_BWB_URL"
BWB_ID = re.compile(r"BWB[RV]\d{7}")
MAX_MANIFEST_BYTES = 32 * 1024 * 1024


@dataclass(frozen=True)
class FetchSettings:
    """Where the cache is and which repository to ask."""

    cache: Path
    base_url: str = REPOSITORY
    timeout: float = 30.0


@dataclass(frozen=True)
class Fetched:
    """A toestand in the cache: its file, label, and whether it was downloaded or found offline."""

    path: Path
    bwb_id: str
    label: str
    downloaded: bool
    offline: bool


def settings(cache: Path | None = None, environ: Mapping[str, str] = os.environ) -> FetchSettings:
    """Return the fetch settings from an option and the environment ($WETGEN_CACHE_DIR, $WETGEN_BWB_URL)."""
    base = environ.get(URL_ENV, "").strip() or REPOSITORY
    return FetchSettings(cache_dir(cache, environ), base.rstrip("/"))


def bwb_id(text: str) -> str | None:
    """Return `text` as a BWB id ("bwbr0035303" → "BWBR0035303"), or None if it is not one."""
    candidate = text.strip().upper()
    return candidate if BWB_ID.fullmatch(candidate) else None


def check_date(text: str) -> str:
    """Return an ISO date (YYYY-MM-DD) unchanged; raise UsageError if it is not one."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError:
            pass
    raise UsageError(f"{text!r} is not a date; write it as YYYY-MM-DD")


def fetch_toestand(bwb: str, on: str, today: str, config: FetchSettings) -> Fetched:
    """Make sure the toestand of `bwb` valid on `on` is in the cache and return where it is."""
    offline = False
    manifest = b""
    try:
        manifest = download(f"{config.base_url}/{bwb}/manifest.xml", MAX_MANIFEST_BYTES, config.timeout)
        expressions = read_manifest(manifest, bwb, f"the manifest of {bwb}")
    except FetchError as problem:
        expressions = cached_expressions(bwb, config)
        if expressions is None:
            raise FetchError(f"{problem}; and {bwb} is not in the cache ({config.cache})") from None
        offline = True
    chosen = _choose(expressions, bwb, on, today)
    path = toestand_path(config.cache, bwb, chosen.label)
    if path.is_file():
        if manifest:
            write_atomic(manifest_path(config.cache, bwb), manifest)
        return Fetched(path, bwb, chosen.label, downloaded=False, offline=offline)
    if offline:
        raise FetchError(f"the repository cannot be reached and the toestand {chosen.label} of {bwb} is not in the cache")
    url = f"{config.base_url}/{bwb}/{chosen.label}/xml/{chosen.xml_name}"
    data = download(url, MAX_LAW_BYTES, config.timeout)
    law = read_bwb(data, f"the toestand {chosen.label} of {bwb} from {url}")
    if law.bwb_id and law.bwb_id != bwb:
        raise LawError(f"{url} holds {law.bwb_id}, not {bwb}")
    write_atomic(path, data)
    write_atomic(manifest_path(config.cache, bwb), manifest)
    return Fetched(path, bwb, chosen.label, downloaded=True, offline=False)


def cached_expressions(bwb: str, config: FetchSettings) -> tuple[Expression, ...] | None:
    """Return the toestanden listed in the cached manifest of `bwb`, or None if none is cached."""
    path = manifest_path(config.cache, bwb)
    if not path.is_file():
        return None
    return read_manifest(path.read_bytes(), bwb, str(path))


def cached_toestand(bwb: str, on: str, today: str, config: FetchSettings) -> Path | None:
    """Return the cached toestand of `bwb` valid on `on`, or None (without touching the network)."""
    expressions = cached_expressions(bwb, config)
    chosen = select(expressions, on, today) if expressions else None
    if chosen is None:
        return None
    path = toestand_path(config.cache, bwb, chosen.label)
    return path if path.is_file() else None


def resolve_base(spec: str, on: str, today: str, config: FetchSettings) -> Law:
    """Read the base law `spec` names: a file, or a BWB id (the cache first, then the repository)."""
    bwb = bwb_id(spec)
    if bwb is None or Path(spec).exists():
        return read_law(Path(spec))
    path = cached_toestand(bwb, on, today, config) or fetch_toestand(bwb, on, today, config).path
    return read_law(path)


def _choose(expressions: tuple[Expression, ...], bwb: str, on: str, today: str) -> Expression:
    chosen = select(expressions, on, today)
    if chosen is None:
        first = min((e.valid_from for e in expressions), default="")
        since = f" (its first toestand is of {first})" if first else " (its manifest lists no toestand)"
        raise LawError(f"{bwb} has no toestand valid on {on}{since}")
    return chosen


