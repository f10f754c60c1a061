"""Sentences that change words (Ar 6.9, 6.11, 6.12) read back into instructions: "In <place>,"
and clauses joined by ", " and " en ", each clause matched against the templates of
`wetgen.amend.formulas` (WORD_CLAUSES, and BARE_WORD_CLAUSES for a first clause without place).
"""

from __future__ import annotations

import re

from wetgen.amend import formulas as f
from wetgen.amend.parse_text import NoParse, Quoted, Reading
from wetgen.model import Action, Instruction, Target

_VERBS = "|".join(re.escape(v) for name in ("wordt", "vervalt") for v in f.VERBS[name])
# "In <place>," before the clauses: the place ends before the first clause's verb.
_OPENING = re.compile(rf"In (?P<place>.+?),? (?P<clauses>(?:{_VERBS}) .*)\.", re.IGNORECASE | re.DOTALL)
# A further clause starts with its verb after ", " or " en " (f.CLAUSE_JOIN).
_JOIN = re.compile(rf"(, |{re.escape(f.CLAUSE_JOIN)})(?=(?:{_VERBS}) )")
_CLAUSES = {name: re.compile(f.template_pattern(t), re.IGNORECASE | re.DOTALL) for name, t in f.WORD_CLAUSES.items()}
_BARE = {name: re.compile(f.template_pattern(t), re.IGNORECASE | re.DOTALL) for name, t in f.BARE_WORD_CLAUSES.items()}
_POSITION = {word: side for side, word in f.WORD_POSITIONS.items()}


def parse_words(q: Quoted, reading: Reading) -> Instruction:
    """Return the instruction of a sentence of word changes; raise NoParse if it is none."""
    text = q.text.strip()
    opening = _OPENING.fullmatch(text)
    if opening is not None:
        targets = reading.places(opening.group("place"), q)
        clauses = _JOIN.split(opening.group("clauses"))
        tables = [_CLAUSES] * len(clauses)
    elif text.endswith("."):
        targets = reading.places("", q)
        clauses = _JOIN.split(text[:-1])
        tables = [_BARE, *[_CLAUSES] * len(clauses)]
    else:
        raise NoParse("a change of words ends with a full stop")
    read = _clauses(clauses, tables, q, reading)
    first, joined = read[0], tuple(read[1:])
    return Instruction(first.action, targets[0], old=first.old, new=first.new, anchor=first.anchor,
                       before=first.before, every=first.every, words_noun=first.words_noun,
                       colon=first.colon, also=targets[1:], joined=joined)  # fmt: skip


def _clauses(parts: list[str], tables: list[dict[str, re.Pattern[str]]], q: Quoted, reading: Reading) -> list[Instruction]:
    """Read the clauses split at their joins (`parts` alternates clauses and joins); when that
    fails, the last clause may be new words after a colon that hold a join themselves."""
    clauses = parts[::2]
    for keep in range(len(clauses), 0, -1):
        head = clauses[: keep - 1]
        tail = "".join(parts[2 * (keep - 1) :])
        try:
            return [_clause(c, tables[n], q, reading, n == keep - 1) for n, c in enumerate([*head, tail])]
        except NoParse:
            if keep == 1:
                raise
    raise NoParse("no clauses")


def _clause(text: str, table: dict[str, re.Pattern[str]], q: Quoted, reading: Reading, last: bool) -> Instruction:
    errors = []
    for name, pattern in table.items():
        m = pattern.fullmatch(text)
        if m is None:
            continue
        try:
            return _instruction(name, m, q, reading, last)
        except NoParse as exc:
            errors.append(str(exc))
    raise NoParse(errors[0] if errors else f"'{q.restore(text)}' is no change of words")


def _instruction(name: str, m: re.Match[str], q: Quoted, reading: Reading, last: bool) -> Instruction:
    slots = m.groupdict()
    action = Action(name.split("/")[0])
    if any(v for k, v in slots.items() if k in ("wordt", "vervalt") and v and v.lower() != k):
        raise NoParse("a change of words takes the singular verb")
    noun, old, anchor = "", "", ""
    if "old" in slots:
        noun, old = _noun_and_words(slots.get("noun") or "", slots["old"], q)
    if "anchor" in slots:
        anchor, noun = _words_and_noun(slots["anchor"], slots.get("noun") or "", q)
    new, colon = "", None
    if "new" in slots:
        new, colon = _new(m, q, reading, last, luidende=name.endswith("/luidende"))
    if name.endswith("/luidende") and not noun:
        raise NoParse("'ingevoegd, luidende:' names the new words ('een zinsnede')")
    return Instruction(action, Target(), old=old, new=new, anchor=anchor,
                       before=_POSITION.get((slots.get("position") or "").lower()) == "before",
                       every=bool(slots.get("telkens")), words_noun=noun, colon=colon)  # fmt: skip


def _noun_and_words(noun: str, old: str, q: Quoted) -> tuple[str, str]:
    """Split "de zinsnede «x»" into its noun and its quoted words (the hole at the end)."""
    text = f"{noun}{old}".strip()
    head, _, hole = text.rpartition(" ")
    words = q.hole(hole or text)
    noun = head.strip() if hole else ""
    if re.search(r"(?:^|\s)van$", noun, re.I):  # "de omschrijving van «x»" names a place, not words
        raise NoParse(f"'{noun} «…»' names a unit, not words")
    return noun[:1].lower() + noun[1:], words  # the sentence's capital is not the noun's


def _words_and_noun(anchor: str, noun: str, q: Quoted) -> tuple[str, str]:
    """Split "«x» een zinsnede" (after "na") into the quoted words and the noun after them."""
    text = f"{anchor} {noun}".strip()
    hole, _, rest = text.partition(" ")
    return q.hole(hole), rest.strip()


def _new(m: re.Match[str], q: Quoted, reading: Reading, last: bool, luidende: bool) -> tuple[str, bool | None]:
    """Return the new words and the colon flag: None when the sentence follows the bill's style."""
    raw = m.group("new")
    before = m.string[max(m.start("new") - 2, 0) : m.start("new")]
    quoted_form = re.fullmatch("\x02\\d+\x03", raw.strip()) is not None
    colon = (before == ": " and not quoted_form) if not luidende else not quoted_form
    if colon and not last:
        raise NoParse("only the last change of a sentence puts its new words after a colon")
    words = q.restore(raw) if colon else q.hole(raw)
    if not last:
        return words, None
    return words, (None if colon == reading.style.colon else colon)
