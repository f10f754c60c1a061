"""Changing the words of a place: quoted words found literally, once (or "telkens" every time).

The text of a place is its alineas, those of its leden and onderdelen included (a volzin or an
aanhef is one span of one alinea; an opschrift is the unit's title). Quoted words are matched
literally, spaces and punctuation included, as whole words: "dringend" is not found inside
"dringende". Without "telkens" the words must occur exactly once in the place; when they do not
occur, the nearest span (rapidfuzz) and how it differs are reported. Deleting words takes one
space with them, so "is dringend noodzakelijk" becomes "is noodzakelijk".
"""

from __future__ import annotations

import difflib
import re
from dataclasses import replace
from typing import NamedTuple

from wetgen.amend.edit import Node, Tree
from wetgen.consolidate.lawtree import own_blocks
from wetgen.consolidate.ops import Reason, Words
from wetgen.consolidate.resolve import Spot, name
from wetgen.law.model import Alinea

_GLUE_LEFT = tuple(",.;:)")
_NEAREST_CUTOFF = 60.0


class Slot(NamedTuple):
    """A stretch of text in a place: an alinea's span `lo`–`hi`, or (with `title`) an opschrift."""

    node: Node
    lo: int
    hi: int
    title: bool = False


def slots(tree: Tree, spot: Spot) -> list[Slot]:
    """Return the stretches of text the spot covers, in document order."""
    if spot.part == "opschrift":
        title = getattr(spot.node.value, "title", "")
        return [Slot(spot.node, 0, len(title), True)]
    if spot.part:
        block = own_blocks(tree, spot.node)[spot.block]
        return [Slot(block, spot.start, spot.end)]
    return [Slot(n, 0, len(n.value.text)) for n in tree.walk(spot.node) if n.kind == "alinea"]  # type: ignore[attr-defined]


def text_of(slot: Slot) -> str:
    """Return the whole text the slot lies in (the alinea's, or the title)."""
    return getattr(slot.node.value, "title" if slot.title else "text", "")


def occurrences(words: str, found_in: list[Slot]) -> list[tuple[int, int, int]]:
    """Return each literal, whole-word occurrence of `words` as (slot index, start, end)."""
    pattern = _pattern(words)
    hits = []
    for n, slot in enumerate(found_in):
        hits += [(n, m.start(), m.end()) for m in pattern.finditer(text_of(slot), slot.lo, slot.hi)]
    return hits


def change_words(tree: Tree, spot: Spot, words: Words) -> str:
    """Apply one word change to the spot; return "" when done, else why it could not be."""
    found_in = slots(tree, spot)
    quoted = normal(words.anchor or words.old)
    if not quoted:
        return "the instruction quotes no words"
    hits = occurrences(quoted, found_in)
    if not hits:
        return Reason(f"«{quoted}» does not occur in {name(spot.steps)}" + nearest(quoted, found_in), "CON002")
    if len(hits) > 1 and not words.every:
        return Reason(f"«{quoted}» occurs {len(hits)} times in {name(spot.steps)}; quote more words to "
                      "name one, or write \"telkens\" to change every one", "CON003")  # fmt: skip
    for n, start, end in sorted(hits, reverse=True):  # from the end, so offsets stay right
        slot = found_in[n]
        text = text_of(slot)
        if words.anchor:
            new = insert_after(text, end, normal(words.new))
        else:
            new = splice(text, start, end, normal(words.new))
        _store(tree, slot, new)
    return ""


def replace_span(tree: Tree, spot: Spot, new: str) -> None:
    """Give a text part (volzin, aanhef, opschrift) new text; empty text removes a volzin."""
    slot = slots(tree, spot)[0]
    _store(tree, slot, splice(text_of(slot), slot.lo, slot.hi, normal(new)))


def replace_item_text(tree: Tree, node: Node, new: str) -> None:
    """Give an onderdeel (a definition) new text; its label and any list inside it stay."""
    alineas = [b for b in own_blocks(tree, node) if b.kind == "alinea"]
    if alineas:
        _store(tree, Slot(alineas[0], 0, 0), normal(new).strip())
    else:
        tree.append(node, (Alinea(normal(new).strip()),), at=0)


def insert_span(tree: Tree, spot: Spot, new: str, before: bool) -> None:
    """Put a new volzin right after (or before) the volzin of the spot."""
    slot = slots(tree, spot)[0]
    text = text_of(slot)
    if before:
        _store(tree, slot, text[: slot.lo] + normal(new) + " " + text[slot.lo :])
    else:
        _store(tree, slot, insert_after(text, slot.hi, normal(new)))


def append_text(tree: Tree, node: Node, new: str) -> None:
    """Add a volzin at the end of a unit's own text (a new alinea after a list)."""
    blocks = own_blocks(tree, node)
    if blocks and blocks[-1].kind == "alinea":
        last = blocks[-1]
        _store(tree, Slot(last, 0, 0), insert_after(last.value.text, len(last.value.text), normal(new)))  # type: ignore[attr-defined]
    else:
        tree.append(node, (Alinea(normal(new)),), at=len(blocks))


def change_ending(tree: Tree, node: Node, old: str, new: str) -> str:
    """Change how a unit's text ends (the punt at its end into a puntkomma); "" when done."""
    alineas = [n for n in tree.walk(node) if n.kind == "alinea"]
    if not alineas:
        return "it has no text"
    last = alineas[-1]
    text = last.value.text.rstrip()  # type: ignore[attr-defined]
    if not text.endswith(old):
        return f"its text ends in «{text[-1:]}», not «{old}»"
    _store(tree, Slot(last, 0, 0), text[: len(text) - len(old)] + new)
    return ""


def splice(text: str, start: int, end: int, new: str) -> str:
    """Replace text[start:end] by `new`; with nothing new, take one space away with the words."""
    left, right = text[:start], text[end:]
    if new:
        return left + new + right
    if left.endswith(" ") and (not right or right.startswith(" ") or right.startswith(_GLUE_LEFT)):
        left = left[:-1]
    elif not left and right.startswith(" "):
        right = right[1:]
    return left + right


def insert_after(text: str, at: int, new: str) -> str:
    """Put `new` after position `at`, with a space unless it starts with a punctuation mark."""
    glue = "" if new.startswith((*_GLUE_LEFT, " ")) else " "
    return text[:at] + glue + new + text[at:]


def normal(words: str) -> str:
    """Return quoted words with runs of white space as one space (the law's own spacing)."""
    return re.sub(r"\s+", " ", words)


def nearest(quoted: str, found_in: list[Slot]) -> str:
    """Return '; nearest: «…» (…)' for the run of whole words most like `quoted`, or "" when
    nothing comes close (rapidfuzz ratio under 60)."""
    from rapidfuzz import fuzz, process  # only when words are missing: keeps `check --base` quick

    candidates: list[str] = []
    size = len(quoted.split())
    for slot in found_in:
        spans = [m.span() for m in re.finditer(r"\S+", text_of(slot)[slot.lo : slot.hi])]
        text = text_of(slot)[slot.lo : slot.hi]
        for width in {max(size - 1, 1), size, size + 1}:
            candidates += [text[spans[i][0] : spans[i + width - 1][1]] for i in range(len(spans) - width + 1)]
    if not quoted.endswith(_GLUE_LEFT):  # a sentence's full stop is not part of the words
        candidates = [c.rstrip(".,;:") or c for c in candidates]
    best = process.extractOne(quoted, candidates, scorer=fuzz.ratio, score_cutoff=_NEAREST_CUTOFF)
    if best is None:
        return ""
    return f"; nearest: «{best[0]}» ({difference(quoted, best[0])})"


def difference(quoted: str, found: str) -> str:
    """Describe how the law's words differ from the quoted ones, word by word."""
    a, b = quoted.split(), found.split()
    parts = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "replace":
            parts.append(f"the law has «{' '.join(b[j1:j2])}» for «{' '.join(a[i1:i2])}»")
        elif op == "delete":
            parts.append(f"the law lacks «{' '.join(a[i1:i2])}»")
        elif op == "insert":
            parts.append(f"the law adds «{' '.join(b[j1:j2])}»")
    return "; ".join(parts) or "the same words, spaced or punctuated differently"


def _pattern(words: str) -> re.Pattern[str]:
    left = r"(?<!\w)" if re.match(r"\w", words[0]) else ""
    right = r"(?!\w)" if re.match(r"\w", words[-1]) else ""
    return re.compile(left + re.escape(words) + right)


def _store(tree: Tree, slot: Slot, text: str) -> None:
    if slot.title:
        tree.set_value(slot.node, replace(slot.node.value, title=text))  # type: ignore[type-var]
    else:
        tree.set_value(slot.node, Alinea(text))
