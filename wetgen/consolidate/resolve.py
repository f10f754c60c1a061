"""Finding the places an instruction names in the law as it stands after the instructions before it.

A place (`ops.Place`) resolves to one or more `Spot`s: a unit (division, article, lid, onderdeel)
or a span of its text (a volzin, the aanhef before a list, the opschrift). Numbers are the
current ones, so a unit renumbered by an earlier instruction is found by its new number, as
drafters write it ("het derde lid (nieuw)"). When a place is not there, the answer is the
`Missing` value of `wetgen.law.locate`, which says why in the words drafters use.
"""

from __future__ import annotations

from dataclasses import dataclass

from wetgen.amend.edit import Node, Tree
from wetgen.consolidate.lawtree import ArticleIndex, own_blocks
from wetgen.consolidate.ops import Pick, Place
from wetgen.law.locate import Missing, Step, describe, locate, volzinnen
from wetgen.law.model import DIVISION_KINDS, Alinea, Law, Lijst
from wetgen.law.numbers import clean, same_number

TEXT_PARTS = ("volzin", "aanhef", "opschrift")
DEFINITION = "begripsomschrijving"  # an item of a list of definitions, named by its term


@dataclass(frozen=True)
class Spot:
    """A place found: a unit, or with `part` a span of its text (block `block`, `start`–`end`)."""

    node: Node
    steps: tuple[Step, ...]
    part: str = ""
    block: int = -1
    start: int = 0
    end: int = 0


def resolve(tree: Tree, index: ArticleIndex, place: Place) -> list[Spot] | Missing:
    """Return every spot the place names, in order, or a Missing that says why not."""
    spots = [Spot(tree.root, ())]
    for pick in place:
        found: list[Spot] = []
        for spot in spots:
            step = _step(tree, index, spot, pick)
            if isinstance(step, Missing):
                return step
            found += step
        spots = found
    if not spots or spots[0].node is tree.root:
        return Missing((), (), "an empty place names nothing")
    return spots


def name(steps: tuple[Step, ...]) -> str:
    """Return a place as drafters write it ("artikel 12, vierde lid", "artikel 5, aanhef",
    "artikel 1, de begripsomschrijving van «woonruimte»")."""
    pieces: list[str] = []
    run: list[Step] = []
    for step in (*steps, Step("", "")):
        if step.number and step.kind not in ("", DEFINITION):
            run.append(step)
            continue
        if run:
            pieces.append(describe(tuple(run)))
            run = []
        if step.kind == DEFINITION:
            pieces.append(f"de begripsomschrijving van «{step.number}»")
        elif step.kind:
            pieces.append(step.kind)
    return ", ".join(pieces)


def missing(tree: Tree, steps: tuple[Step, ...], why: str = "") -> Missing:
    """Return why the place at `steps` is not in the law as it stands."""
    if why:
        return Missing(steps, (), why)
    law = tree.build()
    assert isinstance(law, Law)
    found = locate(law, tuple(s for s in steps if s.number))
    if isinstance(found, Missing):
        return found
    return Missing(steps, (), f"there is no {name(steps)}")


def _step(tree: Tree, index: ArticleIndex, spot: Spot, pick: Pick) -> list[Spot] | Missing:
    if spot.part:
        return missing(tree, spot.steps, f"{name(spot.steps)} is text, not a unit with a {pick.kind}")
    if pick.kind in TEXT_PARTS:
        return _text_parts(tree, spot, pick)
    if pick.kind == DEFINITION:
        return _definitions(tree, spot, pick)
    units = _candidates(tree, index, spot, pick)
    if isinstance(units, Missing):
        return units
    numbers = pick.numbers or ("",)
    if pick.through and len(numbers) == 2:
        return _range(tree, spot, pick, units)
    found: list[Spot] = []
    for number in numbers:
        steps = (*spot.steps, Step(pick.kind, number))
        matches = [node for node in units if same_number(node.number, number)]
        if len(matches) != 1:
            return missing(tree, steps)
        found.append(Spot(matches[0], steps))
    return found


def _range(tree: Tree, spot: Spot, pick: Pick, units: list[Node]) -> list[Spot] | Missing:
    first, last = pick.numbers
    at = [next((n for n, node in enumerate(units) if same_number(node.number, x)), None) for x in (first, last)]
    for number, where in zip((first, last), at, strict=True):
        if where is None:
            return missing(tree, (*spot.steps, Step(pick.kind, number)))
    start, end = at
    assert start is not None and end is not None
    if end < start:
        return missing(tree, spot.steps, f"{pick.kind} {clean(last)} comes before {clean(first)}")
    return [Spot(node, (*spot.steps, Step(pick.kind, node.number))) for node in units[start : end + 1]]


def _candidates(tree: Tree, index: ArticleIndex, spot: Spot, pick: Pick) -> list[Node] | Missing:
    """Return the units of the pick's kind that the spot holds, in document order."""
    if pick.kind not in (*DIVISION_KINDS, "artikel", "lid", "onderdeel", "subonderdeel"):
        number = pick.numbers[0] if pick.numbers else ""
        return missing(tree, (*spot.steps, Step(pick.kind, number)), f"a place cannot name a {pick.kind!r}")
    numbers = () if pick.through else pick.numbers
    return units_in(tree, index, spot.node, pick.kind, numbers)


def units_in(tree: Tree, index: ArticleIndex, node: Node, kind: str, numbers: tuple[str, ...] = ()) -> list[Node]:
    """Return the units of `kind` that a node holds, in order (articles at any depth of its
    divisions; with `numbers`, the law's articles are taken from the index)."""
    if kind in DIVISION_KINDS:
        return [d for d in _divisions(tree, node) if d.kind == kind]
    if kind == "artikel":
        if node is tree.root and numbers:
            return [a for number in numbers for a in index.find(number)]
        return _articles(tree, node)
    if kind == "lid":
        return [child for child in tree.children(node) if child.kind == "lid"] if node.kind == "artikel" else []
    if kind not in ("onderdeel", "subonderdeel"):
        return []
    inner = (node.kind == "onderdeel") == (kind == "subonderdeel")
    if not inner or (node.kind == "artikel" and _has_leden(tree, node)):
        return []
    lists = [b for b in own_blocks(tree, node) if b.kind == "lijst"]
    return [item for lijst in lists for item in tree.children(lijst)]


def _definitions(tree: Tree, spot: Spot, pick: Pick) -> list[Spot] | Missing:
    """Find the items of a list of definitions whose term ("woonruimte: …") is the one named."""
    items = [i for b in own_blocks(tree, spot.node) if b.kind == "lijst" for i in tree.children(b)]
    found: list[Spot] = []
    for term in pick.numbers:
        steps = (*spot.steps, Step(DEFINITION, term))
        matches = [item for item in items if defined_term(tree, item).casefold() == term.strip().casefold()]
        if len(matches) != 1:
            count = f"{len(matches)} times" if matches else "nowhere"
            return missing(tree, steps, f"{name(spot.steps)} defines «{term}» {count}")
        found.append(Spot(matches[0], steps))
    return found


def defined_term(tree: Tree, item: Node) -> str:
    """Return the term a list item defines: its text before the first colon ("" if none)."""
    text = next((b.value.text for b in own_blocks(tree, item) if b.kind == "alinea"), "")  # type: ignore[attr-defined]
    term, colon, _ = text.partition(":")
    return term.strip() if colon else ""


def _divisions(tree: Tree, node: Node) -> list[Node]:
    found: list[Node] = []
    for child in tree.children(node):
        if child.kind in DIVISION_KINDS:
            found.append(child)
            found += _divisions(tree, child)
    return found


def _articles(tree: Tree, node: Node) -> list[Node]:
    found: list[Node] = []
    for child in tree.children(node):
        if child.kind == "artikel":
            found.append(child)
        elif child.kind in DIVISION_KINDS:
            found += _articles(tree, child)
    return found


def _has_leden(tree: Tree, node: Node) -> bool:
    return any(child.kind == "lid" for child in tree.children(node))


def _text_parts(tree: Tree, spot: Spot, pick: Pick) -> list[Spot] | Missing:
    node = spot.node
    here = name(spot.steps)
    if pick.kind == "opschrift":
        if node.kind != "artikel" and node.kind not in DIVISION_KINDS:
            return missing(tree, spot.steps, f"{here} has no opschrift: only articles and divisions do")
        return [Spot(node, (*spot.steps, Step("opschrift", "")), "opschrift")]
    if node.kind == "artikel" and _has_leden(tree, node):
        return missing(tree, spot.steps, f"{here} has leden; name the lid the {pick.kind} is in")
    if node.kind not in ("artikel", "lid", "onderdeel"):
        return missing(tree, spot.steps, f"a {pick.kind} is named inside {here or 'the law itself'}")
    value = tree.build(node)
    blocks = getattr(value, "blocks", ())
    if pick.kind == "aanhef":
        lists = [n for n, block in enumerate(blocks) if isinstance(block, Lijst)]
        if not lists or lists[0] == 0 or not isinstance(blocks[lists[0] - 1], Alinea):
            return missing(tree, spot.steps, f"{here} has no aanhef: no text introduces a list")
        at = lists[0] - 1
        return [Spot(node, (*spot.steps, Step("aanhef", "")), "aanhef", at, 0, len(blocks[at].text))]
    sentences = volzinnen(blocks)
    wanted = _volzin_numbers(pick, len(sentences))
    found: list[Spot] = []
    for number in wanted:
        steps = (*spot.steps, Step("volzin", number))
        if not number.isdigit() or not 1 <= int(number) <= len(sentences):
            count = len(sentences)
            return missing(tree, steps, f"{here} has no {describe((Step('volzin', number),))}: it has "
                           f"{count} volzin{'nen' if count != 1 else ''}")  # fmt: skip
        sentence = sentences[int(number) - 1]
        found.append(Spot(node, steps, "volzin", sentence.block, sentence.start, sentence.end))
    return found


def _volzin_numbers(pick: Pick, count: int) -> list[str]:
    numbers = [clean(n) for n in pick.numbers]
    if pick.through and len(numbers) == 2 and all(n.isdigit() for n in numbers):
        return [str(n) for n in range(int(numbers[0]), int(numbers[1]) + 1)]
    return numbers
