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
from wetgen.loader.numbering import Numberer, WrittenNumbers
from wetgen.loader.reader import Reader
from wetgen.messages import t
from wetgen.model import DIVISION_KINDS, Article, Division, Item, LawRef, Lid, Proposal
from wetgen.source import SourceLocation

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
        r.report(t("STR004.division-empty", kind=kind, number=number), node)
    return Division(
        kind=kind,
        number=number,
        opschrift=r.text(m.get("opschrift"), "opschrift"),
        children=children,
        key=r.text(m.get("key"), "key"),
        loc=r.loc(node),
    )


def payload_articles(r: Reader, nodes: list[yaml.Node]) -> tuple[Division | Article, ...]:
    """Read the new articles and divisions of a wijzigingsopdracht; no article number twice."""
    out: list[Division | Article] = []
    written = WrittenNumbers(r, "artikel", gaps=False)
    for node in nodes:
        kind = division_kind(node)
        out.append(division(r, node, kind, None) if kind else article(r, node, None))
        if isinstance(out[-1], Article) and isinstance(node, yaml.MappingNode):
            written.take(out[-1].number, _number_node(node))
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
        r.report(t("STR004.article-empty", number=number), node)
    if "leden" in m and ("tekst" in m or "wijzigt" in m):
        other = "tekst" if "tekst" in m else "wijzigt"
        r.report(t("SCH007.leden-and-other", number=number, other=other), m["leden"])
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
            r.report(t("STR004.no-onderdelen", number=number, law=law.citeertitel), node)
        intro = r.text(m.get("inleiding"), "inleiding")
        standard = intro == STANDARD_INTRO
        return Article(amends=law, onderdelen=onderdelen, intro="" if standard else intro,
                       standard_intro=standard, **common)  # type: ignore[arg-type]  # fmt: skip
    if "inleiding" in m:
        r.report(t("SCH001.inleiding-without-wijzigt"), m["inleiding"])
    leden = read_leden(r, m.get("leden"))
    items = read_items(r, m.get("onderdelen"), 1)
    if items and "tekst" not in m:
        r.report(t("SCH002.onderdelen-without-tekst", number=number), node)
    text_loc = r.loc(m["tekst"]) if "tekst" in m else r.loc(node)
    return Article(text=r.text(m.get("tekst"), "tekst"), items=items, leden=leden, text_loc=text_loc,
                   **common)  # type: ignore[arg-type]  # fmt: skip


def payload_number(r: Reader, m: dict[str, yaml.Node], node: yaml.Node, what: str) -> str:
    """Return the written number of a unit inserted into the amended law, or report it."""
    number = ids.clean_number(r.text(m.get("nummer"), "nummer"))
    if not number:
        r.report(t("NUM002.number-needed", what=what), node, t("hint.write-the-number"))
    return number


def _number_node(node: yaml.Node) -> yaml.Node:
    """Return the node of a mapping's `nummer` value (where a finding on the number points)."""
    return next((v for k, v in node.value if getattr(k, "value", "") == "nummer"), node)


def read_law(r: Reader, node: yaml.Node) -> LawRef:
    """Read the law an amending article amends: its name and the word it takes, or a bill."""
    m = r.mapping(node, "wijzigt", LAW_KEYS)
    bwb = r.text(m.get("bwb"), "bwb")
    if bwb and not re.fullmatch(r"BWBR\d{7}", bwb):
        r.report(t("SCH004.not-a-bwb", value=bwb), m["bwb"])
    known = tuple(ids.clean_number(r.text(n, "artikel")) for n in r.seq(m.get("artikelen"), "artikelen"))
    citeertitel = r.text(m.get("citeertitel"), "citeertitel")
    proposal = _proposal(r, m, node)
    if not citeertitel and proposal is None and isinstance(node, yaml.MappingNode):
        r.report(t("SCH002.law-without-name"), node)
    article_word = r.choice(m.get("lidwoord"), "lidwoord", ARTICLES_OF_LAWS, "de")
    if "lidwoord" not in m and citeertitel.split(" ")[0] in _NOT_DE:
        r.report(t("SCH010.de-law", law=citeertitel), node, t("hint.lidwoord"), Severity.WARNING)
    return LawRef(citeertitel, bwb, known, "" if article_word == "geen" else article_word, proposal)


def _proposal(r: Reader, m: dict[str, yaml.Node], node: yaml.Node) -> Proposal | None:
    """Read the bill a novelle amends: voorstel, koninklijke_boodschap and kamerstukken."""
    if "voorstel" not in m:
        for key in ("koninklijke_boodschap", "kamerstukken"):
            if key in m:
                r.report(t("SCH002.names-a-bill", key=key), m[key])
        return None
    date = r.text(m.get("koninklijke_boodschap"), "koninklijke_boodschap")
    if not _ISO_DATE.match(date):
        r.report(t("SCH004.not-a-date", what="koninklijke_boodschap", value=date), m.get("koninklijke_boodschap") or node)
    kamerstukken = r.text(m.get("kamerstukken"), "kamerstukken")
    if not kamerstukken:
        r.report(t("SCH002.voorstel-needs-kamerstukken"), node)
    return Proposal(r.text(m["voorstel"], "voorstel"), date, kamerstukken)


def read_leden(r: Reader, node: yaml.Node | None, numbered_by_position: bool = True, gaps: bool = True
               ) -> tuple[Lid, ...]:  # fmt: skip
    """Read a list of leden (each a string or a mapping); written numbers (new leden) may not
    repeat, nor skip a number when `gaps` is checked."""
    numberer = Numberer(r, "lid") if numbered_by_position else None
    written = None if numbered_by_position else WrittenNumbers(r, "lid", gaps)
    out = []
    for child in r.seq(node, "leden"):
        number, text, items, key, text_loc = _lid_like(r, child, numberer, "lid", 1, written)
        out.append(Lid(number, text, items, key, _unit_loc(r, child, text_loc), text_loc))
    return tuple(out)


def read_items(r: Reader, node: yaml.Node | None, depth: int, numbered_by_position: bool = True,
               gaps: bool = True) -> tuple[Item, ...]:  # fmt: skip
    """Read list onderdelen (depth 1: a, b) or subonderdelen (depth 2: 1°, 2°)."""
    if node is None:
        return ()  # most leden have no onderdelen: spare them a numberer
    kind = "item" if depth == 1 else "subitem"
    numberer = Numberer(r, kind) if numbered_by_position else None
    written = None if numbered_by_position else WrittenNumbers(r, "onderdeel", gaps)
    out = []
    for child in r.seq(node, "onderdelen"):
        number, text, items, key, text_loc = _lid_like(r, child, numberer, kind, depth, written)
        out.append(Item(number, text, items, key, _unit_loc(r, child, text_loc), text_loc))
    return tuple(out)


def _unit_loc(r: Reader, node: yaml.Node, text_loc: SourceLocation) -> SourceLocation:
    """Return where a lid or item is written: a plain string is its own text (made once)."""
    return text_loc if isinstance(node, yaml.ScalarNode) else r.loc(node)


def _lid_like(r: Reader, node: yaml.Node, numberer: Numberer | None, kind: str, depth: int,
              written: WrittenNumbers | None) -> tuple[str, str, tuple[Item, ...], str, SourceLocation]:  # fmt: skip
    what = "lid" if kind == "lid" else "onderdeel"
    if isinstance(node, yaml.ScalarNode):
        number = numberer.take(None, node) if numberer else payload_number(r, {}, node, what)
        text = r.text(node, what)
        if not text:
            r.report(t("STR004.unit-empty", what=what, number=number), node)
        return number, text, (), "", r.loc(node)
    m = r.mapping(node, what, LID_KEYS)
    number = numberer.take(m.get("nummer"), node) if numberer else payload_number(r, m, node, what)
    if written is not None and number:
        written.take(number, m.get("nummer") or node)
    items = read_items(r, m.get("onderdelen"), depth + 1 if kind != "lid" else 1)
    if kind == "subitem" and items:
        r.report(t("SCH008.too-deep"), m["onderdelen"])
    text_loc = r.loc(m["tekst"]) if "tekst" in m else r.loc(node)
    return number, r.text(m.get("tekst"), "tekst"), items, r.text(m.get("key"), "key"), text_loc
