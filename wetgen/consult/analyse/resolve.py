"""Resolve references against the consulted version of a bill, down to an article, onderdeel or lid.

A reference to an article of the amended law ("artikel 28a", "artikel 12 Huisvestingswet 2014")
lands on the onderdeel of the amending article that inserts or changes it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from wetgen import address, ids
from wetgen.address import Address
from wetgen.consult.analyse.refs import Ref
from wetgen.model import Action, Article, Bill, Item, Lid
from wetgen.outline import Node, outline

MVT = "mvt"  # the pseudo-node of the memorie van toelichting
GENERAL = "algemeen"  # the pseudo-node of points with no assignment
MVT_LABEL = "Memorie van toelichting"
GENERAL_LABEL = "Algemeen (niet aan een artikel toe te wijzen)"


@dataclass(frozen=True)
class Resolution:
    """What one reference resolved to: nodes of the bill, or why it has none."""

    ref: Ref
    status: str  # "bill", "amended", "mvt", "other_law", "untouched", "unknown"
    nodes: tuple[str, ...] = ()
    reason: str = ""
    target: str = ""  # the reference in normalised form, e.g. "Huisvestingswet 2014, artikel 28a"


@dataclass
class _Amended:
    law: str
    names: tuple[str, ...]
    by_article: dict[str, list[tuple[str, set[str]]]] = field(
        default_factory=dict
    )  # art → [(eid, leden)]


class BillIndex:
    """The addressable nodes of one bill version, and what each amending onderdeel touches."""

    def __init__(self, bill: Bill) -> None:
        self.bill = bill
        self.nodes: list[Node] = outline(bill)
        self.by_eid = {n.eid: n for n in self.nodes}
        self.articles = {a.number.upper(): a for a in bill.articles()}
        self.amending = [a for a in bill.articles() if a.is_amending]
        self.amended = [self._amended(a) for a in self.amending]
        self.bill_names = _names(bill.citeertitel)

    def label(self, eid: str) -> str:
        """Return the display label of a node or pseudo-node."""
        if eid == MVT:
            return MVT_LABEL
        if eid == GENERAL:
            return GENERAL_LABEL
        node = self.by_eid.get(eid)
        return node.label if node else eid

    def _amended(self, article: Article) -> _Amended:
        assert article.amends is not None
        law = article.amends.citeertitel
        amended = _Amended(law, _names(law))
        own = address.article(address.BILL, article)
        for onderdeel in article.onderdelen:
            eid = address.onderdeel(own, onderdeel).eid
            for number, leden in _changed(onderdeel.instructions).items():
                amended.by_article.setdefault(number.lower(), []).append((eid, leden))
        return amended

    def resolve(self, ref: Ref) -> list[Resolution]:
        """Resolve one reference; a reference to several articles gives one resolution each."""
        if ref.kind == MVT:
            return [Resolution(ref, "mvt", (MVT,), "", f"{MVT_LABEL} {ref.detail}".strip())]
        if ref.kind == "onderdeel" and not ref.articles:
            return [self._loose_onderdelen(ref)]
        return [self._article(ref, number) for number in ref.articles]

    def _loose_onderdelen(self, ref: Ref) -> Resolution:
        if len(self.amending) != 1:
            return Resolution(ref, "unknown", (), f"'{ref.raw}' says no article and the bill has "
                              f"{len(self.amending)} amending articles", ref.raw)  # fmt: skip
        article = self.amending[0]
        return self._bill_article(ref, article, ref.onderdeel)

    def _article(self, ref: Ref, number: str) -> Resolution:
        scope = self._scope(ref, number)
        if scope == "other":
            law = ref.law or "een andere wet"
            return Resolution(ref, "other_law", (), f"verwijst naar artikel {number} van {law}, "
                              "niet naar dit wetsvoorstel", f"{law}, artikel {number}")  # fmt: skip
        if scope == "bill":
            article = self.articles.get(number.upper())
            if article is None:
                return Resolution(ref, "unknown", (), f"het wetsvoorstel heeft geen artikel {number}",
                                  f"artikel {number}")  # fmt: skip
            return self._bill_article(ref, article, ref.onderdeel)
        return self._amended_article(ref, number)

    def _scope(self, ref: Ref, number: str) -> str:
        if ref.this_bill or (ref.law and _named(ref.law, self.bill_names)):
            return "bill"
        if ref.law:
            return "amended" if any(_named(ref.law, a.names) for a in self.amended) else "other"
        if ":" in number:
            return "other"
        is_roman = ids.roman_value(number.upper()) is not None and not number[0].isdigit()
        if is_roman or (number.upper() in self.articles and not self.amended):
            return "bill"
        if number.upper() in self.articles and not ref.proposed:
            return "bill"
        return "amended" if self.amended else "bill"

    def _bill_article(self, ref: Ref, article: Article, onderdelen: str) -> Resolution:
        own = address.article(address.BILL, article)
        art_eid = own.eid
        target = f"artikel {article.number}"
        if article.is_amending:
            letters = [x.upper() for x in (onderdelen or ref.item).split(",") if x]
            found = [address.step(own, address.ONDERDEEL, x).eid for x in letters]
            known = tuple(e for e in found if e in self.by_eid)
            if known:
                labels = ", ".join(letters)
                return Resolution(ref, "bill", known, "", f"{target}, onderdeel {labels}")
            if letters:
                return Resolution(ref, "bill", (art_eid,), f"artikel {article.number} heeft geen "
                                  f"onderdeel {', '.join(letters)}", target)  # fmt: skip
            return Resolution(ref, "bill", (art_eid,), "", target)
        eid, target, missing = _descend(article, own, ref, target)
        reason = f"{missing} bestaat niet; toegewezen aan {target}" if missing else ""
        return Resolution(ref, "bill", (eid,), reason, target)

    def _amended_article(self, ref: Ref, number: str) -> Resolution:
        for amended in self.amended:
            touching = amended.by_article.get(number.lower())
            if not touching:
                continue
            target = f"{amended.law}, artikel {number}" + (
                f", {ids.ordinal(int(ref.lid))} lid" if ref.lid.isdigit() else ""
            )
            specific = [e for e, leden in touching if ref.lid and ref.lid in leden]
            chosen = specific or [e for e, _ in touching]
            return Resolution(ref, "amended", tuple(dict.fromkeys(chosen)), "", target)
        law = self.amended[0].law if self.amended else "de gewijzigde wet"
        return Resolution(ref, "untouched", (), f"artikel {number} van de {law} wordt door het "
                          "wetsvoorstel niet gewijzigd", f"{law}, artikel {number}")  # fmt: skip


def _descend(article: Article, place: Address, ref: Ref, target: str) -> tuple[str, str, str]:
    items: tuple[Item, ...] = article.items
    if ref.lid:
        lid = _find(article.leden, ref.lid)
        if lid is None:
            return place.eid, target, f"lid {ref.lid}"
        place, items = address.lid(place, lid), lid.items
        target = f"{target}, {ids.ordinal(int(lid.number)) if lid.number.isdigit() else lid.number} lid"
    letter = ref.item or ref.onderdeel.lower()
    if letter:
        item = _find(items, letter)
        if item is None:
            return place.eid, target, f"onderdeel {letter}"
        place, target = address.item(place, item), f"{target}, onderdeel {item.number}"
        if ref.sub:
            sub = _find(item.items, ref.sub)
            if sub is None:
                return place.eid, target, f"onder {ref.sub}°"
            place, target = address.item(place, sub, 2), f"{target}, onder {sub.number}°"
    return place.eid, target, ""


def _find(units: tuple[Lid, ...] | tuple[Item, ...], number: str) -> Lid | Item | None:
    for unit in units:
        if unit.number.lower() == number.lower():
            return unit
    return None


def _changed(instructions: tuple) -> dict[str, set[str]]:
    """Return article number → leden named, for the articles an onderdeel changes or creates."""
    changed: dict[str, set[str]] = {}
    for instruction in instructions:
        created = [p for p in instruction.payload if isinstance(p, Article)]
        for article in created:
            changed.setdefault(article.number, set())
        if created and instruction.action in (Action.INSERT, Action.REPLACE, Action.ADD):
            if instruction.action == Action.INSERT or not instruction.target.artikel:
                continue
        target = instruction.target
        if target.artikel:
            leden = changed.setdefault(target.artikel, set())
            if target.lid:
                leden.add(target.lid)
            leden.update(p.number for p in instruction.payload if isinstance(p, Lid))
    return changed


def _names(citeertitel: str) -> tuple[str, ...]:
    """Return the ways a law may be named: full title, without its year, and its initials."""
    full = " ".join(citeertitel.split())
    no_year = re.sub(r"\s+\d{4}$", "", full)
    initials = "".join(w[0] for w in no_year.split() if w[0].isupper())
    names = {full.lower(), no_year.lower()}
    if len(no_year.split()) == 1 and no_year.endswith("wet"):
        short = no_year[0] + "w"
        names.update({short.lower(), f"{short} {full[len(no_year) :].strip()}".strip().lower()})
    elif len(initials) >= 2:
        names.add(initials.lower())
    return tuple(sorted(names))


def _named(law: str, names: tuple[str, ...]) -> bool:
    return " ".join(law.split()).lower() in names
