"""Where new units go, and with which numbers: the payload of an insertion or addition as law
units, the renumbering that comes with it, and the check that a new number is free (Ar 6.16).

A payload takes the numbers the bill writes for it. Articles and divisions stand beside
articles and divisions, leden beside leden, onderdelen beside onderdelen; an addition puts
leden at the end of an article, onderdelen at the end of the last list of a lid, article or
onderdeel (a list is made when there is none), articles at the end of a division.
"""

from __future__ import annotations

from dataclasses import replace

from wetgen.amend.edit import Change, Edit, Node, Tree
from wetgen.consolidate.lawtree import ArticleIndex, own_blocks, unit_of
from wetgen.consolidate.ops import Op, Reason
from wetgen.consolidate.resolve import defined_term, units_in
from wetgen.law.draft_reader import law_units
from wetgen.law.model import DIVISION_KINDS, Alinea, Article, Division, Lid, Lijst, ListItem
from wetgen.law.numbers import clean, same_number, sort_key

_FITS = {"artikel": (Article, Division), "lid": (Lid,), "onderdeel": (ListItem,)}
_NOUNS = {Article: "articles", Division: "divisions", Lid: "leden", ListItem: "onderdelen"}

Renumbering = tuple[tuple[Node, str], ...]


def payload(tree: Tree, node: Node, op: Op, container: bool) -> tuple[object, ...] | str:
    """Return the payload as law units that fit beside `node` (or, with `container`, inside it)."""
    if not op.payload and op.alphabetical and op.text.strip():  # new definitions, one a line
        return tuple(ListItem("", (Alinea(" ".join(line.split())),)) for line in op.text.splitlines() if line.strip())
    if not op.payload:
        return "the instruction brings no units (artikelen, leden or onderdelen)"
    depth = _depth(node) + (1 if container and node.kind in ("onderdeel", "lid", "artikel") else 0)
    units = law_units(op.payload, "", max(depth, 1))  # type: ignore[arg-type]
    kind = _child_kind(tree, node, units[0]) if container else _sibling_kind(node)
    fits = _FITS.get(kind, ())
    wrong = [u for u in units if not isinstance(u, fits)]
    if wrong:
        where = f"in {node.kind} {node.number}" if container else f"beside {node.kind} {node.number}"
        return f"the instruction brings {_NOUNS[type(wrong[0])]}, which cannot stand {where}".replace("  ", " ")
    return units


def plan_insert(tree: Tree, index: ArticleIndex, sibling: Node, container: Node, op: Op) -> Edit | str:
    """Return the edit that puts the payload beside `sibling` (or, `within`, where its numbers go)."""
    if op.within:
        return _plan_within(tree, index, container, op)
    values = payload(tree, sibling, op, container=False)
    if isinstance(values, str):
        return values
    renumbered = renumbering(tree, index, container, op)
    if isinstance(renumbered, str):
        return renumbered
    taken = _free(tree, index, container, sibling.kind, values, renumbered)
    if taken:
        return taken
    return Edit(Change.INSERT, (sibling,), values, op.before, renumbering=renumbered)


def plan_add(tree: Tree, index: ArticleIndex, node: Node, op: Op) -> Edit | str:
    """Return the edit that puts the payload at the end of `node` (its leden, list or articles),
    or, for definitions in alphabetical order, where their terms belong."""
    values = payload(tree, node, op, container=True)
    if isinstance(values, str):
        return values
    renumbered = renumbering(tree, index, node, op)
    if isinstance(renumbered, str):
        return renumbered
    first = values[0]
    if isinstance(first, Lid) and any(b.kind == "alinea" for b in own_blocks(tree, node)):
        if not any(child.kind == "lid" for child in tree.children(node)):
            return (f"{node.kind} {node.number} has no leden: its text must first get the designation "
                    "«1.» (\"Voor de tekst wordt de aanduiding «1.» geplaatst\")")  # fmt: skip
    kind = "onderdeel" if isinstance(first, ListItem) else "lid" if isinstance(first, Lid) else "artikel"
    taken = _free(tree, index, node, kind, values, renumbered)
    if taken:
        return taken
    if isinstance(first, ListItem):
        lists = [b for b in own_blocks(tree, node) if b.kind == "lijst"]
        target = lists[-1] if lists else tree.append(node, (Lijst(()),), at=len(own_blocks(tree, node)))[0]
        return Edit(Change.APPEND, (target,), values, renumbering=renumbered)
    return Edit(Change.APPEND, (node,), values, renumbering=renumbered)


def renumbering(tree: Tree, index: ArticleIndex, container: Node, op: Op) -> Renumbering | str:
    """Return the units an instruction renumbers, found by their numbers before it, with their new ones."""
    if not op.renumbering:
        return ()
    kind = op.renumber_kind or "lid"
    if kind == "onderdeel" and container.kind == "onderdeel":
        kind = "subonderdeel"
    pool = units_in(tree, index, tree.root if kind == "artikel" else container, kind)
    found: list[tuple[Node, str]] = []
    for old, new in op.renumbering:
        matches = [node for node in pool if same_number(node.number, old)]
        if len(matches) != 1:
            where = "the law" if kind == "artikel" else f"{container.kind} {container.number}"
            return f"the renumbering names {kind} {clean(old)}, which {where} does not have"
        found.append((matches[0], clean(new)))
    return tuple(found)


def taken(tree: Tree, index: ArticleIndex, node: Node, number: str) -> str:
    """Return why `node` cannot take `number` (a sibling already has it), or ""."""
    pool = index.find(number) if node.kind == "artikel" else _siblings(tree, node)
    if any(other is not node and same_number(other.number, number) for other in pool):
        return Reason(f"{node.kind} {clean(number)} already exists", "CON004")
    return ""


def gather_after_headings(tree: Tree, edit: Edit) -> None:
    """Put the articles after an inserted division heading ("Voor artikel 1 wordt een
    paragraafaanduiding ingevoegd") into it, up to the next division beside it."""
    anchor = edit.nodes[0]
    parent = anchor.parent
    if parent is None:
        return
    for value in edit.values:
        if not isinstance(value, Division) or value.children:
            continue
        siblings = tree.children(parent)
        heading = next((n for n in siblings if n.value is value or n.built is value), None)
        if heading is None:
            continue
        after = siblings[siblings.index(heading) + 1 :]
        moving = []
        for sibling in after:
            if sibling.kind != "artikel":
                break
            moving.append(sibling)
        for sibling in moving:
            moved = tree.build(sibling)
            tree.remove(sibling)
            tree.append(heading, (moved,))


def last_sibling(tree: Tree, edit: Edit) -> Node | None:
    """Return the unit an addition comes after: the last child of the kind it adds."""
    target = edit.nodes[0]
    units = [child for child in tree.children(target) if child.kind in ("lid", "onderdeel", "artikel")]
    return units[-1] if units else None


def drop_empty_list(tree: Tree, node: Node | None) -> None:
    """Take away a list whose last onderdeel was repealed."""
    if node is not None and node.kind == "lijst" and not tree.children(node) and tree.attached(node):
        tree.remove(node)


def out_of_order(tree: Tree, node: Node) -> str:
    """Return why a new unit's number does not fit between its neighbours (Ar 6.16), or ""."""
    siblings = _siblings(tree, node)
    at = next(n for n, s in enumerate(siblings) if s is node)
    before = siblings[at - 1].number if at > 0 else ""
    after = siblings[at + 1].number if at + 1 < len(siblings) else ""
    key = sort_key(node.number)
    if before and not sort_key(before) < key or after and not key < sort_key(after):
        return f"{node.kind} {clean(node.number)} does not fit between {clean(before) or 'the start'} and {clean(after) or 'the end'}"
    return ""


def alphabetical(tree: Tree, node: Node, value: ListItem) -> Edit | str:
    """Return the edit that puts a new definition before the first whose term sorts after its
    own, in the (last) list of definitions of `node`."""
    lists = [b for b in own_blocks(tree, node) if b.kind == "lijst"]
    if not lists:
        return f"{node.kind} {node.number} has no list of definitions"
    lijst = lists[-1]
    if getattr(lijst.value, "type", "") == "ongemarkeerd":  # an unmarked list: no labels
        value = replace(value, label="")
    term = _term(value).casefold()
    later = [item for item in tree.children(lijst) if defined_term(tree, item).casefold() > term]
    if later:
        return Edit(Change.INSERT, (later[0],), (value,), before=True)
    return Edit(Change.APPEND, (lijst,), (value,))


def _term(item: ListItem) -> str:
    text = next((b.text for b in item.blocks if isinstance(b, Alinea)), "")
    return text.partition(":")[0].strip()


def _plan_within(tree: Tree, index: ArticleIndex, container: Node, op: Op) -> Edit | str:
    """Insert the payload where its numbers belong among the container's units, counting the
    units the instruction renumbers by their new numbers."""
    values = payload(tree, container, op, container=True)
    if isinstance(values, str):
        return values
    renumbered = renumbering(tree, index, container, op)
    if isinstance(renumbered, str):
        return renumbered
    kind = _child_kind(tree, container, values[0])
    inner = "subonderdeel" if kind == "onderdeel" and container.kind == "onderdeel" else kind
    siblings = units_in(tree, index, container, inner)
    taken_now = _free(tree, index, container, kind, values, renumbered)
    if taken_now:
        return taken_now
    after = {id(node): new for node, new in renumbered}
    key = sort_key(getattr(values[0], "number", ""))
    later = [s for s in siblings if sort_key(after.get(id(s), s.number)) > key]
    if later:
        return Edit(Change.INSERT, (later[0],), values, before=True, renumbering=renumbered)
    if siblings:
        return Edit(Change.INSERT, (siblings[-1],), values, renumbering=renumbered)
    return plan_add(tree, index, container, op)


def _free(tree: Tree, index: ArticleIndex, container: Node, kind: str, values: tuple[object, ...],
          renumbered: Renumbering) -> str:  # fmt: skip
    if kind == "artikel":
        numbers = [getattr(v, "number", "") for v in values if isinstance(v, Article)]
        used = {clean(n.number).casefold() for number in numbers for n in index.find(number)}
    else:
        inner = "subonderdeel" if kind == "onderdeel" and container.kind == "onderdeel" else kind
        used = {clean(n.number).casefold() for n in units_in(tree, index, container, inner)}
        numbers = [getattr(v, "number", "") for v in values]
    used -= {clean(node.number).casefold() for node, _ in renumbered}
    used |= {clean(new).casefold() for _, new in renumbered}
    seen: set[str] = set()
    for number in numbers:
        key = clean(number).casefold()
        if key and (key in used or key in seen):
            return Reason(f"{kind} {clean(number)} already exists; an inserted unit needs a number of its own",
                          "CON004")  # fmt: skip
        seen.add(key)
    return ""


def _siblings(tree: Tree, node: Node) -> list[Node]:
    parent = node.parent
    if parent is None:
        return [node]
    if node.kind == "onderdeel" and parent.kind == "lijst":
        owner = unit_of(parent)
        return [c for b in own_blocks(tree, owner) if b.kind == "lijst" for c in tree.children(b)]
    return [c for c in tree.children(parent) if c.kind == node.kind]


def _depth(node: Node) -> int:
    """Return how deep in lists a node sits: 1 for an onderdeel, 2 for a subonderdeel."""
    depth, current = 0, node
    while current is not None:
        if current.kind == "onderdeel":
            depth += 1
        current = current.parent  # type: ignore[assignment]
    return depth


def _sibling_kind(node: Node) -> str:
    return "artikel" if node.kind in DIVISION_KINDS else node.kind


def _child_kind(tree: Tree, node: Node, first: object) -> str:
    if node.kind in (*DIVISION_KINDS, "") or node is tree.root:
        return "artikel"
    if node.kind == "artikel" and isinstance(first, Lid):
        return "lid"
    return "onderdeel"
