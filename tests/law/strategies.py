"""Hypothesis strategies for base laws in BWB shape, for the reader/writer round trip and for
the consolidation properties built on them (issue 14).

A generated law has divisions (hoofdstukken with paragrafen, or none), articles numbered in
one of the styles real laws use (1, 2, 2a; 1.1, 1.2 per hoofdstuk; 4:8 per boek), vervallen
placeholders, leden or a direct text, lists with subonderdelen, multi-sentence alineas and the
occasional table. Texts are whitespace-normalised, as the reader gives them.
"""

from __future__ import annotations

from hypothesis import strategies as st

from wetgen import ids
from wetgen.law.model import Alinea, Article, BwbIds, Division, Law, Lid, Lijst, ListItem, Table

WORDS = st.sampled_from(
    ["de", "gemeenteraad", "woonruimte", "vergunninghouder", "art. 5", "o.a.", "2.3", "€ 35",
     "«huisvesting»", "Onze Minister", "1°", "a", "&", "<", ">", '"', "'", "é", "ß", "–", "§ 2"]
)  # fmt: skip
PHRASE = st.lists(WORDS, min_size=1, max_size=7).map(" ".join)
SENTENCE = PHRASE.map(lambda p: p[0].upper() + p[1:] + ".")
TEXT = st.lists(SENTENCE, min_size=1, max_size=3).map(" ".join)
PATH_IDS = st.sampled_from([BwbIds(), BwbIds("9001", "9002", "9003"), BwbIds(label_id="77L1")])


@st.composite
def items(draw, depth: int = 1) -> tuple[ListItem, ...]:
    """Draw the items of one list: a., b., … (depth 1) or 1°., 2°., … (depth 2)."""
    count = draw(st.integers(1, 3))
    out = []
    for n in range(1, count + 1):
        label = f"{ids.list_letter(n)}." if depth == 1 else f"{n}°."
        text = draw(PHRASE) + (";" if n < count else ".")
        blocks: tuple = (Alinea(text),)
        if depth == 1 and draw(st.booleans()) and draw(st.booleans()):
            blocks = (Alinea(draw(PHRASE) + ":"), Lijst(draw(items(depth=2))))
        out.append(ListItem(label, blocks, draw(st.sampled_from(["", f"/Onderdeel{n}"]))))
    return tuple(out)


@st.composite
def blocks(draw) -> tuple:
    """Draw the text of a lid or of an article without leden."""
    kind = draw(st.sampled_from(["text", "text", "list", "list-and-slot", "table"]))
    if kind == "text":
        return (Alinea(draw(TEXT)),)
    if kind == "table":
        rows = draw(st.lists(st.tuples(PHRASE, PHRASE), min_size=1, max_size=3))
        return (Alinea(draw(PHRASE) + ":"), Table(tuple(rows), draw(st.integers(0, 1))))
    found = (Alinea(draw(PHRASE) + ":"), Lijst(draw(items()), draw(st.sampled_from(["expliciet", "", "ongemarkeerd"]))))
    return (*found, Alinea(draw(TEXT))) if kind == "list-and-slot" else found


@st.composite
def articles(draw, numbers: list[str], path: str) -> tuple[Article, ...]:
    """Draw one article per number, some vervallen, some with leden."""
    out = []
    for number in numbers:
        own = f"{path}/Artikel{number}"
        ident = draw(PATH_IDS)
        if draw(st.integers(0, 9)) == 0:
            out.append(Article(number, blocks=(Alinea("Vervallen"),), status="vervallen", path=own, ids=ident))
            continue
        title = draw(st.one_of(st.just(""), PHRASE))
        if draw(st.booleans()):
            count = draw(st.integers(1, 4))
            leden = tuple(Lid(str(n), draw(blocks()), path=f"{own}/Lid{n}", ids=draw(PATH_IDS)) for n in range(1, count + 1))
            out.append(Article(number, title, leden=leden, path=own, ids=ident))
        else:
            out.append(Article(number, title, blocks=draw(blocks()), path=own, ids=ident))
    return tuple(out)


def _numbers(style: str, chapter: int, count: int) -> list[str]:
    if style == "chapter":
        return [f"{chapter}.{n}" for n in range(1, count + 1)]
    if style == "colon":
        return [f"{chapter}:{n}" for n in range(1, count + 1)]
    return [str((chapter - 1) * 10 + n) for n in range(1, count + 1)]


@st.composite
def laws(draw, max_chapters: int = 3, max_articles: int = 4) -> Law:
    """Draw a base law: flat, or in hoofdstukken (some with paragrafen), numbered in one style."""
    style = draw(st.sampled_from(["plain", "chapter", "colon"]))
    chapters = draw(st.integers(0, max_chapters))
    body: list[Division | Article] = []
    if chapters == 0:
        numbers = _numbers("plain", 1, draw(st.integers(1, max_articles)))
        if draw(st.booleans()):
            numbers.insert(1, numbers[0] + "a")  # an inserted article (Ar 6.16)
        body.extend(draw(articles(numbers, "")))
    for chapter in range(1, chapters + 1):
        path = f"/Hoofdstuk{chapter}"
        numbers = _numbers(style, chapter, draw(st.integers(1, max_articles)))
        if draw(st.booleans()) and len(numbers) > 1:
            half = len(numbers) // 2
            children: tuple = (
                Division("paragraaf", f"{chapter}.1", draw(PHRASE), draw(articles(numbers[:half], f"{path}/Paragraaf{chapter}.1")), "§", path=f"{path}/Paragraaf{chapter}.1"),
                Division("paragraaf", f"{chapter}.2", draw(PHRASE), draw(articles(numbers[half:], f"{path}/Paragraaf{chapter}.2")), "§", path=f"{path}/Paragraaf{chapter}.2"),
            )  # fmt: skip
        else:
            children = draw(articles(numbers, path))
        title = draw(st.one_of(st.just(""), PHRASE))
        body.append(Division("hoofdstuk", str(chapter), title, children, "Hoofdstuk", path=path, ids=draw(PATH_IDS)))
    return Law(
        citeertitel=draw(PHRASE),
        body=tuple(body),
        bwb_id=draw(st.sampled_from(["", "BWBR0099999"])),
        inwerkingtreding=draw(st.sampled_from(["", "2026-01-01"])),
        soort=draw(st.sampled_from(["", "wet", "AMvB"])),
        intitule=draw(st.one_of(st.just(""), TEXT)),
        form=draw(st.sampled_from(["wet-besluit", "regeling"])),
    )
