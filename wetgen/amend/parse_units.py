"""Sentences that change units (Ar 6.9–6.18) read back into instructions: each template of
`wetgen.amend.formulas.SENTENCES` compiled into a pattern whose slots follow the grammar the
table describes, and one builder per template that turns the slots into an instruction.

The builders choose nothing that the sentence does not show; choices that only the sentence as
a whole can settle (the number of the verb against its default) are settled by
`wetgen.amend.parse` against the wording.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from wetgen import ids, places
from wetgen.amend import formulas as f
from wetgen.amend.parse_text import NoParse, Quoted, Reading
from wetgen.model import Action, Ending, Instruction, Item, Lid, Part, Renumbering, Target, Unit

HOLE = "\x02\\d+\x03"
_COUNTS = "|".join(sorted({*f.ARTICLES.values(), *(ids.cardinal(n) for n in range(1, 40))}, key=len, reverse=True))
_NOUNS = sorted({w for word in places.WORDS.values() for w in (word.singular, word.plural, word.count(2))}
                | {f"{kind}aanduiding{s}" for kind in ("hoofdstuk", "afdeling", "paragraaf", "titel", "deel", "boek")
                   for s in ("", "en")}, key=len, reverse=True)  # fmt: skip
_ORDINALS = "|".join(sorted((ids.ordinal(n) for n in range(1, 40)), key=len, reverse=True))
# The grammar of slots whose words the table fixes (the rest are places, read by wetgen.places);
# a single new lid may be named by its ordinal ("een tweede lid", the older verb-first form).
SLOT_GRAMMAR = {
    "units": rf"(?:{_COUNTS})(?: nieuwe?)?(?: (?:{_ORDINALS}))? (?:{'|'.join(re.escape(n) for n in _NOUNS)})"
             r"(?: (?=\S*\d)[0-9A-Za-z.:]+| [IVXLC]+[A-Za-z]?)?",
    "designation": HOLE,
    "onder": rf"{f.ONDER} .*?",
    "first": r"\w+",
    "trailing": rf"(?:, {f.ONDER} .*?)?",
}


def compile_template(template: str) -> re.Pattern[str]:
    """Return the pattern of a template, its fixed-word slots narrowed to their grammar."""
    pattern = f.template_pattern(template)
    for slot, grammar in SLOT_GRAMMAR.items():
        pattern = pattern.replace(f"(?P<{slot}>.*?)", f"(?P<{slot}>{grammar})")
    return re.compile(pattern, re.IGNORECASE | re.DOTALL)


PATTERNS = {name: compile_template(t) for name, t in f.SENTENCES.items()}
_PLURAL = {verb: plural for verbs in f.VERBS.values() for verb, plural in zip(verbs, (False, True), strict=True)}
_POSITIONS = {word: side for side, word in f.POSITIONS.items()}


class Slots:
    """The slots of one matched sentence, with what is needed to read them."""

    def __init__(self, m: re.Match[str], q: Quoted, reading: Reading, payload: tuple[Unit, ...], new_text: str) -> None:
        self.values = {k: v for k, v in m.groupdict().items() if v is not None}
        self.q, self.reading, self.payload, self.new_text = q, reading, payload, new_text

    def get(self, name: str) -> str:
        """Return a slot's text, "" when it is empty or absent."""
        return self.values.get(name, "")

    def places(self, name: str) -> tuple[Target, ...]:
        """Return the places a slot names, absolute."""
        return self.reading.places(self.get(name), self.q)

    def opening(self, name: str) -> Target:
        """Return the place of an "In <place>," slot ("" is the enclosing place)."""
        return self.in_place(self.get(name))

    def in_place(self, text: str) -> Target:
        """Return the place of "In <place>," or "in <place>" ("" is the enclosing place)."""
        if text and not text.lower().startswith("in "):
            raise NoParse(f"'{self.q.restore(text)}' does not start with 'In'")
        return self.reading.place(text[3:], self.q)

    def before(self) -> bool:
        """Tell whether the sentence says "voor" (before) rather than "na"."""
        return _POSITIONS.get(self.get("position").lower()) == "before"


Builder = Callable[[Slots], Instruction]
_LIST_UNITS = ("onderdeel", "subonderdeel")


def _list_payload(unit: str, payload: tuple[Unit, ...]) -> tuple[Unit, ...]:
    """Return new units numbered 1., 2. as subonderdelen where the place is a list's: a text that
    prints subonderdelen "1." reads them as leden, and only the place tells them apart."""
    if unit not in _LIST_UNITS or not payload or not all(isinstance(u, Lid) for u in payload):
        return payload
    return tuple(Item(u.number, u.text, u.items, u.key, u.loc) for u in payload)  # type: ignore[union-attr]


def _replace(s: Slots) -> Instruction:
    targets = s.places("place")
    payload = _list_payload("subonderdeel" if targets[0].unit() == "subonderdeel" else "", s.payload)
    return Instruction(Action.REPLACE, targets[0], also=targets[1:], payload=payload, new=s.new_text)


def _replace_as_follows(s: Slots) -> Instruction:
    return replace(_replace(s), form="als_volgt")


def _replace_following(s: Slots) -> Instruction:
    built = replace(_replace(s), form="de_volgende")
    if not built.payload:
        raise NoParse("'de volgende …' announces new units")
    return built


def _replace_in(s: Slots) -> Instruction:
    target = _in_target(s)
    payload = _list_payload("subonderdeel" if target.unit() == "subonderdeel" else "", s.payload)
    return Instruction(Action.REPLACE, target, payload=payload, new=s.new_text, form="in")


def _in_target(s: Slots) -> Target:
    container = s.reading.place(s.get("container"), s.q)
    sub = s.reading.part(s.get("sub"), s.q)
    if not container.chain or not sub.chain:
        raise NoParse("the 'in' order names a unit and a part of it")
    return Target((*container.chain, *sub.chain))


def _delete(s: Slots) -> Instruction:
    targets = s.places("place")
    return Instruction(Action.DELETE, targets[0], also=targets[1:], renumbering=_trailing(s.get("trailing"), s.q),
                       designation=_designation(s))  # fmt: skip


def _delete_te(s: Slots) -> Instruction:
    return replace(_delete(s), form="te_vervallen")


def _delete_in(s: Slots) -> Instruction:
    return Instruction(Action.DELETE, _in_target(s), renumbering=_trailing(s.get("trailing"), s.q),
                       designation=_designation(s), form="in")  # fmt: skip


def _designation(s: Slots) -> str:
    return s.q.hole(s.get("designation")) if s.get("designation") else ""


def _insert(s: Slots) -> Instruction:
    target = s.reading.place(s.get("place"), s.q)
    payload = _list_payload("subonderdeel" if target.unit() == "subonderdeel" else "", s.payload)
    return _with_onder(s, Instruction(Action.INSERT, target, payload=payload, before=s.before()))


def _insert_in(s: Slots) -> Instruction:
    container = s.opening("in") if "in" in s.values else s.reading.place(s.get("container"), s.q)
    sibling = s.reading.part(s.get("sibling"), s.q)
    target = Target((*container.chain, *sibling.chain))
    payload = _list_payload("subonderdeel" if target.unit() == "subonderdeel" else "", s.payload)
    return _with_onder(s, Instruction(Action.INSERT, target, payload=payload, before=s.before()))


def _insert_within(s: Slots) -> Instruction:
    if "into" in s.values:
        into = s.get("into")
        target = s.in_place(into)
    else:
        target = s.opening("in")
    return _with_onder(s, Instruction(Action.INSERT, target, payload=_list_payload(target.unit(), s.payload), within=True))


def _alphabetical(s: Slots) -> Instruction:
    return Instruction(Action.INSERT, s.opening("in"), new=s.new_text, within=True, form="alfabetisch")


def _add(s: Slots) -> Instruction:
    if "to" in s.values:
        to = s.get("to")
        if to and not to.lower().startswith("aan "):
            raise NoParse("a place a unit is added to follows 'aan'")
        target = s.reading.place(to[4:], s.q)
    else:
        target = s.reading.place(s.get("place"), s.q)
    return _with_onder(s, Instruction(Action.ADD, target, payload=_list_payload(target.unit(), s.payload)))


def _add_verb_first(s: Slots) -> Instruction:
    return replace(_add(s), form="toegevoegd")


def _add_after(s: Slots) -> Instruction:
    target = s.opening("in")
    sibling = places.absolute(s.reading.part(s.get("sibling"), s.q), target)
    return Instruction(Action.ADD, target, payload=_list_payload(target.unit(), s.payload), sibling=sibling)


def _renumber(s: Slots) -> Instruction:
    targets = s.places("place")
    new = s.reading.part(s.get("new_number"), s.q)
    if len(new.chain) != 1 or len(new.chain[0].numbers) != 1:
        raise NoParse(f"'{s.get('new_number')}' is not one new number")
    return Instruction(Action.RENUMBER, targets[0], also=targets[1:], new=new.chain[0].number)


def _group(s: Slots) -> Instruction:
    targets = s.places("place")
    if s.get("as_follows").lower() != s.reading.style.as_follows:
        raise NoParse(f"the bill writes '{s.reading.style.as_follows}'")
    return Instruction(Action.GROUP, targets[0], also=targets[1:])


def _designate(s: Slots) -> Instruction:
    of = s.get("of")
    if of and not of.lower().startswith("van "):
        raise NoParse("the unit that gets a designation follows 'van'")
    target = s.reading.place(of[4:], s.q)
    return Instruction(Action.DESIGNATE, target, designation=s.q.hole(s.get("designation")))


BUILDERS: dict[str, Builder] = {
    "vervang": _replace, "vervang/in": _replace_in, "vervang/meer": _replace, "vervang/als_volgt": _replace_as_follows,
    "vervang/volgende": _replace_following,
    "vervallen": _delete, "vervallen/te": _delete_te, "vervallen/in": _delete_in, "vervallen/aanduiding": _delete,
    "vervallen/in/aanduiding": _delete_in,
    "invoegen": _insert, "invoegen/onder": _insert, "invoegen/in": _insert_in, "invoegen/in/onder": _insert_in,
    "invoegen/binnen": _insert_within, "invoegen/binnen/onder": _insert_within, "invoegen/er": _insert_within,
    "invoegen/alfabetisch": _alphabetical, "invoegen/alfabetisch/er": _alphabetical,
    "toevoegen": _add, "toevoegen/onder": _add, "toevoegen/er": _add, "toevoegen/na": _add_after,
    "toevoegen/toegevoegd": _add_verb_first,
    "vernummeren": _renumber, "wijzigen": _group, "aanduiding_plaatsen": _designate,
}  # fmt: skip


def verb_plural(m: re.Match[str]) -> bool | None:
    """Return whether the sentence's verb is plural, None when it has none."""
    for name in f.VERBS:
        verb = m.groupdict().get(name)
        if verb:
            return _PLURAL[verb.lower()]
    return None


# --- the clauses after "Onder", and after "vervalt," --------------------------------------------

_RENUMBER = re.compile(
    f.template_pattern(f.RENUMBER_CLAUSE).replace(" tot(?: |: )", " tot (?!en met )").replace(
        "(?P<noun>.*?)", f"(?P<noun>{'|'.join(f.RENUMBER_NOUNS.values())})"), re.IGNORECASE | re.DOTALL)  # fmt: skip
_ENDING = re.compile(f.template_pattern(f.ENDING_CLAUSE), re.IGNORECASE | re.DOTALL)
_ENDING_OLD = {words[0]: char for char, words in f.ENDING_WORDS.items()}
_ENDING_NEW = {words[1]: char for char, words in f.ENDING_WORDS.items()}


def _trailing(text: str, q: Quoted) -> Renumbering | None:
    """Return the renumbering of ", onder vernummering van …" after "vervalt", or None."""
    if not text:
        return None
    head = f", {f.ONDER} "
    if not text.lower().startswith(head):
        raise NoParse(f"'{q.restore(text)}' after 'vervalt' is no renumbering")
    return renumbering(text[len(head) :], q)


def _with_onder(s: Slots, instruction: Instruction) -> Instruction:
    """Return the instruction with the renumbering and changed endings of its "Onder …" clauses."""
    text = s.get("onder")
    if not text:
        return instruction
    comma = text.endswith(",")
    clauses = re.split(rf"{re.escape(f.ONDER_JOIN)}{f.ONDER} ", text.rstrip(",")[len(f.ONDER) + 1 :], flags=re.IGNORECASE)
    found: Renumbering | None = None
    endings: list[Ending] = []
    for clause in clauses:
        if _RENUMBER.fullmatch(clause):
            if found is not None:
                raise NoParse("two renumberings in one sentence")
            found = renumbering(clause, s.q)
        else:
            endings.append(_ending(clause, s.q, s.reading, instruction.target))
    if comma and found is None:
        raise NoParse("a comma after 'Onder …' goes with a renumbering")
    if found is not None and comma:
        found = Renumbering(found.unit, found.old, found.new, found.article, found.repeat, True)
    return replace(instruction, renumbering=found, endings=tuple(endings))


def renumbering(text: str, q: Quoted) -> Renumbering:
    """Return the renumbering of "vernummering van het vierde lid tot derde lid", also of more
    runs ("…, en van het tiende tot en met dertiende lid tot het elfde tot en met veertiende lid")."""
    first, *more = re.split(_MORE_RUNS, text.strip())
    found = _one_renumbering(first, q)
    for run in more:
        further = _one_renumbering(f"{first.split(' ', 1)[0]} van {run}", q)
        if further.unit != found.unit:
            raise NoParse(f"'{q.restore(run)}' renumbers another kind of unit")
        found = replace(found, old=found.old + further.old, new=found.new + further.new)
    return found


_MORE_RUNS = re.escape(f.RENUMBER_MORE.split("{old}")[0]).replace(r"\ ", r"\s+")


def _one_renumbering(text: str, q: Quoted) -> Renumbering:
    m = _RENUMBER.fullmatch(text.strip())
    if m is None:
        raise NoParse(f"'{q.restore(text)}' is no renumbering")
    old_text, new_text = m.group("old"), m.group("new")
    old = _one_part(old_text, q)
    kind = "letters" if old.unit in f.LETTERED_UNITS else "numbers"
    if m.group("noun").lower() != f.RENUMBER_NOUNS[kind]:
        raise NoParse(f"'{m.group('noun')}' does not go with {old.unit}")
    word = places.WORDS[old.unit]
    try:
        new = _one_part(new_text, q)
        named = True
    except NoParse:
        new = _one_part(f"{word.plural if ' en ' in new_text or ' tot ' in new_text else word.singular} {new_text}", q)
        named = False
    if new.unit != old.unit:
        raise NoParse(f"'{new_text}' renumbers into another kind of unit")
    # the article shows only before an ordinal ("het vierde lid") or a plural ("de onderdelen")
    shown = word.ordinal or old.is_plural or old.through
    article = old_text.split(" ", 1)[0].lower() in ("de", "het") or not shown
    leading = new_text.split(" ", 1)[0].lower() in ("de", "het")
    repeat = (named and not word.ordinal) or (word.ordinal and leading)
    return Renumbering(old.unit, _numbers(old), _numbers(new), article, repeat and (article or not word.ordinal))


def _one_part(text: str, q: Quoted) -> Part:
    try:
        found = places.parse(q.restore(text))
    except places.PlaceError as exc:
        raise NoParse(str(exc)) from None
    if len(found) != 1 or len(found[0].chain) != 1:
        raise NoParse(f"'{text}' is not one list of units")
    return found[0].chain[0]


def _numbers(part: Part) -> tuple[str, ...]:
    """Return the numbers of a part, a range ("c tot en met f") written out."""
    if not part.through:
        return part.numbers
    first, last = part.numbers
    if first.isdigit() and last.isdigit() and int(first) < int(last):
        return tuple(str(n) for n in range(int(first), int(last) + 1))
    if len(first) == len(last) == 1 and first.isalpha() and first < last and first.islower() == last.islower():
        return tuple(chr(c) for c in range(ord(first), ord(last) + 1))
    raise NoParse(f"cannot count from {first} to {last}")


def _ending(clause: str, q: Quoted, reading: Reading, within: Target) -> Ending:
    m = _ENDING.fullmatch(clause)
    if m is None:
        raise NoParse(f"'{q.restore(clause)}' is neither a renumbering nor a changed ending")
    old = _ENDING_OLD.get(m.group("old").lower()) or q.hole(m.group("old"))
    new = _ENDING_NEW.get(m.group("new").lower()) or q.hole(m.group("new"))
    place = reading.part(m.group("place"), q)
    return Ending(places.absolute(place, within), old, new)
