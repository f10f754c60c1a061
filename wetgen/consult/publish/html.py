"""The report as one self-contained HTML page: navigation by article, a filter and a search box.

Everything is inline (styles, script, charts as SVG); a Content-Security-Policy forbids any
network access, so the page works offline. The page shows only what its Report holds, and
a public Report holds no non-public data.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape

from markupsafe import Markup

from wetgen.consult.publish.charts import CHARTS, TITLES, chart_svg
from wetgen.consult.publish.model import Report, category_key
from wetgen.formulas import dutch_date
from wetgen.prose.blocks import Block
from wetgen.prose.html_out import blocks_html
from wetgen.render.templating import render_template, template_dirs

TEMPLATE = "consult_report.html.j2"


def render_html(report: Report) -> bytes:
    """Return the report as a self-contained HTML page (UTF-8)."""
    charts = [(name, TITLES[name], Markup(_svg_for_html(chart_svg(report, name))))
              for name in CHARTS]  # fmt: skip
    categories = sorted({c.category for c in report.categories}, key=category_key)
    text = render_template(
        TEMPLATE,
        template_dirs(None),
        report=report,
        charts=charts,
        categories=categories,
        slug=slug,
        anchor=anchor,
        dutch_date=dutch_date,
    )
    return text.encode("utf-8")


PAGE_STYLE = (
    "body{max-width:46rem;margin:2rem auto;padding:0 1rem;font:16px/1.5 'DejaVu Sans',Arial,"
    "sans-serif;color:#1a1a1a}h1,h2{color:#154273}blockquote{margin:.5rem 0;padding:.4rem .8rem;"
    "background:#f7f9fb;border-left:3px solid #8fcae7}.subtitle{font-style:italic}"
)


def render_blocks_page(title: str, blocks: Sequence[Block]) -> bytes:
    """Return prose blocks as a self-contained HTML page (UTF-8) that loads nothing else."""
    body = blocks_html(blocks, shift=1)
    return (
        '<!DOCTYPE html>\n<html lang="nl">\n<head>\n<meta charset="utf-8">\n'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        'style-src \'unsafe-inline\'">\n'
        f"<title>{escape(title)}</title>\n<style>{PAGE_STYLE}</style>\n</head>\n"
        f"<body>\n{body}\n</body>\n</html>\n"
    ).encode()


def slug(text: str) -> str:
    """Return a token safe for an HTML id or class: lower case letters, digits and dashes."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def anchor(eid: str) -> str:
    """Return an HTML id for an eId: case kept (onderdeel A and item a differ), odd characters dashed."""
    return re.sub(r"[^A-Za-z0-9_-]+", "-", eid) or "x"


def _svg_for_html(svg: str) -> str:
    """Make a matplotlib SVG fit the page: scalable, labelled, no fixed size."""
    svg = re.sub(r'<svg([^>]*?) width="[^"]*" height="[^"]*"', r"<svg\1", svg, count=1)
    return svg.replace("<svg", '<svg role="img" class="grafiek"', 1)
