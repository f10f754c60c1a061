"""The neutral stream every reader produces: blocks of text with what the source said about them.

A reader turns bytes into `Block`s in reading order, without deciding what they are in the
bill; structure recognition (`wetgen.importer.structure`) is written once, for all sources.
What a structured source knows (an AKN `article`, an OP-XML `lidnr`, a Word heading level) is
carried as hints; what it does not know is left empty and found from the text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from wetgen.source import SourceLocation

# Roles a structured source can state; "" means "only the text and style tell".
TITLE = "title"  # the opschrift
DOCTYPE = "doctype"  # "Voorstel van wet", "Nr. 2 VOORSTEL VAN WET"
AANHEF = "aanhef"  # "Wij Willem-Alexander …", "Allen, die deze …"
CONSIDERANS = "considerans"  # "Alzo Wij in overweging genomen hebben, dat …;"
FORMULA = "formula"  # the enacting formula "Zo is het, dat Wij …"
DIVISION = "division"  # a hoofdstuk/afdeling/paragraaf heading; label "Hoofdstuk 2"
ARTICLE = "article"  # an article heading; label "ARTIKEL I", text its opschrift
LID = "lid"  # a lid; label "1."
ITEM = "item"  # a list item; label "a.", "1°."; `level` is its list depth (1, 2, …)
ONDERDEEL = "onderdeel"  # the letter of an amending onderdeel; label "A"
INSTRUCTION = "instruction"  # a wijzigingsopdracht sentence; label "1." when numbered
CLOSING = "closing"  # the slotformulier "Lasten en bevelen …"
SIGNATURE = "signature"  # "Gegeven …" and the signatories
FOOTNOTE = "footnote"  # a footnote's text; label its number
MVT = "mvt"  # a paragraph of the memorie van toelichting
ROW = "row"  # a table row; cells joined by tabs
TEXT = "text"  # running text whose kind the source states; never read as a designation


class Origin(NamedTuple):
    """Where a block was read: a line of a text file or XML, or a paragraph of a Word file."""

    path: str
    number: int
    unit: str = "line"  # "line" or "paragraph"

    def __str__(self) -> str:
        if self.unit == "paragraph":
            return f"{self.path}, paragraph {self.number}"
        return f"{self.path}:{self.number}"

    def location(self) -> SourceLocation:
        """Return the origin as a model SourceLocation (line = line or paragraph number)."""
        return SourceLocation(self.path, self.number, 1)


class Block(NamedTuple):
    """One paragraph, heading, list item or table row as read, with the source's hints."""

    text: str
    origin: Origin
    label: str = ""  # the number a reader sees when the source keeps it apart from the text
    role: str = ""  # one of the roles above, when the source states it
    style: str = ""  # Word style name, HTML class or XML element, for heuristics and messages
    level: int = 0  # heading outline level or list depth when the source marks one
    depth: int = 0  # nesting inside quoted payload (blockquote, quotedStructure, wijziging)
    markup: str = ""  # the text as Markdown with inline emphasis and footnote marks, when it differs


@dataclass
class Source:
    """What a reader returns: the blocks in reading order and the metadata the file carries."""

    path: str
    kind: str  # "docx", "akn", "opxml", "html", "text"
    blocks: list[Block] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)  # citeertitel, versie, datum, fase, ministerie
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (where, message) from reading
    footnotes: dict[str, str] = field(default_factory=dict)  # footnote mark → its text (Markdown)
    lines: list[str] = field(default_factory=list)  # the raw lines of a text source
    marks_depth: bool = False  # whether the source marks payload depth (quotes, quotedStructure…)
    keys: dict[int, list[tuple[str, str]]] = field(default_factory=dict)  # paragraph → (kind, key) it starts

    def warn(self, where: object, message: str) -> None:
        """Record a problem met while reading, with the place it was met."""
        self.warnings.append((str(where), message))
