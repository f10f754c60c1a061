"""The one mechanism that applies amendment instructions to a tree of units: a bill amended by a
nota van wijziging, or a law amended by a bill.

Each kind of tree describes itself by a `Shape` (what a unit holds, how it is named, how it is
rebuilt around new children). A caller resolves each of its instructions to `Edit`s on `Node`s
with its own look-up (the nota by the bill's paths before any change, the consolidation by the
law's numbers as they stand), and `perform` carries the edits out the same way for both. Nodes
are expanded only where an edit reaches and rebuilt only where something changed, so a large
law costs little more than the units its instructions touch. Nothing here raises for a place
that cannot be changed: `perform` returns `Problem` values.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

Step = tuple[str, str]  # (kind, number)


class Shape(Protocol):
    """How one kind of tree is made: the children of a unit, its name, and its rebuilding."""

    def children(self, value: object) -> tuple[object, ...]:
        """Return the units inside `value`, in order."""
        ...

    def identify(self, value: object, position: int) -> Step:
        """Return the kind and number of a unit; `position` counts from 1 among its siblings."""
        ...

    def build(self, node: Node, children: tuple[object, ...]) -> object:
        """Return the node's unit rebuilt with its current number and `children`."""
        ...


@dataclass(eq=False)
class Node:
    """A unit of the tree being amended: what it was, what it is now, and what changed it."""

    kind: str
    number: str
    value: object
    parent: Node | None = None
    origin: tuple[Step, ...] | None = None  # its address before any edit; None if an edit made it
    expanded: list[Node] | None = None
    renewed: bool = False  # its content was replaced whole: what is inside it now is new
    gone: bool = False  # taken out of the tree (with what is inside it)
    changed: bool = False
    built: object | None = None
    marks: list[object] = field(default_factory=list)


class Change(StrEnum):
    """What an `Edit` does to its nodes."""

    REPLACE = "replace"  # the node's place gets `values` (one value keeps the node itself)
    REMOVE = "remove"  # the node leaves the tree
    INSERT = "insert"  # `values` go after (with `before`: before) the node, as siblings
    APPEND = "append"  # `values` go at the end of the node's children
    RENUMBER = "renumber"  # the node gets `number`
    SET = "set"  # the node's own content becomes `values[0]`; its children stay


@dataclass(frozen=True)
class Edit:
    """One change, resolved to nodes; `renumbering` gives siblings their new numbers with it."""

    change: Change
    nodes: tuple[Node, ...]
    values: tuple[object, ...] = ()
    before: bool = False
    number: str = ""
    renumbering: tuple[tuple[Node, str], ...] = ()


@dataclass(frozen=True)
class Problem:
    """Why an edit was not carried out; `gone` when an earlier edit took its place away."""

    why: str
    gone: bool = False


@dataclass(frozen=True)
class Failure:
    """An instruction that could not be applied: which one (`source`, the caller's own) and why."""

    source: object
    why: str


Watcher = Callable[[str, Node], None]  # ("attach" | "detach" | "renumber", node)


class Tree:
    """A mutable tree over immutable units, expanded lazily and rebuilt where it changed."""

    def __init__(self, shape: Shape, root: object, watch: Watcher | None = None) -> None:
        self.shape = shape
        self.root = Node("", "", root, origin=())
        self.watch = watch

    def children(self, node: Node) -> list[Node]:
        """Return the node's children, making nodes for them on first use."""
        if node.expanded is None:
            values = self.shape.children(node.value)
            original = node.origin is not None and not node.renewed
            node.expanded = [self._node(value, node, n, original) for n, value in enumerate(values, 1)]
        return node.expanded

    def walk(self, node: Node) -> Iterator[Node]:
        """Yield the node and every node under it, in document order."""
        yield node
        for child in self.children(node):
            yield from self.walk(child)

    def build(self, node: Node | None = None) -> object:
        """Return the unit the node (default: the root) stands for now, as an immutable value."""
        node = node or self.root
        if node.built is not None:
            return node.built
        if node.expanded is None and not node.changed:
            node.built = node.value
            return node.value
        children = tuple(self.build(child) for child in self.children(node))
        if not node.changed and _same(children, self.shape.children(node.value)):
            node.built = node.value  # looked into, but nothing in it changed
        else:
            node.built = self.shape.build(node, children)
        return node.built

    def attached(self, node: Node) -> bool:
        """Tell whether the node is still in the tree (not removed or replaced with its parent)."""
        current: Node | None = node
        while current is not None:
            if current.gone:
                return False
            if current.parent is None:
                return current is self.root
            current = current.parent
        return False

    def address(self, node: Node) -> tuple[Step, ...]:
        """Return the node's address as it stands: the (kind, number) steps from the root."""
        steps: list[Step] = []
        while node.parent is not None:
            steps.append((node.kind, node.number))
            node = node.parent
        return tuple(reversed(steps))

    # --- changes -------------------------------------------------------------------------------

    def replace(self, node: Node, values: tuple[object, ...]) -> list[Node]:
        """Put `values` in the node's place; one value keeps the node, so siblings still find it."""
        if len(values) != 1:
            return self._splice(node, values)
        fresh = self._node(values[0], node.parent, 1, False)
        self._detach_children(node)
        renumbered = fresh.number != node.number
        node.value, node.kind, node.number, node.expanded = fresh.value, fresh.kind, fresh.number, None
        node.renewed = True
        for child in self.children(node):
            self._attached(child)
        self._touch(node)
        if renumbered and self.watch:
            self.watch("renumber", node)
        return [node]

    def remove(self, node: Node) -> None:
        """Take the node out of the tree."""
        self._splice(node, ())

    def insert(self, sibling: Node, values: tuple[object, ...], before: bool) -> list[Node]:
        """Put `values` right after (or before) `sibling`; return their nodes."""
        parent = sibling.parent
        assert parent is not None, "the root has no siblings"
        siblings = self.children(parent)
        at = _index(siblings, sibling) + (0 if before else 1)
        return self._put(parent, at, values)

    def append(self, parent: Node, values: tuple[object, ...], at: int | None = None) -> list[Node]:
        """Add `values` at the end of the node's children (or at position `at`); return their nodes."""
        siblings = self.children(parent)
        return self._put(parent, len(siblings) if at is None else at, values)

    def renumber(self, node: Node, number: str) -> None:
        """Give the node a new number."""
        if node.number == number:
            return
        node.number = number
        self._touch(node)
        if self.watch:
            self.watch("renumber", node)

    def set_value(self, node: Node, value: object) -> None:
        """Give the node new content of its own; the children it has stay."""
        self.children(node)
        node.value = value
        self._touch(node)

    def mark(self, node: Node, mark: object) -> None:
        """Record on the node what changed it (an instruction's source, for provenance)."""
        if mark is not None and mark not in node.marks:
            node.marks.append(mark)

    # --- helpers -------------------------------------------------------------------------------

    def _node(self, value: object, parent: Node | None, position: int, original: bool) -> Node:
        kind, number = self.shape.identify(value, position)
        origin = None
        if original and parent is not None and parent.origin is not None:
            origin = (*parent.origin, (kind, number or str(position)))
        return Node(kind, number, value, parent, origin)

    def _put(self, parent: Node, at: int, values: tuple[object, ...]) -> list[Node]:
        siblings = self.children(parent)
        nodes = [self._node(value, parent, at + n + 1, False) for n, value in enumerate(values)]
        siblings[at:at] = nodes
        self._touch(parent)
        for node in nodes:
            node.changed = True
            self._attached(node)
        return nodes

    def _splice(self, node: Node, values: tuple[object, ...]) -> list[Node]:
        parent = node.parent
        assert parent is not None, "the root cannot be replaced"
        siblings = self.children(parent)
        at = _index(siblings, node)
        nodes = [self._node(value, parent, at + n + 1, False) for n, value in enumerate(values)]
        siblings[at : at + 1] = nodes
        node.gone = True
        self._touch(parent)
        if self.watch:
            self.watch("detach", node)
        for fresh in nodes:
            fresh.changed = True
            self._attached(fresh)
        return nodes

    def _detach_children(self, node: Node) -> None:
        for child in node.expanded or ():
            child.gone = True
            if self.watch:
                self.watch("detach", child)

    def _attached(self, node: Node) -> None:
        if self.watch:
            self.watch("attach", node)

    def _touch(self, node: Node) -> None:
        node.changed = True
        current: Node | None = node
        while current is not None and (current is node or current.built is not None):
            current.built = None
            current = current.parent


def _same(built: tuple[object, ...], original: tuple[object, ...]) -> bool:
    return len(built) == len(original) and all(a is b for a, b in zip(built, original, strict=True))


def _index(siblings: list[Node], node: Node) -> int:
    return next(n for n, child in enumerate(siblings) if child is node)


def perform(tree: Tree, edit: Edit, mark: object = None, renumbered: object = None) -> list[Problem]:
    """Carry out one edit on the tree, recording `mark` on what it changed (`renumbered`, when
    given, on the siblings it renumbered); return what failed.

    Renumbered siblings are named before the change and numbered after it, so "het derde lid
    vervalt, onder vernummering van het vierde lid tot derde lid" needs no order of its own. A
    node an earlier edit took away is reported (`gone`) and the rest of the edit still done.
    """
    problems = []
    present = []
    for node in edit.nodes:
        if tree.attached(node):
            present.append(node)
        else:
            name = f"{node.kind} {node.number}".strip()
            problems.append(Problem(f"{name} is no longer there: an earlier instruction replaced or removed it", True))
    if edit.change in (Change.INSERT, Change.REPLACE, Change.REMOVE) and any(n is tree.root for n in present):
        return [*problems, Problem(f"cannot {edit.change.value} the whole text itself; name a unit in it")]
    touched = _change(tree, edit, present)
    for node, number in edit.renumbering:
        if tree.attached(node):
            tree.renumber(node, number)
            tree.mark(node, mark if renumbered is None else renumbered)
    for node in touched:
        tree.mark(node, mark)
    return problems


def _change(tree: Tree, edit: Edit, nodes: list[Node]) -> list[Node]:
    touched: list[Node] = []
    for node in nodes:
        if edit.change is Change.REPLACE:
            touched += tree.replace(node, edit.values)
        elif edit.change is Change.REMOVE:
            tree.remove(node)
            if node.parent is not None:
                touched.append(node.parent)
        elif edit.change is Change.INSERT:
            touched += tree.insert(node, edit.values, edit.before)
        elif edit.change is Change.APPEND:
            touched += tree.append(node, edit.values)
        elif edit.change is Change.RENUMBER:
            tree.renumber(node, edit.number)
            touched.append(node)
        else:
            tree.set_value(node, edit.values[0])
            touched.append(node)
    return touched
