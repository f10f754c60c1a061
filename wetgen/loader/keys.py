"""The keys a draft may use, per mapping: the one table the loader reads, the JSON Schema is
built from (wetgen.draft_schema) and docs/draft-format.md describes. True marks a required key."""

from __future__ import annotations

from wetgen.model import Action

BILL_KEYS = {
    "opschrift": True,
    "citeertitel": True,
    "versie": True,
    "ministerie": True,
    "ondertekenaars": True,
    "considerans": True,
    "toelichting": False,
    "formulier": False,
    "vormgeving": False,
    "kamerstuk": False,
    "artikelen": True,
}
VERSION_KEYS = {"label": True, "datum": True, "fase": True}
# Where the bill sits among the Kamerstukken, for the heading of the voorstel and the MvT.
KAMERSTUK_KEYS = {"vergaderjaar": True, "dossier": True, "nummer": False, "nummer_toelichting": False,
                  "kamer": False}  # fmt: skip
CHAMBERS = {"tweede": "Tweede Kamer der Staten-Generaal", "eerste": "Eerste Kamer der Staten-Generaal"}
# The fixed wording around the articles (wetgen.model.Formulier).
FORMULIER_KEYS = {
    "soort": False,
    "vorst": False,
    "raad_van_state": False,
    "vorm": False,
    "komma": False,
    "zulks": False,
    "publicatiebladen": False,
}
FORMULIER_VALUES = {
    "soort": ("wet", "rijkswet"),
    "vorm": ("voorstel", "staatsblad"),
    "zulks": ("die", "wie"),
}
# How the wijzigingsopdrachten print (wetgen.model.Style).
VORMGEVING_KEYS = {"aanhalingstekens": False, "dubbele_punt": False, "als_volgt": False, "letterpunt": False, "luidende": False}
LAW_KEYS = {
    "citeertitel": False,
    "lidwoord": False,
    "bwb": False,
    "artikelen": False,
    "voorstel": False,
    "koninklijke_boodschap": False,
    "kamerstukken": False,
}
ARTICLES_OF_LAWS = ("de", "het", "geen")
ARTICLE_KEYS = {
    "nummer": False,
    "opschrift": False,
    "key": False,
    "toelichting": False,
    "tekst": False,
    "leden": False,
    "onderdelen": False,
    "wijzigt": False,
    "inleiding": False,
}
STANDARD_INTRO = "standaard"  # inleiding: keep "De … wordt als volgt gewijzigd:" for one change
DIVISION_KEYS = {"opschrift": True, "key": False, "artikelen": False}
LID_KEYS = {"nummer": False, "tekst": True, "key": False, "onderdelen": False}
AMENDING_ONDERDEEL_KEYS = {"nummer": False, "key": False, "toelichting": False, "wijzigingen": True}
PAYLOAD_KEYS = ("artikelen", "leden", "onderdelen")
# Per actie the keys it takes: "a|b" one of them, "payload" one of PAYLOAD_KEYS, "?" optional.
WORD_OPTIONS = ("telkens?", "en?", "dubbele_punt?")
INSTRUCTION_KEYS: dict[Action, tuple[str, ...]] = {
    Action.REPLACE_WORDS: ("doel", "oud", "nieuw", "benaming?", *WORD_OPTIONS),
    Action.INSERT_WORDS: ("doel", "na|voor", "nieuw", "benaming?", *WORD_OPTIONS),
    Action.DELETE_WORDS: ("doel", "oud", "benaming?", *WORD_OPTIONS),
    Action.REPLACE: ("doel", "payload|nieuw", "vorm?", "getal?"),
    Action.INSERT: ("na|voor|in", "payload|nieuw", "vernummering?", "vorm?"),
    Action.ADD: ("aan", "payload", "na?", "vernummering?", "slotpunt_wordt_puntkomma?", "slot_vervangen?", "vorm?"),
    Action.DELETE: ("doel", "vernummering?", "vorm?", "getal?", "aanduiding_vervalt?"),
    Action.RENUMBER: ("doel", "nummer"),
    Action.GROUP: ("doel", "wijzigingen"),
    Action.DESIGNATE: ("doel", "aanduiding"),
    Action.FREE: ("tekst", "doel?", "payload?"),
}
for _action in INSTRUCTION_KEYS.keys() - {Action.FREE}:
    INSTRUCTION_KEYS[_action] += ("komma_voor_werkwoord?",)
# The further word changes of one sentence ("… en wordt na «c» ingevoegd «d»"): no place.
JOINED_KEYS = {"actie": True, "oud": False, "nieuw": False, "na": False, "voor": False,
               "telkens": False, "benaming": False, "dubbele_punt": False}  # fmt: skip
ALL_INSTRUCTION_KEYS = sorted(
    {"actie", "doel", "na", "voor", "aan", "in", "oud", "nieuw", "nummer", "tekst", "vernummering",
     "slotpunt_wordt_puntkomma", "slot_vervangen", "telkens", "en", "benaming", "dubbele_punt",
     "vorm", "getal", "aanduiding", "aanduiding_vervalt", "wijzigingen", "komma_voor_werkwoord", *PAYLOAD_KEYS}
)  # fmt: skip
INSTRUCTION_VALUES = {"vorm": ("in", "alfabetisch", "toegevoegd", "als_volgt", "nieuw", "nieuw_nummer", "te_vervallen", "de_volgende"), "getal": ("enkelvoud", "meervoud")}
WORD_ACTION_VALUES = tuple(a.value for a in (Action.REPLACE_WORDS, Action.INSERT_WORDS, Action.DELETE_WORDS))
RENUMBERING_KEYS = {"van": True, "naar": True, "lidwoord": False, "herhaal": False, "komma": False}
ENDING_KEYS = {"doel": True, "van": True, "door": True}
YES, NO = ("ja", "yes", "true"), ("nee", "no", "false")
