"""`wetgen check --base`: every instruction of a bill checked against the text of the law it amends.

Each instruction is applied in turn, as consolidation does, and what fails becomes a finding on
its line in the draft: the place is not there (CON001), the quoted words are not (CON002, with
the nearest span and how it differs), they occur more than once without "telkens" (CON003), a
new number is taken (CON004) or out of order (CON004, a warning; Ar 6.16), or the instruction
cannot be applied otherwise (CON005, CON007); "(nieuw)" must follow the number of a unit an
earlier instruction renumbered, and only then (CON008, a warning). Then every reference in the
new text to an article of the amended law must exist once the bill is applied (CON006, Ar 3.29).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from wetgen import ids
from wetgen.amend.edit import Failure, Node, Tree
from wetgen.check.references import LAW, OWN_LID, REFERENCE
from wetgen.consolidate.engine import Mark, apply_op
from wetgen.consolidate.lawtree import ArticleIndex, law_tree
from wetgen.consolidate.ops import Kind, Op, Reason, Source
from wetgen.consolidate.placing import out_of_order
from wetgen.consolidate.resolve import name, resolve
from wetgen.consolidate.select import ops_for
from wetgen.errors import Diagnostic, Severity
from wetgen.law.locate import Missing, Step, describe, locate
from wetgen.law.model import Law
from wetgen.law.numbers import clean
from wetgen.model import Article, Bill, Division, Item, Lid
from wetgen.source import SourceLocation

_NEW = ("ingevoegd", "toegevoegd", "vernummerd")
_CONTINUED = re.compile(r"[.:]\d")


def check_against(bill: Bill, law: Law, article: str | None = None) -> list[Diagnostic]:
    """Return the findings of applying the bill's instructions for `law` to it, in draft order."""
    return check_ops(law, ops_for(bill, law, article))


def check_ops(law: Law, ops: Sequence[Op]) -> list[Diagnostic]:
    """Return the findings of applying the Ops to `law` in turn (see the module's docstring)."""
    tree, index = law_tree(law)
    found: list[Diagnostic] = []
    never_made: set[str] = set()  # articles a failed instruction would have brought
    failed: list[Op] = []
    for op in ops:
        found += _nieuw(tree, index, op)
        reasons = apply_op(tree, index, op)
        for reason in reasons:
            found.append(finding(Failure(op.source, reason)))
        if reasons:
            never_made |= {clean(u.number).casefold() for u in op.payload if isinstance(u, Article)}
            failed.append(op)
        elif op.kind in (Kind.INSERT, Kind.ADD, Kind.RENUMBER):
            found += _order(tree, op)
    amended = tree.build()
    assert isinstance(amended, Law)
    for op in ops:
        if not any(op is f for f in failed):
            found += _references(op, amended, never_made)
    return found


def finding(failure: Failure, severity: Severity = Severity.ERROR, loc: SourceLocation | None = None) -> Diagnostic:
    """Return a failure (an instruction that cannot be applied) as a finding on its draft line."""
    source, why = failure.source, failure.why
    assert isinstance(source, Source)
    code = getattr(why, "code", "CON005")
    sentence = f" («{source.sentence}»)" if source.sentence else ""
    return Diagnostic(severity, code, f"{source.label()}{sentence}: {why}", loc or source.loc,
                      rule="Ar 6.16" if code == "CON004" else "Ar 3.29" if code == "CON006" else "")  # fmt: skip


def _order(tree: Tree, op: Op) -> list[Diagnostic]:
    """Warn for a new or renumbered unit whose number does not fit between its neighbours."""
    found = []
    for node in _marked(tree, op):
        why = out_of_order(tree, node)
        if why:
            reason = Reason(f"{why} (an inserted unit takes a letter)", "CON004")
            found.append(finding(Failure(op.source, reason), Severity.WARNING))
    return found


def _nieuw(tree: Tree, index: ArticleIndex, op: Op) -> list[Diagnostic]:
    """Warn where "(nieuw)" is written for a unit no earlier instruction renumbered, or (when the
    draft can write it) left out for one that was (CON008)."""
    found = []
    for place in op.places:
        for depth, pick in enumerate(place):
            spots = resolve(tree, index, place[: depth + 1])
            if isinstance(spots, Missing):
                break  # the failure itself is reported when the instruction is applied
            for spot in spots:
                if spot.part:
                    continue  # a volzin, aanhef or opschrift: its unit was judged at its own step
                renumbered = _renumbered(spot.node)
                if pick.nieuw and not renumbered:
                    why = f"«(nieuw)» is written after {name(spot.steps)}, which no earlier instruction renumbered"
                elif renumbered and not pick.nieuw and op.marks_nieuw:
                    why = f"{name(spot.steps)} was renumbered by {renumbered}; write «(nieuw)» after its number"
                else:
                    continue
                found.append(finding(Failure(op.source, Reason(why, "CON008")), Severity.WARNING))
    return found


def _renumbered(node: Node) -> str:
    """Return which earlier instruction renumbered the unit, or ""."""
    mark = next((m for m in node.marks if isinstance(m, Mark) and m.how == "vernummerd"), None)
    return mark.source.label() if mark is not None else ""


def _marked(tree: Tree, op: Op) -> Iterator[Node]:
    stack = [tree.root]
    while stack:
        node = stack.pop()
        if any(isinstance(m, Mark) and m.source == op.source and m.how in _NEW for m in node.marks):
            if node.kind in ("artikel", "lid", "onderdeel"):
                yield node
        stack.extend(reversed(node.expanded or ()))


def _references(op: Op, law: Law, never_made: set[str]) -> list[Diagnostic]:
    """Return a finding for each reference in the op's new text to a unit the law lacks (not
    repeating the failure of an instruction that would have made it)."""
    found = []
    for text, loc, article in _new_texts(op):
        for steps in _referred(text, law, article):
            where = locate(law, steps)
            if isinstance(where, Missing) and clean(steps[0].number).casefold() not in never_made:
                message = f"the new text refers to {describe(steps)}, which the law will not have: {where.message}"
                found.append(finding(Failure(op.source, Reason(message, "CON006")), loc=loc))
    return found


def _referred(text: str, law: Law, article: str) -> Iterator[tuple[Step, ...]]:
    if "rtikel" in text:
        for m in REFERENCE.finditer(text):
            number = m.group("art")
            if _CONTINUED.match(text, m.end("art")) or ids.roman_value(number.rstrip("ABCDEFGH") or number):
                continue  # "artikel 1.1.1" read only in part, or an article of the bill itself
            named = LAW.match(text, m.end())
            if named and law.citeertitel not in named.group(0):
                continue  # an article of another law
            steps = [Step("artikel", number)]
            if m.group("lid"):
                steps.append(Step("lid", str(ids.ordinal_value(m.group("lid")))))
            if m.group("ond"):
                steps.append(Step("onderdeel", m.group("ond")))
            yield tuple(steps)
    if article and " lid" in text:
        for m in OWN_LID.finditer(text):
            if not (m.start() and text[m.start() - 1].isalnum()):
                yield (Step("artikel", article), Step("lid", str(ids.ordinal_value(m.group("lid")))))


def _new_texts(op: Op) -> Iterator[tuple[str, SourceLocation, str]]:
    """Yield each new text of the op with where it is written and the article it will be in."""
    target = next((p.numbers[0] for place in op.places[:1] for p in place if p.kind == "artikel" and p.numbers), "")
    for words in op.words:
        if words.new:
            yield words.new, op.source.loc, target
    if op.text:
        yield op.text, op.source.loc, target
    for unit in op.payload:
        yield from _unit_texts(unit, target, op.source.loc)


def _unit_texts(unit: object, article: str, loc: SourceLocation) -> Iterator[tuple[str, SourceLocation, str]]:
    if isinstance(unit, Division):
        for child in unit.children:
            yield from _unit_texts(child, article, loc)
        return
    if isinstance(unit, Article):
        article = unit.number
        if unit.text:
            yield unit.text, unit.text_loc if unit.text_loc.line else unit.loc, article
        for child in (*unit.items, *unit.leden):
            yield from _unit_texts(child, article, loc)
        return
    if isinstance(unit, Lid | Item):
        if unit.text:
            yield unit.text, unit.loc if unit.loc.line else loc, article
        for item in unit.items:
            yield from _unit_texts(item, article, loc)
