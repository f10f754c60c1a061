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

from wetgen.errors import RenderError

DEFAULT_TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
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


class _SafeLinks(Treeprocessor):
    """Drop link targets that are not http(s), mailto or in-page anchors."""

    def run(self, root: Element) -> None:
        """Remove unsafe href attributes in place."""
        for link in root.iter("a"):
            if not _SAFE_HREF.match(link.get("href", "")):
                link.attrib.pop("href", None)


def markdown_html(text: str, *, xhtml: bool = False) -> str:
    """Convert drafter Markdown (with footnotes and tables) to HTML; raw HTML is escaped, not kept."""
    md = markdown.Markdown(
        extensions=["footnotes", "tables", "sane_lists"],
        output_format="xhtml" if xhtml else "html",
    )
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    md.treeprocessors.register(_SafeLinks(md), "safe_links", 0)
    return md.convert(text)
