"""One wijzigingsopdracht as a Dutch sentence, assembled from the templates of
`wetgen.amend.formulas` and the place phrases of `wetgen.places`.

A sentence is a tuple of pieces: plain text, and quoted words with their role ("old0", "new0",
"anchor1", "designation", "ending") and quotation marks, so that Akoma Ntoso can mark them as
quotedText and nothing ever touches the spaces inside them (quoted words are literal, Ar 6.9).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import NamedTuple

from wetgen import ids, places
from wetgen.amend import formulas as f
from wetgen.amend.renumbering_words import renumbering_clause
from wetgen.model import (
    Action,
    Division,
    Ending,
    Instruction,
    Item,
    LawRef,
    Lid,
    Part,
    Renumbering,
    Style,
    Target,
    unit_kind,
)

_OPEN, _CLOSE, _GLUE = "\x02", "\x03", "\x05"  # a quoted piece's index; "no space before me"


class Piece(NamedTuple):
    """A run of a sentence: plain text, or quoted words with their role and quotation marks."""

    text: str
    role: str = ""
    quotes: tuple[str, str] = ("", "")

    def printed(self) -> str:
        """Return the piece as printed, quotation marks included."""
        return f"{self.quotes[0]}{self.text}{self.quotes[1]}"


@dataclass(frozen=True)
class Context:
    """What a sentence needs besides its instruction: the bill's style, the place of the
    enclosing "… wordt als volgt gewijzigd:" (phrases leave it out) and the law named inline."""

    style: Style = Style()
    base: Target | None = None
    law: LawRef | None = None


def printed(pieces: tuple[Piece, ...]) -> str:
    """Return the sentence of some pieces as printed."""
    return "".join(piece.printed() for piece in pieces)


def sentence_pieces(instruction: Instruction, context: Context = Context()) -> tuple[Piece, ...]:
    """Return the pieces of the sentence of one instruction."""
    if instruction.action is Action.FREE:
        return (Piece(instruction.free_text),)
    builder = _Builder(context)
    pieces = _WRITERS[instruction.action](instruction, builder)
    return _verb_comma(pieces) if instruction.verb_comma else pieces


_FIRST_VERB = re.compile(rf" (?:{f.VERB_FORMS})\b")


def _verb_comma(pieces: tuple[Piece, ...]) -> tuple[Piece, ...]:
    """Return the pieces with a comma before the sentence's first verb ("…wet, wordt"), when
    the verb stands in its opening run of plain words without one."""
    verb = _FIRST_VERB.search(pieces[0].text) if pieces and not pieces[0].role else None
    if verb is None or pieces[0].text[: verb.start()].endswith(","):
        return pieces
    text = pieces[0].text
    return (Piece(f"{text[: verb.start()]},{text[verb.start():]}"), *pieces[1:])


class _Builder:
    """Collects the quoted words of one sentence and fills templates around them."""

    def __init__(self, context: Context) -> None:
        self.context = context
        self.quoted: list[Piece] = []

    def quote(self, role: str, words: str, *, colon: bool = False, bare: bool = False) -> str:
        """Return a placeholder for quoted words; in the colon form ": words", unquoted; `bare`
        words unquoted where a colon is already printed ("luidende: , tenzij")."""
        marks = ("", "") if colon or bare else (self.context.style.quotes[:1], self.context.style.quotes[-1:])
        self.quoted.append(Piece(words, role, marks))
        token = f"{_OPEN}{len(self.quoted) - 1}{_CLOSE}"
        return f"{_GLUE}: {token}" if colon else token

    def fill(self, template: str, **slots: str) -> tuple[Piece, ...]:
        """Return the template with its slots filled, spaces tidied and the first letter raised."""
        if "{luidende}" in template and "luidende" not in slots:  # "dat luidt:", "die luiden:"
            plural = not slots.get("units", "").startswith(f"{f.ARTICLES[1]} ")
            slots["luidende"] = f.LUIDENDE_FORMS[self.context.style.luidende][plural]
        text = template.format(**slots).replace(f" {_GLUE}", "").replace(_GLUE, "")
        text = re.sub(r" {2,}", " ", text).strip().replace(" ,", ",").replace(" .", ".")
        pieces: list[Piece] = []
        for n, run in enumerate(re.split(f"{_OPEN}(\\d+){_CLOSE}", text)):
            if n % 2:
                pieces.append(self.quoted[int(run)])
            elif run:
                pieces.append(Piece(run))
        if pieces and not pieces[0].role:
            pieces[0] = Piece(pieces[0].text[:1].upper() + pieces[0].text[1:])
        return tuple(pieces)

    # --- places ---------------------------------------------------------------------------------

    def phrase(self, targets: tuple[Target, ...], base: Target | None = None, relative: bool = True) -> places.Phrase:
        """Return the phrase of places, relative to the enclosing group (or to `base`)."""
        return places.phrase(targets, base or (self.context.base if relative else None), self.context.style.quotes)

    def subject(self, targets: tuple[Target, ...], law: bool = True) -> str:
        """Return places as a sentence's subject: "artikel 12, vierde lid," or "… van de Wet X"."""
        return _with_law(self.phrase(targets), self.context.law if law else None)

    def opening(self, targets: tuple[Target, ...], law: bool = True) -> str:
        """Return "In <place>," or "" when the place is the enclosing one."""
        subject = self.subject(targets, law)
        return f"In {subject}" if subject else ""

    def verb(self, name: str, plural: bool) -> str:
        """Return a verb of the table, singular or plural."""
        return f.VERBS[name][1 if plural else 0]


def _with_law(phrase: places.Phrase, law: LawRef | None) -> str:
    if not phrase.text:
        return ""
    if law is None:
        return phrase.text + ("," if phrase.chained else "")
    return f"{phrase.text}{',' if phrase.chained else ''} van {law.name()}"


def _plural(i: Instruction, targets: tuple[Target, ...] | None = None) -> bool:
    if i.verb_number:
        return i.verb_number == "meervoud"
    chosen = targets if targets is not None else i.places
    return len(places.canonical(chosen)) > 1 or any(t.is_plural for t in chosen)


# --- changes of words -----------------------------------------------------------------------------


def _words(i: Instruction, b: _Builder) -> tuple[Piece, ...]:
    phrase = b.phrase(i.places)
    clauses = [i, *i.joined]
    texts = []
    for n, c in enumerate(clauses):
        colon = (c.colon if c.colon is not None else b.context.style.colon) and n == len(clauses) - 1
        luidende = c.action is Action.INSERT_WORDS and bool(c.words_noun)
        slots = {
            "wordt": b.verb("wordt", False), "vervalt": b.verb("vervalt", False),
            "noun": f"{c.words_noun} " if c.words_noun else "",
            "telkens": f"{f.TELKENS} " if c.every else "",
            "position": f.WORD_POSITIONS["before" if c.before else "after"],
            "old": b.quote(f"old{n}", c.old), "anchor": b.quote(f"anchor{n}", c.anchor),
            "new": b.quote(f"new{n}", c.new, colon=colon and c.action is not Action.DELETE_WORDS and not luidende,
                           bare=luidende and colon),
        }  # fmt: skip
        table = f.BARE_WORD_CLAUSES if n == 0 and not phrase.text and not luidende else f.WORD_CLAUSES
        texts.append(table[c.action.value + ("/luidende" if luidende else "")].format(**slots))
    clauses_text = ", ".join(texts[:-1]) + f.CLAUSE_JOIN + texts[-1] if len(texts) > 1 else texts[0]
    return b.fill(f.WORD_SENTENCE, clauses=clauses_text, **{"in": b.opening(i.places)})


# --- changes of units -----------------------------------------------------------------------------


def _replace(i: Instruction, b: _Builder) -> tuple[Piece, ...]:
    if i.form == "in":
        return _in_form(i, b, "vervang", "komt")
    if i.form == "als_volgt":
        return b.fill(f.SENTENCES["vervang/als_volgt"], place=b.subject(i.places), komt=b.verb("komt", _plural(i)))
    if i.form == "de_volgende":
        return b.fill(f.SENTENCES["vervang/volgende"], place=b.subject(i.places), wordt=b.verb("wordt", _plural(i)),
                      nouns=_plural_noun(i))  # fmt: skip
    if len(i.payload) > _named_units(i):
        return b.fill(f.SENTENCES["vervang/meer"], place=b.subject(i.places),
                      wordt=b.verb("wordt", _plural(i)), units=units(i))  # fmt: skip
    return b.fill(f.SENTENCES["vervang"], place=b.subject(i.places), komt=b.verb("komt", _plural(i)))


def _named_units(i: Instruction) -> int:
    """Return how many units the places name ("onder 1° en 2°": two); a range counts as many
    as it is replaced by."""
    targets = places.canonical(i.places)
    if any(t.chain and t.chain[-1].through for t in targets):
        return len(i.payload)
    return sum(max(1, len(t.chain[-1].numbers)) if t.chain else 1 for t in targets)


def _delete(i: Instruction, b: _Builder) -> tuple[Piece, ...]:
    if i.form == "in":
        return _in_form(i, b, "vervallen", "vervalt")
    if i.form == "te_vervallen":
        return b.fill(f.SENTENCES["vervallen/te"], place=b.subject(i.places), komt=b.verb("komt", _plural(i)),
                      trailing=_trailing(i.renumbering))  # fmt: skip
    if i.designation:
        return b.fill(f.SENTENCES["vervallen/aanduiding"], place=b.subject(i.places),
                      vervalt=b.verb("vervalt", True), **_designation_slots(i, b))  # fmt: skip
    return b.fill(f.SENTENCES["vervallen"], place=b.subject(i.places),
                  vervalt=b.verb("vervalt", _plural(i)), trailing=_trailing(i.renumbering))  # fmt: skip


def _in_form(i: Instruction, b: _Builder, name: str, verb: str) -> tuple[Piece, ...]:
    """Return "In <container> <verb> <sub> …": the smallest part after the verb."""
    container = Target(i.target.chain[:-1])
    sub = Target(i.target.chain[-1:])
    if not b.phrase((container,)).text:  # the container is the enclosing place: the plain form
        return _WRITERS[i.action](replace(i, form=""), b)
    slots = {"container": _with_law(b.phrase((container,)), b.context.law),
             "sub": b.phrase((sub,), relative=False).text, "trailing": _trailing(i.renumbering)}  # fmt: skip
    plural = True if i.designation else _plural(i, (sub,))
    slots[verb] = b.verb(verb, plural)
    if i.designation:
        return b.fill(f.SENTENCES[f"{name}/in/aanduiding"], **slots, **_designation_slots(i, b))
    return b.fill(f.SENTENCES[f"{name}/in"], **slots)


def _designation_slots(i: Instruction, b: _Builder) -> dict[str, str]:
    number = i.designation.rstrip(".")
    first = places.ordinal(int(number)) if number.isdigit() else number
    return {"designation": b.quote("designation", i.designation), "first": first}


def _insert(i: Instruction, b: _Builder) -> tuple[Piece, ...]:
    verb = b.verb("wordt", len(i.payload) > 1)
    position = f.POSITIONS["before" if i.before else "after"]
    onder = _onder(i, b)
    if i.form == "alfabetisch":
        into = b.opening((i.target,))
        key = "invoegen/alfabetisch" if into else "invoegen/alfabetisch/er"
        return b.fill(f.SENTENCES[key], wordt=b.verb("wordt", False), **{"in": into})
    if i.within:
        into = b.opening((i.target,))
        if onder:
            into = into[:1].lower() + into[1:].rstrip(",")
            return b.fill(f.SENTENCES["invoegen/binnen/onder"], onder=onder, wordt=verb, into=into, units=units(i))
        key = "invoegen/binnen" if into else "invoegen/er"
        return b.fill(f.SENTENCES[key], wordt=verb, units=units(i), **{"in": into})
    container = Target(i.target.chain[:-1])
    inside = i.target.unit() not in ("artikel", "hoofdstuk", "paragraaf", "afdeling", "titel", "deel", "boek") \
        and b.phrase((container,)).text  # fmt: skip
    if not inside:
        key = "invoegen/onder" if onder else "invoegen"
        return b.fill(f.SENTENCES[key], onder=onder, position=position, place=b.subject((i.target,)).rstrip(","),
                      wordt=verb, units=units(i))  # fmt: skip
    sibling = b.phrase((Target(i.target.chain[-1:]),), relative=False).text
    if onder:
        return b.fill(f.SENTENCES["invoegen/in/onder"], onder=onder, wordt=verb,
                      container=b.subject((container,)), position=position, sibling=sibling, units=units(i))  # fmt: skip
    return b.fill(f.SENTENCES["invoegen/in"], wordt=verb, position=position, sibling=sibling,
                  units=units(i), **{"in": b.opening((container,))})  # fmt: skip


def _add(i: Instruction, b: _Builder) -> tuple[Piece, ...]:
    verb = b.verb("wordt", len(i.payload) > 1)
    own = not b.phrase((i.target,)).text
    if i.sibling is not None:
        sibling = b.phrase((Target(i.sibling.chain[-1:]),), relative=False).text
        return b.fill(f.SENTENCES["toevoegen/na"], wordt=verb, sibling=sibling, units=units(i),
                      **{"in": b.opening((i.target,))})  # fmt: skip
    onder = _onder(i, b)
    if onder:
        to = "" if own else "aan " + b.subject((i.target,))
        return b.fill(f.SENTENCES["toevoegen/onder"], onder=onder, wordt=verb, to=to, units=units(i))
    if own and i.form == "toegevoegd":
        return b.fill(f.SENTENCES["toevoegen/toegevoegd"], wordt=verb, units=_ordinal_units(i))
    if own:
        return b.fill(f.SENTENCES["toevoegen/er"], wordt=verb, units=units(i))
    return b.fill(f.SENTENCES["toevoegen"], place=b.subject((i.target,)).rstrip(","), wordt=verb,
                  units=units(i))  # fmt: skip


def _renumber(i: Instruction, b: _Builder) -> tuple[Piece, ...]:
    unit = i.target.unit()
    kind = "letters" if unit in f.LETTERED_UNITS else "numbers"
    new = places.part_text(Part(unit, (i.new,)), leading=False)
    return b.fill(f.SENTENCES["vernummeren"], place=b.subject(i.places), wordt=b.verb("wordt", False),
                  renumbered=f.RENUMBERED[kind], new_number=new)  # fmt: skip


def _group(i: Instruction, b: _Builder) -> tuple[Piece, ...]:
    return b.fill(f.SENTENCES["wijzigen"], place=b.subject(i.places),
                  wordt=b.verb("wordt", _plural(i)), as_follows=b.context.style.as_follows)  # fmt: skip


def _designate(i: Instruction, b: _Builder) -> tuple[Piece, ...]:
    place = b.subject((i.target,)).rstrip(",")
    return b.fill(f.SENTENCES["aanduiding_plaatsen"], of=f"van {place}" if place else "",
                  wordt=b.verb("wordt", False), designation=b.quote("designation", i.designation))  # fmt: skip


_WRITERS: dict[Action, Callable[[Instruction, _Builder], tuple[Piece, ...]]] = {
    Action.REPLACE_WORDS: _words,
    Action.INSERT_WORDS: _words,
    Action.DELETE_WORDS: _words,
    Action.REPLACE: _replace,
    Action.INSERT: _insert,
    Action.ADD: _add,
    Action.DELETE: _delete,
    Action.RENUMBER: _renumber,
    Action.GROUP: _group,
    Action.DESIGNATE: _designate,
}


# --- clauses after "Onder" --------------------------------------------------------------------------


def _onder(i: Instruction, b: _Builder) -> str:
    """Return "onder vervanging van … en onder vernummering van …[,]", or ""."""
    clauses = [_ending(e.target, e.old, e.new, i.target, b) for e in _endings(i)]
    if i.renumbering:
        clauses.append(renumbering_clause(i.renumbering))
    if not clauses:
        return ""
    text = f.ONDER_JOIN.join(f"{f.ONDER} {c}" for c in clauses)
    return text + ("," if i.renumbering and i.renumbering.comma else "")


def _endings(i: Instruction) -> list[Ending]:
    endings = list(i.endings)
    if i.period_to_semicolon and i.payload:
        previous = Part(payload_level(i), (_previous_number(i.payload[0].number),))
        endings.insert(0, Ending(Target((*i.target.chain, previous)), ".", ";"))
    return endings


def _ending(target: Target, old: str, new: str, within: Target, b: _Builder) -> str:
    place = b.phrase((target,), within).text
    old_text = f.ENDING_WORDS[old][0] if old in f.ENDING_WORDS else b.quote("ending", old)
    new_text = f.ENDING_WORDS[new][1] if new in f.ENDING_WORDS else b.quote("ending", new)
    return f.ENDING_CLAUSE.format(old=old_text, place=place, new=new_text)


def _trailing(renumbering: Renumbering | None) -> str:
    return f", {f.ONDER} {renumbering_clause(renumbering)}" if renumbering else ""


# --- the units brought in ---------------------------------------------------------------------------


def units(i: Instruction) -> str:
    """Return the count and noun of the new units: "een lid", "vier onderdelen"."""
    count = len(i.payload)
    noun = _noun(i)
    words = places.WORDS.get(noun)
    article = words.article if words is not None else "de"  # the aanduidingen
    if words is not None:
        noun = words.count(count)
    elif count != 1:
        noun += "en"
    if i.form in f.NEW_FORMS:
        noun = f"{f.NEW_ADJECTIVE[article] if count == 1 else f.NEW_ADJECTIVE['de']} {noun}"
        if i.form == f.NEW_FORMS[1] and count == 1:
            noun += f" {getattr(i.payload[0], 'number', '')}"
    return f"{f.ARTICLES.get(count) or ids.cardinal(count)} {noun}"


def _plural_noun(i: Instruction) -> str:
    """Return the noun of the new units in the plural: "artikelen", "leden"."""
    noun = _noun(i)
    words = places.WORDS.get(noun)
    return words.count(2) if words is not None else f"{noun}en"


def _ordinal_units(i: Instruction) -> str:
    """Return the new units with the ordinal of a single new lid ("een tweede lid"), else as
    `units` does."""
    only = i.payload[0] if len(i.payload) == 1 else None
    if isinstance(only, Lid) and only.number.isdigit():
        return f"{f.ARTICLES[1]} {ids.ordinal(int(only.number))} lid"
    return units(i)


def _noun(i: Instruction) -> str:
    if not i.payload:
        return i.target.unit() or "artikel"
    first = i.payload[0]
    if isinstance(first, Division) and not first.children:
        return f.HEADING_ONLY.format(kind=first.kind)
    if isinstance(first, Item):
        return payload_level(i)
    return unit_kind(first)


def payload_level(i: Instruction) -> str:
    """Return the list level new list items take: "onderdeel", or "subonderdeel" inside one."""
    unit = i.target.unit()
    if i.action in (Action.ADD,) or i.within:
        return "subonderdeel" if unit in ("onderdeel", "subonderdeel") else "onderdeel"
    return "subonderdeel" if unit == "subonderdeel" else "onderdeel"


def _previous_number(number: str) -> str:
    if len(number) == 1 and number.isalpha() and number not in "aA":
        return chr(ord(number) - 1)
    if number.isdigit() and int(number) > 1:
        return str(int(number) - 1)
    return number

