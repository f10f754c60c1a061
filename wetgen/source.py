"""Source locations of draft nodes, the words a finding is about, and the caret excerpt shown
with a diagnostic."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import NamedTuple


# Not frozen: a frozen dataclass sets each field through object.__setattr__, four times slower
# to make, and reading a draft makes one for every node (15,000 for a 2,000-article bill).
# Treat it as a value all the same: make a changed copy with dataclasses.replace.
@dataclass(order=True, slots=True, unsafe_hash=True)
class SourceLocation:
    """A 1-based line and column in a named source file; where the node ends, when known."""

    path: str
    line: int
    col: int
    end_line: int = field(default=0, compare=False)
    end_col: int = field(default=0, compare=False)

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col}"

    @property
    def width(self) -> int:
        """Return how many columns the node takes on its line (1 when it runs over lines)."""
        return self.end_col - self.col if self.end_line == self.line and self.end_col > self.col else 1


UNKNOWN = SourceLocation("<unknown>", 0, 0)
_WORD = re.compile(r"\S+")
# What no text of a bill may hold: C0 and C1 controls (tab and line ends aside), DEL, the
# non-characters U+FFFE/U+FFFF, lone surrogates, and the bidirectional embeddings, overrides
# and isolates, which reorder what a reader sees ("Trojan source").
CONTROL_CHARACTERS = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff\u202a-\u202e\u2066-\u2069]"
)


def codepoint(char: str) -> str:
    """Return how a character is named in a message: "U+001B"."""
    return f"U+{ord(char):04X}"


def visible(text: str) -> str:
    """Return `text` with every control character written as its code point, safe to print."""
    if not CONTROL_CHARACTERS.search(text):
        return text
    return CONTROL_CHARACTERS.sub(lambda m: f"<{codepoint(m.group())}>", text)


class Focus(NamedTuple):
    """The words of a text a finding is about: in which word they start, how far into it."""

    word: int  # index of the white-space separated word they start in
    offset: int  # characters into that word
    words: str  # the words as the checked text has them


def focus(text: str, start: int, end: int) -> Focus:
    """Return the focus on `text[start:end]`, counted in words so it survives white space folding."""
    before = text[:start].split()
    if before and start and not text[start - 1].isspace():
        return Focus(len(before) - 1, len(before[-1]), text[start:end])  # starts inside a word
    return Focus(len(before), 0, text[start:end])


def pinpoint(lines: list[str], loc: SourceLocation, at: Focus) -> SourceLocation | None:
    """Return where the focused words are in the scalar written at `loc`, or None when they
    cannot be found there for certain (an escape sequence, a quote written twice)."""
    words = _scalar_words(lines, loc)
    wanted = at.words.split()
    if words is None or not wanted or at.word + len(wanted) > len(words):
        return None
    line, col, token = words[at.word]
    if token[at.offset : at.offset + len(wanted[0])] != wanted[0]:
        return None
    start = col + at.offset
    end_line, end_col, end_token = words[at.word + len(wanted) - 1]
    if not end_token.startswith(wanted[-1]) and len(wanted) > 1:
        return None
    if end_line != line:  # the words run on: underline them to the end of the first line
        return replace(loc, line=line, col=start, end_line=line, end_col=len(lines[line - 1].rstrip()) + 1)
    end = start + len(wanted[0]) if len(wanted) == 1 else end_col + len(wanted[-1])
    return replace(loc, line=line, col=start, end_line=line, end_col=end)


def _scalar_words(lines: list[str], loc: SourceLocation) -> list[tuple[int, int, str]] | None:
    """Return the words of the scalar at `loc` as (line, col, word), or None if they may differ
    from the words of its value."""
    if not 1 <= loc.line <= len(lines) or loc.end_line < loc.line:
        return None
    last = min(loc.end_line, len(lines))
    first_line = lines[loc.line - 1]
    opener = first_line[loc.col - 1 : loc.col]
    found: list[tuple[int, int, str]] = []
    for number in range(loc.line, last + 1):
        text = lines[number - 1]
        start = loc.col - 1 if number == loc.line else 0
        stop = loc.end_col - 1 if number == loc.end_line else len(text)
        if number == loc.line and opener in ">|":
            continue  # the header of a block scalar
        if number == loc.line and opener in "\"'":
            start += 1
        for m in _WORD.finditer(text, start, max(stop, start)):
            found.append((number, m.start() + 1, m.group()))
    if opener in "\"'":
        if opener == '"' and any("\\" in w for _, _, w in found):
            return None
        if opener == "'" and any("''" in w for _, _, w in found):
            return None
        if found and found[-1][2].endswith(opener):
            number, col, word = found[-1]
            found[-1] = (number, col, word[:-1]) if len(word) > 1 else found.pop()
    return found


def excerpt(text: str, line: int, col: int, width: int = 1) -> str:
    """Return the source line at `line` with carets under `width` columns from `col`, or ""."""
    return excerpt_of(text.splitlines(), line, col, width)


def excerpt_of(lines: list[str], line: int, col: int, width: int = 1) -> str:
    """Return the caret excerpt from a source already split into lines (split it once)."""
    if not 1 <= line <= len(lines):
        return ""
    source_line = lines[line - 1].rstrip()
    caret_pad = "".join("\t" if ch == "\t" else " " for ch in source_line[: max(col - 1, 0)])
    room = max(len(source_line) - max(col - 1, 0), 1)
    return f"  {source_line}\n  {caret_pad}{'^' * max(min(width, room), 1)}"
