"""The parts around the articles: where the body, the closing and the MvT begin, and what the
opschrift, aanhef, considerans, enacting formula, slotformulier and ondertekening say."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from wetgen.formulas import MONTHS
from wetgen.importer import blocks as b
from wetgen.importer.blocks import Block
from wetgen.importer.report import Notes
from wetgen.importer.structure import tokens as t
from wetgen.importer.structure.formulier import ALLEN, ENACTING, ROYAL, SLOT, FormulaLine

_DOCTYPE = re.compile(
    r"^(?:nr\.\s*(?P<nr>\w+)\s+)?(?P<what>(?:gewijzigd\s+)?(?:voorstel|ontwerp) van (?:rijks)?wet)$",
    re.IGNORECASE,
)
_WIJ = re.compile(r"^wij\s+\S+.*\bbij de gratie gods\b", re.IGNORECASE)
_ALLEN = re.compile(r"^allen,?\s+die\s+deze", re.IGNORECASE)
_ALZO = re.compile(r"^alzo\s+wij\s+in\s+overweging\s+genomen\s+hebben,?\s*", re.IGNORECASE)
_FORMULA = re.compile(r"^zo\s+is\s+het,?\s+dat\s+wij\b", re.IGNORECASE)
_CLOSING = re.compile(r"^lasten\s+en\s+bevelen\b", re.IGNORECASE)
_GEGEVEN = re.compile(r"^gegeven\b", re.IGNORECASE)
_MVT = re.compile(r"^(?:nr\.\s*\w+\s+)?memorie van toelichting\.?$", re.IGNORECASE)
_DOSSIER = re.compile(r"^(?P<nr>\d{2}\s?\d{3}(?:\s?\(R\d+\))?(?:[\s-][A-Z]{1,5})?)\s+(?P<title>[A-Z].+)$")
_TITLE = re.compile(
    r"^((Rijks)?[Ww]et van \d|Besluit van \d|Wijziging van|Regels |Regeling van|Verklaring dat|Goedkeuring van"
    r"|Intrekking van|Vaststelling van|Invoering van|Aanpassing van|Herziening van|Uitvoering van"
    r"|Instelling van|Tijdelijke|Wet )"
)
_VERSION = re.compile(
    r"^(?P<label>.*), (?P<date>\d{4}-\d{2}-\d{2}|\d{1,2} [a-z]+ \d{4}) \((?P<stage>[^()]+)\)$"
)
DUTCH_DATE = re.compile(rf"\b(?P<d>\d{{1,2}})\s+(?P<m>{'|'.join(MONTHS)})\s+(?P<y>\d{{4}})\b", re.I)
_RECEIVED = re.compile(r"^(ontvangen|vastgesteld)\s+", re.IGNORECASE)
_ASIDE = re.compile(r"^(kamerstuk|staatsblad van het koninkrijk der nederlanden|tweede kamer der"
                    r" staten-generaal|eerste kamer der staten-generaal|vergaderjaar)\b", re.I)


@dataclass
class Parts:
    """The blocks of a bill split into front matter, body, closing and memorie van toelichting."""

    front: list[Block]
    body: list[Block]
    closing: list[Block]
    mvt: list[Block]


def partition(blocks: list[Block]) -> Parts:
    """Split blocks at the first article (after the enacting formula), the slotformulier and the MvT."""
    mvt_at = next((i for i, blk in enumerate(blocks) if _is_mvt_start(blk)), len(blocks))
    bill = blocks[:mvt_at]
    formula_at = next((i for i, blk in enumerate(bill) if _FORMULA.match(blk.text.strip())), -1)
    start = formula_at + 1 if formula_at >= 0 else _first_heading(bill)
    closing_at = next(
        (i for i in range(start, len(bill)) if bill[i].depth == 0 and _is_closing(bill[i])),
        len(bill),
    )
    return Parts(bill[:start], bill[start:closing_at], bill[closing_at:], blocks[mvt_at:])


def _is_mvt_start(block: Block) -> bool:
    return block.role == b.MVT or bool(_MVT.match(block.text.strip()))


def _is_closing(block: Block) -> bool:
    text = block.text.strip()
    return block.role in (b.CLOSING, b.SIGNATURE) or bool(_CLOSING.match(text)) or (
        bool(_GEGEVEN.match(text)) and len(text) < 120 and "»" not in text and '"' not in text
    )


def _first_heading(blocks: list[Block]) -> int:
    for i, block in enumerate(blocks):
        if block.depth == 0 and (t.classify(block).kind in (t.ARTICLE, t.DIVISION)
                                 or not block.role and t.run_in_heading(block, block.text.strip())):  # fmt: skip
            return i
    return len(blocks)


@dataclass
class Front:
    """What the front matter says."""

    opschrift: str = ""
    citeertitel: str = ""
    date: str = ""
    stage: str = ""
    version_label: str = ""
    own_format: bool = False  # the version line wetgen's own Markdown writes was found
    considerans: list[str] = field(default_factory=list)
    formulas: list[FormulaLine] = field(default_factory=list)  # aanhef and enacting formula


def read_front(blocks: list[Block], notes: Notes) -> Front:
    """Read the opschrift, aanhef, considerans and enacting formula; keep what else is there."""
    front = Front()
    in_considerans = False
    for block in blocks:
        text = " ".join(block.text.split())
        if not text:
            continue
        if in_considerans and text.lower().startswith("dat ") and not _FORMULA.match(text):
            front.considerans.extend(split_considerans(text))
            continue
        in_considerans = False
        if _read_formula_line(block, text, front, notes):
            in_considerans = bool(_ALZO.match(text))
            continue
        if _read_title_line(block, text, front, notes):
            continue
        notes.keep(block.origin, text, "text before the articles not recognised")
    if not front.opschrift:
        notes.warn(blocks[0].origin if blocks else "front", "no opschrift found; set it in the draft")
    return front


def _read_formula_line(block: Block, text: str, front: Front, notes: Notes) -> bool:
    if _WIJ.match(text) or _ALLEN.match(text) or block.role == b.AANHEF and not _ALZO.match(text):
        kind = ALLEN if _ALLEN.match(text) else ROYAL
        front.formulas.append(FormulaLine(kind, text, block.origin))
        return True
    if _FORMULA.match(text) or block.role == b.FORMULA:
        front.formulas.append(FormulaLine(ENACTING, text, block.origin))
        return True
    if block.role == b.CONSIDERANS and block.style == "recital":
        front.considerans.append(text)  # a source that marks each clause (AKN recital)
        return True
    if block.role == b.CONSIDERANS or _ALZO.match(text):
        front.considerans.extend(split_considerans(_ALZO.sub("", text, count=1)))
        return True
    return False


def _read_title_line(block: Block, text: str, front: Front, notes: Notes) -> bool:
    doctype = _DOCTYPE.match(text)
    if block.role == b.DOCTYPE or doctype:
        number = doctype.group("nr") if doctype else re.match(r"^nr\.\s*\w+", text, re.IGNORECASE)
        if number:
            front.stage = "ingediend"
            notes.keep(block.origin, text, "Kamerstuk number")
        return True
    version = _VERSION.match(text)
    if version and block.style == "em":
        front.version_label, front.stage = version.group("label", "stage")
        date = version.group("date")
        front.date = date if date[:4].isdigit() and "-" in date else iso_date(date)
        front.own_format = True
        return True
    if _RECEIVED.match(text) and DUTCH_DATE.search(text):
        front.date = front.date or iso_date(text)
        notes.keep(block.origin, text, "publication line")
        return True
    if _ASIDE.match(text):
        notes.keep(block.origin, text, "publication heading")
        return True
    if front.opschrift or not (block.role == b.TITLE or _looks_like_title(block, text)):
        return False
    dossier = _DOSSIER.match(text)
    if dossier and block.role != b.TITLE:
        notes.keep(block.origin, dossier.group("nr"), "dossier number")
        text = dossier.group("title")
    front.opschrift, front.citeertitel = split_citeertitel(text)
    if re.match(r"^(?:(?:Rijks)?[Ww]et|Besluit) van \d", text):  # a Staatsblad text: its date
        front.date = front.date or iso_date(text)
        front.stage = front.stage or "ingediend"
    return True


def _looks_like_title(block: Block, text: str) -> bool:
    plain = _DOSSIER.sub(lambda m: m.group("title"), text)
    return bool(_TITLE.match(plain)) or block.level == 1 or block.style in ("Opschrift", "Title")


def split_citeertitel(opschrift: str) -> tuple[str, str]:
    """Split "Wijziging van … (Wet x)" into the opschrift and the citeertitel in brackets."""
    m = re.match(r"^(?P<title>.+?)\s*\((?P<cite>[^()]*(?:[Ww]et|[Ww]etboek|[Bb]esluit)[^()]*)\)$",
                 opschrift)  # fmt: skip
    if m and not m.group("cite").lower().startswith(("wet van", "stb", "kamerstuk")):
        return m.group("title"), m.group("cite")
    return opschrift, ""


def split_considerans(text: str) -> list[str]:
    """Split considerans text into its clauses at "; dat"; each clause keeps its semicolon."""
    parts = re.split(r"(?<=;)\s+(?=dat\b)", text.strip())
    return [p.strip() for p in parts if p.strip()]


def iso_date(text: str) -> str:
    """Return the first Dutch date in `text` as YYYY-MM-DD, or ""."""
    m = DUTCH_DATE.search(text)
    if not m:
        return ""
    month = MONTHS.index(m.group("m").lower()) + 1
    return f"{int(m.group('y')):04d}-{month:02d}-{int(m.group('d')):02d}"


@dataclass
class Closing:
    """What the slotformulier and the ondertekening say."""

    signatories: list[str] = field(default_factory=list)
    ministry: str = ""
    formulas: list[FormulaLine] = field(default_factory=list)  # the slotformulier


_MINISTER = re.compile(r"^De (?:Minister|Staatssecretaris) (?:van|voor) (?P<m>.+?),?$")


def read_closing(blocks: list[Block], notes: Notes) -> Closing:
    """Read the slotformulier, "Gegeven" and the signatories."""
    closing = Closing()
    given = False
    for block in blocks:
        text = " ".join(block.text.split())
        if not text:
            continue
        if _CLOSING.match(text) or block.role == b.CLOSING:
            closing.formulas.append(FormulaLine(SLOT, text, block.origin))
            continue
        if _GEGEVEN.match(text) and not given:
            given = True
            if text != "Gegeven":
                notes.keep(block.origin, text, "place and date of signing")
            continue
        if re.match(r"^uitgegeven\b", text, re.IGNORECASE):
            notes.keep(block.origin, text, "date of publication")
            continue
        closing.signatories.append(text)
        minister = _MINISTER.match(text)
        if minister and not closing.ministry:
            closing.ministry = minister.group("m")
    return closing


def _normal(text: str) -> str:
    """Return text without punctuation and case, for comparing standard formulas."""
    return re.sub(r"[^a-z]+", "", text.lower())

