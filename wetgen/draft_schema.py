"""The JSON Schema of the draft format, built from the loader's own key tables so the two agree.

`python -m wetgen.draft_schema` prints it; the copy shipped in wetgen/schema/ is kept current by
a test.
"""

from __future__ import annotations

import json
from typing import Any

from wetgen.loader import (
    ALL_INSTRUCTION_KEYS,
    AMENDING_ONDERDEEL_KEYS,
    ARTICLE_KEYS,
    BILL_KEYS,
    DIVISION_KEYS,
    LAW_KEYS,
    LID_KEYS,
    VERSION_KEYS,
)
from wetgen.model import DIVISION_KINDS, Action, Stage, Target

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
    place = {"oneOf": [{"type": "string"}, {"type": "object", "properties": {
        k: SCALAR for k in Target.__dataclass_fields__}, "additionalProperties": False}]}  # fmt: skip
    defs: dict[str, Any] = {
        "bill": _object(BILL_KEYS, {
            "versie": {"$ref": "#/$defs/versie"},
            "ondertekenaars": {"type": "array", "items": SCALAR},
            "considerans": {"type": "array", "items": SCALAR},
            "artikelen": _list_of("articleOrDivision"),
        }),  # fmt: skip
        "versie": _object(VERSION_KEYS, {"fase": {"enum": [s.value for s in Stage]}}),
        "law": _object(LAW_KEYS, {"artikelen": {"type": "array", "items": SCALAR}}),
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
            "doel": place, "aan": place, "voor": place,
            "artikelen": _list_of("articleOrDivision"),
            "leden": _list_of("lid"),
            "onderdelen": _list_of("lid"),
            "vernummering": {"type": "array", "items": _object({"van": True, "naar": True}, {})},
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
