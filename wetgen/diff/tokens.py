"""Dutch legal text as tokens, and word-level differences between two texts.

A reference such as "artikel 12a" or "onderdeel b" is one token, so a renumbered reference
shows as one replaced unit; numbers like "3.10", "1°" and "12a" stay whole; every quotation
mark and punctuation mark is a token of its own; runs of whitespace are tokens too, so the
tokens of a text join back to exactly that text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz.distance import Indel

_UNIT = r"(?i:artikel|artikelen|lid|leden|onderdeel|onderdelen|subonderdeel|hoofdstuk|paragraaf|afdeling)"
_NUMBER = r"(?:\d+(?:\.\d+)*[a-z]{0,2}°?|[IVXLC]+[A-Z]?\b|[a-z]\b|[A-Z]{1,3}\b)"
_KINDS = (
    ("ref", rf"\b{_UNIT}\s+{_NUMBER}"),
    ("space", r"\s+"),
    ("number", r"\d+(?:[.,:]\d+)*[a-z]{0,2}°?"),
    ("word", r"[^\W\d_](?:[\w'’-]*\w)?"),
    ("mark", r"."),
)
_TOKEN = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in _KINDS), re.DOTALL)
# the same alternatives without groups, so that findall returns the tokens themselves
_TOKENS = re.compile("|".join(f"(?:{pattern})" for _, pattern in _KINDS), re.DOTALL)
_QUOTES = frozenset("\"'“”„‘’«»")


@dataclass(frozen=True)
class TextOp:
    """One step from old text to new: "equal", "insert", "delete" or "replace", with its words."""

    op: str
    old: str = ""
    new: str = ""

    def as_dict(self) -> dict[str, str]:
        """Return the op as a JSON-ready dict."""
        return {"op": self.op, "old": self.old, "new": self.new}


def tokenize(text: str) -> tuple[str, ...]:
    """Split text into Dutch word tokens; joining the tokens gives the text back."""
    return tuple(_TOKENS.findall(text))


def is_quote(token: str) -> bool:
    """Tell whether a token is a quotation mark."""
    return token in _QUOTES


def is_reference(token: str) -> bool:
    """Tell whether a token is a unit reference such as "artikel 12a"."""
    match = _TOKEN.fullmatch(token)
    return bool(match and match.group("ref"))


def normalise_space(text: str) -> str:
    """Return text with every run of whitespace made one space, and no outer whitespace."""
    return " ".join(text.split())


def same_text(old: str, new: str, *, ignore_whitespace: bool = False) -> bool:
    """Tell whether two texts are equal, optionally up to whitespace."""
    if ignore_whitespace:
        return normalise_space(old) == normalise_space(new)
    return old == new


def word_ops(old: str, new: str, *, ignore_whitespace: bool = False) -> tuple[TextOp, ...]:
    """Return the word-level steps that turn `old` into `new`, equal runs included."""
    if ignore_whitespace:
        old, new = normalise_space(old), normalise_space(new)
    a, b = tokenize(old), tokenize(new)
    ops: list[TextOp] = []
    for tag, i1, i2, j1, j2 in _opcodes(a, b):
        old_part, new_part = "".join(a[i1:i2]), "".join(b[j1:j2])
        ops.append(TextOp(tag, old_part, new_part if tag != "equal" else old_part))
    return _trim_spaces(_absorb_spaces(tuple(ops)))


def _opcodes(a: tuple[str, ...], b: tuple[str, ...]) -> list[tuple[str, int, int, int, int]]:
    """Return difflib-style opcodes from rapidfuzz's LCS alignment (C++, far faster than difflib).

    Indel knows only equal, delete and insert; a deletion next to an insertion is one replace.
    """
    merged: list[tuple[str, int, int, int, int]] = []
    for op in Indel.opcodes(a, b):
        tag, i1, i2, j1, j2 = op.tag, op.src_start, op.src_end, op.dest_start, op.dest_end
        if (
            merged
            and tag != "equal"
            and merged[-1][0] in ("delete", "insert", "replace")
            and merged[-1][0] != tag
        ):
            _, p1, _, q1, _ = merged[-1]
            merged[-1] = ("replace", p1, i2, q1, j2)
        else:
            merged.append((tag, i1, i2, j1, j2))
    return merged


def _absorb_spaces(ops: tuple[TextOp, ...]) -> tuple[TextOp, ...]:
    """Merge neighbouring edits, and edits around a run of only whitespace, into one step."""
    out: list[TextOp] = []
    for n, op in enumerate(ops):
        gap = op.op == "equal" and not op.old.strip() and 0 < n < len(ops) - 1
        joins = bool(out) and out[-1].op != "equal"
        if joins and (op.op != "equal" or (gap and ops[n + 1].op != "equal")):
            out[-1] = _edit(out[-1].old + op.old, out[-1].new + op.new)
        else:
            out.append(op)
    return tuple(out)


def _trim_spaces(ops: tuple[TextOp, ...]) -> tuple[TextOp, ...]:
    """Move whitespace that both sides of an edit end or start with into the equal text beside
    it, so that an edit is its words only ("[-zes-]{+twaalf+}", not "[-zes -]{+twaalf +}")."""
    out: list[TextOp] = []
    for op in ops:
        if op.op == "equal" and out and out[-1].op == "equal":
            out[-1] = TextOp("equal", out[-1].old + op.old, out[-1].new + op.new)
            continue
        if op.op != "replace":
            out.append(op)
            continue
        head = _common_space(op.old, op.new)
        tail = _common_space(op.old[::-1], op.new[::-1])[::-1]
        if len(head) + len(tail) >= min(len(op.old), len(op.new)):
            head = tail = ""
        if head:
            out.append(TextOp("equal", head, head))
            if len(out) > 1 and out[-2].op == "equal":
                out[-2:] = [TextOp("equal", out[-2].old + head, out[-2].new + head)]
        out.append(TextOp("replace", op.old[len(head) : len(op.old) - len(tail)],
                          op.new[len(head) : len(op.new) - len(tail)]))  # fmt: skip
        if tail:
            out.append(TextOp("equal", tail, tail))
    return tuple(out)


def _common_space(a: str, b: str) -> str:
    """Return the whitespace both texts start with."""
    n = 0
    while n < len(a) and n < len(b) and a[n] == b[n] and a[n].isspace():
        n += 1
    return a[:n]


def _edit(old: str, new: str) -> TextOp:
    if not old:
        return TextOp("insert", "", new)
    if not new:
        return TextOp("delete", old, "")
    return TextOp("replace", old, new)
