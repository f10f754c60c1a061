"""Markdown for mail and review: the wetsvoorstel and its memorie van toelichting as plain text
that also reads well when rendered (and that pandoc can convert)."""

from __future__ import annotations

import re
from pathlib import Path

from wetgen.model import Bill
from wetgen.render.templating import bill_view, render_template, template_dirs

TEMPLATE = "bill.md.j2"
_SEPARATOR = re.compile(r"(>\s?)*")
_QUOTES = re.compile(r"(>\s?)+")


def render_markdown(bill: Bill, templates: Path | None = None) -> bytes:
    """Return the bill and its MvT as Markdown (UTF-8, LF line ends, one blank line between blocks)."""
    text = render_template(TEMPLATE, template_dirs(templates), bill=bill_view(bill))
    return tidy(text).encode("utf-8")


def tidy(text: str) -> str:
    """Collapse each run of empty or quote-only lines into one separator that keeps a quote
    together but ends it where the depth changes; end with exactly one newline."""
    lines = [raw.rstrip() for raw in text.splitlines()]
    out: list[str] = []
    pending = False
    for line in lines:
        if _SEPARATOR.fullmatch(line):
            pending = True
            continue
        if pending and out:
            depth = min(_depth(out[-1]), _depth(line))
            out.append("> " * depth if depth else "")
            out[-1] = out[-1].rstrip()
        pending = False
        out.append(line)
    return "\n".join(out).strip() + "\n"


def _depth(line: str) -> int:
    """Return how many blockquote markers a line starts with."""
    match = _QUOTES.match(line)
    return match.group(0).count(">") if match else 0
