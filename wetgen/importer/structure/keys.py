"""The keys a Word file built by wetgen carries, given back to the units read from it.

The reader reports, by paragraph, the (kind, key) of each unit whose bookmark it holds
(`wetgen.render.docx_keys`); a unit read from that paragraph, of that kind, takes the key. Each
bookmark gives its key once; a unit typed in Word, or a paragraph copied (Word does not copy a
bookmark along), stays without a key.
"""

from __future__ import annotations

from dataclasses import replace

from wetgen.model import AmendingOnderdeel, Article, Bill, Division, Instruction, Item, Lid

Keys = dict[int, list[tuple[str, str]]]


def attach_keys(bill: Bill, keys: Keys) -> Bill:
    """Return the bill with the keys the source carries on the units read where they stand."""
    if not keys:
        return bill
    unused = {line: list(found) for line, found in keys.items()}
    return replace(bill, body=tuple(_unit(u, unused) for u in bill.body))


def _key(unit: object, kind: str, unused: Keys) -> str:
    found = unused.get(unit.loc.line, [])  # type: ignore[attr-defined]
    for at, (found_kind, key) in enumerate(found):
        if found_kind == kind:
            del found[at]
            return key
    return unit.key  # type: ignore[attr-defined]


def _unit(unit, unused: Keys):  # noqa: ANN001, ANN202 - any unit of the model
    if isinstance(unit, Division):
        key = _key(unit, "division", unused)
        return replace(unit, key=key, children=tuple(_unit(c, unused) for c in unit.children))
    if isinstance(unit, Article):
        key = _key(unit, "article", unused)
        return replace(
            unit, key=key,
            items=tuple(_unit(i, unused) for i in unit.items),
            leden=tuple(_unit(lid, unused) for lid in unit.leden),
            onderdelen=tuple(_unit(o, unused) for o in unit.onderdelen),
        )  # fmt: skip
    if isinstance(unit, AmendingOnderdeel):
        key = _key(unit, "onderdeel", unused)
        return replace(unit, key=key, instructions=tuple(_unit(i, unused) for i in unit.instructions))
    if isinstance(unit, Instruction):
        return replace(
            unit,
            payload=tuple(_unit(p, unused) for p in unit.payload),
            children=tuple(_unit(c, unused) for c in unit.children),
        )
    kind = "lid" if isinstance(unit, Lid) else "item"
    assert isinstance(unit, Lid | Item)
    return replace(unit, key=_key(unit, kind, unused), items=tuple(_unit(i, unused) for i in unit.items))
