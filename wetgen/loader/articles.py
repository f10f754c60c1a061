"""The body of a draft: divisions, articles, the law an amending article amends, leden and list
items, and the new units of a wijzigingsopdracht (which keep their written numbers)."""

from __future__ import annotations

import re
from dataclasses import replace

import yaml

from wetgen import ids
from wetgen.errors import Severity
from wetgen.loader.keys import (
    ARTICLE_KEYS,
    ARTICLES_OF_LAWS,
    DIVISION_KEYS,
    LAW_KEYS,
    LID_KEYS,
    STANDARD_INTRO,
)
from wetgen.loader.numbering import Numberer
from wetgen.loader.reader import Reader
from wetgen.model import DIVISION_KINDS, Article, Division, Item, LawRef, Lid, Proposal

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Names that do not take "de" in a sentence; a hint only, the output follows `lidwoord`.
_NOT_DE = ("Boek", "Burgerlijk", "Wetboek", "Statuut", "Besluit", "Reglement", "Handvest", "Verdrag")


def body(r: Reader, nodes: list[yaml.Node], amending: bool, numberer: Numberer | None = None
         ) -> tuple[Division | Article, ...]:  # fmt: skip
    """Read articles and divisions; articles are numbered continuously through divisions (Ar 3.54)."""
    numberer = numberer or Numberer(r, "artikel", amending)
    out: list[Division | Article] = []
    for node in nodes:
        kind = division_kind(node)
        out.append(division(r, node, kind, numberer) if kind else article(r, node, numberer))
    if numberer.restarts:  # known from the second hoofdstuk on, so marked when all are read
        out = [replace(u, own_numbering=True) if isinstance(u, Division) and u.kind == "hoofdstuk" else u for u in out]
    return tuple(out)


def division_kind(node: yaml.Node) -> str:
    """Return the division kind a mapping node names (hoofdstuk, afdeling, paragraaf), or ""."""
    if not isinstance(node, yaml.MappingNode):
        return ""
    keys = {k.value for k, _ in node.value if isinstance(k, yaml.ScalarNode)}
    return next((k for k in DIVISION_KINDS if k in keys), "")


def division(r: Reader, node: yaml.Node, kind: str, numberer: Numberer | None) -> Division:
    """Read a hoofdstuk, afdeling or paragraaf; payload divisions (numberer None) keep written
    numbers, and may be a heading alone (a "paragraafaanduiding")."""
    m = r.mapping(node, kind, {kind: True, **DIVISION_KEYS})
    number = ids.clean_number(r.text(m.get(kind), kind))
    nodes = r.seq(m.get("artikelen"), "artikelen")
    if numberer and kind == "hoofdstuk":
        numberer.start_chapter(number)
    children = body(r, nodes, False, numberer) if numberer else payload_articles(r, nodes)
    if numberer and not children and isinstance(node, yaml.MappingNode):
        r.report("STR004", f"{kind} {number} has no articles", node)
    return Division(
        kind=kind,
        number=number,
        opschrift=r.text(m.get("opschrift"), "opschrift"),
        children=children,
        key=r.text(m.get("key"), "key"),
        loc=r.loc(node),
    )


def payload_articles(r: Reader, nodes: list[yaml.Node]) -> tuple[Division | Article, ...]:
    """Read the new articles and divisions of a wijzigingsopdracht."""
    out: list[Division | Article] = []
    for node in nodes:
        kind = division_kind(node)
        out.append(division(r, node, kind, None) if kind else article(r, node, None))
    return tuple(out)


def article(r: Reader, node: yaml.Node, numberer: Numberer | None) -> Article:
    """Read one article: text, leden, or an amending article with onderdelen."""
    from wetgen.loader.instructions import amending_onderdelen

    m = r.mapping(node, "artikel", ARTICLE_KEYS)
    number = numberer.take(m.get("nummer"), node) if numberer else payload_number(r, m, node, "artikel")
    if numberer is None and not number:
        number = "?"
    bodies = [k for k in ("tekst", "leden", "wijzigt") if k in m]
    if not bodies and isinstance(node, yaml.MappingNode):
        r.report("STR004", f"artikel {number} is empty: give it tekst, leden or wijzigt", node)
    if "leden" in m and ("tekst" in m or "wijzigt" in m):
        r.report("SCH007", f"artikel {number} has both leden and "
                 f"{'tekst' if 'tekst' in m else 'wijzigt'}; choose one", m["leden"])  # fmt: skip
    common = dict(
        number=number,
        opschrift=r.text(m.get("opschrift"), "opschrift"),
        key=r.text(m.get("key"), "key"),
        toelichting=r.text(m.get("toelichting"), "toelichting", keep_lines=True),
        loc=r.loc(node),
    )
    if "wijzigt" in m:
        law = read_law(r, m["wijzigt"])
        onderdelen = amending_onderdelen(r, m.get("onderdelen"))
        if not onderdelen:
            r.report("STR004", f"artikel {number} amends {law.citeertitel} but has no onderdelen", node)
        intro = r.text(m.get("inleiding"), "inleiding")
        standard = intro == STANDARD_INTRO
        return Article(amends=law, onderdelen=onderdelen, intro="" if standard else intro,
                       standard_intro=standard, **common)  # type: ignore[arg-type]  # fmt: skip
    if "inleiding" in m:
        r.report("SCH001", "inleiding is the opening of an amending article; this one has no 'wijzigt'",
                 m["inleiding"])  # fmt: skip
    leden = read_leden(r, m.get("leden"))
    items = read_items(r, m.get("onderdelen"), 1)
    if items and "tekst" not in m:
        r.report("SCH002", f"artikel {number} has onderdelen but no tekst (the aanhef)", node)
    text_loc = r.loc(m["tekst"]) if "tekst" in m else r.loc(node)
    return Article(text=r.text(m.get("tekst"), "tekst"), items=items, leden=leden, text_loc=text_loc,
                   **common)  # type: ignore[arg-type]  # fmt: skip


def payload_number(r: Reader, m: dict[str, yaml.Node], node: yaml.Node, what: str) -> str:
    """Return the written number of a unit inserted into the amended law, or report it."""
    number = ids.clean_number(r.text(m.get("nummer"), "nummer"))
    if not number:
        r.report("NUM002", f"a new {what} in a wijzigingsopdracht needs its number written",
                 node, "add 'nummer:' with the number it gets in the amended law")  # fmt: skip
    return number


def read_law(r: Reader, node: yaml.Node) -> LawRef:
    """Read the law an amending article amends: its name and the word it takes, or a bill."""
    m = r.mapping(node, "wijzigt", LAW_KEYS)
    bwb = r.text(m.get("bwb"), "bwb")
    if bwb and not re.fullmatch(r"BWBR\d{7}", bwb):
        r.report("SCH004", f"bwb must look like BWBR0035303, not '{bwb}'", m["bwb"])
    known = tuple(ids.clean_number(r.text(n, "artikel")) for n in r.seq(m.get("artikelen"), "artikelen"))
    citeertitel = r.text(m.get("citeertitel"), "citeertitel")
    proposal = _proposal(r, m, node)
    if not citeertitel and proposal is None and isinstance(node, yaml.MappingNode):
        r.report("SCH002", "wijzigt is missing the key 'citeertitel' (or 'voorstel')", node)
    article_word = r.choice(m.get("lidwoord"), "lidwoord", ARTICLES_OF_LAWS, "de")
    if "lidwoord" not in m and citeertitel.split(" ")[0] in _NOT_DE:
        r.report("SCH010", f"the law is named \"de {citeertitel}\"; is that right?", node,
                 "write 'lidwoord: het' or 'lidwoord: geen'", Severity.WARNING)  # fmt: skip
    return LawRef(citeertitel, bwb, known, "" if article_word == "geen" else article_word, proposal)


def _proposal(r: Reader, m: dict[str, yaml.Node], node: yaml.Node) -> Proposal | None:
    """Read the bill a novelle amends: voorstel, koninklijke_boodschap and kamerstukken."""
    if "voorstel" not in m:
        for key in ("koninklijke_boodschap", "kamerstukken"):
            if key in m:
                r.report("SCH002", f"'{key}' names a bill: add 'voorstel'", m[key])
        return None
    date = r.text(m.get("koninklijke_boodschap"), "koninklijke_boodschap")
    if not _ISO_DATE.match(date):
        r.report("SCH004", "koninklijke_boodschap must be the date as YYYY-MM-DD", m.get("koninklijke_boodschap") or node)
    kamerstukken = r.text(m.get("kamerstukken"), "kamerstukken")
    if not kamerstukken:
        r.report("SCH002", "a voorstel needs its 'kamerstukken' number", node)
    return Proposal(r.text(m["voorstel"], "voorstel"), date, kamerstukken)


def read_leden(r: Reader, node: yaml.Node | None, numbered_by_position: bool = True) -> tuple[Lid, ...]:
    """Read a list of leden (each a string or a mapping)."""
    numberer = Numberer(r, "lid") if numbered_by_position else None
    out = []
    for child in r.seq(node, "leden"):
        number, text, items, key = _lid_like(r, child, numberer, "lid", 1)
        out.append(Lid(number, text, items, key, r.loc(child)))
    return tuple(out)


def read_items(r: Reader, node: yaml.Node | None, depth: int, numbered_by_position: bool = True) -> tuple[Item, ...]:
    """Read list onderdelen (depth 1: a, b) or subonderdelen (depth 2: 1°, 2°)."""
    kind = "item" if depth == 1 else "subitem"
    numberer = Numberer(r, kind) if numbered_by_position else None
    out = []
    for child in r.seq(node, "onderdelen"):
        number, text, items, key = _lid_like(r, child, numberer, kind, depth)
        out.append(Item(number, text, items, key, r.loc(child)))
    return tuple(out)


def _lid_like(r: Reader, node: yaml.Node, numberer: Numberer | None, kind: str, depth: int
              ) -> tuple[str, str, tuple[Item, ...], str]:  # fmt: skip
    what = "lid" if kind == "lid" else "onderdeel"
    if isinstance(node, yaml.ScalarNode):
        number = numberer.take(None, node) if numberer else payload_number(r, {}, node, what)
        text = r.text(node, what)
        if not text:
            r.report("STR004", f"{what} {number} is empty", node)
        return number, text, (), ""
    m = r.mapping(node, what, LID_KEYS)
    number = numberer.take(m.get("nummer"), node) if numberer else payload_number(r, m, node, what)
    items = read_items(r, m.get("onderdelen"), depth + 1 if kind != "lid" else 1)
    if kind == "subitem" and items:
        r.report("SCH008", "lists nest no deeper than subonderdelen (1°)", m["onderdelen"])
    return number, r.text(m.get("tekst"), "tekst"), items, r.text(m.get("key"), "key")
