"""The wetsvergelijking written out: a two-column HTML table of the current and the amended law."""

from __future__ import annotations

from pathlib import Path

from wetgen.consolidate.comparison import Row, comparison
from wetgen.consolidate.engine import Consolidation
from wetgen.consolidate.view import Para
from wetgen.law.model import Law
from wetgen.render.templating import render_template, template_dirs

TEMPLATE = "wetsvergelijking.html.j2"


def render_compare_html(old: Law, result: Consolidation, subtitle: str, templates: Path | None = None) -> str:
    """Return the wetsvergelijking as an HTML page: only the articles that change, side by side."""
    blocks = [{"context": b.context, "rows": [_row_view(r) for r in b.rows]} for b in comparison(old, result)]
    page = {"title": result.law.citeertitel or old.citeertitel, "subtitle": subtitle, "blocks": blocks}
    return render_template(TEMPLATE, template_dirs(templates), page=page)


def _row_view(row: Row) -> dict[str, object]:
    return {"old": row.pieces("old"), "new": row.pieces("new"), "note": row.note, "changed": row.changed,
            "label_old": _label(row.old), "label_new": _label(row.new),
            "css_old": _css(row.old), "css_new": _css(row.new)}  # fmt: skip


def _label(para: Para | None) -> str:
    return para.label if para is not None else ""


def _css(para: Para | None) -> str:
    if para is None:
        return "leeg"
    return "kop" if para.heading else f"depth-{para.depth}"
