"""PDF through LibreOffice: find soffice, convert in a throwaway profile, with a time limit."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

from wetgen.errors import WetgenError

CANDIDATES = ("soffice", "libreoffice")
EXTRA_LOCATIONS = (
    "/usr/lib/libreoffice/program/soffice",
    "/opt/libreoffice/program/soffice",
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    "C:/Program Files/LibreOffice/program/soffice.exe",
)
TIMEOUT_SECONDS = 180
ENV_OVERRIDE = "WETGEN_SOFFICE"


class PdfUnavailable(WetgenError):
    """LibreOffice is not installed (or not found), so no PDF can be made."""


class PdfError(WetgenError):
    """LibreOffice ran but did not produce the expected PDF."""


def find_soffice() -> str | None:
    """Return the path of the LibreOffice binary, or None when it is not installed."""
    override = os.environ.get(ENV_OVERRIDE, "").strip()
    if override:
        return override if Path(override).is_file() else shutil.which(override)
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return next((p for p in EXTRA_LOCATIONS if Path(p).is_file()), None)


def convert_to_pdf(
    paths: Sequence[str | Path], out_dir: str | Path, *, timeout: float = TIMEOUT_SECONDS
) -> list[Path]:
    """Convert documents to PDF in `out_dir` with LibreOffice and return the PDF paths."""
    soffice = find_soffice()
    if soffice is None:
        raise PdfUnavailable(
            "cannot make PDF: LibreOffice (soffice) is not installed or not on PATH; install "
            f"LibreOffice or set {ENV_OVERRIDE} to the soffice binary"
        )
    sources = [Path(p).resolve() for p in paths]
    out = Path(out_dir).resolve()
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="wetgen-soffice-") as profile:
        _run(soffice, sources, out, Path(profile), timeout)
    pdfs = [out / (src.stem + ".pdf") for src in sources]
    missing = [p.name for p in pdfs if not p.is_file() or p.stat().st_size == 0]
    if missing:
        raise PdfError("LibreOffice did not produce " + ", ".join(missing))
    return pdfs


def _run(soffice: str, sources: list[Path], out: Path, profile: Path, timeout: float) -> None:
    command = [
        soffice,
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--norestore",
        "--nolockcheck",
        "--convert-to",
        "pdf",
        "--outdir",
        str(out),
        *map(str, sources),
    ]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        raise PdfError(f"LibreOffice took longer than {timeout:.0f} s to convert to PDF") from None
    except OSError as exc:
        raise PdfUnavailable(f"cannot run LibreOffice at {soffice}: {exc}") from None
    if done.returncode != 0:
        detail = (done.stderr or done.stdout).strip().splitlines()
        raise PdfError(
            f"LibreOffice failed (exit {done.returncode})" + (f": {detail[-1]}" if detail else "")
        )
