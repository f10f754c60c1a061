"""Bill → Word: the wetsvoorstel and the memorie van toelichting as two .docx documents.

Both are written with the public Word API (`wetgen.word`) on the reference document, whose
styles and page setup make the house style: the wetsvoorstel by `BillWriter`
(`wetgen.render.bill_writer`), the MvT by `MvtWriter` (`wetgen.render.mvt_docx`). Paragraphs
refer to styles by name; the names are resolved to the reference's style ids, so a reference
made in a Dutch Word works as well.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from wetgen.errors import RenderError
from wetgen.formulas import doc_type, dutch_date, file_time
from wetgen.model import Bill
from wetgen.render.bill_writer import HEADINGS
from wetgen.render.docx_keys import KEYS_ITEM_ID, KEYS_SCHEMA, KeyedBillWriter
from wetgen.render.kamerstuk import heading_block, running_header
from wetgen.render.mvt_docx import MvtWriter
from wetgen.word import Properties, WordDocument

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

Reference = str | Path | bytes | None
StylePairs = tuple[tuple[str, str], ...]  # a style map: (the build's name, the document's name)


def required_styles() -> tuple[str, ...]:
    """Return the names of the styles a reference document must define."""
    return REQUIRED_STYLES


def check_styles(reference: Reference = None, styles: StylePairs = ()) -> list[str]:
    """Return the required style names the reference document lacks (empty when complete),
    after the style map `styles` (pairs of our name and the document's)."""
    return WordDocument.open(resolve_reference(reference)).styles.mapped(styles).missing(REQUIRED_STYLES)


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


def open_reference(reference: Reference = None, styles: StylePairs = ()) -> WordDocument:
    """Return a new document on the reference, with the style map `styles` applied, after
    checking it has every required style."""
    document = WordDocument.open(resolve_reference(reference))
    if styles:
        document.styles = document.styles.mapped(styles)
    document.require_styles(REQUIRED_STYLES)
    return document


def render_bill_docx(bill: Bill, reference: Reference = None, styles: StylePairs = ()) -> bytes:
    """Render the wetsvoorstel as a .docx in the house style of `reference` (and style map)."""
    document = open_reference(reference, styles)
    writer = KeyedBillWriter(document.styles, bill.is_amending_law)
    writer.out = document.body
    writer.bill(bill)
    block = heading_block(bill, doc_type(bill.formulier), "Voorstel van wet", document.styles)
    if block:  # it holds the opschrift and the kind: the writer's first two lines give way
        document.body[:2] = block
    if writer.anchors:
        document.add_custom_xml(writer.keys_part(), KEYS_SCHEMA, KEYS_ITEM_ID)
    return finish(document, bill, "Voorstel van wet")


def render_mvt_docx(bill: Bill, reference: Reference = None, styles: StylePairs = ()) -> bytes:
    """Render the memorie van toelichting as a .docx with real footnotes and a contents list
    whose page numbers are fields to its headings."""
    document = open_reference(reference, styles)
    MvtWriter(document).mvt(bill)
    return finish(document, bill, "Memorie van toelichting")



def finish(document: WordDocument, bill: Bill, kind: str) -> bytes:
    """Add the header, the page-numbered footer and the properties of one of a bill's
    documents ("Voorstel van wet", "Memorie van toelichting", "Nota van wijziging"), and
    return its bytes."""
    first = kind if kind != "Voorstel van wet" else ""
    document.set_header(running_header(bill, kind) or header_lines(bill, first))
    document.set_footer()
    document.properties = bill_properties(bill, kind)
    return document.to_bytes(build_time(bill))


def build_time(bill: Bill) -> datetime:
    """Return the timestamp written into files: SOURCE_DATE_EPOCH if set, else the version date."""
    try:
        day = date.fromisoformat(bill.version.date)
    except ValueError:
        raise RenderError(f"version date is not an ISO date: {bill.version.date!r}") from None
    return file_time(datetime(day.year, day.month, day.day, tzinfo=UTC))


def bill_properties(bill: Bill, kind: str) -> Properties:
    """Return the document properties of one of a bill's documents."""
    title = bill.citeertitel or bill.opschrift
    return Properties(
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


def header_lines(bill: Bill, kind: str) -> list[str]:
    """Return the page header: the title (with the kind of document, if any), version, date."""
    title = bill.citeertitel or bill.opschrift
    first = f"{title} – {kind}" if kind else title
    return [first, f"{bill.version.label} – {dutch_date(bill.version.date)}"]


__all__ = [
    "DEFAULT_REFERENCE",
    "REQUIRED_STYLES",
    "Reference",
    "bill_properties",
    "build_time",
    "check_styles",
    "finish",
    "header_lines",
    "open_reference",
    "render_bill_docx",
    "render_mvt_docx",
    "required_styles",
    "resolve_reference",
]
