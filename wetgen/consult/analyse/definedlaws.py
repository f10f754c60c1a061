"""Abbreviations a text gives a law in brackets after its name ("de Wet militaire strafrechtspraak
(WMS)", "de Wet op de rechterlijke organisatie (hierna: Wet RO)"), read for the rest of that
text: "artikel 10 WMS" further on is an article of that law, as "artikel 10 Awb" is of the Awb, and
so is "artikel 60 van de Wet Bopz" after "de Wet bijzondere opnemingen in psychiatrische
ziekenhuizen (Wet Bopz)".
Advices, memories and reports define such abbreviations for laws that no shipped list names."""

from __future__ import annotations

import re

from wetgen.consult.analyse.lawnames import LawLexicon, normal
from wetgen.consult.analyse.refs import ARTICLE, Ref

# words that stand in brackets as words, not abbreviations ("(Wat)", "(Wie)")
_WORDS = frozenset("wat wie wij waar hoe dat dit die deze het een de en of ook als bij van voor met om op nu zo er men zij ik hij ze we dan want toch maar niet wel".split())
# "(WMS)", "(Wet RO)", "(hierna: Wwft)": a capital, then letters, at most two words
_DEFINITION = re.compile(r"\((?:hierna\s*:\s*|hierna\s+te\s+noemen\s*:?\s*)?(?P<short>[A-Z][A-Za-z]{1,7}(?: [A-Z][A-Za-z]{0,5})?)\)")


def text_abbreviations(text: str, lexicon: LawLexicon) -> tuple[tuple[str, str], ...]:
    """Return (law, abbreviation) for each abbreviation a whole text gives a law the lexicon does
    not know by it ("De Wet openbare manifestaties (Wom) …"), so that the text's later paragraphs
    read "artikel 6 Wom" and "De Wom bepaalt in artikel 5" as that law's."""
    if "(" not in text:
        return ()
    return tuple(sorted((law, short) for short, (_, law) in _definitions(text, [], lexicon).items()))


def _definitions(text: str, refs: list[Ref], lexicon: LawLexicon) -> dict[str, tuple[int, str]]:
    defined: dict[str, tuple[int, str]] = {}
    for match in _DEFINITION.finditer(text):
        short = match.group("short")
        known = lexicon.match(short, 0)
        listed = known.law if known is not None and known.law != short else ""  # ("Wet Bopz" is only read by its shape)
        if short in defined or short.lower() in _WORDS:
            continue  # "(Wat)" is a word
        # the law an article reference just before named ("artikel 10 Wet militaire
        # strafrechtspraak (WMS)"), else a law name the list knows ending there, else a title
        # read by its shape whose words the abbreviation's letters begin
        before = text[: match.start()].rstrip()
        law = next((r.law for r in refs if r.law and r.end == len(before)), "")
        named = (lexicon.ending_at(text, match.start()) or _titled(text, match.start(), short, lexicon)) if not law else None
        law = law or (named.law if named is not None else "")
        # the abbreviation begins as the title, or a "Wet …" title's second word, does ("WMS", "Wet Bopz",
        # "Ahr" of the Wet Ahr): "(ACM)" after the Instellingswet Autoriteit Consument en Markt is the
        # authority, "(hierna: Raad)" no law at all
        words = law.split()
        heads = words[:2] if words[:1] in (["Wet"], ["Wetboek"]) else words[:1]
        if not law or law == short or short[0].lower() not in {w[0].lower() for w in heads}:
            continue
        # an abbreviation the list gives another law is the text's own only where its letters begin the
        # title's words: "De Wet politiegegevens (Wpg)" (the list's Wpg is the Wet publieke gezondheid)
        if not listed or normal(listed) == normal(law) or _initials_fit(short, law):
            defined[short] = (match.end(), law)
    return defined


def with_defined_laws(text: str, refs: list[Ref], lexicon: LawLexicon) -> list[Ref]:
    """Return `refs` with the law of each article reference that a defined abbreviation follows
    ("artikel 10 WMS" after "Wet militaire strafrechtspraak (WMS)"); the others as they are."""
    if "(" not in text or not refs:
        return refs
    defined = _definitions(text, refs, lexicon)
    if not defined:
        return refs
    shorts = re.compile(r"\s+(?P<short>" + "|".join(re.escape(s) for s in sorted(defined, key=len, reverse=True)) + r")\b")
    out = []
    for ref in refs:
        after = shorts.match(text, ref.end) if ref.kind == ARTICLE and not (ref.law or ref.this_bill) else None
        if after and defined[after.group("short")][0] <= ref.start:
            ref = ref._replace(law=defined[after.group("short")][1], end=after.end(), raw=text[ref.start : after.end()])
        elif ref.law in defined and defined[ref.law][0] <= ref.start:  # "artikel 60 van de Wet Bopz", read by its shape
            ref = ref._replace(law=defined[ref.law][1])
        out.append(ref)
    return out


# the head word of a title the list does not know: "Wet", "Wetboek", "…wet"
_HEAD = re.compile(r"(?<![\w-])(?:Wet(?:boek)?|[A-Z][a-z]+wet)(?![\w-])")


def _titled(text: str, end: int, short: str, lexicon: LawLexicon):  # noqa: ANN202 - a lawnames.Found
    """Return the title of a law the list does not know that ends just before the bracket at `end`
    ("De Wet Openbare manifestaties (Wom)"), read by its shape, when the abbreviation is made of
    the first letters of its words; None otherwise."""
    stop = len(text[:end].rstrip())
    heads = list(_HEAD.finditer(text, max(0, stop - 100), stop))
    for head in reversed(heads):
        found = lexicon.match(text, head.start())
        if found is not None and found.end == stop:
            return found if _initials_fit(short, found.law) else None
    return None


def _initials_fit(short: str, title: str) -> bool:
    """Tell whether the letters of `short` stand, in order, in the title, the first as its first
    letter: "Wom" of "Wet openbare manifestaties", "Wpg" of "Wet politiegegevens" (a compound's
    parts give letters too), "Wwft" of "Wet ter voorkoming van witwassen en financieren van terrorisme"."""
    letters = [c.lower() for c in short if c.isalpha()]
    chars = [c.lower() for c in title if c.isalpha()]
    if not letters or not chars or letters[0] != chars[0]:
        return False
    at = 1
    for letter in letters[1:]:
        while at < len(chars) and chars[at] != letter:
            at += 1
        if at == len(chars):
            return False
        at += 1
    return True
