"""The article numbers read from an article word on: "12, 13a en 14", "29, derde lid, artikel 75 en
artikel 80 van de Wet X", "4:17 en 18", "137 c tot met f", with the law named at the end (split from refs.py)."""

from __future__ import annotations

import re

from wetgen.consult.analyse import grammar, numberranges
from wetgen.consult.analyse.bareletters import bare_onderdelen
from wetgen.consult.analyse.bracketlid import bracketed_lid, with_lid
from wetgen.consult.analyse.grammar import FIRST_NUMBER, Group, Part
from wetgen.consult.analyse.lawnames import LawLexicon
from wetgen.consult.analyse.lawtail import CAPTION, law_tail
from wetgen.consult.analyse.numbering import is_roman, numbered_like
from wetgen.consult.analyse.refkinds import ARTICLE, Ref
from wetgen.consult.analyse.relative import law_of_relative
from wetgen.consult.analyse.renumbering import RENUMBERING_BEFORE
from wetgen.consult.analyse.spacedletter import joined_letter

GRONDWET = "Grondwet"
_ITEM_MARK = re.compile(r"\.\s+(?-i:[a-z])")  # "…, c. een …": a letter that marks an item, not an article's
# a law's name in capitals after a bill's ARTIKEL heading ("ARTIKEL I ALGEMENE KINDERBIJSLAGWET")
_CAPTION_LAW = re.compile(r"[ \t]+\(?[A-Z0-9ÄËÏÖÜÉÈ'’.,\- ]+\)?")  # (also in brackets: "ARTIKEL I (WIJZIGING VAN DE …)")
_OPENS_CHANGES = re.compile(r"\s+wordt\s+(?:als\s+volgt\s+gewijzigd|gewijzigd\s+als\s+volgt)\b")
_OF = re.compile(r"\s*,?\s+(?:van|uit|in)\b", re.I)
_CAPITALS_HEADING = re.compile(r"(?=.*[A-Z]{4})[^a-z]+")  # a name in capitals throughout ("UITVOERINGSBESLUIT WHW 2008")
# the new numbers after a renumbering's bare "tot", up to the law named after them
_NEW_NUMBERS = re.compile(rf"(?i)\s*tot\s+(?:artikel(?:en)?\s+)?{FIRST_NUMBER}(?:(?:\s*,\s*|\s+en\s+|{grammar.PAIRED}|{grammar.RANGE}){FIRST_NUMBER})*")
_OF_LAW = re.compile(
    r"(?:voorgestelde|nieuwe|voorgesteld|nieuw|gewijzigde|huidige|bestaande|te\s+wijzigen|(?P<additional>additionee?le?))\s*$",
    re.I,
)  # "additioneel artikel IX": only the Grondwet has additionele artikelen, never a bill's own
_LID_AFTER_LAW = re.compile(rf"\s*,\s*(?:het\s+)?(?:(?:{grammar.ORDINALS})\s+lid\b|lid\s+\d)", re.I)
_OF_ARTICLE = re.compile(r"\s*,?\s+(?:van|in)\s+(?:het\s+|de\s+)?(?:artikel|art\b|artt?\.)", re.I)
NUMBER_AT = re.compile(rf"\s*(?P<number>{FIRST_NUMBER})", re.I)
# a comma for the dot of a number, written against one article ("artikel 5,1 Wfz"); not a list
# ("de artikelen 5,6 en 7", "artikel 5,1 en 2") nor a date ("artikel 5,1 januari")
_COMMA_DOT = re.compile(
    rf",(?P<rest>\d{{1,3}}[a-z]?)(?![\w.:°]|,\s*\d|\s*(?:en|of|tot|t/m|[-–])\s*\d|{grammar.MONTH})",
    re.I,
)
_SPACED_LETTERS = re.compile(rf"(?i)\s(?P<first>[a-z]){grammar.RANGE}(?P<last>[a-z])(?![\w°])")
# the second half of a colon number after a space, where nothing but the end of a heading or an instruction follows
_SPACED_COLON = re.compile(r":[ \t](?P<rest>\d{1,3}[a-z]{0,2})(?=[ \t]*(?:\n|$|,|\.(?:\s|$)|\s+(?:wordt|worden|vervalt|vervallen|komt|komen|van)\b))")
_ONE_ARTICLE = re.compile(r"(?:artikel|art\.?)\s*$", re.I)
_BRACKETED = re.compile(r"\s*[\[(](?:(?:oud|nieuw|artikel)\s+)?(?P<number>\d+[a-z]?(?:[.:]\d+[a-z]?)+)[\])]", re.I)
_DOSSIER = re.compile(r"\d{2}\.\d{3}")


def article_chain(
    text: str, pos: int, start: int, lexicon: LawLexicon, prefix: list[Group] | None = None
) -> list[Ref]:
    """Read the article numbers from `pos` on ("12, 13a en 14", "29, derde lid, artikel 75 en
    artikel 80 van de Wet X"): one Ref per article word, all taking the law named at the end."""
    first = NUMBER_AT.match(text, pos)
    if not first:
        return []
    pieces: list[tuple[int, int, list[Part]]] = []  # (start, end, parts) of each Ref
    parts: list[Part] = []
    number, end = grammar.compact(first.group("number")), first.end()
    comma = _COMMA_DOT.match(text, end) if number.isdigit() else None
    if comma and _ONE_ARTICLE.search(text, max(0, start), pos):
        number, end = f"{number}.{comma.group('rest')}", comma.end()
    colon = _SPACED_COLON.match(text, end) if number.isdigit() and pos > start else None
    if colon:  # "Artikel 5: 7" of a copy that set a space in the colon number
        number, end = f"{number}:{colon.group('rest')}", colon.end()
    spaced = _SPACED_LETTERS.match(text, end) if number.isdigit() else None
    if spaced:  # "Artikel 137 c tot met f": the letters written apart from their number
        first_letter, number = number + spaced.group("first"), number + spaced.group("last")
        parts += [Part(first_letter), *(Part(n) for n in numberranges.expand(first_letter, number))]
        end = spaced.end()
    elif number.isdigit() and (joined := joined_letter(text, end, number, lexicon.articles)) > end:
        number, end = number + text[joined - 1], joined  # "artikel 28 a": 28a (spacedletter.py)
    cut = False
    ranged = False  # (and in a renumbering, a bare "tot" after a list too: "vernummering van de artikelen 7 en 8 tot 8 en 9")
    renumbering = bool(RENUMBERING_BEFORE.search(text, max(0, start - 40), start))
    written_together = bool(re.fullmatch(grammar.JOINED, first.group("number")))  # "H7": the list goes on so ("H8 en H9")
    worded = pos > start  # "artikel 28a (2)": a lid in brackets after the article word (bracketlid.py)
    while True:
        lid, end = bracketed_lid(text, end) if worded else ("", end)
        read_from = end
        groups, end = grammar.qualifiers(text, end)
        groups = with_lid(lid, groups)
        letters, end = (bare_onderdelen(text, end, number) if not groups else ((), end))
        groups = [Group(items=letters)] if letters else groups
        if prefix and not pieces and not parts:
            groups = _merge(prefix, groups)
        paired = grammar.PAIRED_SEP.search(text, read_from, end) and _paired(parts, number, groups)
        parts = paired or [*parts, *grammar.parts(number, groups)]
        step = grammar.NEXT_NUMBER.match(text, end) or (grammar.NEXT_JOINED.match(text, end) if written_together else None)
        caption = None if step else CAPTION.match(text, end)
        if caption:  # "de artikelen 12 (voorrang) en 28a (zorgplicht)": the list goes on
            step = grammar.NEXT_NUMBER.match(text, caption.end())
        letter = None if step or not number[-1:].isalpha() or number.isupper() else grammar.NEXT_LETTER.match(text, end)
        if letter and "," in letter.group("sep") and _ITEM_MARK.match(text, letter.end()):
            letter = None  # "… artikel 8:54a, tweede lid,\nc. een uitspraak …": the next item of a list
        if letter:  # "de artikelen 13a en b": the same number with the next letter
            following = number.rstrip("abcdefghijklmnopqrstuvwxyz") + letter.group("letter")
            if grammar.RANGE_SEP.fullmatch(letter.group("sep")):
                parts.extend(Part(n) for n in numberranges.expand(number, following))
            number, end = following, letter.end()
            continue
        cut = bool(step) and (ranged or renumbering and len(parts) > 1) and step.group("sep").strip().lower() == "tot"
        if not step or cut:
            break  # (a bare "tot" after a range is a renumbering's: "de artikelen 12 tot en met 14 tot 13 tot en met 15")
        separator, following = step.group("sep"), _in_chapter_of(number, grammar.compact(step.group("number")))
        ranged = bool(grammar.RANGE_SEP.fullmatch(separator))
        if step.group("again") or grammar.JUNCTO_SEP.fullmatch(separator):
            pieces.append((start, end, parts))
            start, parts = step.start("again") if step.group("again") else step.start("number"), []
            following = grammar.compact(step.group("number"))
        elif grammar.RANGE_SEP.fullmatch(separator):
            parts.extend(Part(n) for n in numberranges.expand(number, following))
        number, end = following, step.end()
    pieces.append((start, end, parts))
    if cut and (new := _NEW_NUMBERS.match(text, end)):  # "… tot 8 en 9 van de Woningwet": the old numbers' law too
        law, this_bill, that_law, _, foreign = law_tail(text, new.end(), lexicon)
    else:
        law, this_bill, that_law, end, foreign = law_tail(text, end, lexicon)
        if law and text.startswith("ARTIKEL ", pieces[0][0]) and is_roman(number) and (
                _CAPTION_LAW.fullmatch(text, pieces[-1][1], end) or _OPENS_CHANGES.match(text, end) and not _OF.match(text, pieces[-1][1])):
            # "ARTIKEL I ALGEMENE KINDERBIJSLAGWET": the heading's caption, not a tail; "ARTIKEL I Boek 1 van het
            # Burgerlijk Wetboek wordt als volgt gewijzigd:": the heading run into the sentence that names its law
            law, end = "", pieces[-1][1]
    if law and len(parts) == 1 and not (parts[0].lid or parts[0].item) and _LID_AFTER_LAW.match(text, end):
        groups, after = grammar.qualifiers(text, end)  # "artikel 304 Sr, tweede lid": the lid after the law
        if groups and not _OF_ARTICLE.match(text, after):
            pieces[-1], end = (pieces[-1][0], after, grammar.parts(parts[0].artikel, groups)), after
    head = pieces[0][0]
    if not law and not this_bill and not that_law:
        before = lexicon.ending_at(text, head)
        # "WIJZIGING VAN HET UITVOERINGSBESLUIT WHW 2008 Artikel 2.3 wordt …": a heading in capitals run into the
        # sentence below it, not a law named before its article
        if before is not None and not (_CAPITALS_HEADING.fullmatch(text, before.start, before.end) and text.startswith("Artikel ", head)):
            law, head = before.law, before.start
            pieces[0] = (head, pieces[0][1], pieces[0][2])
        else:
            law = law_of_relative(text, head, lexicon)  # "de Grondwet, waarvan artikel 18"
    of_law_word = _OF_LAW.search(text[max(0, head - 24) : head])
    of_law = bool(of_law_word)
    if of_law_word and of_law_word.group("additional"):  # "een additioneel artikel 28d" is an extra one
        of_law = all(is_roman(p.artikel) for _, _, ps in pieces for p in ps)
        law = GRONDWET if of_law and not (law or this_bill or that_law) else law
    if prefix is not None:
        of_law = of_law or bool(
            re.search(r"voorgestelde|nieuwe|gewijzigde|huidige", text[head:pos], re.I)
        )
    refs = []
    for index, (s, e, ps) in enumerate(pieces):
        last = index == len(pieces) - 1
        e = end if last else e
        # "artikel 4:17, eerste lid, en artikel 18 van de Gemeentewet": the law named at the end
        # is not that of an article numbered in a style it does not have
        own = law if last or not law or not ps or numbered_like(law, ps[0].artikel) else ""
        refs.append(Ref(text[s:e].strip(), s, e, ARTICLE, tuple(dict.fromkeys(ps)), own,
                        this_bill, that_law, of_law, foreign=foreign))  # fmt: skip
    return refs


def _in_chapter_of(first: str, last: str) -> str:
    """Return the next number of a list or range written short after a colon number ("3:40-45",
    "4:17 en 18", "2:138/248": 3:45, 4:18, 2:248; a law numbered with colons has no plain articles); else `last`."""
    head, _, tail = first.rpartition(":")
    digits = tail.rstrip("abcdefghijklmnopqrstuvwxyz")  # "1:377a en 378"
    if head and last.isdigit() and digits.isdigit() and int(digits) < int(last) <= int(digits) + 200:
        return f"{head}:{last}"
    return last


def other_number(text: str, ref: Ref) -> list[Ref]:
    """Read the other number of the same article in brackets after it ("Artikel 5:21 [5.2.1]",
    "artikel 3.1 (oud 2.4)"): the draft's or the former numbering, an article of the same law."""
    match = _BRACKETED.match(text, ref.end)
    if not match or _DOSSIER.fullmatch(match.group(0).strip(" ()")):
        return []  # "… van de Wet X (33.344)": the dossier number of a bill, five digits
    number = match.group("number")
    return [Ref(number, match.start("number"), match.end("number"), ARTICLE, (Part(number),), ref.law)]


def _merge(prefix: list[Group], groups: list[Group]) -> list[Group]:
    """Join what stands before "van artikel 5" with what follows it: "het tweede lid van
    artikel 5, onderdeel a" is one provision."""
    if not groups:
        return prefix
    head, tail = prefix[-1], groups[0]
    joined = grammar.Group(
        head.leden or tail.leden, head.items or tail.items, head.subs or tail.subs
    )
    return [*prefix[:-1], joined, *groups[1:]]


def _paired(parts: list[Part], number: str, groups: list[Group]) -> list[Part] | None:
    """Return the parts of a list whose leden are paired with its articles one by one ("de artikelen 12
    en 13, eerste respectievelijk tweede lid": 12 lid 1 and 13 lid 2), or None where they do not pair."""
    leden = [lid for g in groups for lid in g.leden]
    bare = [p for p in parts if not (p.lid or p.item or p.sub)]
    if any(g.items or g.subs for g in groups) or len(bare) != len(parts) or not bare or len(leden) != len(bare) + 1:
        return None
    return [Part(p.artikel, lid) for p, lid in zip([*bare, Part(number)], leden, strict=True)]
