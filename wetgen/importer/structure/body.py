"""The body of the bill: divisions and articles in order, each article read as an amending
article when it names a law, else as a plain one.

Article and division headings inside the payload of a wijzigingsopdracht ("Artikel 28a")
must not start a new article of the bill. A source that marks payload depth (a Markdown
quote, an AKN quotedStructure) says so; in plain text a heading while new text is expected
starts a bill article only when its number follows the previous bill article's.
"""

from __future__ import annotations

import re

from wetgen import ids
from wetgen.importer.report import Notes
from wetgen.importer.structure import sentences as s
from wetgen.importer.structure import tokens as t
from wetgen.importer.structure.amending import read_amending
from wetgen.importer.structure.tokens import Token
from wetgen.importer.structure.units import read_article
from wetgen.model import Article, Division, Style

_RANK = {"hoofdstuk": 1, "afdeling": 2, "paragraaf": 3}


class _Segment:
    """An article of the bill while its content is being collected."""

    def __init__(self, heading: Token | None, number: str, opschrift: str) -> None:
        self.heading, self.number, self.opschrift = heading, number, opschrift
        self.content: list[Token] = []
        self.expects_payload = False

    def add(self, token: Token) -> None:
        """Add a content token, noting whether new text is expected after it."""
        self.content.append(token)
        if token.depth:
            return
        if token.kind == t.LETTER:
            self.expects_payload = False
        elif token.kind in (t.PARA, t.NUM, t.ALPHA):
            text = token.text.rstrip()
            if text.endswith(":"):  # only a sentence ending in a colon is followed by new text
                if s.is_instruction(text):
                    self.expects_payload = s.opens_payload(text)
            elif self.expects_payload and s.is_instruction(text):
                self.expects_payload = False


class BodyReader:
    """Walks the tokens of the body and builds divisions and articles."""

    def __init__(self, notes: Notes, marks_depth: bool, style: Style | None = None, title: str = "") -> None:
        self.notes, self.marks_depth = notes, marks_depth
        self.title_laws = s.laws_in_title(title)
        self.amending = 0  # amending articles read so far: the place of the next among them
        self.style = style or Style()
        self.top: list[Division | Article] = []
        self.stack: list[tuple[Token, list[Division | Article]]] = []
        self.segment: _Segment | None = None
        self.last_number = ""
        self.upper: bool | None = None

    def read(self, tokens: list[Token]) -> tuple[Division | Article, ...]:
        """Return the divisions and articles of the body."""
        i = 0
        while i < len(tokens):
            token = tokens[i]
            following = tokens[i + 1] if i + 1 < len(tokens) else None
            if self._starts_article(token):
                self._open_article(token)
                i += self._title_from(following)
            elif self._starts_division(token):
                self._open_division(token)
            elif self.segment is None:
                self._orphan(token)
            else:
                self.segment.add(token)
            i += 1
        self._close_article()
        while self.stack:
            self._close_division()
        return tuple(self.top)

    # --- which headings belong to the bill ----------------------------------------------

    def _starts_article(self, token: Token) -> bool:
        if token.kind != t.ARTICLE or token.depth:
            return False
        if self.segment is None or self.marks_depth or not self.segment.expects_payload:
            return True
        return token.upper == bool(self.upper) and follows(self.last_number, token.number)

    def _starts_division(self, token: Token) -> bool:
        if token.kind != t.DIVISION or token.depth:
            return False
        if self.segment is None or self.marks_depth or not self.segment.expects_payload:
            return True
        open_kinds = {tok.division: tok.number for tok, _ in self.stack}
        return token.division in open_kinds and follows(open_kinds[token.division], token.number)

    # --- building ---------------------------------------------------------------------------

    def _open_article(self, token: Token) -> None:
        self._close_article()
        self.upper = token.upper if self.upper is None else self.upper
        self.last_number = token.number
        self.segment = _Segment(token, token.number, token.text)

    def _title_from(self, following: Token | None) -> int:
        """Take a short unpunctuated line right after a bare heading as its opschrift; return 1 if taken."""
        if self.segment is None or self.segment.opschrift or following is None:
            return 0
        if following.kind == t.PARA and following.depth == 0 and _is_short_title(following.text):
            self.segment.opschrift = following.text
            return 1
        return 0

    def _open_division(self, token: Token) -> None:
        self._close_article()
        if token.division not in _RANK:
            self.notes.keep(token.block.origin, token.block.text.strip(),
                            f"a {token.division} is not a division wetgen has")  # fmt: skip
            return
        while self.stack and _RANK[self.stack[-1][0].division] >= _RANK[token.division]:
            self._close_division()
        self.stack.append((token, []))

    def _close_division(self) -> None:
        token, children = self.stack.pop()
        if not children:
            self.notes.keep(token.block.origin, token.block.text.strip(), "division without articles")
            return
        division = Division(token.division, ids.clean_number(token.number), token.text,
                            tuple(children), loc=token.block.origin.location())  # fmt: skip
        self._place(division)

    def _place(self, node: Division | Article) -> None:
        (self.stack[-1][1] if self.stack else self.top).append(node)

    def _orphan(self, token: Token) -> None:
        """Content before the first article heading: read it as an article without heading, so
        that the text stays in the draft (a page copied without its headings, an Enig artikel)."""
        self.notes.warn(token.block.origin, "text without an article heading read as an article")
        self.segment = _Segment(None, "", "")
        self.segment.add(token)

    def _close_article(self) -> None:
        segment, self.segment = self.segment, None
        if segment is None:
            return
        content = segment.content
        number = segment.number or self._positional(content)
        title_law = self.title_laws[self.amending] if self.amending < len(self.title_laws) else ""
        article = read_amending(segment.heading, number, segment.opschrift, content, self.notes,
                                self.marks_depth, self.style, title_law)  # fmt: skip
        self.amending += article is not None
        if article is None:
            article = read_article(segment.heading, number, segment.opschrift, content, self.notes)
        self._place(article)

    def _positional(self, content: list[Token]) -> str:
        amending = any(s.law_of_intro(tok.text) for tok in content[:1])
        count = sum(1 for _ in _articles(self.top)) + 1
        return ids.positional_number("artikel", count, amending_law=amending)


def _articles(nodes: list[Division | Article]):  # noqa: ANN202 - generator of articles
    for node in nodes:
        if isinstance(node, Division):
            yield from _articles(list(node.children))
        else:
            yield node


def _is_short_title(text: str) -> bool:
    return (len(text) <= 80 and text[:1].isupper() and not re.search(r"[.:;,]$", text)
            and not s.is_instruction(text) and not t.is_heading_text(text))  # fmt: skip


def follows(previous: str, number: str) -> bool:
    """Tell whether `number` can follow `previous` in one sequence (I → II, IA; 12 → 13, 12a)."""
    if not previous:
        return True
    prev_base, prev_suffix = _split(previous)
    base, suffix = _split(number)
    if prev_base is None or base is None:
        return False
    if base == prev_base:
        return suffix > prev_suffix
    return prev_base < base <= _bump(prev_base, 2) and not suffix


def _split(number: str) -> tuple[tuple[int, ...] | None, str]:
    value = ids.roman_value(number)
    if value is not None:
        return (value,), ""
    m = re.fullmatch(r"([IVXLCDM]+)([A-Z]+|[a-z]+)", number)
    if m and ids.roman_value(m.group(1)) is not None:
        return (ids.roman_value(m.group(1)) or 0,), m.group(2).lower()
    m = re.fullmatch(r"([0-9]+(?:[.:][0-9]+)*)([a-zA-Z]*)", number)
    if m:
        return tuple(int(p) for p in re.split(r"[.:]", m.group(1))), m.group(2).lower()
    return None, ""


def _bump(base: tuple[int, ...], by: int) -> tuple[int, ...]:
    return (*base[:-1], base[-1] + by) if len(base) == 1 else (base[0] + 1, *([by] * (len(base) - 1)))
