"""Text and runs: escaping, character formatting, tabs and deleted text."""

from __future__ import annotations

import re

_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def esc(text: str) -> str:
    """Escape text for XML content or a double-quoted attribute, dropping invalid characters."""
    # every invalid character is unprintable, and isprintable() is much quicker than the search
    if not text.isprintable() and _INVALID_XML.search(text):
        text = _INVALID_XML.sub("", text)
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


def run_props(
    *,
    bold: bool = False,
    italic: bool = False,
    style_id: str = "",
    strike: bool = False,
    underline: bool = False,
) -> str:
    """Return a w:rPr element for the given character formatting, or "" when there is none."""
    if not (bold or italic or style_id or strike or underline):
        return ""
    parts = [f'<w:rStyle w:val="{esc(style_id)}"/>' if style_id else ""]
    parts.append("<w:b/>" if bold else "")
    parts.append("<w:i/>" if italic else "")
    parts.append("<w:strike/>" if strike else "")
    parts.append('<w:u w:val="single"/>' if underline else "")
    return "<w:rPr>" + "".join(parts) + "</w:rPr>"


def text_run(
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    style_id: str = "",
    strike: bool = False,
    underline: bool = False,
) -> str:
    """Return a w:r holding `text`; tab characters become w:tab elements."""
    rpr = run_props(bold=bold, italic=italic, style_id=style_id, strike=strike, underline=underline)
    if "\t" not in text:
        return f'<w:r>{rpr}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>' if text else "<w:r/>"
    pieces = text.split("\t")
    body = "<w:tab/>".join(f'<w:t xml:space="preserve">{esc(p)}</w:t>' if p else "" for p in pieces)
    return f"<w:r>{rpr}{body}</w:r>"


def uncapped_run(text: str) -> str:
    """Return a run that keeps its small letters in a paragraph style set in capitals."""
    return f'<w:r><w:rPr><w:caps w:val="0"/></w:rPr><w:t xml:space="preserve">{esc(text)}</w:t></w:r>'


def tab_run() -> str:
    """Return a run holding a single tab."""
    return "<w:r><w:tab/></w:r>"


def labelled_runs(label: str, text: str) -> str:
    """Return a designation, a tab and the text as runs ("2." → tab → "De …")."""
    if label and "\t" not in label:  # the common case, written at once
        return (
            f'<w:r><w:t xml:space="preserve">{esc(label)}</w:t></w:r><w:r><w:tab/></w:r>'
            + text_run(text)
        )
    return text_run(label) + tab_run() + text_run(text)


def deleted_text_run(text: str) -> str:
    """Return a w:r holding deleted `text` as w:delText; tab characters become w:tab elements."""
    body = "<w:tab/>".join(
        f'<w:delText xml:space="preserve">{esc(p)}</w:delText>' if p else ""
        for p in text.split("\t")
    )
    return f"<w:r>{body}</w:r>" if body else ""
