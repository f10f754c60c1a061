"""The HTML preview: one self-contained page with the wetsvoorstel and its memorie van toelichting."""

from __future__ import annotations

from pathlib import Path

from wetgen.errors import RenderError
from wetgen.model import Bill
from wetgen.render.templating import bill_view, render_template, template_dirs

TEMPLATE = "bill.html.j2"
STYLESHEET = "bill.css"


def render_html(bill: Bill, templates: Path | None = None) -> bytes:
    """Return the bill as a self-contained, printable HTML page (UTF-8), styles inlined."""
    dirs = template_dirs(templates)
    text = render_template(TEMPLATE, dirs, bill=bill_view(bill), css=stylesheet(dirs))
    return text.encode("utf-8")


def stylesheet(dirs: tuple[Path, ...]) -> str:
    """Return the text of the first bill.css found in `dirs`."""
    for folder in dirs:
        path = folder / STYLESHEET
        if path.is_file():
            return path.read_text(encoding="utf-8")
    raise RenderError(f"stylesheet {STYLESHEET} not found in {', '.join(map(str, dirs))}")
