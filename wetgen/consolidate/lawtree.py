"""A base law as a tree for `wetgen.amend.edit`, with an index of its articles by number.

Every unit is a node: divisions, articles, leden, lists (`lijst`), list items (`onderdeel`),
alineas and tables; an article's text blocks come before its leden. A list item's label keeps
its punctuation when it is renumbered ("c." → "d.", "2°." → "3°."). After the changes,
`repath` gives new and renumbered units (and what is inside them) the BWB path their place
gives them ("/Hoofdstuk2/Artikel28a/Lid1"); a unit that changed drops its BWB versie-id.
"""

from __future__ import annotations

from dataclasses import replace

from wetgen.amend.edit import Node, Tree
from wetgen.law.model import (
    DIVISION_KINDS,
    NO_IDS,
    Alinea,
    Article,
    BwbIds,
    Division,
    Law,
    Lid,
    Lijst,
    ListItem,
    Table,
)
from wetgen.law.numbers import clean

UNIT_KINDS = (*DIVISION_KINDS, "artikel", "lid", "onderdeel")
BLOCK_KINDS = ("alinea", "lijst", "tabel")


class LawShape:
    """How a law is a tree: what each unit holds, how it is named and rebuilt."""

    def children(self, value: object) -> tuple[object, ...]:
        """Return the units inside a law or unit, in document order."""
        if isinstance(value, Law):
            return value.body
        if isinstance(value, Division):
            return value.children
        if isinstance(value, Article):
            return (*value.blocks, *value.leden)
        if isinstance(value, Lid | ListItem):
            return value.blocks
        if isinstance(value, Lijst):
            return value.items
        return ()

    def identify(self, value: object, position: int) -> tuple[str, str]:
        """Return a unit's kind and number ("onderdeel" and "b" for a list item labelled "b.")."""
        name = _NAMES.get(type(value))
        if name is not None:
            return name(value)  # type: ignore[no-any-return]
        return "", ""

    def build(self, node: Node, children: tuple[object, ...]) -> object:
        """Return the unit rebuilt with the node's number and children (the same object if equal)."""
        value = node.value
        built = _rebuilt(value, node.number, children)
        if built == value:
            return value
        ids = getattr(built, "ids", None)
        if isinstance(ids, BwbIds) and ids.versie_id:
            built = replace(built, ids=replace(ids, versie_id=""))  # type: ignore[type-var]
        return built


_NAMES = {
    Division: lambda v: (v.kind, v.number),
    Article: lambda v: ("artikel", v.number),
    Lid: lambda v: ("lid", v.number),
    ListItem: lambda v: ("onderdeel", v.number),
    Alinea: lambda v: ("alinea", ""),
    Lijst: lambda v: ("lijst", ""),
    Table: lambda v: ("tabel", ""),
}


def _rebuilt(value: object, number: str, children: tuple[object, ...]) -> object:
    blocks = tuple(c for c in children if isinstance(c, Alinea | Lijst | Table))
    if isinstance(value, Law):
        return replace(value, body=children)
    if isinstance(value, Division):
        return replace(value, number=number, children=children)
    if isinstance(value, Article):
        return replace(value, number=number, blocks=blocks, leden=tuple(c for c in children if isinstance(c, Lid)))
    if isinstance(value, Lid):
        written = value.number if clean(value.number) == clean(number) else relabel(value.number, number)
        return replace(value, number=written, blocks=blocks)  # a lidnr "4." renumbered is "3."
    if isinstance(value, ListItem):
        return replace(value, label=relabel(value.label, number), blocks=blocks)
    if isinstance(value, Lijst):
        return replace(value, items=children)
    return value


def relabel(label: str, number: str) -> str:
    """Return a list label with a new number and the old one's punctuation ("c." → "d.")."""
    old = clean(label)
    if not old:
        return label
    at = label.find(old)
    return label[:at] + number + label[at + len(old) :]


class ArticleIndex:
    """The articles of the tree by cleaned, case-folded number, kept current as edits happen."""

    def __init__(self, tree: Tree) -> None:
        self.tree = tree
        self.by_number: dict[str, list[Node]] = {}
        self.keys: dict[int, str] = {}
        for node in self._articles(tree.root):
            self._add(node)

    def find(self, number: str) -> list[Node]:
        """Return the article nodes with this number, in document order of their adding."""
        return list(self.by_number.get(clean(number).casefold(), ()))

    def watch(self, event: str, node: Node) -> None:
        """Follow the tree: articles attached, detached or renumbered (a Tree watcher)."""
        if node.kind != "artikel" and node.kind not in DIVISION_KINDS:
            return
        for article in self._articles(node):
            if event == "attach":
                self._add(article)
            elif event == "detach":
                self._drop(article)
            elif article is node:  # renumbered
                self._drop(article)
                self._add(article)

    def _articles(self, node: Node) -> list[Node]:
        if node.kind == "artikel":
            return [node]
        found: list[Node] = []
        for child in self.tree.children(node):
            if child.kind == "artikel":
                found.append(child)
            elif child.kind in DIVISION_KINDS:
                found += self._articles(child)
        return found

    def _add(self, node: Node) -> None:
        self._drop(node)
        key = clean(node.number).casefold()
        self.by_number.setdefault(key, []).append(node)
        self.keys[id(node)] = key

    def _drop(self, node: Node) -> None:
        key = self.keys.pop(id(node), None)
        if key is not None:
            self.by_number[key] = [n for n in self.by_number.get(key, []) if n is not node]


def law_tree(law: Law) -> tuple[Tree, ArticleIndex]:
    """Return a tree over the law and the index of its articles, wired to follow every edit."""
    tree = Tree(LawShape(), law)
    index = ArticleIndex(tree)
    tree.watch = index.watch
    return tree, index


def unit_of(node: Node) -> Node:
    """Return the nearest unit at or above a node (a block belongs to its lid, item or article)."""
    while node.kind in BLOCK_KINDS and node.parent is not None:
        node = node.parent
    return node


def unit_address(node: Node) -> tuple[tuple[str, str], ...]:
    """Return the address of the unit at or above a node: its (kind, number) units from the top."""
    steps: list[tuple[str, str]] = []
    current: Node | None = unit_of(node)
    while current is not None and current.parent is not None:
        if current.kind in UNIT_KINDS:
            steps.append((current.kind, current.number))
        current = current.parent
    return tuple(reversed(steps))


def repath(tree: Tree) -> None:
    """Give new and renumbered units, and the units inside them, the path their place gives them."""
    uses_paths = any(getattr(child.value, "path", "") for child in tree.children(tree.root))
    if uses_paths:
        _repath(tree, tree.root, "", "", False)


def _repath(tree: Tree, node: Node, new_parent: str, old_parent: str, forced: bool) -> None:
    for child in list(node.expanded or ()) if not forced else tree.children(node):
        old = getattr(child.value, "path", None)
        if old is None:  # a block: its units follow the parent's path
            _repath(tree, child, new_parent, old_parent, forced)
            continue
        moved = child.origin is None or child.renewed or (bool(child.origin) and child.origin[-1][1] != child.number)
        if moved or forced or not old:
            new = _fresh_path(child, new_parent, old)
        else:
            new = old
        if new != old:
            tree.set_value(child, replace(child.value, path=new))  # type: ignore[type-var]
        _repath(tree, child, new, old or new, forced or new != old)


def _fresh_path(node: Node, parent_path: str, old: str) -> str:
    if node.kind == "onderdeel" and not old:
        return ""  # BWB gives list items a path only now and then; a new one gets none
    return f"{parent_path}/{_segment(node)}"


def _segment(node: Node) -> str:
    if node.kind == "artikel":
        return f"Artikel{node.number}"
    if node.kind == "lid":
        return f"Lid{node.number}"
    if node.kind == "onderdeel":
        return f"Onderdeel{node.number}"
    label = node.kind.capitalize()
    return f"{label}{node.number}"


def placeholder_article(article: Article) -> Article:
    """Return a repealed article as BWB keeps it: its number, status "vervallen", no text."""
    return Article(number=article.number, blocks=(Alinea("Vervallen"),), status="vervallen",
                   path=article.path, ids=replace(article.ids, versie_id=""), label=article.label)  # fmt: skip


def placeholder_division(division: Division) -> Division:
    """Return a repealed division: its number, status "vervallen", and its articles repealed."""
    children = tuple(
        placeholder_division(c) if isinstance(c, Division) else placeholder_article(c) for c in division.children
    )
    return Division(kind=division.kind, number=division.number, title="", children=children,
                    label=division.label, status="vervallen", path=division.path, ids=division.ids)  # fmt: skip


def designated(article: Article) -> Article:
    """Return an article whose text becomes its first lid ("Voor de tekst wordt «1.» geplaatst")."""
    lid = Lid("1", article.blocks, path=f"{article.path}/Lid1" if article.path else "", ids=NO_IDS)
    return replace(article, blocks=(), leden=(lid,))


def own_blocks(tree: Tree, node: Node) -> list[Node]:
    """Return the block nodes of a unit (its alineas, lists and tables), in order."""
    return [child for child in tree.children(node) if child.kind in BLOCK_KINDS]

