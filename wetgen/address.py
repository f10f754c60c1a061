"""One address for every unit of a bill: its kind, number, key, Akoma Ntoso eId, Dutch label
and parent. Every output takes its eIds from here and derives none of its own: the Akoma Ntoso
writer, the HTML anchors, the diff's unit tree, the redline's paragraph tags, the outline and the
consultation's bill index, so an eId that one of them names is an element of the others.

An address is made one step at a time from its parent's: `step(parent, kind, number)`. The
rules, after the Akoma Ntoso Naming Convention 1.0 (OASIS AKN-NC, chapter 5):

- A unit's eId is its parent's eId, `__`, and `<prefix>_<number>`: `art_II__para_2__point_b`.
  The prefixes are those of the AKN elements the units become (`PREFIXES`): hoofdstuk `chp`,
  afdeling `dvs`, paragraaf `sec`, artikel `art`, lid `para`, every onderdeel `point`.
- Article numbers are unique within a bill, so an article's eId starts from its scope (the
  body, or the new text of the instruction that holds it), not from the hoofdstuk around it:
  artikel 1.11 in hoofdstuk 1 is `art_1.11`; hoofdstuk 1 is `chp_1`, its afdeling 2 `chp_1__dvs_2`.
  A hoofdstuk that numbers its articles from 1 again (`Division.own_numbering`) is their scope:
  `chp_II__art_1`, "Hoofdstuk II, artikel 1".
- A wijzigingsopdracht is the AKN `mod` of its onderdeel: `art_I__point_A__mod_1` when the
  onderdeel has one; when it has several, each sits in a numbered point (`art_I__point_A__point_2`)
  and is that point's `mod_1`. The changes of a `wijzigen` follow its own mod as numbered
  points beside it, numbered as printed (1., 2. or a., b.): `art_I__point_A__point_2__point_b__mod_1`
  is change b of the `wijzigen` that is change 2 of onderdeel A. An article with one change and
  no letter keeps its onderdeel's point (unnumbered in print), so eIds do not depend on layout. The instruction's new text is the quoted structure `qstr_1` of
  the mod, and the units in it hang below: `art_I__point_D__mod_1__qstr_1__art_28c__para_1`.
- `eid_number` writes a number into an eId: final punctuation goes ("1." and "a." and "1°" are
  1 and a), internal punctuation stays distinct ("1.11" and "11.1" are `art_1.11` and
  `art_11.1`, "2:15" is `art_2:15`), and different numbers never give the same eId.

Renumbering a unit changes the eIds of the units below it by their prefix, which is what
`rebase` does; articles keep theirs when their hoofdstuk is renumbered, as they are scoped.

Laws have the same units: a later model of the amended law (a BWB toestand, whose paths read
`/Hoofdstuk2/Artikel5/Lid1`) walks its tree with `step(parent, "hoofdstuk", "2")`,
`step(…, "artikel", "5")`, `step(…, "lid", "1")` from `LAW`, and gets the same eIds, labels
("Artikel 5, eerste lid") and parents as a bill's units, from kinds and numbers alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from wetgen import ids
from wetgen.model import AmendingOnderdeel, Article, Bill, Division, Instruction, Item, Lid, Unit

ARTICLE = "artikel"
LID = "lid"
ONDERDEEL = "onderdeel"  # an onderdeel (A, B…) of an amending article
ITEM = "item"  # an onderdeel (a., b.) or subonderdeel (1°) of a list
SUBONDERDEEL = "subonderdeel"  # a list item inside an item, for a law model that names it so
INSTRUCTION = "wijziging"  # a wijzigingsopdracht: the AKN mod
NUMBERED = "genummerde wijziging"  # the numbered point ("1.") holding one of several mods
QUOTED = "nieuwe tekst"  # the AKN quotedStructure with the units an instruction inserts

PREFIXES = {
    "hoofdstuk": "chp",
    "afdeling": "dvs",
    "paragraaf": "sec",
    ARTICLE: "art",
    LID: "para",
    ONDERDEEL: "point",
    ITEM: "point",
    SUBONDERDEEL: "point",
    NUMBERED: "point",
    INSTRUCTION: "mod",
    QUOTED: "qstr",
}
_PLAIN_NUMBER = re.compile(r"[0-9A-Za-z]+(?:[.:][0-9A-Za-z]+)*")
_LID_PHRASES = {str(n): f"{ids.ordinal(n)} lid" for n in range(1, 100)}  # "eerste lid"…
# a unit's own part of its label, where it is not "<kind> <number>"; none for the wrappers of an
# instruction, whose label is the instruction's ("Artikel I, onderdeel B, wijziging 2")
_PHRASES = {ITEM: "onderdeel {}", SUBONDERDEEL: "onder {}°", NUMBERED: "", QUOTED: ""}
_new = tuple.__new__


class Address(NamedTuple):
    """Where a unit is: its kind, number, eId, Dutch label, parent's eId and key.

    `scope` and `scope_label` are what an article inside starts its eId and label from: empty
    in the body, the quoted structure (and its instruction's label) in new text. A named tuple,
    as immutable as a frozen dataclass and quicker to make for the units of a large bill.
    """

    kind: str
    number: str
    eid: str
    label: str
    parent: str = ""
    key: str = ""
    scope: str = ""
    scope_label: str = ""


BILL = Address("wetsvoorstel", "", "", "")  # the body of a bill: the parent of its top units
LAW = Address("wet", "", "", "")  # the body of a law, for a model of the amended law


def eid_number(number: str) -> str:
    """Return a number as it is written in an eId: "1." → "1", "1.11" → "1.11", "12 bis" → "12-20-bis".

    Final punctuation and spaces go; letters, digits, dots and colons stay; any other character
    becomes "-", its code point in hex, "-". As "-" itself is so escaped, numbers that differ
    once their final punctuation is gone give different eIds; a number without any letter or
    digit is "nn", the naming convention's mark of an unnumbered element.
    """
    if (number.isalnum() and number.isascii()) or _PLAIN_NUMBER.fullmatch(number):
        return number  # nearly every number: "1", "28a", "IA", "1.11", "2:15"
    core = _strip_final(number)
    if not core:
        return "nn"
    return "".join(c if c.isalnum() or c in ".:" else f"-{ord(c):x}-" for c in core)


def _strip_final(number: str) -> str:
    start, end = 0, len(number)
    while start < end and not number[start].isalnum():
        start += 1
    while end > start and not number[end - 1].isalnum():
        end -= 1
    return number[start:end]


def step(parent: Address, kind: str, number: str, key: str = "", phrase: str = "") -> Address:
    """Return the address of the unit of `kind` and `number` directly inside `parent`.

    `phrase` is the unit's own part of the label ("eerste lid"); without it, it is made from the
    kind and number. Articles start their eId and label from the parent's scope.
    """
    _, _, above, label, _, _, scope, scope_label = parent
    if kind == ARTICLE:
        base, label = scope, scope_label
    else:
        base = above
    written = number if number.isalnum() and number.isascii() else eid_number(number)
    own = f"{PREFIXES.get(kind, kind)}_{written}"
    eid = f"{base}__{own}" if base else own
    phrase = phrase or _phrase(kind, number)
    if phrase:
        label = f"{label}, {phrase}" if label else phrase[0].upper() + phrase[1:]
    # tuple.__new__ skips the named tuple's Python-level constructor: this runs once per unit
    return _new(Address, (kind, number, eid, label, above, key, scope, scope_label))


def _phrase(kind: str, number: str) -> str:
    if kind == LID:
        if number in _LID_PHRASES:
            return _LID_PHRASES[number]
        return f"{ids.ordinal(int(number))} lid" if number.isdigit() else f"lid {number}"
    if kind in _PHRASES:
        return _PHRASES[kind].format(number)
    return f"{kind} {number}"


# --- the units of a bill ----------------------------------------------------------------------


def division(parent: Address, unit: Division) -> Address:
    """Return the address of a hoofdstuk, afdeling or paragraaf; one that numbers its articles
    from 1 again is their scope ("Hoofdstuk II, artikel 1", `chp_II__art_1`)."""
    own = step(parent, unit.kind, unit.number, unit.key)
    return own._replace(scope=own.eid, scope_label=own.label) if unit.own_numbering else own


def article(parent: Address, unit: Article) -> Address:
    """Return the address of an article; it is named from the scope of `parent`."""
    return step(parent, ARTICLE, unit.number, unit.key)


def placed_articles(bill: Bill) -> Iterator[tuple[Address, Article]]:
    """Yield every article of a bill's body with its address, scoped by a hoofdstuk that numbers its own."""
    yield from _placed(bill.body, BILL)


def _placed(nodes: tuple[Division | Article, ...], parent: Address) -> Iterator[tuple[Address, Article]]:
    for node in nodes:
        if isinstance(node, Division):
            yield from _placed(node.children, division(parent, node))
        else:
            yield article(parent, node), node


def lid(parent: Address, unit: Lid) -> Address:
    """Return the address of a lid of an article."""
    number = unit.number
    _, _, above, label, _, _, scope, scope_label = parent
    if number in _LID_PHRASES and above and label:  # the bulk of a bill: `step`, made shorter
        eid, label = f"{above}__para_{number}", f"{label}, {_LID_PHRASES[number]}"
        return _new(Address, (LID, number, eid, label, above, unit.key, scope, scope_label))
    return step(parent, LID, number, unit.key)


def item(parent: Address, unit: Item, depth: int = 1) -> Address:
    """Return the address of a list item: an onderdeel at depth 1, a subonderdeel deeper."""
    phrase = f"onderdeel {unit.number}" if depth == 1 else f"onder {unit.number}°"
    return step(parent, ITEM, unit.number, unit.key, phrase)


def onderdeel(parent: Address, unit: AmendingOnderdeel) -> Address:
    """Return the address of an onderdeel (A, B…) of an amending article."""
    return step(parent, ONDERDEEL, unit.number, unit.key)


def change_depth(count: int) -> int:
    """Return the depth the changes of an onderdeel print at: 0 for its only one, 1 (numbered
    1., 2.) for several; the changes of a `wijzigen` print one deeper than it."""
    return int(count > 1)


def numbered(parent: Address, n: int) -> Address:
    """Return the address of the numbered point ("2.") of the n-th of several instructions."""
    return step(parent, NUMBERED, str(n))


def instruction(parent: Address, n: int, count: int) -> Address:
    """Return the address of the n-th of `count` instructions of an amending onderdeel: its
    `mod`, in the onderdeel itself when it is the only one, else in its numbered point."""
    holder = numbered(parent, n) if count > 1 else parent
    return step(holder, INSTRUCTION, "1", phrase=f"{INSTRUCTION} {n}")._replace(number=str(n))


def nested_point(group: Address, n: int, depth: int) -> Address:
    """Return the address of the numbered point ("2.", "b.") that holds the n-th change of a
    `wijzigen` whose own mod is `group`, printed at `depth`: a point beside the group's mod, in
    the point that holds it."""
    holder = group._replace(eid=group.parent)
    return step(holder, NUMBERED, ids.change_number(depth, n))


def nested(group: Address, n: int, depth: int) -> Address:
    """Return the address of the n-th change of a `wijzigen` (the group's mod `group`), printed
    at `depth`: the `mod` of its numbered point, labelled "…, wijziging 1, onder a"."""
    point = nested_point(group, n, depth)
    return step(point, INSTRUCTION, "1", phrase=f"onder {point.number}")._replace(number=str(n))


def printed_changes(onderdeel: Address, count: int, depths: Iterable[int | None]) -> list[Address | None]:
    """Return the address of each printed line of an amending onderdeel with `count` changes,
    from the depth each line prints at (None for a line that is no change of its own, such as
    a heading shared by its changes): its changes numbered 1, 2 … and those of a `wijzigen`
    below the `wijzigen`'s own."""
    out: list[Address | None] = []
    opened: list[tuple[int, Address]] = []  # the changes whose lines may still follow, by depth
    counts = [0]  # the changes so far in the onderdeel and in each opened one
    for depth in depths:
        if depth is None:
            out.append(None)
            continue
        while opened and opened[-1][0] >= depth:
            opened.pop()
            counts.pop()
        counts[-1] += 1
        own = nested(opened[-1][1], counts[-1], depth) if opened else instruction(onderdeel, counts[-1], count)
        opened.append((depth, own))
        counts.append(0)
        out.append(own)
    return out


def quoted(mod: Address) -> Address:
    """Return the address of an instruction's new text (the quoted structure in its `mod`), the
    scope of the articles in it."""
    new = step(mod, QUOTED, "1")
    return new._replace(scope=new.eid, scope_label=mod.label)


def unit(parent: Address, node: Unit, depth: int = 1) -> Address:
    """Return the address of any unit of the model inside `parent`."""
    if isinstance(node, Division):
        return division(parent, node)
    if isinstance(node, Article):
        return article(parent, node)
    if isinstance(node, Lid):
        return lid(parent, node)
    return item(parent, node, depth)


def rebase(eid: str, old: str, new: str) -> str:
    """Return the eId a unit gets when the unit `old` it may be inside is renamed `new`."""
    if old and eid.startswith(old + "__"):
        return new + eid[len(old) :]
    return eid


def under(container: str, address: Address) -> str:
    """Return the eId of a unit's counterpart inside another element (the MvT's artikelsgewijs)."""
    return f"{container}__{address.eid}"


# --- the parts around the body: considerans and memorie van toelichting -------------------------

RECITAL = "overweging"  # one clause of the considerans
EXPLANATION = "toelichting"  # a part of the memorie van toelichting


def recital(n: int) -> Address:
    """Return the address of the n-th overweging of the considerans: the AKN `recs__rec_n`."""
    return Address(RECITAL, str(n), f"recs__rec_{n}", f"Considerans, {ids.ordinal(n)} overweging")


def explanation(container: str, unit: Address) -> Address:
    """Return the address of the toelichting on a unit in the MvT's part `container` (its
    tblock): "Toelichting op artikel I, onderdeel B"."""
    label = f"Toelichting op {unit.label[:1].lower()}{unit.label[1:]}"
    return Address(EXPLANATION, unit.number, under(container, unit), label, container, unit.key)


def prose_section(container: str, title: str, n: int, heading: str) -> Address:
    """Return the address of a section of the MvT's part `container` (titled `title`) that
    opens with its n-th heading (the AKN `<container>__tblock_n`); n = 0 is the text before
    the first heading, the part itself."""
    if n == 0:
        return Address(EXPLANATION, "", container, title)
    return Address(EXPLANATION, str(n), f"{container}__tblock_{n}", f"{title}, {heading}", container)


# --- the reader's names ------------------------------------------------------------------------

# the Dutch noun of each kind of unit, where it is not the kind itself
_NOUNS = {ITEM: "onderdeel", SUBONDERDEEL: "subonderdeel", INSTRUCTION: "wijzigingsopdracht"}
_PLURALS = {"wijzigingsopdracht": "wijzigingsopdrachten", "overweging": "overwegingen"}
_CHANGE = re.compile(rf"{INSTRUCTION} \d+")
_NESTED_CHANGE = re.compile(r"onder [^°]+")  # "onder b", never a subonderdeel's "onder 1°"


def noun(kind: str, count: int = 1) -> str:
    """Return the Dutch noun of a kind of unit for a count: "lid", "leden", "onderdelen"."""
    word = _NOUNS.get(kind, kind)
    if count == 1:
        return word
    return _PLURALS.get(word) or ids.plural(word, count)


def citation(eid: str, label: str) -> str:
    """Return a unit's label as a reviewer cites it, from the eId and label made here.

    The only change of an onderdeel is not numbered in print, so it adds nothing ("Artikel I,
    onderdeel D"); one of several is "onder 2" (Ar 6.15). An article in an instruction's new
    text is named as the article with where the bill proposes it: "Artikel 28a (nieuw), derde
    lid — artikel I, onderdeel B".
    """
    parts = label.split(", ")
    change = next((n for n, part in enumerate(parts) if _CHANGE.fullmatch(part)), None)
    if change is None:
        return label
    where = parts[:change]
    if _numbered_change(eid, change):
        where.append("onder " + parts[change].split()[-1])
    rest = parts[change + 1 :]
    while rest and _NESTED_CHANGE.fullmatch(rest[0]):
        where.append(rest.pop(0))
    if rest and rest[0].startswith(f"{ARTICLE} "):
        article = ", ".join([f"{rest[0][:1].upper()}{rest[0][1:]} (nieuw)", *rest[1:]])
        place = ", ".join(where)
        return f"{article} — {place[:1].lower()}{place[1:]}"
    return ", ".join(where + rest)


def _numbered_change(eid: str, at: int) -> bool:
    """Tell whether the change whose label part is the `at`-th is one of several: then the
    eId step in its place is the numbered point that holds it, not its mod."""
    steps = eid.split("__")
    return at < len(steps) and steps[at].removeprefix(PREFIXES[NUMBERED] + "_").isdigit()


# --- the whole tree ----------------------------------------------------------------------------


def walk(bill: Bill) -> Iterator[Address]:
    """Yield the address of every unit of a bill in document order, payload units included."""
    for node in bill.body:
        yield from _walk_unit(BILL, node, 1)


def _walk_unit(parent: Address, node: Unit, depth: int) -> Iterator[Address]:
    own = unit(parent, node, depth)
    yield own
    if isinstance(node, Division):
        for child in node.children:
            yield from _walk_unit(own, child, 1)
        return
    if isinstance(node, Article):
        for part in node.onderdelen:
            yield from _walk_onderdeel(own, part)
    inner = node.items if isinstance(node, Lid | Item) else (*node.items, *node.leden)
    for child in inner:
        yield from _walk_unit(own, child, depth + 1 if isinstance(node, Item) else 1)


def _walk_onderdeel(parent: Address, part: AmendingOnderdeel) -> Iterator[Address]:
    own = onderdeel(parent, part)
    yield own
    count = len(part.instructions)
    for n, one in enumerate(part.instructions, start=1):
        if count > 1:
            yield numbered(own, n)
        yield from _walk_instruction(instruction(own, n, count), one, change_depth(count))


def _walk_instruction(own: Address, one: Instruction, depth: int) -> Iterator[Address]:
    yield own
    if one.payload:
        new = quoted(own)
        yield new
        for node in one.payload:
            yield from _walk_unit(new, node, 1)
    for n, child in enumerate(one.children, start=1):
        yield nested_point(own, n, depth + 1)
        yield from _walk_instruction(nested(own, n, depth + 1), child, depth + 1)
