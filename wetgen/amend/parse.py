"""Wijzigingsopdrachten read back into data: the inverse of `wetgen.amend.wording`, derived from
the same table (`wetgen.amend.formulas`) and the same places (`wetgen.places`).

A sentence is tried against every formula; each one that matches is built into an instruction,
and (unless `verify` is off) that instruction is worded again and kept only when wetgen prints
the same sentence, quotation marks and white space aside. What no formula gives back stays
`Unparsed`, with the reason: the caller keeps it as free text, never guesses. So
`parse(word(i)) == i` for every instruction the draft format can express (a property test).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import NamedTuple

from wetgen.amend import formulas as f
from wetgen.amend.parse_text import NoParse, Quoted, Reading, quoted
from wetgen.amend.parse_units import BUILDERS, PATTERNS, Slots, verb_plural
from wetgen.amend.parse_words import parse_words
from wetgen.amend.sentences import Context, printed, sentence_pieces
from wetgen.formulas import MONTHS
from wetgen.model import WORD_ACTIONS, Instruction, LawRef, Proposal, Style, Unit

__all__ = ["Intro", "NoParse", "Reading", "Unparsed", "infer_style", "parse_instruction", "parse_intro", "word"]


DEFAULT_READING = Reading()


class Unparsed(NamedTuple):
    """A sentence no formula gives back, and why."""

    sentence: str
    why: str


def parse_instruction(sentence: str, payload: tuple[Unit, ...] = (), new_text: str = "",
                      reading: Reading | None = None, verify: bool = True) -> Instruction | Unparsed:  # fmt: skip
    """Return the instruction a sentence states, with `payload` (the new units after it) and
    `new_text` (new words that are no unit: a volzin, an aanhef, definitions); or Unparsed."""
    reading = reading or DEFAULT_READING
    text = sentence.strip()
    q = quoted(text)
    q = Quoted(" ".join(q.text.split()), q.words, q.marks)  # quoted words keep their spaces
    reasons: list[str] = []
    for candidate in _candidates(q, reading, payload, new_text, reasons):
        if not verify:
            return candidate
        settled = _settle(candidate, text, reading)
        if settled is not None:
            return settled
        reasons.insert(0, f"read as '{candidate.action.value}', but wetgen words that '{word(candidate, reading)}'")
    unparsed = Unparsed(sentence, reasons[0] if reasons else "no formula of the Aanwijzingen (Ar 6.9–6.18) matches")
    return _with_verb_comma(text, payload, new_text, reading) or unparsed if verify else unparsed


_COMMA_VERB = re.compile(rf",(?= (?:{f.VERB_FORMS})\b)")


def _with_verb_comma(text: str, payload: tuple[Unit, ...], new_text: str, reading: Reading) -> Instruction | None:
    """Return the instruction of a sentence with a comma before its first verb where the
    Aanwijzingen have none ("… van de Algemene nabestaandenwet, wordt …"), or None."""
    comma = _COMMA_VERB.search(text)
    if comma is None:
        return None
    plain = parse_instruction(text[: comma.start()] + text[comma.end():], payload, new_text, reading)
    if isinstance(plain, Unparsed):
        return None
    flagged = replace(plain, verb_comma=True)
    return flagged if _normal(word(flagged, reading)) == _normal(text) else None


def _candidates(q: Quoted, reading: Reading, payload: tuple[Unit, ...], new_text: str,
                reasons: list[str]) -> Iterator[Instruction]:  # fmt: skip
    """Yield every instruction a formula reads the sentence as; note why the others failed."""
    if not payload and not new_text:
        try:
            yield parse_words(q, reading)
        except NoParse as exc:
            if q.words or ": " in q.text:  # else it was never a change of words
                reasons.append(str(exc))
    for name, pattern in PATTERNS.items():
        m = pattern.fullmatch(q.text)
        if m is None:
            continue
        try:
            built = BUILDERS[name](Slots(m, q, reading, payload, new_text))
        except NoParse as exc:
            reasons.append(str(exc))
            continue
        if new_text and built.new != new_text:
            reasons.append("new words that are no unit follow a sentence that takes none")
            continue
        built = _new_units(built, m.groupdict().get("units") or "")
        plural = verb_plural(m)
        yield built if plural is None else replace(built, verb_number="meervoud" if plural else "enkelvoud")


def _new_units(built: Instruction, units: str) -> Instruction:
    """Return the instruction with the form of "een nieuw artikel (32a)", when its units say so."""
    words = units.split()
    if built.form or not any(w.lower() in f.NEW_ADJECTIVE.values() for w in words):
        return built
    numbered = bool(re.search(r"\d", words[-1]) or re.fullmatch(r"[IVXLC]+[A-Za-z]?", words[-1]))
    return replace(built, form=f.NEW_FORMS[1] if numbered else f.NEW_FORMS[0])


def word(instruction: Instruction, reading: Reading | None = None) -> str:
    """Return the sentence wetgen prints for an instruction read in `reading`."""
    reading = reading or DEFAULT_READING
    return printed(sentence_pieces(instruction, Context(reading.style, reading.base, reading.law)))


def _settle(candidate: Instruction, text: str, reading: Reading) -> Instruction | None:
    """Return the candidate in its canonical form if wetgen words it as `text`, else None: the
    verb's number only when it differs from the default, a changed ending as the flag
    "slotpunt wordt puntkomma" when that says the same."""
    want = _normal(text)
    options = [replace(candidate, verb_number="")]
    if candidate.verb_number and candidate.action not in WORD_ACTIONS:
        options.append(candidate)
    for option in list(options):
        if option.endings and (option.endings[0].old, option.endings[0].new) == (".", ";") and option.payload:
            options.insert(options.index(option), replace(option, period_to_semicolon=True, endings=option.endings[1:]))
    return next((o for o in options if _normal(word(o, reading)) == want), None)


_QUOTES = re.compile("[«»“”„\"]")


def _normal(text: str) -> str:
    return _QUOTES.sub('"', " ".join(text.split()))


# --- the bill's style ------------------------------------------------------------------------------

# The words before new words in the table ("vervangen door ", "ingevoegd "): followed by ": " in the
# colon form, by a quotation mark in the quoted one.
_BEFORE_NEW = tuple({t.split("{new}")[0].rsplit("}", 1)[-1].rstrip() for t in f.WORD_CLAUSES.values() if "{new}" in t})


def infer_style(sentences: Iterable[str]) -> Style:
    """Return the style most of a bill's wijzigingsopdrachten are written in: their quotation
    marks, the colon form (new words after a colon, unquoted) and "als volgt gewijzigd"."""
    marks: Counter[str] = Counter()
    colon = quotes = 0
    orders: Counter[str] = Counter()
    announced: Counter[str] = Counter()
    for sentence in sentences:
        q = quoted(sentence)
        marks.update(q.marks)
        for words in _BEFORE_NEW:
            colon += q.text.count(f"{words}: ") if not words.endswith(":") else 0
            quotes += q.text.count(f"{words} \x02")
        orders.update(order for order in f.AS_FOLLOWS if order in sentence)
        announced.update(form for form, words in f.LUIDENDE_FORMS.items() if any(f", {w}:" in sentence for w in words))
    default = Style()
    return Style(
        quotes=marks.most_common(1)[0][0] if marks else default.quotes,
        colon=colon > quotes,
        # a tie goes to wetgen's own order ("gewijzigd als volgt." in an opening of the drafter's own)
        as_follows=max(orders, key=lambda o: (orders[o], o == default.as_follows)) if orders else default.as_follows,
        luidende=announced.most_common(1)[0][0] if announced else default.luidende,
    )


# --- the opening line of an amending article ---------------------------------------------------------


class Intro(NamedTuple):
    """An amending article's opening line read back: the law, and the line itself when it is
    the drafter's own (not the table's INTRO or NOVELLE_INTRO in the bill's style)."""

    law: LawRef
    own: str = ""


_INTRO = re.compile(f.template_pattern(f.INTRO), re.DOTALL)
_NOVELLE = re.compile(f.template_pattern(f.NOVELLE_INTRO).replace("(?P<date>.*?)", r"(?P<date>\d{1,2} \w+ \d{4})"), re.DOTALL)
_CHANGES_INTROS = tuple(re.compile(f.template_pattern(t), re.DOTALL) for t in f.CHANGES_INTROS)
_OWN_LAW = re.compile(rf" van (?P<law>[^,]+?) (?:{'|'.join(f.AS_FOLLOWS)}):$")
# "Het Besluit X wordt met betrekking tot Y als volgt gewijzigd:": the law is the subject
_OWN_SUBJECT = re.compile(r"(?P<law>(?:De|Het) [<>|*#]?[A-Z][^,:]*?) (?:wordt|worden) ")  # (a copied page's stray ">", the importer drops it)


def parse_intro(text: str, style: Style | None = None) -> Intro | None:
    """Return the law an opening line names ("De Huisvestingswet 2014 wordt als volgt
    gewijzigd:", a novelle's "Indien het bij koninklijke boodschap …"), or None if it is none."""
    style = style or DEFAULT_READING.style
    text = " ".join(text.split())
    m = _NOVELLE.fullmatch(text)
    if m is not None:
        date = _iso(m.group("date"))
        if date and m.group("as_follows") == style.as_follows:
            return Intro(LawRef("", proposal=Proposal(m.group("subject"), date, m.group("kamerstukken"))))
    m = _INTRO.fullmatch(text)
    if m is not None and not text.startswith("Indien "):
        law = _law(m.group("law"))
        standard = m.group("as_follows") == style.as_follows and m.group("wordt") == f.VERBS["wordt"][0]
        return Intro(law, "" if standard else text)
    for older in _CHANGES_INTROS:  # "In de Mediawet 2008 worden de volgende wijzigingen aangebracht:"
        m = older.fullmatch(text[:-1] + ":" if text.endswith(".") else text)  # or "aangebracht." (1997)
        if m is not None:
            return Intro(_law(m.group("law")), text)
    if text.endswith((":", ".")) and any(order in text for order in f.AS_FOLLOWS):  # "… gewijzigd als volgt."
        own = _OWN_SUBJECT.match(text) or _OWN_LAW.search(text)
        return Intro(_law(own.group("law") if own else "deze wet"), text)
    return None


def _law(name: str) -> LawRef:
    first, _, rest = name.strip().partition(" ")
    if first.lower() in ("de", "het") and rest:
        return LawRef(rest, article=first.lower())
    return LawRef(name.strip(), article="")


def _iso(dutch: str) -> str:
    day, month, year = dutch.split()
    if month not in MONTHS:
        return ""
    return f"{int(year):04d}-{MONTHS.index(month) + 1:02d}-{int(day):02d}"
