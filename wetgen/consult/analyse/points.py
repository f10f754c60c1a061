"""Split a response into points: paragraphs, with headings kept on the text they head."""

from __future__ import annotations

import hashlib
import re
from typing import NamedTuple

_CLOSING = re.compile(
    r"^(met\s+vriendelijke\s+groet|met\s+vriendelijke\s+groeten|hoogachtend|vriendelijke\s+groet|"
    r"groet(en)?|mvg|kind\s+regards|best\s+regards|yours\s+sincerely)\b",
    re.I,
)
CLOSING_LINE = re.compile(
    r"^\s*(met\s+vriendelijke\s+groet(en)?|hoogachtend|vriendelijke\s+groet|kind\s+regards)\b",
    re.I | re.M,
)
_SALUTATION = re.compile(
    r"^(geachte|beste|dear|l\.s\.|aan\s+de\s+minister)\b[^.!?]{0,80}[,:]?$", re.I
)
# a sentence ends at . ! ?, not at the number of a lid or onderdeel ("te luiden: 3. De …")
_SENTENCE = re.compile(r"(?<=[.!?])(?<!\s\d\.)(?<!\s\d\d\.)(?<!\s[a-z]\.)\s+(?=[A-Z\"'„“(])")
_UNIT_LINE = re.compile(
    r"(?:ARTIKEL|Artikel|HOOFDSTUK|Hoofdstuk|Onderdeel|Paragraaf|§)\s+[\w.:]+(?:[ \t][^.!?;:,\n]{0,70})?"
    r"|\d?[A-Z]{1,2}(?:[a-z]|bis|ter)?|\d?(?:[A-Z]|([A-Z])\1)\.|[a-z][A-Z]|[A-Z]\.\d+"  # (an older text's "A.", "B."; not "Ja.", "NB.")
)
# the lead of a list of changes whose colon a copy left off ("Het Besluit … wordt als volgt gewijzigd" / "A")
_OPENS_CHANGES = re.compile(r"\b(?:wordt|worden)\s+(?:als\s+volgt\s+gewijzigd|gewijzigd\s+als\s+volgt)$")
_UNIT_LINE_HINT = re.compile(
    r"^[ \t]*(?:ARTIKEL|Artikel|HOOFDSTUK|Hoofdstuk|Onderdeel|Paragraaf|§|\d?[A-Z]{1,2}(?:[a-z]|bis|ter)?[ \t]*$|\d?(?:[A-Z]|([A-Z])\1)\.[ \t]*$)",
    re.M,
)
MAX_POINT_CHARS = 1200
TARGET_CHARS = 700


class Point(NamedTuple):
    """One point of a response: its text ("heading heading: paragraph"), and where in that
    text each heading and the paragraph are, so that headings can set the context below them."""

    text: str
    headings: tuple[tuple[int, int], ...] = ()  # (start, end) of each heading in `text`
    body: int = 0  # where the paragraph starts in `text`; len(text) when there is none


def split_points(text: str) -> list[str]:
    """Return the points of a text: paragraphs without salutation or signature, long ones split."""
    return [point.text for point in points_of(text)]


def points_of(text: str) -> list[Point]:
    """Return the points of a text with their headings: paragraphs without salutation or
    signature, the headings above a paragraph kept on it, long paragraphs split."""
    paragraphs = _rejoined([
        " ".join(p.split())
        for p in _PARAGRAPH_BREAK.split(_unit_headings_apart(_joined_headings(_WORD_BROKEN.sub("", text))))
    ])
    points: list[Point] = []
    carry: list[str] = []
    for paragraph in paragraphs:
        if not paragraph:
            continue
        if _CLOSING.match(paragraph):
            break
        if _SALUTATION.match(paragraph) or paragraph in ("###",):
            continue
        if _is_heading(paragraph):
            carry.append(paragraph)
            continue
        points.extend(_with_headings(carry, paragraph))
        carry = []
    if carry:
        points.extend(_with_headings(carry[:-1], carry[-1], body_is_heading=True))
    return points


# a wijzigingsopdracht on a line of its own after a sentence, in a copy that sets one paragraph a line with no
# blank line between ("… ingevoegd, luidende:" / "Artikel 131 wordt als volgt gewijzigd:"): a paragraph of its own
_INSTRUCTION = (r"(?:(?:Artikel|Onderdeel)\s+\S+(?:,\s[^\n]{1,40}?,)?\s+(?:wordt|worden|komt|komen|vervalt|vervallen)\b"
                r"|(?:In|Aan)\s+artikel\s+\S+|Na\s+(?:artikel|onderdeel)\s+\S+\s+(?:wordt|worden)\b"
                r"|Er\s+(?:wordt|worden)\s+(?:een|twee|drie)\s+(?:lid|leden|onderdeel|onderdelen|artikel|artikelen)\b)")
# a blank line, a list item's line, or such a wijzigingsopdracht's line
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n(?=\s*(?:[-•*]|\d+[.)])\s)|(?<=[.:])[ \t]*\n(?=[ \t]*" + _INSTRUCTION + ")")


# a heading whose word and number a legal database put on lines of their own ("Artikel" / "1",
# "Titel" / "1"): one heading again
_SPLIT_HEADING = re.compile(
    r"(?m)^[ \t]*(Artikel|ARTIKEL|Titel|TITEL|Hoofdstuk|HOOFDSTUK|Afdeling|AFDELING|Paragraaf|PARAGRAAF)[ \t]*\n"
    r"(?:[ \t]*\n)?[ \t]*(\d+(?:[.:]\d+)*[a-z]?|[IVXLC]+[A-Z]?)[ \t]*$"
)


def _joined_headings(text: str) -> str:
    return _SPLIT_HEADING.sub(r"\1 \2", text) if "\n" in text else text


# a word hyphenated at the end of a line of a typeset PDF ("twee-" / "de lid"), not the suspended
# hyphen of "Flora-" / "en faunawet"
_WORD_BROKEN = re.compile(r"(?<=[a-zà-ÿ]{2})-[ \t]*\n[ \t]*(?=[a-zà-ÿ])(?!(?:en|of|tot|t/m)\b)")
# a paragraph that goes on with a lower-case word after one that stopped mid-sentence ("… van de
# Wet" / "marktordening gezondheidszorg …"): a text copied from a PDF, a blank line after every line
_GOES_ON = re.compile(r"[a-zà-ÿ](?![a-z]{0,2}[.)°](?:\s|$))")


def _rejoined(paragraphs: list[str]) -> list[str]:
    out: list[str] = []
    for paragraph in paragraphs:
        if out and out[-1] and paragraph and (out[-1][-1].isalpha() or out[-1][-1] == ",") and _GOES_ON.match(paragraph):
            out[-1] = f"{out[-1]} {paragraph}"
        else:
            out.append(paragraph)
    return out


def _with_headings(
    headings: list[str], paragraph: str, body_is_heading: bool = False
) -> list[Point]:
    if not headings and not body_is_heading:  # nearly every paragraph
        if len(paragraph) <= MAX_POINT_CHARS:
            return [Point(paragraph)]
        return [Point(piece) for piece in _split_long(paragraph)]
    spans, at = [], 0
    for heading in headings:
        spans.append((at, at + len(heading)))
        at += len(heading) + 1
    if body_is_heading:  # headings at the end of a text: one point of headings only
        spans.append((at, at + len(paragraph)))
        return [Point(" ".join([*headings, paragraph]), tuple(spans), at + len(paragraph))]
    lead = f"{' '.join(headings)}: " if headings else ""
    pieces = _split_long(lead + paragraph)
    first = Point(pieces[0], tuple(spans), len(lead))
    return [first, *(Point(piece) for piece in pieces[1:])]


# a bill's article's heading alone on its line ("Artikel VI"), below a page's title that ends with no stop; not the
# end of a sentence wrapped after a word that wants more ("… bedoeld in" / "Artikel 5 …")
_BARE_ARTICLE = re.compile(r"(?:ARTIKEL|Artikel)\s+[IVXLC]+[A-Z]?")  # (Roman: "Artikel 1247" is article 12 on page 47 of a contents)
_GOES_ON_AFTER = re.compile(r"(?:[,(-]|\b(?:van|in|op|bij|dat|als|en|of|de|het|met|uit|door|tot|naar|aan|zie|bedoeld|krachtens))$", re.I)


def _unit_headings_apart(text: str) -> str:
    """Return the text with a blank line around each line that heads a unit of a bill
    ("ARTIKEL I", "Artikel 3.29d …", an onderdeel letter "A" or "Aa") where the text has single
    line breaks only (a bill pasted from a web page): such a line starts a new point. A line
    counts when the line before it ends a sentence and the line after it starts one, so a line
    of wrapped prose that happens to start with "Artikel" does not."""
    if "\n" not in text or not _UNIT_LINE_HINT.search(text):
        return text
    lines = [line.strip() for line in text.split("\n")]
    before, last = [], ""
    for line in lines:
        before.append(last)
        last = line or last
    after, following = [""] * len(lines), ""
    for i in range(len(lines) - 1, -1, -1):
        after[i] = following
        following = lines[i] or following
    out = []
    for line, previous, next_line in zip(lines, before, after, strict=True):
        if (
            line
            and len(line) <= 90
            and _UNIT_LINE.fullmatch(line)
            and (not previous or previous[-1] in ".:;!?»)]…" or _UNIT_LINE.fullmatch(previous) or _OPENS_CHANGES.search(previous)
                 or _BARE_ARTICLE.fullmatch(line) and not _GOES_ON_AFTER.search(previous))
            and (
                not next_line
                or next_line[0].isupper()
                or next_line[0].isdigit()
                or next_line[0] in "•-"
            )
        ):
            out += ["", line, ""]
        else:
            out.append(line)
    return "\n".join(out)


def _is_heading(paragraph: str) -> bool:
    words = paragraph.split()
    if _CAPITAL_UNIT.fullmatch(paragraph):
        return True  # "ARTIKEL II. WIJZIGING VAN DE TIJDELIJKE WET BEPERKING INKOMENSGEVOLGEN …": long, but a heading
    if _LETTER_WITH_POINT.fullmatch(paragraph):
        return True  # an older text's onderdeel letter "A." alone on its line
    # (an item of a list that ends in its conjunction, "b. in dienst is van een instelling en", is no heading either)
    return len(paragraph) <= 80 and len(words) <= 10 and not re.search(r"[.!?;:,]$", paragraph) and not _CONJUNCTION_END.match(paragraph)


_CONJUNCTION_END = re.compile(r"^(?:[a-z]{1,2}[.)]|\d{1,2}°\.?)\s.*\s(?:en|of|dan\s+wel|alsmede|onderscheidenlijk|respectievelijk)$")


_LETTER_WITH_POINT = re.compile(r"\d?(?:[A-Z]|([A-Z])\1)\.")  # (not "Ja.", "Nb." or "NB.": words)


# a unit of a bill with its caption, all in capitals
_CAPITAL_UNIT = re.compile(r"(?:ARTIKEL|HOOFDSTUK|TITEL|AFDELING|PARAGRAAF)\s+[IVXLC\d]+[A-Z]?\.?(?:\s+[^a-z\n]{1,200})?")


def _split_long(paragraph: str) -> list[str]:
    if len(paragraph) <= MAX_POINT_CHARS:
        return [paragraph]
    pieces: list[str] = []
    current = ""
    for sentence in _SENTENCE.split(paragraph):
        if current and len(current) + len(sentence) > TARGET_CHARS:
            pieces.append(current)
            current = sentence
        else:
            current = f"{current} {sentence}".strip()
    if current:
        pieces.append(current)
    return [cut for piece in pieces for cut in _cut(piece, MAX_POINT_CHARS * 4)]


def _cut(piece: str, limit: int) -> list[str]:
    """Return a sentence longer than `limit` (a table or a page without full stops) in pieces
    cut at a space, every word kept."""
    out = []
    while len(piece) > limit:
        at = piece.rfind(" ", limit // 2, limit)
        at = limit if at < 0 else at
        out.append(piece[:at].rstrip())
        piece = piece[at:].lstrip()
    return [*out, piece] if piece else out


def point_ids(response_id: str, points: list[str]) -> list[str]:
    """Return stable ids for points: the response id and a hash of the point's own words."""
    seen: dict[str, int] = {}
    out = []
    for point in points:
        digest = hashlib.sha1(" ".join(point.lower().split()).encode("utf-8")).hexdigest()[:8]
        seen[digest] = seen.get(digest, 0) + 1
        suffix = f"-{seen[digest]}" if seen[digest] > 1 else ""
        out.append(f"{response_id}-{digest}{suffix}")
    return out


def sentences(text: str) -> list[str]:
    """Split text into sentences (roughly; enough for quoting and campaign differences)."""
    return [s.strip() for s in _SENTENCE.split(text) if s.strip()]


def passage(text: str, start: int, end: int, width: int = 160) -> str:
    """Return the sentence around a reference, at most about `width` characters each side."""
    stop = text.rfind(". ", 0, start)
    left = max(stop + 2 if stop >= 0 else 0, start - width)
    right_stop = text.find(". ", end)
    right = min(right_stop + 1 if right_stop >= 0 else len(text), end + width)
    return text[left:right].strip()
