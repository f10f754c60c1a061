"""Apply a bill's instructions (`Op`s) to a base law, in order, and say what each changed.

Each Op's places are found in the law as it stands after the Ops before it (`resolve`), turned
into edits of the shared mechanism (`wetgen.amend.edit`) and carried out. An Op that cannot be
applied becomes a `Failure` (which instruction, why): when one of its places is not there it
changes nothing; when it fails part-way (the second of two places, the second of two joined
word changes) what it did before stays and the failure names where it stopped. The Ops after
it go on, so every failure is found in one run. What each Op changed is recorded on the units it changed
(`Mark`: the instruction and how), the provenance of the amended law.

Repealed articles and divisions stay as BWB "vervallen" placeholders with their number; a
repealed lid or onderdeel disappears, and the units after it keep their numbers unless the
instruction renumbers them ("onder vernummering van …").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from wetgen.amend.edit import Change, Edit, Failure, Node, Tree, perform
from wetgen.consolidate import placing
from wetgen.consolidate.lawtree import (
    ArticleIndex,
    designated,
    law_tree,
    placeholder_article,
    placeholder_division,
    repath,
    unit_address,
    unit_of,
)
from wetgen.consolidate.ops import Kind, Op, Reason, Source
from wetgen.consolidate.resolve import Spot, name, resolve
from wetgen.consolidate.words import (
    append_text,
    change_ending,
    change_words,
    insert_span,
    replace_item_text,
    replace_span,
)
from wetgen.law.locate import Missing
from wetgen.law.model import DIVISION_KINDS, Law, ListItem
from wetgen.law.numbers import same_number

Address = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Mark:
    """What changed a unit: an instruction, and how ("gewijzigd", "ingevoegd", "vervallen", …)."""

    source: Source
    how: str


@dataclass(frozen=True)
class Consolidation:
    """The law as amended, the instructions that failed, and what changed each unit."""

    law: Law
    failures: tuple[Failure, ...]
    provenance: dict[Address, tuple[Mark, ...]]

    @property
    def ok(self) -> bool:
        """Tell whether every instruction was applied."""
        return not self.failures


def consolidate(law: Law, ops: Iterable[Op]) -> Consolidation:
    """Apply the Ops to the law in order; return the amended law, the failures and provenance."""
    tree, index = law_tree(law)
    failures: list[Failure] = []
    for op in ops:
        failures += [Failure(op.source, why) for why in apply_op(tree, index, op)]
    repath(tree)
    amended = tree.build()
    assert isinstance(amended, Law)
    return Consolidation(amended, tuple(failures), provenance(tree))


def apply_op(tree: Tree, index: ArticleIndex, op: Op) -> list[Reason]:
    """Apply one Op to the tree; return why it (or part of it) could not be applied."""
    if op.kind is Kind.FREE:
        return [Reason("a free-text instruction (vrije_tekst) cannot be applied; write it as a "
                       "wijzigingsopdracht", "CON007")]  # fmt: skip
    return [why if isinstance(why, Reason) else Reason(why) for why in _apply(tree, index, op)]


def _apply(tree: Tree, index: ArticleIndex, op: Op) -> list[str]:
    if op.kind is Kind.WORDS:
        return _words(tree, index, op)
    spots: list[Spot] = []
    for place in op.places:
        if not place and op.kind is Kind.ADD:  # "Er wordt een artikel toegevoegd": at the end of the law
            spots.append(Spot(tree.root, ()))
            continue
        found = resolve(tree, index, place)
        if isinstance(found, Missing):
            return [_missing(found)]
        spots += found
    problems = _endings(tree, index, op)
    if problems:
        return problems
    return _HANDLERS[op.kind](tree, index, op, spots)


def _missing(found: Missing) -> Reason:
    return Reason(found.message, "CON001")


def provenance(tree: Tree) -> dict[Address, tuple[Mark, ...]]:
    """Return the marks of every changed unit by its address in the amended law."""
    found: dict[Address, list[Mark]] = {}
    stack = [tree.root]
    while stack:
        node = stack.pop()
        if node.marks and tree.attached(node):
            marks = found.setdefault(unit_address(node), [])
            marks += [m for m in node.marks if isinstance(m, Mark) and m not in marks]
        stack.extend(reversed(node.expanded or ()))
    return {address: tuple(marks) for address, marks in found.items() if address}


# --- one handler per kind ----------------------------------------------------------------------

Handler = Callable[[Tree, ArticleIndex, Op, list[Spot]], list[str]]


def _words(tree: Tree, index: ArticleIndex, op: Op) -> list[str]:
    for words in op.words:
        for place in op.places:
            spots = resolve(tree, index, place)
            if isinstance(spots, Missing):
                return [_missing(spots)]
            for spot in _text_runs(spots) if len(spots) > 1 else spots:
                why = change_words(tree, spot, words)
                if why:
                    return [why]
                tree.mark(unit_of(spot.node), Mark(op.source, "gewijzigd"))
    return []


def _replace(tree: Tree, index: ArticleIndex, op: Op, spots: list[Spot]) -> list[str]:
    for spot in _text_runs(spots):
        if spot.part:
            if not op.text and spot.part != "opschrift":
                return [f"the instruction gives no new text for {name(spot.steps)}"]
            replace_span(tree, spot, op.text)
            tree.mark(unit_of(spot.node), Mark(op.source, "gewijzigd"))
            continue
        if not op.payload and op.text and spot.node.kind == "onderdeel":  # a definition's new text
            replace_item_text(tree, spot.node, op.text)
            tree.mark(spot.node, Mark(op.source, "gewijzigd"))
            continue
        values = placing.payload(tree, spot.node, op, container=False)
        if isinstance(values, str):
            return [values]
        problems = _edit(tree, Edit(Change.REPLACE, (spot.node,), values), op, "gewijzigd")
        if problems:
            return problems
    return []


def _insert(tree: Tree, index: ArticleIndex, op: Op, spots: list[Spot]) -> list[str]:
    for spot in _text_runs(spots):
        if spot.part == "volzin":
            insert_span(tree, spot, op.text, op.before)
            tree.mark(unit_of(spot.node), Mark(op.source, "gewijzigd"))
            continue
        container = spot.node if op.within or op.alphabetical else unit_of(spot.node.parent or spot.node)
        if op.alphabetical:
            problems = _definitions(tree, container, op, "ingevoegd")
        else:
            planned = placing.plan_insert(tree, index, spot.node, container, op)
            problems = [planned] if isinstance(planned, str) else _edit(tree, planned, op, "ingevoegd")
            if not problems and isinstance(planned, Edit):
                placing.gather_after_headings(tree, planned)
        if problems:
            return problems
    return []


def _definitions(tree: Tree, node: Node, op: Op, how: str) -> list[str]:
    """Put each new definition where its term belongs in the list (Ar: alfabetische volgorde)."""
    values = placing.payload(tree, node, op, container=True)
    if isinstance(values, str):
        return [values]
    for value in values:
        if not isinstance(value, ListItem):
            return ["only definitions (onderdelen) can be put in alphabetical order"]
        planned = placing.alphabetical(tree, node, value)
        problems = [planned] if isinstance(planned, str) else _edit(tree, planned, op, how)
        if problems:
            return problems
    return []


def _next_volzin(before: Spot, after: Spot) -> bool:
    first, second = before.steps[-1].number, after.steps[-1].number
    return first.isdigit() and second.isdigit() and int(second) == int(first) + 1


def _text_runs(spots: list[Spot]) -> list[Spot]:
    """Return the spots with neighbouring volzinnen of one alinea as one span ("de tweede en
    derde volzin komen te luiden"), text spans last to first so earlier offsets stay right."""
    merged: list[Spot] = []
    for spot in spots:
        last = merged[-1] if merged else None
        if (last is not None and spot.part == last.part == "volzin" and spot.node is last.node
                and spot.block == last.block and _next_volzin(last, spot)):  # fmt: skip
            merged[-1] = replace(last, end=spot.end, steps=spot.steps)
        else:
            merged.append(spot)
    units = [s for s in merged if not s.part]
    texts = [s for s in merged if s.part]
    return units + texts[::-1]


def _add(tree: Tree, index: ArticleIndex, op: Op, spots: list[Spot]) -> list[str]:
    for spot in spots:
        if op.alphabetical:
            problems = _definitions(tree, spot.node, op, "toegevoegd")
            if problems:
                return problems
            continue
        if not op.payload and op.text:
            append_text(tree, spot.node, op.text)
            tree.mark(unit_of(spot.node), Mark(op.source, "gewijzigd"))
            continue
        planned = placing.plan_add(tree, index, spot.node, op)
        if isinstance(planned, str):
            return [planned]
        if op.seam:
            last = placing.last_sibling(tree, planned)
            why = change_ending(tree, last, *op.seam) if last is not None else ""
            if why:
                return [f"{name(spot.steps)}: the unit before the new one: {why}"]
            if last is not None:
                tree.mark(unit_of(last), Mark(op.source, "gewijzigd"))
        problems = _edit(tree, planned, op, "toegevoegd")
        if problems:
            return problems
    return []


def _repeal(tree: Tree, index: ArticleIndex, op: Op, spots: list[Spot]) -> list[str]:
    for spot in _text_runs(spots):
        node = spot.node
        if spot.part:
            replace_span(tree, spot, "")
            tree.mark(unit_of(node), Mark(op.source, "gewijzigd"))
            continue
        if getattr(node.value, "status", "") == "vervallen":
            return [f"{name(spot.steps)} has already vervallen"]
        renumbering = placing.renumbering(tree, index, unit_of(node.parent or node), op)
        if isinstance(renumbering, str):
            return [renumbering]
        if node.kind == "artikel" or node.kind in DIVISION_KINDS:
            maker = placeholder_article if node.kind == "artikel" else placeholder_division
            edit = Edit(Change.REPLACE, (node,), (maker(tree.build(node)),), renumbering=renumbering)  # type: ignore[arg-type]
            problems = _edit(tree, edit, op, "vervallen")
        else:
            parent = node.parent
            problems = _edit(tree, Edit(Change.REMOVE, (node,), renumbering=renumbering), op, "gewijzigd")
            placing.drop_empty_list(tree, parent)
            if op.designation and node.kind == "lid" and parent is not None and not problems:
                problems = _undesignate(tree, parent, op)
        if problems:
            return problems
    return []


def _renumber(tree: Tree, index: ArticleIndex, op: Op, spots: list[Spot]) -> list[str]:
    for spot in spots:
        taken = placing.taken(tree, index, spot.node, op.number)
        if taken:
            return [taken]
        problems = _edit(tree, Edit(Change.RENUMBER, (spot.node,), number=op.number), op, "vernummerd")
        if problems:
            return problems
    return []


def _designate(tree: Tree, index: ArticleIndex, op: Op, spots: list[Spot]) -> list[str]:
    for spot in spots:
        node = spot.node
        if node.kind != "artikel" or any(child.kind == "lid" for child in tree.children(node)):
            return [f"{name(spot.steps)} is not an article without leden; it cannot get the designation «1.»"]
        article = designated(tree.build(node))  # type: ignore[arg-type]
        problems = _edit(tree, Edit(Change.REPLACE, (node,), (article,)), op, "gewijzigd")
        if problems:
            return problems
    return []


def _undesignate(tree: Tree, article: Node, op: Op) -> list[str]:
    """Turn an article's one remaining lid back into its text ("… alsmede de aanduiding «1.»
    voor het eerste lid vervallen")."""
    leden = [child for child in tree.children(article) if child.kind == "lid"]
    if len(leden) != 1 or not same_number(leden[0].number, op.designation):
        return [f"artikel {article.number} keeps {len(leden)} leden; the designation «{op.designation}» cannot go"]
    value = tree.build(article)
    lid = tree.build(leden[0])
    plain = replace(value, blocks=lid.blocks, leden=())  # type: ignore[type-var, attr-defined]
    return _edit(tree, Edit(Change.REPLACE, (article,), (plain,)), op, "gewijzigd")


def _endings(tree: Tree, index: ArticleIndex, op: Op) -> list[str]:
    """Change the endings the instruction names ("onder vervanging van de punt …") first."""
    for place, old, new in op.endings:
        spots = resolve(tree, index, place)
        if isinstance(spots, Missing):
            return [_missing(spots)]
        for spot in spots:
            why = change_ending(tree, spot.node, old, new)
            if why:
                return [f"{name(spot.steps)}: {why}"]
            tree.mark(unit_of(spot.node), Mark(op.source, "gewijzigd"))
    return []


def _edit(tree: Tree, edit: Edit, op: Op, how: str) -> list[str]:
    mark, renumbered = Mark(op.source, how), Mark(op.source, "vernummerd")
    return [problem.why for problem in perform(tree, edit, mark, renumbered)]


_HANDLERS: dict[Kind, Handler] = {
    Kind.REPLACE: _replace,
    Kind.INSERT: _insert,
    Kind.ADD: _add,
    Kind.REPEAL: _repeal,
    Kind.RENUMBER: _renumber,
    Kind.DESIGNATE: _designate,
}

