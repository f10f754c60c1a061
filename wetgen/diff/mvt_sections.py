"""The memorie van toelichting as sections of paragraphs, for comparing two versions of it.

The algemeen deel is cut at its highest headings, one section per heading (and one for any
text before the first); the artikelsgewijze toelichting is one section per article and
onderdeel that has a toelichting. Every section has the address of its Akoma Ntoso element
(`address.prose_section`, `address.explanation`), so its eId is an element of that version's
MvT in AKN.

Paragraphs are the Word renderer's `Para`s in the MvT's styles, with the texts the MvT prints:
headings, text, list items with their label, quotes. As the comparison is of text, a table row
is a paragraph with its cells joined by " | ", a figure is its caption line, and a footnote is
"[voetnoot: …]" where its marker is.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

from wetgen import address, ids
from wetgen.address import Address
from wetgen.amend.wording import onderdeel_heading
from wetgen.model import Bill
from wetgen.prose.blocks import (
    Block,
    Figure,
    Heading,
    Inlines,
    ListItem,
    Note,
    Quote,
    Table,
    plain_text,
)
from wetgen.prose.markdown_in import parse_markdown
from wetgen.render.akn.mvt import EXPLANATIONS
from wetgen.render.bill_writer import HEADINGS, Para, clean, full_opschrift
from wetgen.typography import typographic
from wetgen.word import StyleMap

GENERAL = "algemeen"  # the eId of the algemeen deel in the MvT's Akoma Ntoso
GENERAL_TITLE = "Algemeen deel"
GENERAL_HEADING = "I. ALGEMEEN DEEL"
ARTICLES_HEADING = "II. ARTIKELSGEWIJS"
CELL_SEPARATOR = " | "
PARAGRAPH_BREAK = "\n\n"  # between the paragraphs of a section's text


class Section(NamedTuple):
    """One section of the MvT: its address, the heading wetgen writes for it (artikelsgewijs;
    not compared, as it follows the unit's number), its paragraphs, its Markdown source and
    the eId of the unit it explains ("" in the algemeen deel)."""

    address: Address
    heading: tuple[Para, ...]
    body: tuple[Para, ...]
    source: str
    unit: str = ""

    def text(self) -> str:
        """Return the section's text as compared: its paragraphs, a blank line between them."""
        return PARAGRAPH_BREAK.join(p.plain() for p in self.body)


class Source(NamedTuple):
    """The toelichting on one unit before it is read: its address, the eId of the unit it
    explains, its heading and its Markdown."""

    address: Address
    unit: str
    heading: str
    markdown: str


class MvtLayout(NamedTuple):
    """The MvT as compared: title lines, the algemeen deel's sections, the artikelsgewijze
    sections and the ondertekening; the two part headings go between them."""

    front: tuple[Para, ...]
    general: tuple[Section, ...]
    articles: tuple[Section, ...]
    closing: tuple[Para, ...]


def mvt_layout(bill: Bill, styles: StyleMap | None = None) -> MvtLayout:
    """Return the whole MvT of a bill as sections of paragraphs."""
    reader = _Reader(styles)
    front = (
        Para("Opschrift", "", full_opschrift(bill), keep_next=True),
        Para("Memorie van toelichting", "", "Memorie van toelichting"),
    )
    general = tuple(reader.general(bill.toelichting.algemeen))
    articles = tuple(reader.section(s) for s in article_sources(bill))
    closing = tuple(Para("Ondertekening", "", s) for s in bill.signatories)
    return MvtLayout(front, general, articles, closing)


def general_sections(bill: Bill) -> tuple[Section, ...]:
    """Return the sections of the algemeen deel."""
    return tuple(_Reader(None).general(bill.toelichting.algemeen))


def article_sources(bill: Bill) -> list[Source]:
    """Return the toelichting of every article and onderdeel that has one, in the MvT's order,
    unread (reading Markdown costs; most toelichtingen do not change between versions)."""
    out = []
    for article in bill.articles():
        own = address.article(address.BILL, article)
        if article.toelichting.strip():
            heading = ids.article_heading(article.number, False)  # as the MvT heads it
            place = address.explanation(EXPLANATIONS, own)
            out.append(Source(place, own.eid, heading, article.toelichting))
        for onderdeel in article.onderdelen:
            if onderdeel.toelichting.strip():
                unit = address.onderdeel(own, onderdeel)
                place = address.explanation(EXPLANATIONS, unit)
                out.append(Source(place, unit.eid, onderdeel_heading(article, onderdeel), onderdeel.toelichting))
    return out


def prose_paras(markdown: str, top_level: int = 3) -> list[Para]:
    """Return Markdown as the MvT's paragraphs, its highest heading at `top_level`."""
    blocks = parse_markdown(markdown)
    levels = [b.level for b in blocks if isinstance(b, Heading)]
    shift = top_level - min(levels) if levels else 0
    reader = _Reader(None)
    return [para for block in blocks for para in reader.paras(block, shift)]


def article_section(source: Source) -> Section:
    """Return the section of one unit's toelichting."""
    return _Reader(None).section(source)


@dataclass
class _Reader:
    """Reads Markdown into sections; numbers figures through the whole MvT, as it prints."""

    styles: StyleMap | None
    figures: int = 0

    def general(self, markdown: str) -> Iterator[Section]:
        """Yield the algemeen deel's sections, cut at its highest headings."""
        blocks = parse_markdown(markdown)
        levels = [b.level for b in blocks if isinstance(b, Heading)]
        top, shift = (min(levels), 2 - min(levels)) if levels else (0, 0)
        place, body, headings = address.prose_section(GENERAL, GENERAL_TITLE, 0, ""), [], 0
        for block in blocks:
            if isinstance(block, Heading):
                headings += 1
                if block.level == top:
                    if body:
                        yield Section(place, (), tuple(body), "")
                    text = plain_text(block.inlines)
                    place, body = address.prose_section(GENERAL, GENERAL_TITLE, headings, clean(text)), []
            body.extend(self.paras(block, shift))
        if body:
            yield Section(place, (), tuple(body), "")

    def section(self, source: Source) -> Section:
        """Return the section of a unit's toelichting: its heading, then its text."""
        blocks = parse_markdown(source.markdown)
        levels = [b.level for b in blocks if isinstance(b, Heading)]
        shift = 3 - min(levels) if levels else 0
        heading = (Para(HEADINGS[1], "", source.heading),)
        body = tuple(para for block in blocks for para in self.paras(block, shift))
        return Section(source.address, heading, body, source.markdown, source.unit)

    def paras(self, block: Block, shift: int) -> list[Para]:
        """Return the paragraphs of one prose block, in the styles the MvT prints it in: one,
        or one per row of a table."""
        if isinstance(block, Heading):
            style = HEADINGS[min(max(block.level + shift, 1), len(HEADINGS)) - 1]
            return [Para(style, "", _text(block.inlines))]
        if isinstance(block, ListItem):
            indent = 0
            if block.level > 1 and self.styles is not None:
                indent = self.styles.indent("MvT opsomming")[0] * (block.level - 1)
            return [Para("MvT opsomming", block.label, _text(block.inlines), labelled=True, shift=indent)]
        if isinstance(block, Table):
            rows = (block.header, *block.rows)
            return [Para("MvT tekst", "", CELL_SEPARATOR.join(_text(c) for c in row)) for row in rows]
        if isinstance(block, Figure):
            self.figures += 1
            shown = plain_text(block.caption) or block.source
            return [Para("MvT tekst", "", f"Figuur {self.figures}. {shown}" if shown else f"Figuur {self.figures}")]
        return [Para("MvT citaat" if isinstance(block, Quote) else "MvT tekst", "", _text(block.inlines))]


def _text(inlines: Inlines) -> str:
    """Return the text of inlines with each footnote written out where its marker is."""
    out = []
    for inline in inlines:
        if isinstance(inline, Note):
            note = " ".join(plain_text(p) for p in inline.paragraphs)
            out.append(f"[voetnoot: {clean(note)}]")
        else:
            out.append(inline.text)
    return typographic(clean("".join(out)))  # as the Word MvT prints it: “…”, ’
