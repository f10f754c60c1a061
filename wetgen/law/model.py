"""A base law as immutable values: divisions, articles, leden, alineas and lists, each with the
path and BWB ids it had in its source. Standard library only.

Numbers are kept as the source writes them ("12a", "1.10", "4:8"; a list item's label "a.",
"1°.", "–" or "" in an unmarked list); `wetgen.law.numbers` compares and sorts them. Texts are
whitespace-normalised (single spaces, no leading or trailing space), so a law read twice, or
written to BWB XML and read back, compares equal. `source` never takes part in equality.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property

from wetgen.law.numbers import clean
from wetgen.tree import branches, leaves

DIVISION_KINDS = (
    "boek", "deel", "titeldeel", "hoofdstuk", "afdeling", "paragraaf", "sub-paragraaf", "divisie",
)  # fmt: skip
VERVALLEN = "vervallen"


@dataclass(frozen=True)
class BwbIds:
    """The identifiers BWB gives a unit: its stam (the same across versions), version and label."""

    stam_id: str = ""
    versie_id: str = ""
    label_id: str = ""


NO_IDS = BwbIds()


class Repealable:
    """A unit that BWB keeps, with its number, as a placeholder once it is repealed."""

    status: str

    @property
    def is_vervallen(self) -> bool:
        """Tell whether the unit is a repealed placeholder ("vervallen")."""
        return self.status == VERVALLEN


@dataclass(frozen=True)
class Alinea:
    """One paragraph of text (BWB `al`), inline markup flattened."""

    text: str


@dataclass(frozen=True)
class Table:
    """A table (BWB `table`) as rows of cell texts; the first `header_rows` rows are headings."""

    rows: tuple[tuple[str, ...], ...]
    header_rows: int = 0


@dataclass(frozen=True)
class ListItem:
    """An onderdeel or subonderdeel (`li`): its label as printed and its own blocks."""

    label: str
    blocks: tuple[Block, ...]
    path: str = ""
    ids: BwbIds = NO_IDS

    @property
    def number(self) -> str:
        """Return the label without punctuation ("a." → "a", "1°." → "1")."""
        return clean(self.label)


@dataclass(frozen=True)
class Lijst:
    """A list (`lijst`) of onderdelen; `type` is BWB's ("expliciet", "ongemarkeerd", ...)."""

    items: tuple[ListItem, ...]
    type: str = "expliciet"


Block = Alinea | Lijst | Table


@dataclass(frozen=True)
class Lid(Repealable):
    """A lid of an article, numbered as the source writes it (`lidnr`)."""

    number: str
    blocks: tuple[Block, ...]
    status: str = ""
    path: str = ""
    ids: BwbIds = NO_IDS


@dataclass(frozen=True)
class Article(Repealable):
    """An article: leden, or (without leden) its text as blocks; `label` is "Artikel" as printed."""

    number: str
    title: str = ""
    blocks: tuple[Block, ...] = ()
    leden: tuple[Lid, ...] = ()
    status: str = ""
    path: str = ""
    ids: BwbIds = NO_IDS
    label: str = "Artikel"


@dataclass(frozen=True)
class Division(Repealable):
    """A boek, deel, titeldeel, hoofdstuk, afdeling, paragraaf or sub-paragraaf.

    `kind` is the BWB element name; `label` the word printed before the number ("Titel" for a
    titeldeel, "§" for some paragrafen); both come from the source.
    """

    kind: str
    number: str
    title: str
    children: tuple[Division | Article, ...]
    label: str = ""
    status: str = ""
    path: str = ""
    ids: BwbIds = NO_IDS


@dataclass(frozen=True)
class Law:
    """A law or regulation: its identity and its body of divisions and articles."""

    citeertitel: str
    body: tuple[Division | Article, ...]
    bwb_id: str = ""
    inwerkingtreding: str = ""
    soort: str = ""
    intitule: str = ""
    form: str = "wet-besluit"
    source: str = field(default="", compare=False)

    def articles(self) -> Iterator[Article]:
        """Yield every article in document order, through all divisions."""
        return iter_articles(self.body)

    def divisions(self) -> Iterator[Division]:
        """Yield every division in document order, outer before inner."""
        return iter_divisions(self.body)

    @cached_property
    def article_places(self) -> dict[str, tuple[ArticlePlace, ...]]:
        """Map each cleaned, case-folded article number to where it occurs (built once)."""
        found: dict[str, list[ArticlePlace]] = {}
        for place in iter_article_places(self.body, ()):
            found.setdefault(clean(place.article.number).casefold(), []).append(place)
        return {number: tuple(places) for number, places in found.items()}


@dataclass(frozen=True)
class ArticlePlace:
    """An article with the divisions that enclose it, outermost first."""

    divisions: tuple[Division, ...]
    article: Article


def iter_article_places(
    nodes: tuple[Division | Article, ...], divisions: tuple[Division, ...]
) -> Iterator[ArticlePlace]:
    """Yield every article under `nodes` with its enclosing divisions, in document order."""
    for node in nodes:
        if isinstance(node, Division):
            yield from iter_article_places(node.children, (*divisions, node))
        else:
            yield ArticlePlace(divisions, node)


Unit = Division | Article | Lid | ListItem


def iter_articles(nodes: tuple[Division | Article, ...]) -> Iterator[Article]:
    """Yield the articles under `nodes` in document order."""
    return leaves(nodes, Division)


def iter_divisions(nodes: tuple[Division | Article, ...]) -> Iterator[Division]:
    """Yield the divisions under `nodes` in document order, outer before inner."""
    return branches(nodes, Division)


def alineas(blocks: tuple[Block, ...]) -> tuple[Alinea, ...]:
    """Return the alineas among `blocks` (not those inside lists), in order."""
    return tuple(block for block in blocks if isinstance(block, Alinea))


def list_items(blocks: tuple[Block, ...]) -> tuple[ListItem, ...]:
    """Return the items of every list among `blocks`, in order."""
    return tuple(item for block in blocks if isinstance(block, Lijst) for item in block.items)


def plain_text(blocks: tuple[Block, ...]) -> str:
    """Return the text of `blocks` as one string: alineas, list items with labels, table cells."""
    parts: list[str] = []
    for block in blocks:
        if isinstance(block, Alinea):
            parts.append(block.text)
        elif isinstance(block, Lijst):
            for item in block.items:
                inner = plain_text(item.blocks)
                parts.append(f"{item.label} {inner}".strip())
        else:
            parts.extend(" ".join(row) for row in block.rows)
    return " ".join(part for part in parts if part)


def heading_label(division: Division) -> str:
    """Return the word printed before a division's number: its label, else its kind."""
    return division.label or division.kind.replace("-", " ").capitalize()
