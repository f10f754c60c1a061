"""Building blocks of the nota van wijziging: unit designations, renumbering phrases, the text
of a unit as printed (for "luidende:"), and the quoted words of a word-level change."""

from __future__ import annotations

import re
from dataclasses import dataclass

from wetgen import ids
from wetgen.amend import formulas as f
from wetgen.amend.wording import join_and
from wetgen.diff.tokens import TextOp, is_quote, normalise_space, tokenize
from wetgen.diff.tree import INSTRUCTION, UnitNode

_LETTERED = ("onderdeel", "item")


def designation(node: UnitNode, number: str = "") -> str:
    """Return how a unit is named in a reference: "artikel 28a", "derde lid", "onderdeel b"."""
    number = number or node.number
    if node.kind == "lid":
        return _lid_word(number)
    if node.kind == "item" and node.depth > 1:
        return f"onder {number}°"
    if node.kind == INSTRUCTION:
        return f"onder {_printed_change(node, number)}"
    noun = "onderdeel" if node.kind == "item" else node.kind
    return f"{noun} {number}"


def _printed_change(node: UnitNode, number: str) -> str:
    """Return the number an instruction is printed with: its place, or at the depths a
    `wijzigen` lettered its changes, the letter ("onder 3, onder a", Ar 6.15)."""
    place, _, rest = number.partition(" ")
    if not place.isdigit() or node.depth < 1:
        return number
    return " ".join(filter(None, [ids.change_number(node.depth, int(place)), rest]))


def many(node: UnitNode, numbers: list[str]) -> str:
    """Return the designation of several siblings: "derde en vierde lid", "onderdelen D en E"."""
    if len(numbers) == 1:
        return designation(node, numbers[0])
    if node.kind == "lid":
        return _span([_ordinal(n) for n in numbers]) + " lid"
    noun = "onderdeel" if node.kind == "item" else node.kind
    return f"{ids.plural(noun)} {_span(numbers)}"


def renumbering_phrase(node: UnitNode, old: list[str], new: list[str]) -> str:
    """Return "vernummering van het vierde en vijfde lid tot derde en vierde lid" (Ar 6.18)."""
    noun = f.RENUMBER_NOUNS[_numbering(node)]
    if node.kind == "lid":
        before, after = f"het {_span([_ordinal(n) for n in old])} lid", f"{_span([_ordinal(n) for n in new])} lid"
    elif len(old) == 1:
        before, after = designation(node, old[0]), designation(node, new[0])
    else:
        before, after = f"de {many(node, old)}", _span(new)
    return f.RENUMBER_CLAUSE.format(noun=noun, old=before, new=after)


def renumbered_verb(node: UnitNode) -> str:
    """Return "verletterd" for lettered units and "vernummerd" for the rest."""
    return f.RENUMBERED[_numbering(node)]


def _numbering(node: UnitNode) -> str:
    """Return how a unit is renumbered, as the formula table keys it: "letters" or "numbers"."""
    lettered = node.kind in _LETTERED and not (node.kind == "item" and node.depth > 1)
    return "letters" if lettered else "numbers"


def capital(text: str) -> str:
    """Return text with its first letter in upper case."""
    return text[:1].upper() + text[1:]


def _lid_word(number: str) -> str:
    return f"{_ordinal(number)} lid"


def _ordinal(number: str) -> str:
    return ids.ordinal(int(number)) if number.isdigit() else number


def _span(words: list[str]) -> str:
    if len(words) >= 3:
        return f"{words[0]} tot en met {words[-1]}"
    return join_and(words)


# --- the printed text of a unit --------------------------------------------------------------


def unit_lines(node: UnitNode, indent: int = 0) -> list[str]:
    """Return the unit as printed, designation first, children indented by two spaces."""
    pad = "  " * indent
    if node.kind == "artikel":
        head = ("ARTIKEL " if ids.roman_value(node.number) else "Artikel ") + node.number
        body = node.text[len(node.opschrift) :].strip() if node.opschrift else node.text
        lines = [pad + head + (f". {node.opschrift}" if node.opschrift else "")]
        lines += [pad + body] if body else []
        return lines + _children(node, indent)
    if node.kind == "onderdeel":
        lines = [pad + node.number]
        if len(node.children) == 1:
            only = node.children[0]
            return lines + [pad + only.text] + _children(only, indent + 1)
        return lines + _children(node, indent)
    if node.kind == INSTRUCTION:
        return [f"{pad}{_printed_change(node, node.number)}. {node.text}"] + _children(node, indent + 1)
    if node.kind in ("lid", "item"):
        mark = f"{node.number}°." if node.kind == "item" and node.depth > 1 else f"{node.number}."
        return [f"{pad}{mark} {node.text}"] + _children(node, indent + 1)
    return [f"{pad}{node.kind.capitalize()} {node.number}. {node.text}"] + _children(node, indent)


def _children(node: UnitNode, indent: int) -> list[str]:
    return [line for child in node.children for line in unit_lines(child, indent)]


# --- the quoted words of a change -------------------------------------------------------------


@dataclass(frozen=True)
class Words:
    """One word-level edit as the nota quotes it: replace `old` by `new`, or insert after `anchor`."""

    action: str  # "replace", "delete" or "insert"
    old: str = ""
    new: str = ""
    anchor: str = ""


def quoted_edits(ops: tuple[TextOp, ...], scope: str) -> list[Words]:
    """Return each edit of `ops` with enough context to occur once in `scope` (the old text)."""
    text = "".join(op.old for op in ops)
    bounds = _bounds(text)
    edits: list[Words] = []
    start = 0
    for op in ops:
        end = start + len(op.old)
        if op.op != "equal":
            edits.append(_quote(text, bounds, start, end, op.new, scope))
        start = end
    return edits


def quotable_edits(ops: tuple[TextOp, ...], old: str, new: str, scope: str) -> list[Words] | None:
    """Return the quoted edits that turn `old` into `new` in `scope`: one per change, else one
    for all of them together; None when neither applies (the unit then komt te luiden)."""
    for tried in (ops, merged(ops)):
        edits = quoted_edits(tried, scope)
        if applies(edits, old, new, scope) and not any(_has_quote(w) for w in edits):
            return edits
    return None


def _has_quote(words: Words) -> bool:
    """Tell whether quoted words would hold a quotation mark of their own (the edge of an
    instruction's quoted words): a reader cannot tell where such a quote ends."""
    return any(is_quote(token) for token in tokenize(f"{words.old} {words.new} {words.anchor}"))


def merged(ops: tuple[TextOp, ...]) -> tuple[TextOp, ...]:
    """Return the ops with every change from the first to the last as one replacement, as a
    drafter quotes edits that touch each other («12 en 12a» by «12, 12a en 16»); a replacement
    that would start with a comma takes in the word before it."""
    changed = [n for n, op in enumerate(ops) if op.op != "equal"]
    if len(changed) < 2:
        return ops
    first, last = changed[0], changed[-1]
    head, tail = ops[:first], ops[last + 1 :]
    old = "".join(op.old for op in ops[first : last + 1])
    new = "".join(op.new for op in ops[first : last + 1])
    if new.lstrip()[:1] in tuple(",.;:)") and head:
        before = head[-1].old
        cut = len(before.rstrip()) - len(tokenize(before.rstrip())[-1]) if before.strip() else len(before)
        old, new = before[cut:] + old, before[cut:] + new
        head = (*head[:-1], TextOp("equal", before[:cut], before[:cut])) if cut else head[:-1]
    return (*head, TextOp("replace", old, new), *tail)


def applies(edits: list[Words], old: str, new: str, scope: str) -> bool:
    """Tell whether applying the edits in turn, each to the one place its words occur in the
    unit named (`scope`, which holds `old`), turns `old` into `new`."""
    text, context = tidy(old), tidy(scope)
    for edit in edits:
        find = tidy(edit.anchor if edit.action == "insert" else edit.old)
        if not find or count_words(find, text) != 1 or count_words(find, context) != 1:
            return False
        if edit.action == "insert":
            glue = "" if edit.new[:1] in ",.;:)" else " "
            done = find + glue + edit.new
        else:
            done = edit.new
        text = tidy(replace_words_once(text, find, done))
        context = tidy(replace_words_once(context, find, done))
    return text == tidy(new)


def tidy(text: str) -> str:
    """Return text with single spaces and none before a punctuation mark or a closing bracket."""
    return re.sub(r"\s+([,.;:)])", r"\1", normalise_space(text))


def count_words(words: str, text: str) -> int:
    """Return how often `words` stand in `text` as whole words."""
    return len(re.findall(rf"(?<!\w){re.escape(words)}(?!\w)", text))


def replace_words_once(text: str, words: str, by: str) -> str:
    """Return `text` with the first whole-word occurrence of `words` replaced by `by`."""
    return re.sub(rf"(?<!\w){re.escape(words)}(?!\w)", lambda _: by, text, count=1)


def _bounds(text: str) -> list[int]:
    out, at = [0], 0
    for token in tokenize(text):
        at += len(token)
        out.append(at)
    return out


def _quote(text: str, bounds: list[int], start: int, end: int, new: str, scope: str) -> Words:
    old = text[start:end].strip()
    if not old and start > 0 and _once(_before(text, bounds, start), scope):
        return Words("insert", new=new.strip(), anchor=_before(text, bounds, start))
    if old and not new.strip() and _once(old, scope):
        return Words("delete", old=old)
    if old and _once(old, scope):
        return Words("replace", old=old, new=new.strip())
    s, e, right = start, end, True
    while True:
        s, e = _widen(bounds, s, e, text, right)
        right = not right
        wide = text[s:e].strip()
        if _once(wide, scope) or (s == 0 and e == len(text)):
            return Words("replace", old=wide, new=(text[s:start] + new + text[end:e]).strip())


def _before(text: str, bounds: list[int], start: int) -> str:
    """Return the last word before `start`."""
    s = start
    while s > 0 and not text[_prev(bounds, s) : s].strip():
        s = _prev(bounds, s)
    return text[_prev(bounds, s) : s] if s > 0 else ""


def _prev(bounds: list[int], at: int) -> int:
    return max(b for b in bounds if b < at) if at > 0 else 0


def _widen(bounds: list[int], s: int, e: int, text: str, right: bool) -> tuple[int, int]:
    """Take in one more word on the right (or, at the end, the left), with the space between."""
    if (right and e < len(text)) or s == 0:
        for _ in range(2):
            e = min((b for b in bounds if b > e), default=e)
    else:
        for _ in range(2):
            s = _prev(bounds, s)
    return s, e


def _once(words: str, scope: str) -> bool:
    words = normalise_space(words)
    if not words:
        return False
    pattern = rf"(?<!\w){re.escape(words)}(?!\w)"
    return len(re.findall(pattern, normalise_space(scope))) == 1


def unit_noun(node: UnitNode, count: int) -> str:
    """Return the noun of a count of units of a node's kind: "onderdeel", "twee leden"."""
    noun = "onderdeel" if node.kind in ("item", INSTRUCTION) else node.kind
    return ids.plural(noun, count)


def the_article(node: UnitNode) -> str:
    """Return "het " before a lid, which is named by an ordinal ("het derde lid"), else ""."""
    return "het " if node.kind == "lid" else ""
