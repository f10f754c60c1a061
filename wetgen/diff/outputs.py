"""What `wetgen diff` writes, and in which form: the format follows the output file's suffix
when that is unambiguous, and a format that does not fit the file is refused.

| suffix | written as | formats it can hold (default first) |
|---|---|---|
| none (the terminal) | terminal | text, json, nota |
| `.docx` | Word | redline (`docx`), `compare`, `nota` |
| `.pdf` | Word converted by LibreOffice | redline (`docx`), `compare`, `nota` |
| `.json` | text | json |
| `.txt`, `.md` | text | text, nota |
| `.xml` (`.akn.xml`) | Akoma Ntoso | nota |
| any other | text | text, json, nota, only when `--format` names one |
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from wetgen.errors import UsageError

FORMATS = ("text", "json", "nota", "docx", "compare")
KINDS = {"docx": "redline"}  # the format's name as an output kind, where they differ
WORD = ("redline", "compare", "nota")  # the kinds Word (and so PDF) can hold
# per medium: the kinds it can hold, its default first
HOLDS = {
    "terminal": ("text", "json", "nota"),
    "docx": WORD,
    "pdf": WORD,
    "json": ("json",),
    "text": ("text", "nota"),
    "akn": ("nota",),
    "other": ("text", "json", "nota"),
}
MEDIA = {".docx": "docx", ".pdf": "pdf", ".json": "json", ".txt": "text", ".md": "text", ".xml": "akn"}
SUFFIXES = {"docx": ".docx", "pdf": ".pdf", "json": ".json", "text": ".txt or .md", "akn": ".akn.xml"}
NAMES = {"text": "tekstrapport", "json": "JSON", "nota": "nota van wijziging",
         "redline": "redline", "compare": "wetsvergelijking"}  # fmt: skip
TRACKED = ("redline", "compare")  # the outputs that carry an author and a date


class Output(NamedTuple):
    """What to write: the kind ("text", "json", "nota", "redline", "compare") and the medium
    ("terminal", "text", "docx", "pdf", "akn")."""

    kind: str
    medium: str

    @property
    def name(self) -> str:
        """Return the Dutch name of what is written: "redline", "nota van wijziging"."""
        return NAMES[self.kind]


def choose_output(fmt: str | None, path: Path | None) -> Output:
    """Return what to write for a --format (None: from the suffix) and an output file (None:
    the terminal); raise UsageError when they do not fit together."""
    medium = _medium(path)
    if fmt is None:
        if medium == "other":
            raise UsageError(
                f"cannot tell the format from {path.name}: name a .docx, .pdf, .json, .txt, .md "
                "or .akn.xml file, or give --format"
            )
        return Output(HOLDS[medium][0], "text" if medium == "json" else medium)
    kind = KINDS.get(fmt, fmt)
    if path is None and kind in TRACKED:
        raise UsageError(f"--format {fmt} writes a Word document: name it with -o FILE.docx")
    if kind not in HOLDS[medium]:
        fits = " or ".join(SUFFIXES[m] for m in SUFFIXES if kind in HOLDS[m])
        raise UsageError(f"--format {fmt} cannot be written to {path.name}; name a {fits} file, or leave out --format")
    return Output(kind, "text" if medium in ("json", "other") else medium)


def mvt_redline_path(path: Path) -> Path:
    """Return where the MvT's redline goes beside the bill's: wet.docx → wet-mvt-redline.docx,
    wet-redline.pdf → wet-mvt-redline.pdf, redline.docx → mvt-redline.docx."""
    stem = path.name[: -len(path.suffix)] if path.suffix else path.name
    base = stem.removesuffix("redline").rstrip("-_") if stem.endswith("redline") else stem
    return path.with_name(f"{base}-mvt-redline{path.suffix}" if base else f"mvt-redline{path.suffix}")


def _medium(path: Path | None) -> str:
    if path is None:
        return "terminal"
    return MEDIA.get(path.suffix.lower(), "other")
