"""The bill's articles as a record of votes names them.

A record of the Kamer's votes adopts a bill article by article ("Artikel I wordt zonder stemming
aangenomen", "De artikelen 17 t/m 55 worden zonder stemming aangenomen", "In stemming komt
artikel II"): the units it names without a law are the bill's own, never those of a law the bill
amends. A bill that amends laws numbers its articles in Roman, so where such a record writes an
Arabic number the bill does not have ("Artikel 1, aanhef, wordt zonder stemming aangenomen" of a
bill with ARTIKEL I and II), it is the bill's article of that value. Only the subject of the vote
is read so: "Het amendement over artikel 12 wordt aangenomen" names the amended law's article.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from wetgen import ids

# the words of a vote in the sentence of a reference
# (not "wordt aangenomen" alone: "Als artikel 2 in deze vorm wordt aangenomen, …" in a response)
_VOTE = re.compile(
    r"\bzonder\s+stemming\s+aangenomen\b|\bmet\s+algemene\s+stemmen\s+(?:is\s+|zijn\s+)?aangenomen\b"
    r"|\bin\s+stemming\s+(?:komt|komen)\b",
    re.I,
)
# what the vote is on where the article is not its subject: "het amendement over artikel 12 wordt aangenomen"
_OTHER_SUBJECT = re.compile(r"amendement|motie|\bover\b|\bbetreft\b|\bwijzig|\bin\s+(?=artikel)", re.I)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def voted_article(text: str, ref, articles: Collection[str]):
    """Return the reference with the bill's Roman article for an Arabic number a record of votes
    writes for it (`articles`: the bill's article numbers in capitals); else the reference."""
    numbers = [p.artikel for p in ref.parts]
    if ref.law or ref.this_bill or ref.of_law or not numbers or not all(n.isdigit() and 0 < int(n) < 40 for n in numbers):
        return ref
    if not articles or any(not ids.is_roman_number(a) for a in articles):
        return ref  # a bill with articles of its own numbers them in Arabic: "Artikel 1" is its own
    romans = [ids.roman(int(n)) for n in numbers]
    if any(n in articles or r not in articles for n, r in zip(numbers, romans, strict=True)):
        return ref
    before = [m.end() for m in _SENTENCE_END.finditer(text, 0, ref.start)]
    after = _SENTENCE_END.search(text, ref.end)
    start = before[-1] if before else 0
    if not _VOTE.search(text, start, after.start() if after else len(text)) or _OTHER_SUBJECT.search(text, start, ref.start):
        return ref
    parts = tuple(p._replace(artikel=r) for p, r in zip(ref.parts, romans, strict=True))
    return ref._replace(parts=parts)
