"""The formulas of wijzigingsopdrachten (Ar 6.9–6.18, 6.34) as data: every fixed word a
generated sentence contains, and nothing else.

`wetgen.amend.sentences` fills these templates; a parser reads a published sentence back by
compiling the same templates (fixed text literal, each slot a group with the grammar below).
Templates are `str.format` strings. Slots:

    {place}    a place phrase (wetgen.places), capitalised when it starts the sentence; with a
               law named inline it is "<place>[,] van <law>" (the comma when the place ends a
               comma chain: "artikel 44, derde lid, tweede volzin, van de Wet …")
    {in}       "In <place>," (the comma as above; none after a law named inline)
    {container} {sub}  the place split for the "in" form: "In <container> vervalt <sub>"
    {sibling}  the neighbour a new unit goes after or before: "het tweede lid", "onderdeel i"
    {wordt} {vervalt} {komt}  a verb of VERBS, singular or plural with its subject
    {old} {new} {anchor} {designation}  quoted words, between the bill's quotation marks
    {noun}     "" or a noun before the quoted words with a space: "de zinsnede "
    {telkens}  "" or "telkens " (every occurrence in the place; without it, one)
    {units}    a count and a noun: "een lid", "twee artikelen", "een paragraafaanduiding"
    {onder}    the leading clauses "Onder vernummering van … en onder vervanging van …" (with a
               comma after them when the renumbering asks for one)
    {trailing} "" or ", onder vernummering van …" at the end of a deleting sentence
    {position} "na" or "voor"; {into} "" or "in <place>"; {to} "" or "aan <place>[,]"
    {of}       "" or "van <place>"; {first} the ordinal of the lid whose designation goes
    {renumbered} {new_number}  "vernummerd"/"verletterd" and the new designation
    {as_follows}  "als volgt gewijzigd" or, in older bills, "gewijzigd als volgt"

The colon form (older bills): new words that end a sentence follow a colon, unquoted, so
"vervangen door {new}." reads "vervangen door: b." (the slot then carries ": b" and the space
before it goes). Spaces around empty slots collapse; the first letter is capitalised.
"""

from __future__ import annotations

import re

# Verbs agree with their subject: (singular, plural).
VERBS = {"wordt": ("wordt", "worden"), "vervalt": ("vervalt", "vervallen"), "komt": ("komt", "komen")}
VERB_FORMS = "|".join(form for forms in VERBS.values() for form in forms)  # a regex alternation

# --- changes of words: clauses, joined by " en " after one opening "In <place>" ---------------
WORD_CLAUSES = {
    "vervang_woorden": "{wordt} {noun}{old} {telkens}vervangen door {new}",
    "voeg_woorden_in": "{wordt} {telkens}{position} {anchor} ingevoegd {new}",
    "schrap_woorden": "{vervalt} {telkens}{noun}{old}",
    # with a noun for the new words, as older bills: "wordt na «x» een zinsnede ingevoegd, luidende: y"
    "voeg_woorden_in/luidende": "{wordt} {telkens}{position} {anchor} {noun}ingevoegd, luidende: {new}",
}
# The first clause when the place is the enclosing one and the sentence names no place.
BARE_WORD_CLAUSES = {
    "vervang_woorden": "{noun}{old} {wordt} {telkens}vervangen door {new}",
    "voeg_woorden_in": "{position} {anchor} {wordt} {telkens}ingevoegd {new}",
    "schrap_woorden": "{noun}{old} {vervalt}",
}
WORD_SENTENCE = "{in} {clauses}."
CLAUSE_JOIN = " en "  # before the last clause; the ones before it are joined by ", "
WORD_POSITIONS = {"after": "na", "before": "voor"}
TELKENS = "telkens"

# --- changes of units ---------------------------------------------------------------------------
SENTENCES = {
    # komt te luiden (Ar 6.9)
    "vervang": "{place} {komt} te luiden:",
    # `vorm: als_volgt`, as many bills write it: Stb. 1999, 243
    "vervang/als_volgt": "{place} {komt} als volgt te luiden:",
    "vervang/in": "In {container} {komt} {sub} te luiden:",
    "vervang/meer": "{place} {wordt} vervangen door {units}, {luidende}:",
    # `vorm: de_volgende`, the older wording: "Artikel 1638c wordt vervangen door de volgende artikelen:"
    "vervang/volgende": "{place} {wordt} vervangen door de volgende {nouns}:",
    # vervallen (Ar 6.12, 6.18)
    "vervallen": "{place} {vervalt}{trailing}.",
    # `vorm: te_vervallen`, the older wording: "De tweede volzin komt te vervallen." (Stb. 1999, 243)
    "vervallen/te": "{place} {komt} te vervallen{trailing}.",
    "vervallen/in": "In {container} {vervalt} {sub}{trailing}.",
    "vervallen/aanduiding": "{place} alsmede de aanduiding {designation} voor het {first} lid {vervalt}.",
    "vervallen/in/aanduiding": (
        "In {container} {vervalt} {sub} alsmede de aanduiding {designation} voor het {first} lid."
    ),
    # invoegen (Ar 6.11): next to a unit, next to a unit inside another, or into a unit
    "invoegen": "{position} {place} {wordt} {units} ingevoegd, {luidende}:",
    "invoegen/onder": "{onder} {wordt} {position} {place} {units} ingevoegd, {luidende}:",
    "invoegen/in": "{in} {wordt} {position} {sibling} {units} ingevoegd, {luidende}:",
    "invoegen/in/onder": "{onder} {wordt} in {container} {position} {sibling} {units} ingevoegd, {luidende}:",
    "invoegen/binnen": "{in} {wordt} {units} ingevoegd, {luidende}:",
    "invoegen/binnen/onder": "{onder} {wordt} {into} {units} ingevoegd, {luidende}:",
    "invoegen/er": "Er {wordt} {units} ingevoegd, {luidende}:",
    # begripsomschrijvingen, followed by the new ones (a text, not numbered units)
    "invoegen/alfabetisch": "{in} {wordt} in de alfabetische volgorde ingevoegd:",
    "invoegen/alfabetisch/er": "In de alfabetische volgorde {wordt} ingevoegd:",
    # toevoegen (Ar 6.11, 6.18): at the end of a unit
    "toevoegen": "Aan {place} {wordt} {units} toegevoegd, {luidende}:",
    "toevoegen/onder": "{onder} {wordt} {to} {units} toegevoegd, {luidende}:",
    "toevoegen/er": "Er {wordt} {units} toegevoegd, {luidende}:",
    # the older word order (`vorm: toegevoegd`), the new lid named by its ordinal: Stb. 1995, 355
    "toevoegen/toegevoegd": "Toegevoegd {wordt} {units}, {luidende}:",
    "toevoegen/na": "{in} {wordt} na {sibling} {units} toegevoegd, {luidende}:",
    # vernummeren (Ar 6.18)
    "vernummeren": "{place} {wordt} {renumbered} tot {new_number}.",
    # the changes of one place, numbered below it (Ar 6.15)
    "wijzigen": "{place} {wordt} {as_follows}:",
    # Ar 6.18, derde lid
    "aanduiding_plaatsen": "Voor de tekst {of} {wordt} de aanduiding {designation} geplaatst.",
}
POSITIONS = {"after": "na", "before": "voor"}
# how a sentence announces its new units (Style.luidende): the form for one unit and for more
LUIDENDE_FORMS = {"luidende": ("luidende", "luidende"), "dat luidt": ("dat luidt", "die luiden")}

# --- renumbering and changed endings, the clauses after "Onder" -----------------------------------
ONDER = "onder"  # before each clause: "Onder vervanging van … en onder vernummering van …"
ONDER_JOIN = " en "
RENUMBER_CLAUSE = "{noun} van {old} tot {new}"
RENUMBER_MORE = ", en van {old} tot {new}"  # a second run: "…, en van het tiende tot en met dertiende lid tot …"
RENUMBER_NOUNS = {"letters": "verlettering", "numbers": "vernummering"}
RENUMBERED = {"letters": "verletterd", "numbers": "vernummerd"}
LETTERED_UNITS = ("onderdeel",)  # renumbered with letters; all other units with numbers
ENDING_CLAUSE = "vervanging van {old} aan het slot van {place} door {new}"
# An ending named by a word (old: "de punt", new: "een puntkomma"); any other is quoted.
ENDING_WORDS = {
    ".": ("de punt", "een punt"),
    ";": ("de puntkomma", "een puntkomma"),
    ",": ("de komma", "een komma"),
    ":": ("de dubbele punt", "een dubbele punt"),
}

# --- units brought in: "een lid", "twee artikelen", "een paragraafaanduiding" --------------------
HEADING_ONLY = "{kind}aanduiding"  # a division inserted without articles: only its heading
ARTICLES = {1: "een"}  # counts above one are cardinal words (wetgen.ids.cardinal)
# `vorm: nieuw`: "een nieuw lid", "twee nieuwe artikelen"; `vorm: nieuw_nummer` names the one new
# unit's number after it, "een nieuw artikel 32a" (Stb. 2005, 534)
NEW_ADJECTIVE = {"het": "nieuw", "de": "nieuwe"}  # of one unit, by its article; of more, "nieuwe"
NEW_FORMS = ("nieuw", "nieuw_nummer")

# --- the opening line of an amending article ----------------------------------------------------
AS_FOLLOWS = ("als volgt gewijzigd", "gewijzigd als volgt")
INTRO = "{law} {wordt} {as_follows}:"
# The older opening many bills in force still have (read and kept as written; wetgen writes the one above).
CHANGES_INTROS = ("In {law} {wordt} de volgende wijzigingen aangebracht:", "In {law} {wordt} de volgende wijziging aangebracht:")
# Ar 6.34: a novelle changes a bill that is not yet law.
NOVELLE_INTRO = (
    "Indien het bij koninklijke boodschap van {date} ingediende voorstel van wet {subject} "
    "(Kamerstukken {kamerstukken}) tot wet wordt verheven, wordt die wet {as_follows}:"
)

# --- the labels of numbered changes under "… wordt als volgt gewijzigd:" (Ar 6.15) --------------
# Depth 1 is numbered 1., 2., …, depth 2 lettered a., b., …, and so on alternately.
NUMBERED_LABEL = "{n}."


# --- reading the table back ------------------------------------------------------------------------

_SLOT = re.compile(r"\{(\w+)\}")
# Slots that take one of a few fixed words, and slots that may be empty (the space beside them
# then goes too, as the sentence writer prints it).
SLOT_WORDS = {
    "as_follows": AS_FOLLOWS,
    "position": tuple(POSITIONS.values()),
    "renumbered": tuple(RENUMBERED.values()),
    "telkens": (f"{TELKENS} ",),
    "luidende": ("luidende", "dat luidt", "die luiden"),
}
OPTIONAL_SLOTS = {"onder", "trailing", "in", "into", "to", "of", "noun", "telkens", "place"}


def template_pattern(template: str, named: bool = True) -> str:
    """Return a regular expression (source) that matches what a template prints: fixed words
    literally, a verb as its two forms, a word slot as its words, any other slot as a lazy
    (named) group; an optional slot may be empty, with the space beside it."""
    out, at, seen = [], 0, set()
    for m in _SLOT.finditer(template):
        name = m.group(1)
        before = _literal(template[at : m.start()])
        if name in OPTIONAL_SLOTS and before.endswith(" "):
            before = before[:-1] + " ?"
        elif name == "new" and before.endswith(" "):
            before = before[:-1] + "(?: |: )"  # the colon form: "vervangen door: b."
        out.append(before)
        choices = VERBS.get(name) or SLOT_WORDS.get(name)
        body = "|".join(re.escape(c) for c in choices) if choices else ".*?"
        group = f"(?P<{name}>" if named and name not in seen else "(?:"
        seen.add(name)
        out.append(f"{group}{body}){'?' if name in OPTIONAL_SLOTS and choices else ''}")
        at = m.end()
    out.append(_literal(template[at:]))
    return "".join(out)


def _literal(text: str) -> str:
    return re.escape(text).replace("\\ ", " ")


def sentence_patterns() -> dict[str, re.Pattern[str]]:
    """Return a compiled pattern per formula: the unit changes of SENTENCES, and "woorden" for a
    sentence of word changes (an opening, then clauses joined by " en ")."""
    clause = "|".join(f"(?:{template_pattern(t, named=False)})"
                      for t in (*WORD_CLAUSES.values(), *BARE_WORD_CLAUSES.values()))  # fmt: skip
    words = rf"(?:In (?P<place>.*?) )?(?:{clause})(?:(?:, |{re.escape(CLAUSE_JOIN)})(?:{clause}))*\."
    patterns = {name: re.compile(template_pattern(t), re.IGNORECASE) for name, t in SENTENCES.items()}
    patterns["woorden"] = re.compile(words, re.IGNORECASE)
    return patterns
