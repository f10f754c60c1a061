"""A ministry's own Word template as the house style: which styles the build uses, what for,
and a mapping from those names to the template's own (`wetgen build --styles map.yaml`).

The map is YAML, one line per style the template names differently:

    Opschrift: BZK Titel
    Artikeltekst: BZK Standaard
    toc 1: Inhoudsopgave 1

Keys are the build's style names (`STYLE_USES`), values the template's; a style the map does
not name is looked up under its own name, so a template needs a line only where it differs.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from wetgen.errors import UsageError

MAX_MAP_BYTES = 64 * 1024
# What each style of the build is used for, to say what a template without it would lack.
STYLE_USES = {
    "Opschrift": "the opschrift above the voorstel and the MvT",
    "Voorstel van wet": "the line \"Voorstel van wet\" under the opschrift",
    "Memorie van toelichting": "the line \"Memorie van toelichting\" under the opschrift",
    "Aanhef": "the aanhef and the considerans",
    "Heading 1": "hoofdstukken, and the parts of the MvT (I. Algemeen deel)",
    "Heading 2": "afdelingen and article headings, and the MvT's paragraphs",
    "Heading 3": "paragrafen, and the MvT's subparagraphs",
    "Heading 4": "deeper headings",
    "Artikeltekst": "the text of an article without leden",
    "Lid": "a numbered lid",
    "Onderdeel": "an onderdeel (a., b., …) with a hanging indent",
    "Subonderdeel": "a subonderdeel (1°, 2°, …)",
    "Onderdeelletter": "the letter of an onderdeel of an amending article (A, B, …)",
    "Wijzigingsopdracht": "the sentence of a wijzigingsopdracht",
    "Wijziging genummerd": "a numbered change inside an onderdeel (1., 2., …)",
    "Nieuw artikel": "the text of an article inserted by a wijzigingsopdracht",
    "Slotformulier": "the slotformulier (Lasten en bevelen …)",
    "Ondertekening": "the ondertekening and the signatories",
    "MvT tekst": "the paragraphs of the MvT",
    "MvT opsomming": "lists in the MvT",
    "MvT citaat": "quotations in the MvT",
    "MvT tabel": "tables in the MvT (a table style)",
    "Normal": "table cells and the Kamerstuk heading",
    "Header": "the running header",
    "Footer": "the page number",
    "footnote text": "the MvT's footnotes",
    "footnote reference": "the footnote numbers",
    "TOC Heading": "the heading \"Inhoudsopgave\"",
    "toc 1": "the contents' first level",
    "toc 2": "the contents' second level",
    "toc 3": "the contents' third level",
}


def read_style_map(path: Path) -> tuple[tuple[str, str], ...]:
    """Return the (build's name, template's name) pairs of a style map; raise UsageError when
    the file is not a mapping of names, or names a style the build does not use."""
    if not path.is_file():
        raise UsageError(f"{path}: no such style map")
    if path.stat().st_size > MAX_MAP_BYTES:
        raise UsageError(f"{path}: a style map is at most {MAX_MAP_BYTES // 1024} KB")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: not a YAML style map ({type(exc).__name__})") from None
    if not isinstance(data, dict) or not all(isinstance(v, str) and v.strip() for v in data.values()):
        raise UsageError(f"{path}: a style map holds lines 'our style: your style'")
    known = {name.lower(): name for name in STYLE_USES}
    unknown = [str(k) for k in data if str(k).lower() not in known]
    if unknown:
        raise UsageError(f"{path}: the build has no style {', '.join(repr(k) for k in unknown)}; "
                         f"the styles are: {', '.join(STYLE_USES)}")  # fmt: skip
    return tuple(sorted((known[str(k).lower()], v.strip()) for k, v in data.items()))


def describe_missing(missing: list[str]) -> str:
    """Return the missing styles with what each is used for, as one line."""
    return "; ".join(f'"{name}" ({STYLE_USES.get(name, "used by the build")})' for name in missing)
