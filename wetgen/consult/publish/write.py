"""Write a report in several formats into a folder, from one store read."""

from __future__ import annotations

from pathlib import Path

from wetgen.consult.publish.builder import assemble, build_report
from wetgen.consult.publish.charts import CHARTS, chart_svg
from wetgen.consult.publish.docx import BlockWriter, render_docx
from wetgen.consult.publish.feedback import Feedback, overview_blocks
from wetgen.consult.publish.html import render_blocks_page, render_html
from wetgen.consult.publish.markdown import chart_file, render_markdown
from wetgen.consult.publish.model import Report, report_time
from wetgen.consult.publish.privacy import PrivacyGate, policy_of
from wetgen.consult.publish.xlsx import render_xlsx
from wetgen.consult.store import Store
from wetgen.errors import UsageError
from wetgen.prose.blocks import Block
from wetgen.prose.markdown_out import blocks_markdown
from wetgen.render.docx import Reference, resolve_reference
from wetgen.word import Properties, WordDocument

FORMATS = ("html", "docx", "md", "xlsx")
FEEDBACK_FORMATS = ("md", "docx", "html")


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


def write_feedback(
    store: Store,
    out_dir: Path,
    formats: tuple[str, ...] = ("md",),
    *,
    responses: tuple[str, ...] = (),
    combined: bool = False,
    public: bool = True,
    reference: Reference = None,
) -> list[Path]:
    """Write "wat is er met uw reactie gedaan": one file per response (those named, else all),
    for that respondent only; or, `combined`, one document with a section per response in the
    mode `public` says. Return the files written."""
    if out_dir.exists() and not out_dir.is_dir():
        raise UsageError(f"{out_dir} is a file; give a folder for the overviews")
    data = store.report_data()
    report = assemble(data, public=public if combined else True)
    known = {r.id for r in data.responses}
    unknown = [r for r in responses if r not in known]
    if unknown:
        raise UsageError(f"no response with id {', '.join(unknown)} in the store")
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    if combined:
        mode = "openbaar" if public else "intern"
        documents = [(f"terugkoppeling-{mode}", overview_blocks(report))]
    else:
        gate = PrivacyGate(data.responses, public=True, membership=data.membership,
                           policy=policy_of(data.meta))  # fmt: skip
        feedback = Feedback(report, data, gate)
        chosen = responses or tuple(r.id for r in data.responses)
        documents = ((f"terugkoppeling-{rid}", feedback.blocks(rid)) for rid in chosen)
    for stem, blocks in documents:
        for fmt in formats:
            path = out_dir / f"{stem}.{fmt}"
            path.write_bytes(_feedback_bytes(fmt, report, blocks, reference))
            written.append(path)
    return written


def _feedback_bytes(fmt: str, report: Report, blocks: list[Block], reference: Reference) -> bytes:
    """Return one overview document in a format."""
    title = f"Terugkoppeling consultatie {report.title}"
    if fmt == "md":
        return (blocks_markdown(blocks, shift=1) + "\n").encode("utf-8")
    if fmt == "html":
        return render_blocks_page(title, blocks)
    document = WordDocument.open(resolve_reference(reference))
    BlockWriter(document).write(blocks)
    document.set_footer()
    document.properties = Properties(title=title, creator="wetgen", keywords="terugkoppeling",
                                     status=report.mode)  # fmt: skip
    return document.to_bytes(report_time(report))


def parse_feedback_formats(text: str) -> tuple[str, ...]:
    """Return the overview formats named in a comma-separated list; reject unknown ones."""
    names = [n.strip().lower() for n in text.split(",") if n.strip()]
    unknown = [n for n in names if n not in FEEDBACK_FORMATS]
    if unknown or not names:
        raise UsageError(f"unknown overview format {', '.join(unknown) or '(none)'}; "
                         f"choose from {', '.join(FEEDBACK_FORMATS)}")  # fmt: skip
    return tuple(f for f in FEEDBACK_FORMATS if f in names)
