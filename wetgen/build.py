"""Build every output of a bill into a folder: Word, Akoma Ntoso, HTML and Markdown.

The library side of `wetgen build`: it checks the house style first, renders each format,
validates the AKN on every build, writes the files and returns their paths. It never prints.
Every renderer is deterministic, so the same draft gives byte-identical files.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from wetgen import ids
from wetgen.errors import RenderError, UsageError
from wetgen.model import Bill
from wetgen.progress import NULL_PROGRESS, Progress
from wetgen.render.templating import DEFAULT_TEMPLATES

FORMATS = ("docx", "akn", "html", "md")
REFERENCE_NAME = "reference.docx"
# The stem is cut at a word to this many characters: a bill without citeertitel is named by its
# opschrift, which can run to hundreds (and a file name may not exceed 255 bytes).
MAX_STEM = 80


@dataclass(frozen=True)
class Output:
    """One file a build writes: its format, file name and the function that renders it."""

    format: str
    name: str
    render: Callable[[], bytes]


@dataclass(frozen=True)
class HouseStyle:
    """Where the look comes from: the reference .docx and the folders searched for templates."""

    reference: Path
    templates: Path | None
    styles: tuple[tuple[str, str], ...] = ()  # the style map: (the build's name, the reference's)


def parse_formats(text: str | Iterable[str]) -> tuple[str, ...]:
    """Return the formats named in "docx,akn" (or a list), in canonical order; reject unknown ones."""
    names = text.split(",") if isinstance(text, str) else list(text)
    wanted = {n.strip().lower() for n in names if n.strip()}
    unknown = sorted(wanted - set(FORMATS))
    if unknown:
        raise UsageError(f"unknown format {', '.join(unknown)}; choose from {', '.join(FORMATS)}")
    if not wanted:
        raise UsageError(f"no format given; choose from {', '.join(FORMATS)}")
    return tuple(f for f in FORMATS if f in wanted)


def house_style(templates: Path | None = None, reference: Path | None = None,
                style_map: Path | None = None) -> HouseStyle:  # fmt: skip
    """Resolve `--templates` (a reference .docx, or a folder with reference.docx and/or
    templates), `--reference` (a .docx, before the folder's) and `--styles` (a style map)."""
    style = _templates(templates)
    if reference is not None:
        if not reference.is_file() or reference.suffix.lower() != ".docx":
            raise UsageError(f"{reference}: --reference expects a Word .docx file")
        style = HouseStyle(reference, style.templates)
    if style_map is not None:
        from wetgen.render.house_style import read_style_map

        style = HouseStyle(style.reference, style.templates, read_style_map(style_map))
    return style


def _templates(templates: Path | None) -> HouseStyle:
    if templates is None:
        return HouseStyle(DEFAULT_TEMPLATES / REFERENCE_NAME, None)
    if templates.is_file():
        if templates.suffix.lower() != ".docx":
            raise UsageError(f"{templates}: expected a folder of templates or a reference .docx")
        return HouseStyle(templates, None)
    if not templates.is_dir():
        raise UsageError(f"{templates}: no such templates folder or reference .docx")
    own = templates / REFERENCE_NAME
    return HouseStyle(own if own.is_file() else DEFAULT_TEMPLATES / REFERENCE_NAME, templates)


def check_house_style(style: HouseStyle, formats: Sequence[str]) -> None:
    """Raise RenderError naming every style the reference .docx lacks (only when building docx)."""
    if "docx" not in formats:
        return
    from wetgen.render.docx import check_styles
    from wetgen.render.house_style import describe_missing

    missing = check_styles(style.reference, style.styles)
    if missing:
        hint = "name them in a style map (--styles map.yaml)" if not style.styles else "map them in the style map"
        raise RenderError(f"{style.reference} lacks {len(missing)} style(s) the build needs: "
                          f"{describe_missing(missing)}; {hint}")  # fmt: skip


def base_name(bill: Bill) -> str:
    """Return the stem every output file shares: <slug of the citeertitel>-<version date>.

    Without a citeertitel the opschrift gives the slug, cut at a word to MAX_STEM characters so
    that the file names stay within what file systems allow.
    """
    slug = ids.slug(bill.citeertitel or bill.opschrift)
    if len(slug) > MAX_STEM:
        cut = slug[: MAX_STEM + 1]
        slug = cut.rsplit("-", 1)[0] if "-" in cut else cut[:MAX_STEM]
    return f"{slug}-{bill.version.date}"


def outputs(bill: Bill, formats: Sequence[str], style: HouseStyle) -> list[Output]:
    """Return the files a build of `formats` writes, in a fixed order."""
    base = base_name(bill)
    planned: list[Output] = []
    for fmt in FORMATS:
        if fmt in formats:
            planned.extend(_PLANS[fmt](bill, base, style))
    return planned


def build(
    bill: Bill,
    out_dir: Path,
    formats: Sequence[str] = FORMATS,
    templates_dir: Path | None = None,
    progress: Progress = NULL_PROGRESS,
    style: HouseStyle | None = None,
) -> list[Path]:
    """Render `bill` in `formats` into `out_dir` and return the paths written, in a fixed order;
    `style` (from `house_style`) overrides `templates_dir`."""
    style = style or house_style(templates_dir)
    check_house_style(style, formats)
    planned = outputs(bill, formats, style)
    _prepare(out_dir)
    progress.start("Building", len(planned))
    written = []
    for output in planned:
        written.append(_write(out_dir / output.name, output.render()))
        progress.advance()
    return written


def pdf_from(paths: Sequence[Path], out_dir: Path) -> list[Path]:
    """Convert the Word files among `paths` to PDF with LibreOffice; raise WetgenError if absent."""
    from wetgen.render.pdf import convert_to_pdf

    documents = [p for p in paths if p.suffix == ".docx"]
    if not documents:
        raise UsageError("--pdf converts the Word files; include docx in --format")
    return convert_to_pdf(documents, out_dir)


# --- the formats ----------------------------------------------------------------------------


def _docx(bill: Bill, base: str, style: HouseStyle) -> list[Output]:
    from wetgen.render import docx

    return [
        Output("docx", f"{base}-wetsvoorstel.docx", lambda: docx.render_bill_docx(bill, style.reference, style.styles)),
        Output("docx", f"{base}-memorie-van-toelichting.docx", lambda: docx.render_mvt_docx(bill, style.reference, style.styles)),
    ]  # fmt: skip


def _akn(bill: Bill, base: str, style: HouseStyle) -> list[Output]:
    from wetgen.render import akn

    return [
        Output("akn", f"{base}.akn.xml", lambda: akn.render_bill_akn(bill)),
        Output("akn", f"{base}-mvt.akn.xml", lambda: akn.render_mvt_akn(bill)),
    ]


def _html(bill: Bill, base: str, style: HouseStyle) -> list[Output]:
    from wetgen.render.html import render_html

    return [Output("html", f"{base}.html", lambda: render_html(bill, style.templates))]


def _md(bill: Bill, base: str, style: HouseStyle) -> list[Output]:
    from wetgen.render.text import render_markdown

    return [Output("md", f"{base}.md", lambda: render_markdown(bill, style.templates))]


_PLANS: dict[str, Callable[[Bill, str, HouseStyle], list[Output]]] = {
    "docx": _docx,
    "akn": _akn,
    "html": _html,
    "md": _md,
}


# --- files ----------------------------------------------------------------------------------


def _prepare(out_dir: Path) -> None:
    if out_dir.exists() and not out_dir.is_dir():
        raise UsageError(f"{out_dir} is a file; give a folder for the output")
    out_dir.mkdir(parents=True, exist_ok=True)


def _write(path: Path, data: bytes) -> Path:
    """Write `data` to `path` through a temporary file, so a failed build leaves no half file."""
    partial = path.with_name(f".{path.name}.partial")
    partial.write_bytes(data)
    os.replace(partial, path)
    return path
