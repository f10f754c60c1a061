"""The Jinja2 environment for wetgen's text templates, and the filters that write prose in them.

Templates live in `templates/` at the repository root; a house-style folder given with
`--templates` is searched first, so it may override any one template and inherit the rest.
Undefined names are errors (StrictUndefined) and `.html`/`.xml` templates autoescape.
Markdown prose (the MvT) is parsed once into blocks (`wetgen.prose`) and written by the
`prose_html` and `prose_md` filters.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import jinja2
from markupsafe import Markup

from wetgen import address, ids
from wetgen.address import Address
from wetgen.errors import RenderError
from wetgen.formulas import (
    CONSIDERANS_INTRO,
    aanhef,
    doc_type,
    dutch_date,
    enacting_formula,
    slotformulier,
)
from wetgen.model import Article, Bill, Division, Item, Lid, Unit
from wetgen.prose.html_out import blocks_html
from wetgen.prose.markdown_in import parse_markdown
from wetgen.prose.markdown_out import blocks_markdown, md_escape

DEFAULT_TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


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
    env.filters["prose_html"] = prose_html
    env.filters["prose_md"] = prose_md
    env.filters["md"] = md_escape
    # Filters of the templates before prose_html/prose_md, kept for house-style folders.
    env.filters["markdown"] = markdown_html
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


def prose_html(text: str, shift: int = 0, notes: str = "") -> Markup:
    """Write Markdown prose as HTML: headings `shift` levels deeper, footnotes at the end with ids
    prefixed by `notes` ("fn-t2:1") so several texts can share one page."""
    return Markup(blocks_html(parse_markdown(text), shift=shift, notes=notes))


def prose_md(text: str, shift: int = 0, notes: str = "") -> str:
    """Write Markdown prose again from its blocks: headings `shift` levels deeper, footnote labels
    prefixed by `notes` ("[^t2-1]") so texts joined in one file stay apart."""
    return blocks_markdown(parse_markdown(text), shift=shift, notes=notes)


def markdown_html(text: str, prefix: str = "") -> Markup:
    """Write Markdown prose as HTML, footnote ids prefixed by `prefix` (the older `markdown` filter)."""
    return prose_html(text, notes=prefix)


def demote_headings(text: str, levels: int = 1) -> str:
    """Push every ATX heading of a Markdown text `levels` deeper ("## x" → "### x"), up to h6."""
    return re.sub(
        r"^(#{1,6})(?= )", lambda m: "#" * min(6, len(m.group(1)) + levels), text, flags=re.M
    )


def footnote_prefix(text: str, prefix: str) -> str:
    """Rename Markdown footnote labels ("[^1]" → "[^t2-1]") so texts joined in one file stay apart."""
    return re.sub(r"\[\^([^\]\s]+)\]", lambda m: f"[^{prefix}-{m.group(1)}]", text)


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
        "doc_type": doc_type(bill.formulier),
        "aanhef": list(aanhef(bill.formulier)),
        "considerans_intro": CONSIDERANS_INTRO,
        "considerans": list(bill.considerans),
        "enacting_formula": enacting_formula(bill.formulier),
        "body": [_node_view(n, amending_law, address.BILL, bill) for n in bill.body],
        "slotformulier": slotformulier(bill.formulier),
        "signatories": list(bill.signatories),
        "mvt": _mvt_view(bill),
    }


def _node_view(node: Division | Article, amending_law: bool, parent: Address, bill: Bill | None = None
               ) -> dict[str, object]:  # fmt: skip
    if isinstance(node, Division):
        return _division_view(node, amending_law, parent, bill)
    return _article_view(node, amending_law, parent, bill)


def _division_view(division: Division, amending_law: bool, parent: Address, bill: Bill | None
                   ) -> dict[str, object]:  # fmt: skip
    own = address.division(parent, division)
    return {
        "kind": "division",
        "eid": own.eid,
        "heading": f"{division.kind.capitalize()} {division.number}",
        "opschrift": division.opschrift,
        "children": [_node_view(c, amending_law, own, bill) for c in division.children],
    }


def _article_view(article: Article, amending_law: bool, parent: Address, bill: Bill | None
                  ) -> dict[str, object]:  # fmt: skip
    from wetgen.amend.wording import article_intro, onderdeel_label, word_onderdeel

    style = bill.style if bill is not None else None
    own = address.article(parent, article)
    view: dict[str, object] = {
        "kind": "article",
        "eid": own.eid,
        "heading": ids.article_heading(article.number, amending_law),
        "opschrift": article.opschrift,
        "text": article.text,
        "items": _items_view(article.items, 1),
        "leden": [_lid_view(lid) for lid in article.leden],
        "intro": article_intro(article, style) if article.is_amending else "",
        "onderdelen": [],
    }
    if article.is_amending:
        view["onderdelen"] = [
            _onderdeel_view(address.onderdeel(own, o), onderdeel_label(article, o, style), len(o.instructions),
                            word_onderdeel(o, style, article))
            for o in article.onderdelen
        ]  # fmt: skip
    return view


def _onderdeel_view(own: Address, label: str, count: int, lines: tuple) -> dict[str, object]:
    depths = (line.depth if line.instruction is not None else None for line in lines)
    places = address.printed_changes(own, count, depths)
    views = [_worded_view(line, place or own) for line, place in zip(lines, places, strict=True)]
    return {"eid": own.eid, "number": label, "lines": views}


def _worded_view(worded: object, own: Address) -> dict[str, object]:
    new = address.quoted(own) if worded.payload else own  # type: ignore[attr-defined]
    return {
        "label": worded.label,  # type: ignore[attr-defined]
        "sentence": worded.sentence,  # type: ignore[attr-defined]
        "depth": worded.depth,  # type: ignore[attr-defined]
        "new_text": worded.new_text.splitlines(),  # type: ignore[attr-defined]
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
