"""The JSON Schema of the draft format, built from the loader's own key tables so the two agree.

`python -m wetgen.draft_schema` prints it; the copy shipped in wetgen/schema/ is kept current by
a test.
"""

from __future__ import annotations

import json
from typing import Any

from wetgen.formulas import MONARCHS
from wetgen.loader.keys import (
    ALL_INSTRUCTION_KEYS,
    AMENDING_ONDERDEEL_KEYS,
    ARTICLE_KEYS,
    ARTICLES_OF_LAWS,
    BILL_KEYS,
    DIVISION_KEYS,
    ENDING_KEYS,
    FORMULIER_KEYS,
    FORMULIER_VALUES,
    INSTRUCTION_VALUES,
    JOINED_KEYS,
    LAW_KEYS,
    LID_KEYS,
    RENUMBERING_KEYS,
    VERSION_KEYS,
    VORMGEVING_KEYS,
    WORD_ACTION_VALUES,
)
from wetgen.model import DIVISION_KINDS, UNITS, Action, Stage

# Editors read YAML with its usual types; the loader turns every scalar into a string.
SCALAR = {"type": ["string", "number", "boolean", "null"]}
DESCRIPTIONS = {
    "opschrift": "The subject of the bill or the heading of an article.",
    "citeertitel": "The short title; also in the citeertitel article (Ar 4.25).",
    "nummer": "Optional: derived from the position when left out.",
    "key": "A stable name that survives renumbering.",
    "tekst": "The text; with onderdelen, the aanhef of the list.",
    "toelichting": "Markdown: the explanation of this unit (on the bill: the file of the algemeen deel).",
    "wijzigt": "Makes this an amending article: the law it amends.",
    "actie": "What the wijzigingsopdracht does.",
    "formulier": "The fixed wording around the articles: wet or rijkswet, the monarch, voorstel or Staatsblad.",
    "vormgeving": "How the wijzigingsopdrachten print: quotation marks, the older colon form.",
    "inleiding": "The opening of an amending article: 'standaard', or the drafter's own text.",
    "lidwoord": "The word the law's name takes in a sentence: de, het or geen.",
    "doel": "A place: 'artikel 12, eerste lid', 'de artikelen 3 en 5', a mapping of units, or a list.",
    "oud": "The quoted words, literal: spaces and quotation marks are kept.",
    "nieuw": "The new quoted words (literal), or the new text of a volzin, aanhef or opschrift.",
    "telkens": "ja: every occurrence of the words in the place.",
    "komma_voor_werkwoord": "ja: a comma before the verb, as some published bills write "
                            "('In artikel 39 van de Algemene nabestaandenwet, wordt …').",
    "en": "More changes of words of the same place, in the same sentence.",
    "wijzigingen": "The changes of the place, numbered under '… wordt als volgt gewijzigd:'.",
    "vorm": "'in': 'In het eerste lid vervalt onderdeel b' instead of 'Het eerste lid, onderdeel b, vervalt'; "
            "'toegevoegd': 'Toegevoegd wordt een tweede lid, luidende:'; "
            "'als_volgt': 'Artikel 33 komt als volgt te luiden:'; "
            "'nieuw': 'een nieuw artikel'; 'nieuw_nummer': 'een nieuw artikel 32a'.",
    "getal": "enkelvoud or meervoud: the verb, against the default.",
    "benaming": "A noun before the quoted words: 'de zinsnede'.",
}


def _object(keys: dict[str, bool], overrides: dict[str, Any]) -> dict[str, Any]:
    properties = {k: overrides.get(k, {**SCALAR, **_described(k)}) for k in keys}
    return {
        "type": "object",
        "properties": properties,
        "required": [k for k, required in keys.items() if required],
        "additionalProperties": False,
    }


def _described(key: str) -> dict[str, str]:
    return {"description": DESCRIPTIONS[key]} if key in DESCRIPTIONS else {}


def _list_of(ref: str) -> dict[str, Any]:
    return {"type": "array", "items": {"$ref": f"#/$defs/{ref}"}}


def draft_schema() -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of a wetgen draft."""
    one_place = {"oneOf": [{"type": "string"}, {"type": "object", "properties": {
        k: SCALAR for k in UNITS if " " not in k}, "additionalProperties": False}]}  # fmt: skip
    place = {"anyOf": [one_place, {"type": "array", "items": one_place}], **_described("doel")}
    flag = {"enum": ["ja", "nee", "yes", "no", "true", "false", True, False]}
    choices = {"type": "array", "items": SCALAR}
    defs: dict[str, Any] = {
        "bill": _object(BILL_KEYS, {
            "versie": {"$ref": "#/$defs/versie"},
            "ondertekenaars": {"type": "array", "items": SCALAR},
            "considerans": {"type": "array", "items": SCALAR},
            "artikelen": _list_of("articleOrDivision"),
            "formulier": {"$ref": "#/$defs/formulier"},
            "vormgeving": {"$ref": "#/$defs/vormgeving"},
        }),  # fmt: skip
        "versie": _object(VERSION_KEYS, {"fase": {"enum": [s.value for s in Stage]}}),
        "formulier": _object(FORMULIER_KEYS, {
            **{k: {"enum": list(v)} for k, v in FORMULIER_VALUES.items()},
            "vorst": {"enum": list(MONARCHS)}, "komma": flag, "publicatiebladen": choices,
        }),  # fmt: skip
        "vormgeving": _object(VORMGEVING_KEYS, {"dubbele_punt": flag, "letterpunt": flag,
                                                "als_volgt": {"enum": ["als volgt gewijzigd", "gewijzigd als volgt"]},
                                                "luidende": {"enum": ["luidende", "dat luidt"]}}),  # fmt: skip
        "law": _object(LAW_KEYS, {"artikelen": choices, "lidwoord": {"enum": list(ARTICLES_OF_LAWS)}}),
        "article": _object(ARTICLE_KEYS, {
            "leden": _list_of("lid"),
            "onderdelen": {"type": "array", "items": {"anyOf": [{"$ref": "#/$defs/lid"},
                                                                {"$ref": "#/$defs/amendingOnderdeel"}]}},
            "wijzigt": {"$ref": "#/$defs/law"},
        }),  # fmt: skip
        "lid": {"anyOf": [SCALAR, _object(LID_KEYS, {"onderdelen": _list_of("lid")})]},
        "amendingOnderdeel": _object(AMENDING_ONDERDEEL_KEYS, {"wijzigingen": _list_of("instruction")}),
        "instruction": _object({k: k == "actie" for k in ALL_INSTRUCTION_KEYS}, {
            "actie": {"enum": [a.value for a in Action], **_described("actie")},
            "doel": place, "aan": place, "in": place,
            "voor": {"anyOf": [place, SCALAR]}, "na": {"anyOf": [place, SCALAR]},
            "artikelen": _list_of("articleOrDivision"),
            "leden": _list_of("lid"),
            "onderdelen": _list_of("lid"),
            "vernummering": {"anyOf": [{"type": "array", "items": _object({"van": True, "naar": True}, {})},
                                       _object(RENUMBERING_KEYS, {"van": {"anyOf": [SCALAR, choices]},
                                                                  "naar": {"anyOf": [SCALAR, choices]},
                                                                  "lidwoord": flag, "herhaal": flag, "komma": flag})]},
            "slot_vervangen": {"type": "array", "items": _object(ENDING_KEYS, {"doel": place})},
            "telkens": {**flag, **_described("telkens")}, "dubbele_punt": flag, "slotpunt_wordt_puntkomma": flag,
            "komma_voor_werkwoord": {**flag, **_described("komma_voor_werkwoord")},
            "vorm": {"enum": list(INSTRUCTION_VALUES["vorm"]), **_described("vorm")},
            "getal": {"enum": list(INSTRUCTION_VALUES["getal"]), **_described("getal")},
            "en": {"type": "array", "items": _object(JOINED_KEYS, {
                "actie": {"enum": list(WORD_ACTION_VALUES)}, "telkens": flag, "dubbele_punt": flag}),
                **_described("en")},
            "wijzigingen": {**_list_of("instruction"), **_described("wijzigingen")},
        }),  # fmt: skip
        "articleOrDivision": {"anyOf": [{"$ref": "#/$defs/article"},
                                        *({"$ref": f"#/$defs/{kind}"} for kind in DIVISION_KINDS)]},  # fmt: skip
    }
    for kind in DIVISION_KINDS:
        defs[kind] = _object({kind: True, **DIVISION_KEYS}, {"artikelen": _list_of("articleOrDivision")})
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://wetgen.invalid/schema/draft.schema.json",
        "title": "wetgen draft (wetsvoorstel)",
        "type": "object",
        "properties": {"wetsvoorstel": {"$ref": "#/$defs/bill"}},
        "required": ["wetsvoorstel"],
        "additionalProperties": False,
        "$defs": defs,
    }


def schema_json() -> str:
    """Return the schema as the text of the shipped file."""
    return json.dumps(draft_schema(), ensure_ascii=False, indent=2) + "\n"


if __name__ == "__main__":
    print(schema_json(), end="")
