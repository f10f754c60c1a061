"""The Jinja2 environment for wetgen's text templates, and the Markdown-to-HTML step they share.

Templates live in `templates/` at the repository root; a house-style folder given with
`--templates` is searched first, so it may override any one template and inherit the rest.
Undefined names are errors (StrictUndefined) and `.html`/`.xml` templates autoescape.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from xml.etree.ElementTree import Element

import jinja2
import markdown
from markdown.treeprocessors import Treeprocessor

from wetgen import address, ids
from wetgen.address import Address
from wetgen.errors import RenderError
from wetgen.formulas import AANHEF, CONSIDERANS_INTRO, ENACTING_FORMULA, SLOTFORMULIER, dutch_date
from wetgen.model import Article, Bill, Division, Item, Lid, Unit

DEFAULT_TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")
_MD_LINE_START = re.compile(r"^([#+\-=>])|^(\d+)([.)])", re.MULTILINE)
_FOOTNOTE_ID = re.compile(r'\b(id|href)="(#?)(fn|fnref):')
_SAFE_HREF = re.compile(r"^(https?:|mailto:|#)", re.IGNORECASE)


def template_dirs(custom: Path | None = None) -> tuple[Path, ...]:
    """Return the folders searched for templates: the custom one first, then the defaults."""
    if custom is None or custom.resolve() == DEFAULT_TEMPLATES:
        return (DEFAULT_TEMPLATES,)
    return (custom, DEFAULT_TEMPLATES)


@lru_cache(maxsize=8)
def environment(dirs: tuple[Path, ...] = (DEFAULT_TEMPLATES,)) -> jinja2.Environment:
    """Return a (cached) Jinja2 environment over `dirs` with strict undefined and autoescaping."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(d) for d in dirs]),
        undefined=jinja2.StrictUndefined,
        autoescape=jinja2.select_autoescape(
            enabled_extensions=("html", "xml", "html.j2", "xml.j2"), default_for_string=False
        ),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["markdown"] = markdown_html
    env.filters["md"] = md_escape
    env.filters["demote"] = demote_headings
    env.filters["footnote_prefix"] = footnote_prefix
    return env


def render_template(name: str, dirs: tuple[Path, ...], **context: object) -> str:
    """Render template `name` with `context`; raise RenderError naming the template on failure."""
    try:
        return environment(dirs).get_template(name).render(**context)
    except jinja2.TemplateNotFound as exc:
        raise RenderError(f"template {exc.name} not found in {', '.join(map(str, dirs))}") from None
    except jinja2.TemplateSyntaxError as exc:
        raise RenderError(
            f"{exc.filename or name}:{exc.lineno}: template error: {exc.message}"
        ) from None
    except jinja2.UndefinedError as exc:
        raise RenderError(f"template {name}: {exc.message}") from None


def md_escape(text: str) -> str:
    """Escape Markdown syntax in legal text so it prints as written (no lists, emphasis or tags)."""
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return _MD_LINE_START.sub(
        lambda m: "\\" + m.group(1) if m.group(1) else m.group(2) + "\\" + m.group(3), text
    )


def demote_headings(text: str, levels: int = 1) -> str:
    """Push every ATX heading of a Markdown text `levels` deeper ("## x" → "### x"), up to h6."""
    return re.sub(
        r"^(#{1,6})(?= )", lambda m: "#" * min(6, len(m.group(1)) + levels), text, flags=re.M
    )


def footnote_prefix(text: str, prefix: str) -> str:
    """Rename Markdown footnote labels ("[^1]" → "[^t2-1]") so texts joined in one file stay apart."""
    return re.sub(r"\[\^([^\]\s]+)\]", lambda m: f"[^{prefix}-{m.group(1)}]", text)


class _SafeLinks(Treeprocessor):
    """Drop link targets that are not http(s), mailto or in-page anchors."""

    def run(self, root: Element) -> None:
        """Remove unsafe href attributes in place."""
        for link in root.iter("a"):
            if not _SAFE_HREF.match(link.get("href", "")):
                link.attrib.pop("href", None)


def markdown_html(text: str, prefix: str = "", *, xhtml: bool = False) -> str:
    """Convert drafter Markdown (with footnotes and tables) to HTML; raw HTML is escaped, not kept.

    A `prefix` keeps footnote ids apart when several texts share one page ("fn-p2:1").
    """
    md = markdown.Markdown(
        extensions=["footnotes", "tables", "sane_lists"],
        output_format="xhtml" if xhtml else "html",
    )
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    md.treeprocessors.register(_SafeLinks(md), "safe_links", 0)
    html = md.convert(text)
    if prefix:
        html = _FOOTNOTE_ID.sub(lambda m: f'{m.group(1)}="{m.group(2)}{m.group(3)}-{prefix}:', html)
    return html


# --- the view: the bill as plain dicts for the text templates ----------------------------------


def bill_view(bill: Bill) -> dict[str, object]:
    """Return everything the HTML and Markdown templates print, as plain values in print order."""
    amending_law = bill.is_amending_law
    return {
        "opschrift": bill.opschrift,
        "citeertitel": bill.citeertitel,
        "version": {
            "label": bill.version.label,
            "date": dutch_date(bill.version.date),
            "iso_date": bill.version.date,
            "stage": bill.version.stage.value,
        },
        "ministry": bill.ministry,
        "aanhef": list(AANHEF),
        "considerans_intro": CONSIDERANS_INTRO,
        "considerans": list(bill.considerans),
        "enacting_formula": ENACTING_FORMULA,
        "body": [_node_view(n, amending_law, address.BILL) for n in bill.body],
        "slotformulier": SLOTFORMULIER,
        "signatories": list(bill.signatories),
        "mvt": _mvt_view(bill),
    }


def _node_view(node: Division | Article, amending_law: bool, parent: Address) -> dict[str, object]:
    if isinstance(node, Division):
        return _division_view(node, amending_law, parent)
    return _article_view(node, amending_law, parent)


def _division_view(division: Division, amending_law: bool, parent: Address) -> dict[str, object]:
    own = address.division(parent, division)
    return {
        "kind": "division",
        "eid": own.eid,
        "heading": f"{division.kind.capitalize()} {division.number}",
        "opschrift": division.opschrift,
        "children": [_node_view(c, amending_law, own) for c in division.children],
    }


def _article_view(article: Article, amending_law: bool, parent: Address) -> dict[str, object]:
    from wetgen.amend.wording import article_intro, word_onderdeel

    own = address.article(parent, article)
    view: dict[str, object] = {
        "kind": "article",
        "eid": own.eid,
        "heading": ids.article_heading(article.number, amending_law),
        "opschrift": article.opschrift,
        "text": article.text,
        "items": _items_view(article.items, 1),
        "leden": [_lid_view(lid) for lid in article.leden],
        "intro": article_intro(article) if article.is_amending else "",
        "onderdelen": [],
    }
    if article.is_amending:
        view["onderdelen"] = [_onderdeel_view(address.onderdeel(own, o), word_onderdeel(o))
                              for o in article.onderdelen]  # fmt: skip
    return view


def _onderdeel_view(own: Address, lines: tuple) -> dict[str, object]:
    count = sum(1 for line in lines if line.instruction is not None)
    views, n = [], 0
    for line in lines:
        if line.instruction is not None:
            n += 1
        views.append(_worded_view(line, address.instruction(own, n, count) if line.instruction else own))
    return {"eid": own.eid, "number": own.number, "lines": views}


def _worded_view(worded: object, own: Address) -> dict[str, object]:
    new = address.quoted(own) if worded.payload else own  # type: ignore[attr-defined]
    return {
        "label": worded.label,  # type: ignore[attr-defined]
        "sentence": worded.sentence,  # type: ignore[attr-defined]
        "depth": worded.depth,  # type: ignore[attr-defined]
        "payload": [_unit_view(u, new) for u in worded.payload],  # type: ignore[attr-defined]
    }


def _unit_view(unit: Unit, parent: Address) -> dict[str, object]:
    if isinstance(unit, (Division, Article)):
        return _node_view(unit, False, parent)
    if isinstance(unit, Lid):
        return _lid_view(unit)
    return {"kind": "item", **_items_view((unit,), 1)[0]}


def _lid_view(lid: Lid) -> dict[str, object]:
    return {
        "kind": "lid",
        "label": ids.lid_label(lid.number),
        "text": lid.text,
        "items": _items_view(lid.items, 1),
    }


def _items_view(items: tuple[Item, ...], depth: int) -> list[dict[str, object]]:
    return [
        {
            "kind": "item",
            "label": ids.item_label(item.number, depth),
            "text": item.text,
            "depth": depth,
            "items": _items_view(item.items, depth + 1),
        }
        for item in items
    ]


def _mvt_view(bill: Bill) -> dict[str, object]:
    from wetgen.amend.wording import onderdeel_heading

    sections = []
    amending_law = bill.is_amending_law
    for article in bill.articles():
        if article.toelichting:
            heading = ids.article_heading(article.number, amending_law).replace(
                "ARTIKEL", "Artikel"
            )
            sections.append({"heading": heading, "text": article.toelichting})
        for onderdeel in article.onderdelen:
            if onderdeel.toelichting:
                sections.append(
                    {
                        "heading": onderdeel_heading(article, onderdeel),
                        "text": onderdeel.toelichting,
                    }
                )
    return {"algemeen": bill.toelichting.algemeen, "artikelsgewijs": sections}
