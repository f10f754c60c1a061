"""Write a report in several formats into a folder, from one store read."""

from __future__ import annotations

from pathlib import Path

from wetgen.consult.publish.builder import build_report
from wetgen.consult.publish.charts import CHARTS, chart_svg
from wetgen.consult.publish.docx import render_docx
from wetgen.consult.publish.html import render_html
from wetgen.consult.publish.markdown import chart_file, render_markdown
from wetgen.consult.publish.xlsx import render_xlsx
from wetgen.consult.store import Store
from wetgen.errors import UsageError
from wetgen.render.docx import Reference

FORMATS = ("html", "docx", "md", "xlsx")


def parse_formats(text: str | tuple[str, ...]) -> tuple[str, ...]:
    """Return the formats named in a comma-separated list, in canonical order; reject unknown ones."""
    names = [n.strip().lower() for n in (text.split(",") if isinstance(text, str) else text)]
    names = [n for n in names if n]
    unknown = [n for n in names if n not in FORMATS]
    if unknown or not names:
        raise UsageError(
            f"unknown report format {', '.join(unknown) or '(none)'}; choose from {', '.join(FORMATS)}"
        )
    return tuple(f for f in FORMATS if f in names)


def file_names(public: bool) -> dict[str, str]:
    """Return the file name of each format for a mode."""
    mode = "openbaar" if public else "intern"
    return {
        "html": f"consultatieverslag-{mode}.html",
        "docx": f"consultatieverslag-{mode}.docx",
        "md": f"consultatieverslag-{mode}.md",
        "xlsx": f"reactietabel-{mode}.xlsx",
    }


def write_report(
    store: Store,
    out_dir: Path,
    formats: tuple[str, ...] = FORMATS,
    *,
    public: bool = True,
    reference: Reference = None,
) -> list[Path]:
    """Write the report of the store in `formats` to `out_dir`; return the files written."""
    if out_dir.exists() and not out_dir.is_dir():
        raise UsageError(f"{out_dir} is a file; give a folder for the report")
    report = build_report(store, public=public)
    out_dir.mkdir(parents=True, exist_ok=True)
    names = file_names(public)
    written: list[Path] = []

    def put(name: str, data: bytes) -> None:
        """Write one file into the output folder and remember it."""
        path = out_dir / name
        path.write_bytes(data)
        written.append(path)

    renderers = {"html": render_html, "docx": lambda r: render_docx(r, reference),
                 "md": render_markdown, "xlsx": render_xlsx}  # fmt: skip
    for fmt in formats:
        put(names[fmt], renderers[fmt](report))
        if fmt == "md":
            for chart in CHARTS:
                put(chart_file(chart), chart_svg(report, chart).encode("utf-8"))
    return written
