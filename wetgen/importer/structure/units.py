"""Leden, list onderdelen and articles from tokens: the content of a plain article, and the
payload of a wijzigingsopdracht (new articles, leden or onderdelen, numbers as written)."""

from __future__ import annotations

from dataclasses import dataclass, field

from wetgen import ids
from wetgen.importer.report import Notes
from wetgen.importer.structure import tokens as t
from wetgen.importer.structure.tokens import Token
from wetgen.model import Article, Division, Item, Lid, Unit
from wetgen.source import UNKNOWN, SourceLocation

_RANK = {"hoofdstuk": 1, "afdeling": 2, "paragraaf": 3}
_ROMAN_SMALL = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"}


@dataclass
class _Node:
    """A lid, item or the article itself while it is being read."""

    number: str
    text: str
    level: int  # 0 article, 1 lid, 2+ list depth (item 2, subitem 3, …)
    loc: Token | None = None
    children: list[_Node] = field(default_factory=list)

    def add_text(self, text: str) -> None:
        """Append a paragraph to this unit's text."""
        self.text = f"{self.text} {text}".strip() if self.text else text

    def items(self) -> tuple[Item, ...]:
        """Return the children as list items, nested."""
        return tuple(Item(c.number, c.text, c.items(), loc=_loc(c.loc)) for c in self.children)


def _loc(token: Token | None) -> SourceLocation:
    return token.block.origin.location() if token is not None else UNKNOWN


class _ContentReader:
    """Reads leden and nested list items, joining stray paragraphs to the unit before them."""

    def __init__(self, notes: Notes) -> None:
        self.notes = notes
        self.root = _Node("", "", 0)
        self.leden: list[_Node] = []
        self.stack: list[_Node] = [self.root]

    def feed(self, token: Token) -> None:
        """Place one token: a new lid or list item, or text of the unit before it."""
        kind = token.kind
        if kind == t.NUM:
            self._lid(token)
        elif kind in (t.ALPHA, t.DEGREE):
            self._item(token)
        elif kind == t.DASH:
            self.notes.warn(token.block.origin, "unnumbered list item joined to the text before it")
            self.stack[-1].add_text(f"– {token.text}")
        else:
            text = token.block.text.strip() if kind in (t.LETTER, t.ARTICLE, t.DIVISION) else token.text
            if kind == t.ROW:
                text = " | ".join(token.text.split("\t"))
                self.notes.warn(token.block.origin, "table row kept as text")
            target = self.stack[-1]
            if target.text and target is not self.root or (target is self.root and self.root.text):
                self.notes.warn(token.block.origin, "paragraph joined to the unit before it")
            target.add_text(text)

    def _lid(self, token: Token) -> None:
        node = _Node(token.number, token.text, 1, token)
        self.leden.append(node)
        self.stack = [self.root, node]

    def _item(self, token: Token) -> None:
        level = self._item_level(token)
        while len(self.stack) > 1 and self.stack[-1].level >= level:
            self.stack.pop()
        parent = self.stack[-1]
        if parent.level < level - 1 and parent.level >= 1:
            self.notes.warn(token.block.origin, f"onderdeel {token.number} has no onderdeel above it")
        node = _Node(token.number, token.text, level, token)
        parent.children.append(node)
        self.stack.append(node)

    def _item_level(self, token: Token) -> int:
        """Return 2 for onderdelen (a.), 3 for subonderdelen (1°.), 4 for a roman level below."""
        if token.kind == t.DEGREE:
            return 3
        if token.number in _ROMAN_SMALL and self.stack[-1].level >= 3:
            return 4
        return 2

    def article(self, number: str, opschrift: str, token: Token | None) -> Article:
        """Return the article read so far."""
        leden = self._worded_leden()
        return Article(number, opschrift=opschrift, text=self.root.text, items=self.root.items(),
                       leden=leden, loc=_loc(token), text_loc=_loc(token))  # fmt: skip

    def bare_units(self) -> tuple[Unit, ...]:
        """Return what was read as payload units: leden, or list items when there are no leden."""
        if self.leden:
            return self._worded_leden()
        return self.root.items()

    def _worded_leden(self) -> tuple[Lid, ...]:
        """Return the leden read, without a number that has no words ("3." alone at the end of a copy cut there)."""
        for node in [n for n in self.leden if not n.text and not n.children]:
            self.notes.warn(node.loc.block.origin if node.loc else "body", f"lid {node.number} has no words: left out")
            self.leden.remove(node)
        return tuple(Lid(n.number, n.text, n.items(), loc=_loc(n.loc)) for n in self.leden)


def read_article(heading: Token | None, number: str, opschrift: str, content: list[Token],
                 notes: Notes) -> Article:  # fmt: skip
    """Return a plain article from its content tokens."""
    reader = _ContentReader(notes)
    for token in content:
        reader.feed(token)
    article = reader.article(number, opschrift, heading)
    if not article.text and not article.leden:
        where = heading.block.origin if heading else "body"
        notes.warn(where, f"artikel {number} has no text")
    return article


def read_payload(tokens: list[Token], notes: Notes) -> tuple[tuple[Unit, ...], str]:
    """Return the units of a payload (articles, divisions, leden or onderdelen) and the text that
    is no unit, a paragraph a line (new words of a volzin, an aanhef, begripsomschrijvingen)."""
    leftover: list[str] = []
    while tokens and tokens[0].kind in (t.PARA, t.ROW, t.LETTER):
        leftover.append(tokens.pop(0).block.text.strip())
    if not tokens:
        return (), "\n".join(leftover)
    if tokens[0].kind in (t.ARTICLE, t.DIVISION):
        units, rest = _read_articles(tokens, notes)
        return units, "\n".join([*leftover, *rest])
    reader = _ContentReader(notes)
    for token in tokens:
        reader.feed(token)
    if reader.root.text:
        leftover.append(reader.root.text)
    return reader.bare_units(), "\n".join(leftover)


def _read_articles(tokens: list[Token], notes: Notes) -> tuple[tuple[Unit, ...], list[str]]:
    """Read payload articles under payload divisions, numbers as written."""
    top: list[Division | Article] = []
    stack: list[tuple[Token, list]] = []  # open divisions with their children
    leftover: list[str] = []
    heading: Token | None = None
    content: list[Token] = []

    def close_article() -> None:
        """Read the article collected so far into its division or the top."""
        nonlocal heading, content
        if heading is not None:
            article = read_article(heading, heading.number, heading.text, content, notes)
            (stack[-1][1] if stack else top).append(article)
        heading, content = None, []

    for token in tokens:
        if token.kind == t.ARTICLE:
            close_article()
            heading = token
        elif token.kind == t.DIVISION and token.division in _RANK:
            close_article()
            while stack and _RANK[stack[-1][0].division] >= _RANK[token.division]:
                _close_division(stack, top, leftover)
            stack.append((token, []))
        elif heading is not None:
            content.append(token)
        else:
            leftover.append(token.block.text.strip())
    close_article()
    while stack:
        _close_division(stack, top, leftover)
    return tuple(top), leftover


def _close_division(stack: list[tuple[Token, list]], top: list, leftover: list[str]) -> None:
    """Close the innermost open division; one without articles is new as a heading only (a
    "paragraafaanduiding")."""
    token, children = stack.pop()
    division = Division(token.division, ids.clean_number(token.number), token.text,
                        tuple(children), loc=_loc(token))  # fmt: skip
    (stack[-1][1] if stack else top).append(division)
