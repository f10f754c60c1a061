"""The consultatieverslag as Markdown, for mail and review; charts are linked SVG files.

Written from the verslag's prose blocks by the prose Markdown writer (wetgen.prose), so user
text is escaped as everywhere else; the title is the one level-1 heading.
"""

from __future__ import annotations

from dataclasses import replace

from wetgen.consult.publish.model import Report
from wetgen.consult.publish.verslag import verslag_blocks
from wetgen.prose.blocks import Figure
from wetgen.prose.markdown_out import blocks_markdown


def chart_file(name: str) -> str:
    """Return the file name the Markdown report links for a chart."""
    return f"grafiek-{name}.svg"


def render_markdown(report: Report) -> bytes:
    """Return the consultatieverslag as Markdown (UTF-8)."""
    blocks = [replace(b, source=chart_file(b.source)) if isinstance(b, Figure) else b
              for b in verslag_blocks(report)]  # fmt: skip
    return (blocks_markdown(blocks, shift=1) + "\n").encode("utf-8")
