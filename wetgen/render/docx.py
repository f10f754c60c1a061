"""Bill → Word: the wetsvoorstel and the memorie van toelichting as two .docx documents.

The body XML is built as escaped strings (fast for bills of thousands of articles) from the
fragments in `wetgen.render.ooxml`, and placed inside the reference document, whose styles
and page setup make the house style. Paragraphs refer to styles by name; the names are
resolved to the reference's style ids, so a reference made in a Dutch Word works as well.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from wetgen import ids
from wetgen.amend import wording
from wetgen.errors import RenderError
from wetgen.formulas import (
    AANHEF,
    CONSIDERANS_INTRO,
    ENACTING_FORMULA,
    GEGEVEN,
    SLOTFORMULIER,
    dutch_date,
    file_time,
)
from wetgen.model import Article, Bill, Division, Item, Lid, Unit
from wetgen.prose.blocks import Block, Cell, Figure, Note, Span, Table, plain_text
from wetgen.prose.markdown_in import parse_markdown
from wetgen.render import ooxml

HEADINGS = ("Heading 1", "Heading 2", "Heading 3", "Heading 4")
REQUIRED_STYLES = (
    "Opschrift",
    "Voorstel van wet",
    "Memorie van toelichting",
    "Aanhef",
    *HEADINGS,
    "Artikeltekst",
    "Lid",
    "Onderdeel",
    "Subonderdeel",
    "Onderdeelletter",
    "Wijzigingsopdracht",
    "Wijziging genummerd",
    "Nieuw artikel",
    "Slotformulier",
    "Ondertekening",
    "MvT tekst",
    "MvT opsomming",
    "MvT citaat",
    "MvT tabel",
    "Normal",
    "Header",
    "Footer",
    "footnote text",
    "footnote reference",
    "TOC Heading",
    "toc 1",
    "toc 2",
    "toc 3",
)
DEFAULT_REFERENCE = Path(__file__).resolve().parents[2] / "templates" / "reference.docx"
REFERENCE_NAME = "reference.docx"
TOC_LEVELS = 3
TABLE_STYLE = "MvT tabel"
TABLE_TEXT_STYLE = "Normal"
CHAR_TWIPS = 110  # the width of an average character at 11 pt, for a column's narrowest width
CELL_MARGINS = 170  # left and right cell margins together, in twips

Reference = str | Path | bytes | None


# --- public API -----------------------------------------------------------------------------


def required_styles() -> tuple[str, ...]:
    """Return the names of the styles a reference document must define."""
    return REQUIRED_STYLES


def check_styles(reference: Reference = None) -> list[str]:
    """Return the required style names the reference document lacks (empty when complete)."""
    package = ooxml.read_package(resolve_reference(reference))
    known = ooxml.style_ids_by_name(package.part(_styles_part(package)))
    return [name for name in REQUIRED_STYLES if name.lower() not in known]


def resolve_reference(reference: Reference = None) -> Path | bytes:
    """Return the reference .docx to use: a file, `reference.docx` in a folder, or the default."""
    if isinstance(reference, bytes):
        return reference
    path = Path(reference) if reference is not None else DEFAULT_REFERENCE
    if path.is_dir():
        path = path / REFERENCE_NAME
    if not path.is_file():
        raise RenderError(f"reference document not found: {path}")
    return path


def render_bill_docx(bill: Bill, reference: Reference = None) -> bytes:
    """Render the wetsvoorstel as a .docx in the house style of `reference`."""
    package, styles = _open(reference)
    body = _BillWriter(styles, bill.is_amending_law)
    body.bill(bill)
    props = _properties(bill, "Voorstel van wet")
    header = _header_lines(bill, "")
    return _assemble(package, styles, body.out, header, props, build_time(bill))


def render_mvt_docx(bill: Bill, reference: Reference = None) -> bytes:
    """Render the memorie van toelichting as a .docx with real footnotes and a TOC field."""
    package, styles = _open(reference)
    body = _MvtWriter(styles, ooxml.text_width(package.part(_main_part(package))))
    body.mvt(bill)
    props = _properties(bill, "Memorie van toelichting")
    header = _header_lines(bill, "Memorie van toelichting")
    notes = ooxml.footnotes_part(body.notes)
    return _assemble(package, styles, body.out, header, props, build_time(bill), notes)


def build_time(bill: Bill) -> datetime:
    """Return the timestamp written into files: SOURCE_DATE_EPOCH if set, else the version date."""
    try:
        day = date.fromisoformat(bill.version.date)
    except ValueError:
        raise RenderError(f"version date is not an ISO date: {bill.version.date!r}") from None
    return file_time(datetime(day.year, day.month, day.day, tzinfo=UTC))


# --- styles and assembly --------------------------------------------------------------------


@dataclass(frozen=True)
class _Styles:
    """Style names resolved to the reference document's style ids, with their indents."""

    ids: dict[str, str]
    indents: dict[str, tuple[int, int]] = field(default_factory=dict)

    def __getitem__(self, name: str) -> str:
        return self.ids[name.lower()]

    def indent(self, name: str) -> tuple[int, int]:
        """Return the (left, hanging) indent of a style in twips."""
        return self.indents.get(self[name], (0, 0))


def _open(reference: Reference) -> tuple[ooxml.Package, _Styles]:
    package = ooxml.read_package(resolve_reference(reference))
    known = ooxml.style_ids_by_name(package.part(_styles_part(package)))
    missing = [name for name in REQUIRED_STYLES if name.lower() not in known]
    if missing:
        raise RenderError(
            "the reference document lacks these styles: " + ", ".join(f'"{m}"' for m in missing)
        )
    styles_xml = package.part(_styles_part(package))
    return package, _Styles(known, ooxml.style_indents(styles_xml))


def _main_part(package: ooxml.Package) -> str:
    name = package.related("", ooxml.REL_TYPE + "officeDocument")
    if not name:
        raise RenderError("the reference document has no main document part; is it a .docx?")
    return name


def _styles_part(package: ooxml.Package) -> str:
    return package.related(_main_part(package), ooxml.REL_TYPE + "styles") or "word/styles.xml"


def _assemble(
    package: ooxml.Package,
    styles: _Styles,
    body: list[str],
    header: list[str],
    props: ooxml.Properties,
    when: datetime,
    footnotes: bytes | None = None,
) -> bytes:
    main = _main_part(package)
    header_rid = _add_part(package, main, "header", "wetgen-header.xml", _header(styles, header))
    footer_rid = _add_part(package, main, "footer", "wetgen-footer.xml", _footer(styles))
    if footnotes is not None:
        existing = package.related(main, ooxml.REL_TYPE + "footnotes")
        target = existing.rpartition("/")[2] if existing else "footnotes.xml"
        _add_part(package, main, "footnotes", target, footnotes)
        settings = package.related(main, ooxml.REL_TYPE + "settings")
        if settings:
            package.set_part(settings, ooxml.with_footnote_separators(package.part(settings)))
    sect = ooxml.section_properties(package.part(main), header_rid, footer_rid)
    package.set_part(main, ooxml.document_part("".join(body), sect))
    _set_properties(package, props, when)
    return package.to_bytes(when)


def _add_part(package: ooxml.Package, main: str, kind: str, target: str, data: bytes) -> str:
    folder = main.rpartition("/")[0]
    name = f"{folder}/{target}" if folder else target
    package.set_part(name, data, f"{ooxml.CT_WML}{kind}+xml")
    return package.relate(main, ooxml.REL_TYPE + kind, target)


def _set_properties(package: ooxml.Package, props: ooxml.Properties, when: datetime) -> None:
    core_rel = (
        "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
    )
    core = package.related("", core_rel) or "docProps/core.xml"
    package.set_part(
        core,
        ooxml.core_properties_part(props, when),
        "application/vnd.openxmlformats-package.core-properties+xml",
    )
    package.relate("", core_rel, core)
    package.set_part(
        "docProps/custom.xml",
        ooxml.custom_properties_part(props),
        "application/vnd.openxmlformats-officedocument.custom-properties+xml",
    )
    package.relate("", ooxml.REL_TYPE + "custom-properties", "docProps/custom.xml")


def _properties(bill: Bill, kind: str) -> ooxml.Properties:
    title = bill.citeertitel or bill.opschrift
    return ooxml.Properties(
        title=title if kind == "Voorstel van wet" else f"{title}, {kind.lower()}",
        subject=bill.opschrift,
        version=bill.version.label,
        status=bill.version.stage.value,
        creator=f"Ministerie van {bill.ministry}" if bill.ministry else "",
        keywords="wetsvoorstel" if kind == "Voorstel van wet" else "toelichting",
        custom=(
            ("Documentsoort", kind),
            ("Citeertitel", bill.citeertitel),
            ("Versie", bill.version.label),
            ("Versiedatum", bill.version.date),
            ("Fase", bill.version.stage.value),
        ),
    )


def _header_lines(bill: Bill, kind: str) -> list[str]:
    title = bill.citeertitel or bill.opschrift
    first = f"{title} – {kind}" if kind else title
    return [first, f"{bill.version.label} – {dutch_date(bill.version.date)}"]


def _header(styles: _Styles, lines: list[str]) -> bytes:
    paras = [ooxml.paragraph(styles["Header"], ooxml.text_run(line)) for line in lines]
    return ooxml.header_part(paras)


def _footer(styles: _Styles) -> bytes:
    return ooxml.footer_part([ooxml.paragraph(styles["Footer"], ooxml.page_number_field())])


# --- shared writing -------------------------------------------------------------------------

_WS = re.compile(r"[ \t\r\n\f\v]+")


def clean(text: str) -> str:
    """Collapse runs of white space (not non-breaking spaces) and strip the ends."""
    if "  " in text or "\n" in text or "\t" in text or "\r" in text or "\f" in text:
        text = _WS.sub(" ", text)
    return text.strip()


def full_opschrift(bill: Bill) -> str:
    """Return the opschrift with the citeertitel in brackets (Ar 4.4) unless already there."""
    opschrift = clean(bill.opschrift)
    if bill.citeertitel and bill.citeertitel not in opschrift:
        return f"{opschrift} ({clean(bill.citeertitel)})"
    return opschrift


def considerans_text(considerans: tuple[str, ...]) -> str:
    """Return the considerans as one sentence: "Alzo Wij in overweging genomen hebben, dat …;"."""
    clauses = [clean(c).rstrip(".;,") + ";" for c in considerans if clean(c)]
    return " ".join([CONSIDERANS_INTRO, *clauses])


@dataclass
class _Writer:
    """Accumulates body paragraphs in the reference's styles."""

    styles: _Styles
    out: list[str] = field(default_factory=list)
    shift: int = 0  # extra left indent in twips, for new text under a numbered instruction

    def text(self, style: str, text: str, *, keep_next: bool = False) -> None:
        """Add a paragraph holding plain text."""
        runs = ooxml.text_run(clean(text))
        self.para(style, runs, keep_next=keep_next)

    def labelled(self, style: str, label: str, text: str) -> None:
        """Add a paragraph with a designation, a tab and the text (hanging indent in the style)."""
        runs = ooxml.text_run(label) + ooxml.tab_run() + ooxml.text_run(clean(text))
        self.para(style, runs)

    def para(self, style: str, runs: str, *, keep_next: bool = False) -> None:
        """Add a paragraph in a style, shifted right by `shift` when set."""
        indent = None
        if self.shift:
            left, hanging = self.styles.indent(style)
            indent = (left + self.shift, hanging)
        self.out.append(
            ooxml.paragraph(self.styles[style], runs, keep_next=keep_next, indent=indent)
        )

    def heading(self, level: int, text: str) -> None:
        """Add a real Word heading (Heading 1–4) holding literal text."""
        style = HEADINGS[min(max(level, 1), len(HEADINGS)) - 1]
        self.text(style, text)


# --- the wetsvoorstel -----------------------------------------------------------------------


class _BillWriter(_Writer):
    """Writes the wetsvoorstel: opschrift, aanhef, lichaam, slotformulier, ondertekening."""

    def __init__(self, styles: _Styles, amending_law: bool) -> None:
        super().__init__(styles)
        self.amending_law = amending_law

    def bill(self, bill: Bill) -> None:
        """Write the whole wetsvoorstel."""
        self.text("Opschrift", full_opschrift(bill), keep_next=True)
        self.text("Voorstel van wet", "Voorstel van wet")
        self.aanhef(bill)
        for node in bill.body:
            self.node(node, 1)
        self.slot(bill)

    def aanhef(self, bill: Bill) -> None:
        """Write the aanhef in its fixed wording, with the bill's considerans."""
        for line in AANHEF:
            self.text("Aanhef", line)
        self.text("Aanhef", considerans_text(bill.considerans))
        self.text("Aanhef", ENACTING_FORMULA)

    def slot(self, bill: Bill) -> None:
        """Write the slotformulier and the ondertekening with a blank date."""
        self.text("Slotformulier", SLOTFORMULIER)
        self.text("Ondertekening", GEGEVEN)
        for signatory in bill.signatories:
            self.text("Ondertekening", signatory)

    def node(self, node: Division | Article, level: int) -> None:
        """Write a division (with its children one level down) or an article."""
        if isinstance(node, Division):
            self.heading(level, division_heading(node))
            for child in node.children:
                self.node(child, level + 1)
            return
        self.heading(level, article_title(node, self.amending_law))
        if node.is_amending:
            self.amending(node)
        else:
            self.content(node)

    def content(self, article: Article) -> None:
        """Write an article's text with its list, or its leden."""
        if article.text or not article.leden:
            self.text("Artikeltekst", article.text)
            self.items(article.items, 1)
        for lid in article.leden:
            self.lid(lid)

    def lid(self, lid: Lid) -> None:
        """Write a lid with its number as a hanging designation, then its list items."""
        self.labelled("Lid", ids.lid_label(lid.number), lid.text)
        self.items(lid.items, 1)

    def items(self, items: tuple[Item, ...], depth: int) -> None:
        """Write list onderdelen (depth 1) and subonderdelen (depth 2 and deeper)."""
        style = "Onderdeel" if depth == 1 else "Subonderdeel"
        for item in items:
            self.labelled(style, ids.item_label(item.number, depth), item.text)
            self.items(item.items, depth + 1)

    def amending(self, article: Article) -> None:
        """Write an amending article: the opening line, then each onderdeel and its sentences."""
        self.text("Wijzigingsopdracht", wording.article_intro(article))
        for onderdeel in article.onderdelen:
            self.text("Onderdeelletter", onderdeel.number, keep_next=True)
            for line in wording.word_onderdeel(onderdeel):
                self.worded(line)

    def worded(self, line: wording.Worded, base: int = 0) -> None:
        """Write one worded line of an onderdeel and the new units after it, indented from `base`."""
        if line.depth and line.label:
            self.labelled("Wijziging genummerd", line.label, line.sentence)
        else:
            self.text("Wijzigingsopdracht", line.sentence)
        step = self.styles.indent("Wijziging genummerd")[0] if line.depth else 0
        self.shift = base + step
        for unit in line.payload:
            self.payload(unit)
        self.shift = base

    def payload(self, unit: Unit) -> None:
        """Write a new unit after a '…, luidende:' sentence, without quotes."""
        if isinstance(unit, Division):
            self.text("Nieuw artikel", division_heading(unit), keep_next=True)
            for child in unit.children:
                self.payload(child)
        elif isinstance(unit, Article):
            self.text("Nieuw artikel", article_title(unit, False), keep_next=True)
            self.content(unit)
        elif isinstance(unit, Lid):
            self.lid(unit)
        else:
            self.items((unit,), 2 if unit.number.isdigit() else 1)


def article_title(article: Article, amending_law: bool) -> str:
    """Return an article's heading line: "ARTIKEL I" or "Artikel 1. Opschrift"."""
    heading = ids.article_heading(article.number, amending_law)
    return f"{heading}. {clean(article.opschrift)}" if article.opschrift else heading


def division_heading(division: Division) -> str:
    """Return a division's heading line: "Hoofdstuk 2. Opschrift"."""
    label = f"{division.kind.capitalize()} {division.number}"
    return f"{label}. {clean(division.opschrift)}" if division.opschrift else label


# --- the memorie van toelichting ------------------------------------------------------------


class _MvtWriter(_Writer):
    """Writes the MvT: title, TOC, algemeen deel, artikelsgewijze toelichting, footnotes."""

    def __init__(self, styles: _Styles, text_width: int) -> None:
        super().__init__(styles)
        self.text_width = text_width
        self.notes: list[str] = []
        self.toc: list[tuple[int, str]] = []

    def mvt(self, bill: Bill) -> None:
        """Write the whole memorie van toelichting; the contents go in front once known."""
        self.section(1, "I. ALGEMEEN DEEL")
        self.markdown(bill.toelichting.algemeen, 2)
        self.section(1, "II. ARTIKELSGEWIJS")
        for article in bill.articles():
            self.article(article)
        for signatory in bill.signatories:
            self.text("Ondertekening", signatory)
        self.out[:0] = self.front_matter(bill)

    def front_matter(self, bill: Bill) -> list[str]:
        """Return the title lines and the table of contents of the headings written so far."""
        front = _Writer(self.styles)
        front.text("Opschrift", full_opschrift(bill), keep_next=True)
        front.text("Memorie van toelichting", "Memorie van toelichting")
        front.text("TOC Heading", "Inhoudsopgave")
        entry_styles = {n: self.styles[f"toc {n}"] for n in range(1, TOC_LEVELS + 1)}
        levels = f"1-{TOC_LEVELS}"
        toc = ooxml.toc_paragraphs(
            self.toc, entry_styles, levels=levels, placeholder="Inhoudsopgave"
        )
        return [*front.out, *toc, ooxml.page_break()]

    def section(self, level: int, text: str, runs: str = "") -> None:
        """Add a heading and remember it for the table of contents."""
        style = HEADINGS[min(max(level, 1), len(HEADINGS)) - 1]
        runs = runs or ooxml.text_run(clean(text))
        self.out.append(ooxml.paragraph(self.styles[style], runs))
        if level <= TOC_LEVELS:
            self.toc.append((level, clean(text)))

    def article(self, article: Article) -> None:
        """Write the toelichting on an article and on each of its onderdelen."""
        if article.toelichting.strip():
            self.section(2, ids.article_heading(article.number, False))
            self.markdown(article.toelichting, 3)
        for onderdeel in article.onderdelen:
            if onderdeel.toelichting.strip():
                self.section(2, wording.onderdeel_heading(article, onderdeel))
                self.markdown(onderdeel.toelichting, 3)

    def markdown(self, text: str, top_level: int) -> None:
        """Write Markdown blocks; its highest heading level becomes `top_level`."""
        blocks = parse_markdown(text)
        levels = [b.level for b in blocks if b.kind == "heading"]
        shift = top_level - min(levels) if levels else 0
        for block in blocks:
            self.block(block, shift)

    def block(self, block: Block, shift: int) -> None:
        """Write one Markdown block in the MvT styles (figures are not placed in Word yet)."""
        if isinstance(block, Table):
            self.table(block)
            return
        if isinstance(block, Figure):
            return
        runs = self.runs(block.inlines)
        if block.kind == "heading":
            self.section(block.level + shift, plain_text(block.inlines), runs)
        elif block.kind == "item":
            left, hanging = self.styles.indent("MvT opsomming")
            indent = (left * block.level, hanging) if block.level > 1 else None
            runs = ooxml.text_run(block.label) + ooxml.tab_run() + runs
            self.out.append(ooxml.paragraph(self.styles["MvT opsomming"], runs, indent=indent))
        else:
            style = "MvT citaat" if block.kind == "quote" else "MvT tekst"
            self.out.append(ooxml.paragraph(self.styles[style], runs))

    def table(self, table: Table) -> None:
        """Write a Markdown table as a Word table in the table style, then an empty paragraph."""
        columns = list(zip(table.header, *table.rows, strict=True))
        widths = column_widths([[plain_text(c) for c in col] for col in columns], self.text_width)
        rows = [self.table_row(table.header, widths, table.align, header=True)]
        rows += [self.table_row(row, widths, table.align) for row in table.rows]
        self.out.append(ooxml.table(rows, widths, style_id=self.styles[TABLE_STYLE]))
        self.out.append(ooxml.paragraph(self.styles[TABLE_TEXT_STYLE]))

    def table_row(
        self,
        cells: tuple[Cell, ...],
        widths: tuple[int, ...],
        align: tuple[str, ...],
        *,
        header: bool = False,
    ) -> str:
        """Return a table row kept on one page; a header row is bold and repeats on every page."""
        out = []
        for i, cell in enumerate(cells):
            runs = self.runs(cell, bold=header)
            jc = align[i] if i < len(align) else ""
            para = ooxml.paragraph(self.styles[TABLE_TEXT_STYLE], runs, align=jc)
            out.append(ooxml.table_cell([para], widths[i]))
        return ooxml.table_row(out, header=header, cant_split=True)

    def runs(self, inlines: tuple[Span | Note, ...], *, bold: bool = False) -> str:
        """Return run XML for inlines, all bold if `bold`; each note becomes a real footnote."""
        out = []
        for n, inline in enumerate(inlines):
            if isinstance(inline, Note):
                out.append(self.footnote(inline))
                continue
            strong = inline.bold or bold
            out.append(ooxml.text_run(inline.text, bold=strong, italic=inline.italic))
            out.append(_link_target(inline, inlines[n + 1 : n + 2], bold=strong))
        return "".join(out)

    def footnote(self, note: Note) -> str:
        """Add a footnote and return the reference run that points at it."""
        note_id = len(self.notes) + 1
        paras = [self.note_runs(p) for p in note.paragraphs]
        text_style, ref_style = self.styles["footnote text"], self.styles["footnote reference"]
        self.notes.append(ooxml.footnote(note_id, paras, text_style, ref_style))
        return ooxml.footnote_reference(note_id, ref_style)

    def note_runs(self, spans: tuple[Span | Note, ...]) -> str:
        """Return run XML for a footnote's paragraph (nested notes are not possible in Word)."""
        out = []
        for n, span in enumerate(spans):
            if isinstance(span, Span):
                out.append(ooxml.text_run(span.text, bold=span.bold, italic=span.italic))
                out.append(_link_target(span, spans[n + 1 : n + 2], bold=span.bold))
        return "".join(out)


def _link_target(span: Span, following: tuple[Span | Note, ...], *, bold: bool) -> str:
    """Return the run printing a web link's address after its last span, unless it is shown."""
    if not span.href.startswith(("http://", "https://")) or span.href in span.text:
        return ""
    if following and isinstance(following[0], Span) and following[0].href == span.href:
        return ""
    return ooxml.text_run(f" ({span.href})", bold=bold, italic=span.italic)


def column_widths(columns: list[list[str]], total: int) -> tuple[int, ...]:
    """Return column widths in twips that add up to `total`, by the square root of their text.

    A column is widened, at the expense of the widest, so that its longest word fits.
    """
    weights = [math.sqrt(max(sum(len(text) for text in col), 1)) for col in columns]
    widths = [int(total * w / sum(weights)) for w in weights]
    for i, col in enumerate(columns):
        longest = max((len(word) for text in col for word in text.split()), default=0)
        need = min(longest * CHAR_TWIPS + CELL_MARGINS, total // len(columns)) - widths[i]
        if need > 0:
            widest = max(range(len(widths)), key=lambda j: widths[j])
            widths[widest] -= need
            widths[i] += need
    widths[-1] += total - sum(widths)
    return tuple(widths)
