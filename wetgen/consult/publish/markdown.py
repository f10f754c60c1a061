"""The consultatieverslag as Markdown, for mail and review; charts are linked SVG files."""

from __future__ import annotations

from wetgen.consult.publish.model import Report
from wetgen.consult.publish.verslag import Block, verslag_blocks
from wetgen.render.templating import md_escape


def chart_file(name: str) -> str:
    """Return the file name the Markdown report links for a chart."""
    return f"grafiek-{name}.svg"


def render_markdown(report: Report) -> bytes:
    """Return the consultatieverslag as Markdown (UTF-8); user text is escaped."""
    lines: list[str] = []
    for block in verslag_blocks(report):
        lines.extend(_block(block))
        lines.append("")
    return ("\n".join(lines).rstrip("\n") + "\n").encode("utf-8")


def _block(block: Block) -> list[str]:
    text = md_escape(" ".join(block.text.split()))
    match block.kind:
        case "title":
            return [f"# {text}"]
        case "subtitle":
            return [f"*{text}*"]
        case "warning":
            return [f"> **{text}**"]
        case "heading":
            return [f"{'#' * (block.level + 1)} {text}"]
        case "subheading":
            return [f"**{text}**"]
        case "quote":
            return [f"> {text}", ">", f"> — {md_escape(block.source)}"]
        case "bullets":
            return [f"- {md_escape(' '.join(i.split()))}" for i in block.items]
        case "table":
            return _table(block.rows)
        case "chart":
            return [f"![{text}]({chart_file(block.source)})"]
    return [text]


def _table(rows: tuple[tuple[str, ...], ...]) -> list[str]:
    def cells(row: tuple[str, ...]) -> str:
        """Return one Markdown table row with escaped cells."""
        return "| " + " | ".join(md_escape(" ".join(c.split())) for c in row) + " |"

    head, *body = rows
    return [cells(head), "|" + "---|" * len(head), *(cells(r) for r in body)]
