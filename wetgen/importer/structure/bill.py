"""From a source's blocks to a Bill: the parts found, read and put together, with the MvT."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from wetgen.amend.parse import infer_style
from wetgen.importer.blocks import Source
from wetgen.importer.report import Notes
from wetgen.importer.structure import front as f
from wetgen.importer.structure.body import BodyReader
from wetgen.importer.structure.formulier import read_formulier
from wetgen.importer.structure.keys import attach_keys
from wetgen.importer.structure.mvt import attach, read_mvt
from wetgen.importer.structure.repair import repair_body
from wetgen.importer.structure.sentences import is_instruction
from wetgen.importer.structure.tokens import join_split_headings, tokenize
from wetgen.model import Article, Bill, Division, Stage, Style, Toelichting, Version, iter_articles

_CITEERTITEL = re.compile(r"^Deze (?:rijks)?wet wordt aangehaald als:?\s*(?P<cite>.+?)\.?$")
NO_DATE = "1970-01-01"


@dataclass
class Recognised:
    """A bill read from a source, the algemeen deel of its MvT (Markdown) and what was noted."""

    bill: Bill
    mvt: str
    notes: Notes


def recognise(source: Source, mvt_file: str = "") -> Recognised:
    """Return the bill a source holds; `mvt_file` is the name the draft gives its MvT Markdown."""
    notes = Notes()
    for where, message in source.warnings:
        notes.warn(where, message)
    parts = f.partition(join_split_headings(source.blocks))
    _keep_footnotes(parts.front + parts.body + parts.closing, source, notes)
    front = f.read_front(parts.front, notes)
    tokens = tokenize(parts.body)
    style = infer_style(tok.text for tok in tokens if is_instruction(tok.text))
    reader = BodyReader(notes, source.marks_depth, style, title=front.opschrift)
    body = repair_body(reader.read(tokens), notes, style)
    closing = f.read_closing(parts.closing, notes)
    formulier = read_formulier(front.formulas + closing.formulas, notes)
    body, algemeen = attach(body, read_mvt(parts.mvt, source), notes)
    meta = source.meta
    body = tuple(_with_bwb(node, meta) for node in body)
    own = front.own_format
    opschrift, citeertitel = front.opschrift, front.citeertitel
    if own and not citeertitel:
        opschrift, citeertitel = _split_own(opschrift)
    citeertitel = meta.get("citeertitel") or citeertitel or _citeertitel_article(body)
    if meta.get("citeertitel") and opschrift.endswith(f" ({meta['citeertitel']})"):
        opschrift = opschrift[: -len(meta["citeertitel"]) - 3]
    version = _version(meta, front, source, notes)
    ministry = meta.get("ministerie") or closing.ministry
    if ministry and not meta.get("ministerie"):
        notes.warn(source.path, f"ministerie taken from the signatory: {ministry}")
    bill = Bill(
        opschrift=opschrift,
        citeertitel=citeertitel,
        version=version,
        ministry=ministry,
        signatories=tuple(closing.signatories),
        considerans=tuple(front.considerans),
        body=body,
        toelichting=Toelichting(algemeen, mvt_file) if algemeen else Toelichting(),
        style=style if any(a.is_amending for a in iter_articles(body)) else Style(),
        formulier=formulier,
    )
    return Recognised(attach_keys(bill, source.keys), algemeen, notes)


def _keep_footnotes(blocks: list, source: Source, notes: Notes) -> None:  # noqa: ANN001 - blocks
    """A footnote in the bill's own text has no field in the model: keep it as a comment."""
    for block in blocks:
        for mark in re.findall(r"\[\^([^\]\s]+)\]", block.markup):
            if mark in source.footnotes:
                notes.keep(block.origin, f"voetnoot {mark}: {source.footnotes[mark]}", "footnote in the text of the bill")


def _with_bwb(node: Division | Article, meta: dict[str, str]) -> Division | Article:
    """Give an amended law the BWB id the source names for its article (AKN textualMod)."""
    if isinstance(node, Division):
        return replace(node, children=tuple(_with_bwb(c, meta) for c in node.children))
    bwb = meta.get(f"bwb:{node.number}", "")
    if node.amends is None or not bwb:
        return node
    return replace(node, amends=replace(node.amends, bwb=bwb))


def _split_own(opschrift: str) -> tuple[str, str]:
    """wetgen's own Markdown always writes "opschrift (citeertitel)"."""
    m = re.match(r"^(?P<title>.+) \((?P<cite>[^()]+)\)$", opschrift)
    return (m.group("title"), m.group("cite")) if m else (opschrift, "")


def _citeertitel_article(body: tuple) -> str:  # noqa: ANN001 - tuple of Division | Article
    for article in iter_articles(body):
        if isinstance(article, Article):
            m = _CITEERTITEL.match(article.text.strip())
            if m:
                return m.group("cite")
    return ""


def _version(meta: dict[str, str], front: f.Front, source: Source, notes: Notes) -> Version:
    label = meta.get("versie") or front.version_label
    if not label and not front.own_format:
        label = f"Geïmporteerd uit {source.path.rsplit('/', 1)[-1]}"
    date = meta.get("datum") or front.date
    if not date:
        notes.warn(source.path, f"no date found; versie.datum set to {NO_DATE}")
        date = NO_DATE
    stages = {s.value: s for s in Stage}
    stage_text = meta.get("fase") or front.stage
    if stage_text not in stages:
        notes.warn(source.path, "no procedural stage found; versie.fase set to consultatieversie")
        stage_text = Stage.CONSULTATIEVERSIE.value
    return Version(label, date, stages[stage_text])
