"""How an imported bill is compared with the bill it was built from.

Wijzigingsopdrachten are compared as data (the parser reads them back into the instructions they
were worded from), with two things set aside, each said here rather than hidden:

- keys, where the format cannot carry them (Markdown, AKN; Word carries them in bookmarks);
- two models that print the same words: a single `wijzigen` of a bare article whose changes
  stay in that article prints exactly as those changes under the article's heading, and the
  parser gives the latter (`onderdeel_changes`).

Other fields a format does not carry are named per format (`carried`), and only then copied
from the original before comparing.
"""

from __future__ import annotations

from dataclasses import fields, is_dataclass, replace

from wetgen.amend.wording import shared_article
from wetgen.model import (
    Action,
    AmendingOnderdeel,
    Article,
    Bill,
    Division,
    Instruction,
    Item,
    Lid,
    Part,
    Style,
    Target,
    Toelichting,
    Unit,
)
from wetgen.prose.markdown_in import parse_markdown
from wetgen.source import SourceLocation

DEFAULT_STYLE = Style()


def canon(bill: Bill, *, toelichting: bool = True, bwb: bool = True, keys: bool = False) -> tuple:
    """Return a bill as nested tuples, without keys unless asked, instructions as data."""
    if not keys:
        bill = replace(bill, body=tuple(without_keys(n) for n in bill.body))
    algemeen = prose(bill.toelichting.algemeen) if toelichting else ()
    return (
        bill.opschrift, bill.citeertitel, bill.version, bill.ministry, bill.signatories,
        bill.considerans, tuple(_unit(n, toelichting, bwb, bill.style) for n in bill.body), algemeen,
    )  # fmt: skip


def _unit(unit: Unit, toelichting: bool, bwb: bool, style: Style = DEFAULT_STYLE) -> tuple:
    if isinstance(unit, Division):
        return ("division", unit.kind, unit.number, unit.key, unit.opschrift,
                tuple(_unit(c, toelichting, bwb, style) for c in unit.children))  # fmt: skip
    if isinstance(unit, Article):
        law = unit.amends
        return ("article", unit.number, unit.key, unit.opschrift, unit.text, _items(unit.items),
                tuple(_unit(lid, toelichting, bwb) for lid in unit.leden),
                (law.citeertitel, law.article, law.proposal, law.bwb if bwb else "", unit.intro,
                 unit.standard_intro) if law else None,
                tuple(_onderdeel(o, unit, toelichting, bwb, style) for o in unit.onderdelen),
                prose(unit.toelichting) if toelichting else ())  # fmt: skip
    if isinstance(unit, Lid):
        return ("lid", unit.number, unit.key, unit.text, _items(unit.items))
    return ("item", unit.number, unit.key, unit.text, _items(unit.items))


def _items(items: tuple[Item, ...]) -> tuple:
    return tuple((i.number, i.key, i.text, _items(i.items)) for i in items)


def _onderdeel(onderdeel: AmendingOnderdeel, article: Article, toelichting: bool, bwb: bool, style: Style) -> tuple:
    changes = onderdeel_changes(onderdeel.instructions)
    return ("onderdeel", onderdeel.number, onderdeel.key, changes, prose(onderdeel.toelichting) if toelichting else ())


def onderdeel_changes(instructions: tuple[Instruction, ...]) -> tuple[Instruction, ...]:
    """Return an onderdeel's instructions, a lone `wijzigen` of a bare article unfolded into the
    changes under it when wetgen prints those under the same heading."""
    if len(instructions) == 1:
        only = instructions[0]
        bare = only.target.parts() == (("artikel", only.target.artikel),) and len(only.target.chain) == 1
        if only.action is Action.GROUP and bare and len(only.children) >= 2 and not only.also \
                and shared_article(only.children) == only.target.artikel:  # fmt: skip
            return only.children
    return instructions


def without_keys(unit):  # noqa: ANN001, ANN201 - any model value
    """Return a model value with every key inside it set to ""."""
    if isinstance(unit, tuple):
        return tuple(without_keys(u) for u in unit)
    if not is_dataclass(unit) or isinstance(unit, (Target, Part, SourceLocation)):
        return unit
    changes = {f.name: without_keys(getattr(unit, f.name)) for f in fields(unit) if f.name != "loc"}
    if "key" in changes:
        changes["key"] = ""
    return replace(unit, **changes)


def carried(imported: Bill, original: Bill, fields: tuple[str, ...]) -> Bill:
    """Copy the named bill fields a format does not carry from the original into the import."""
    return replace(imported, **{f: getattr(original, f) for f in fields})


def without_toelichting(bill: Bill) -> Bill:
    """Return the bill without its MvT (Word and AKN bills are a file apart from their MvT)."""
    return replace(bill, toelichting=Toelichting())


def prose(markdown: str) -> tuple:
    """Return a toelichting as its prose blocks: what every output format writes from it, so
    two texts that differ only in line wrapping or escaping compare equal."""
    return tuple(parse_markdown(markdown))
