"""The wijzigingsopdrachten of a draft: the onderdelen of an amending article, each instruction
with its actie, places (written as phrases, mappings or lists), quoted words (literal), new
units, renumbering and the choices among published wordings."""

from __future__ import annotations

import yaml

from wetgen import ids, places
from wetgen.loader.articles import payload_articles, read_items, read_leden
from wetgen.loader.keys import (
    ALL_INSTRUCTION_KEYS,
    AMENDING_ONDERDEEL_KEYS,
    ENDING_KEYS,
    INSTRUCTION_KEYS,
    INSTRUCTION_VALUES,
    JOINED_KEYS,
    PAYLOAD_KEYS,
    RENUMBERING_KEYS,
)
from wetgen.loader.numbering import Numberer
from wetgen.loader.reader import Reader, did_you_mean, key_node
from wetgen.messages import t
from wetgen.model import (
    UNITS,
    WORD_ACTIONS,
    Action,
    AmendingOnderdeel,
    Ending,
    Instruction,
    Renumbering,
    Target,
    Unit,
    unit_kind,
)

ACTIONS = {a.value: a for a in Action}
_WORD_VALUES = {a.value for a in WORD_ACTIONS}


def amending_onderdelen(r: Reader, node: yaml.Node | None) -> tuple[AmendingOnderdeel, ...]:
    """Read the onderdelen A, B, ... of an amending article."""
    numberer = Numberer(r, "onderdeel")
    out = []
    for child in r.seq(node, "onderdelen"):
        m = r.mapping(child, "onderdeel", AMENDING_ONDERDEEL_KEYS)
        number = numberer.take(m.get("nummer"), child)
        instructions = tuple(instruction(r, n) for n in r.seq(m.get("wijzigingen"), "wijzigingen"))
        if "wijzigingen" in m and not instructions:
            r.report(t("STR004.no-wijzigingen", number=number), child)
        out.append(AmendingOnderdeel(
            number, instructions, r.text(m.get("key"), "key"),
            r.text(m.get("toelichting"), "toelichting", keep_lines=True), r.loc(child),
        ))  # fmt: skip
    return tuple(out)


def instruction(r: Reader, node: yaml.Node, base: Target | None = None) -> Instruction:
    """Read one wijzigingsopdracht; inside a `wijzigen` (base), places may be written relative."""
    m = r.mapping(node, "wijziging", {k: False for k in ALL_INSTRUCTION_KEYS})
    action = _action(r, m, node)
    if action is None:
        return Instruction(Action.FREE, Target(), loc=r.loc(node))
    _check_keys(r, action, m, node, base)
    if action is Action.INSERT and ("nieuw" in m) != (r.text(m.get("vorm"), "vorm") == "alfabetisch" and "in" in m):
        r.report(t("SCH007.begripsomschrijvingen"), node)
    position_key = next((k for k in ("voor", "na", "in") if k in m), "na") if action is Action.INSERT \
        else "aan" if action is Action.ADD else "doel"  # fmt: skip
    targets = read_places(r, m.get(position_key), position_key, base) or ((base,) if base else ())
    target = targets[0] if targets else Target()
    payload = read_payload(r, m, gaps=len(targets) <= 1)
    words = action in WORD_ACTIONS
    joined = tuple(_joined(r, n) for n in r.seq(m.get("en"), "en")) if words else ()
    return Instruction(
        action=action,
        target=target,
        also=targets[1:],
        old=r.words(m.get("oud"), "oud"),
        new=_new(r, m, action),
        anchor=r.words(m.get("na") or m.get("voor"), "na") if action is Action.INSERT_WORDS else "",
        payload=payload,
        before="voor" in m,
        within="in" in m and action is Action.INSERT,
        sibling=_single(r, m.get("na"), "na", target) if action is Action.ADD and "na" in m else None,
        renumbering=read_renumbering(r, m.get("vernummering"), target, payload),
        period_to_semicolon=r.flag(m.get("slotpunt_wordt_puntkomma"), "slotpunt_wordt_puntkomma"),
        endings=tuple(_ending(r, n, target) for n in r.seq(m.get("slot_vervangen"), "slot_vervangen")),
        free_text=r.text(m.get("tekst"), "tekst"),
        every=r.flag(m.get("telkens"), "telkens"),
        joined=joined,
        children=tuple(instruction(r, n, target) for n in r.seq(m.get("wijzigingen"), "wijzigingen")),
        form=r.choice(m.get("vorm"), "vorm", INSTRUCTION_VALUES["vorm"]),
        verb_number=r.choice(m.get("getal"), "getal", INSTRUCTION_VALUES["getal"]),
        words_noun=r.text(m.get("benaming"), "benaming"),
        colon=r.flag(m["dubbele_punt"], "dubbele_punt") if "dubbele_punt" in m else None,
        designation=r.text(m.get("aanduiding") or m.get("aanduiding_vervalt"), "aanduiding"),
        verb_comma=r.flag(m.get("komma_voor_werkwoord"), "komma_voor_werkwoord"),
        loc=r.loc(node),
    )


def _action(r: Reader, m: dict[str, yaml.Node], node: yaml.Node) -> Action | None:
    text = r.text(m.get("actie"), "actie")
    action = ACTIONS.get(text)
    if action is None:
        if "actie" in m:
            r.report(t("SCH004.unknown-actie", value=text), m["actie"],
                     did_you_mean(text, ACTIONS) or t("hint.one-of", values=", ".join(ACTIONS)))  # fmt: skip
        elif isinstance(node, yaml.MappingNode):
            r.report(t("SCH002.missing-key", what="wijziging", key="actie"), node)
    return action


def _new(r: Reader, m: dict[str, yaml.Node], action: Action) -> str:
    if action is Action.RENUMBER:
        return ids.clean_number(r.text(m.get("nummer"), "nummer"))
    if action is Action.REPLACE:
        return r.text(m.get("nieuw"), "nieuw")  # the new text of a volzin, aanhef or opschrift
    if action is Action.INSERT:  # new begripsomschrijvingen, one a line
        lines = r.text(m.get("nieuw"), "nieuw", keep_lines=True).splitlines()
        return "\n".join(" ".join(line.split()) for line in lines if line.strip())
    return r.words(m.get("nieuw"), "nieuw")


def _check_keys(r: Reader, action: Action, m: dict[str, yaml.Node], node: yaml.Node, base: Target | None) -> None:
    allowed = {"actie"}
    for spec in INSTRUCTION_KEYS[action]:
        optional = spec.endswith("?") or (spec == "doel" and base is not None)
        names = tuple(n for part in spec.rstrip("?").split("|") for n in (PAYLOAD_KEYS if part == "payload" else (part,)))
        allowed.update(names)
        present = [n for n in names if n in m]
        if not present and not optional:
            r.report(t("SCH002.actie-needs-key", actie=action.value, keys="' / '".join(names)), node)
        if len(present) > 1:
            r.report(t("SCH007.only-one-of", keys=", ".join(present)), m[present[1]])
    for key in m:
        if key not in allowed:
            r.report(t("SCH001.no-meaning-for-actie", key=key, actie=action.value), key_node(node, key),
                     t("hint.it-takes", keys=", ".join(sorted(allowed - {"actie"}))))  # fmt: skip


def _joined(r: Reader, node: yaml.Node) -> Instruction:
    """Read a further word change of the same sentence ("… en wordt na «c» ingevoegd «d»")."""
    m = r.mapping(node, t("term.joined-change"), JOINED_KEYS)
    text = r.text(m.get("actie"), "actie")
    if text not in _WORD_VALUES:
        r.report(t("SCH004.joined-not-words", value=text), m.get("actie") or node, t("hint.word-actions"))
        return Instruction(Action.FREE, Target(), loc=r.loc(node))
    action = ACTIONS[text]
    return Instruction(
        action, Target(), old=r.words(m.get("oud"), "oud"), new=r.words(m.get("nieuw"), "nieuw"),
        anchor=r.words(m.get("na") or m.get("voor"), "na"), before="voor" in m,
        every=r.flag(m.get("telkens"), "telkens"), words_noun=r.text(m.get("benaming"), "benaming"),
        colon=r.flag(m["dubbele_punt"], "dubbele_punt") if "dubbele_punt" in m else None, loc=r.loc(node),
    )  # fmt: skip


# --- places ----------------------------------------------------------------------------------------


def read_places(r: Reader, node: yaml.Node | None, what: str, base: Target | None = None) -> tuple[Target, ...]:
    """Read places: a phrase ("de artikelen 3 en 5"), a mapping of units, or a list of either;
    inside a `wijzigen`, a place that starts below the group's place continues from it."""
    if node is None:
        return ()
    if isinstance(node, yaml.SequenceNode):
        found = tuple(t for child in r.seq(node, what) for t in read_places(r, child, what, base))
        return tuple(places.canonical(found))
    if isinstance(node, yaml.MappingNode):
        m = r.mapping(node, what, {k: False for k in UNITS if " " not in k})
        return (places.absolute(Target(**{k: ids.clean_number(r.text(v, k)) for k, v in m.items()}), base),)
    text = r.text(node, what)
    try:
        return tuple(places.absolute(t, base) for t in places.parse(text))
    except places.PlaceError as exc:
        r.report(t("SCH004.not-a-place", value=text, reason=str(exc)), node, t("hint.place-form"))
        return ()


def _single(r: Reader, node: yaml.Node | None, what: str, base: Target | None) -> Target | None:
    found = read_places(r, node, what, base)
    return found[0] if found else None


def _ending(r: Reader, node: yaml.Node, within: Target) -> Ending:
    m = r.mapping(node, "slot_vervangen", ENDING_KEYS)
    target = _single(r, m.get("doel"), "doel", within) or Target()
    return Ending(target, r.words(m.get("van"), "van"), r.words(m.get("door"), "door"))


# --- new units and renumbering ---------------------------------------------------------------------


def read_payload(r: Reader, m: dict[str, yaml.Node], gaps: bool = True) -> tuple[Unit, ...]:
    """Read the new units of an instruction; their numbers must be written, none twice, and
    none skipped (`gaps`, unless the instruction acts on several places)."""
    if "artikelen" in m:
        return payload_articles(r, r.seq(m["artikelen"], "artikelen"))
    if "leden" in m:
        return read_leden(r, m["leden"], numbered_by_position=False, gaps=gaps)
    if "onderdelen" in m:
        return read_items(r, m["onderdelen"], 1, numbered_by_position=False, gaps=gaps)
    return ()


def read_renumbering(r: Reader, node: yaml.Node | None, target: Target, payload: tuple[Unit, ...]) -> Renumbering | None:
    """Read vernummering: a list of {van, naar} pairs, or a mapping with the lists `van` and
    `naar` and the wording flags `lidwoord`, `herhaal` and `komma`."""
    if node is None:
        return None
    unit = unit_kind(payload[0]) if payload else target.unit()
    if unit == "onderdeel" and target.unit() in ("onderdeel", "subonderdeel") and payload:
        unit = "subonderdeel" if target.unit() == "subonderdeel" else unit
    if isinstance(node, yaml.MappingNode):
        m = r.mapping(node, "vernummering", RENUMBERING_KEYS)
        old, new = _numbers(r, m.get("van"), "van"), _numbers(r, m.get("naar"), "naar")
        article = r.flag(m["lidwoord"], "lidwoord") if "lidwoord" in m else True
        repeat, comma = r.flag(m.get("herhaal"), "herhaal"), r.flag(m.get("komma"), "komma")
    else:
        old, new = [], []
        for pair in r.seq(node, "vernummering"):
            p = r.mapping(pair, "vernummering", {"van": True, "naar": True})
            old.append(ids.clean_number(r.text(p.get("van"), "van")))
            new.append(ids.clean_number(r.text(p.get("naar"), "naar")))
        article, repeat, comma = True, False, False
    if len(old) != len(new):
        r.report(t("SCH004.vernummering-counts", old=len(old), new=len(new)), node)
    return Renumbering(unit, tuple(old), tuple(new), article, repeat, comma)


def _numbers(r: Reader, node: yaml.Node | None, what: str) -> list[str]:
    if isinstance(node, yaml.SequenceNode):
        return [ids.clean_number(r.text(n, what)) for n in r.seq(node, what)]
    text = r.text(node, what)
    return [ids.clean_number(text)] if text else []
