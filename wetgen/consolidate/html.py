"""The amended law as a self-contained HTML page, a note under every changed unit."""

from __future__ import annotations

from pathlib import Path

from wetgen.consolidate.engine import Consolidation
from wetgen.consolidate.notes import note_text
from wetgen.consolidate.view import Para, law_paras
from wetgen.render.templating import render_template, template_dirs

TEMPLATE = "law.html.j2"


def render_law_html(result: Consolidation, subtitle: str = "", templates: Path | None = None) -> str:
    """Return the amended law as an HTML page (escaped; deterministic)."""
    view = {"title": result.law.citeertitel or "Wet", "subtitle": subtitle,
            "rows": [_row(p, result) for p in law_paras(result.law)]}  # fmt: skip
    return render_template(TEMPLATE, template_dirs(templates), law=view)


def _row(para: Para, result: Consolidation) -> dict[str, object]:
    marks = result.provenance.get(para.address) if para.first else None
    anchor = "-".join(f"{kind}-{number}" for kind, number in para.address)
    return {"heading": para.heading, "level": para.level, "text": para.text, "label": para.label,
            "depth": para.depth, "rows": para.rows, "note": note_text(marks) if marks else "",
            "anchor": anchor}  # fmt: skip
