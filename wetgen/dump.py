"""Bill → draft YAML, the inverse of the loader: loading what this writes gives an equal Bill."""

from __future__ import annotations

from typing import Any

import yaml

from wetgen import places
from wetgen.model import (
    WORD_ACTIONS,
    Action,
    AmendingOnderdeel,
    Article,
    Bill,
    Division,
    Formulier,
    Instruction,
    Item,
    Lid,
    Renumbering,
    Style,
    Target,
    Unit,
)


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    """The safe dumper (libyaml's when present) writing multi-line text as a literal block."""


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _text)


def dump_bill(bill: Bill, toelichting_file: str = "", comments: tuple[str, ...] = ()) -> str:
    """Return the draft YAML of a bill, every number written out, after `comments` as # lines."""
    data: dict[str, Any] = {
        "opschrift": bill.opschrift,
        "citeertitel": bill.citeertitel,
        "versie": {"label": bill.version.label, "datum": bill.version.date, "fase": bill.version.stage.value},
        "ministerie": bill.ministry,
        "ondertekenaars": list(bill.signatories),
        "considerans": list(bill.considerans),
    }
    if toelichting_file:
        data["toelichting"] = toelichting_file
    if bill.formulier != Formulier():
        data["formulier"] = _formulier(bill.formulier)
    if bill.style != Style():
        data["vormgeving"] = _drop_empty({"aanhalingstekens": bill.style.quotes, "dubbele_punt": _yes(bill.style.colon),
                                          "als_volgt": bill.style.as_follows,
                                          "letterpunt": _yes(bill.style.letter_stop),
                                          "luidende": bill.style.luidende if bill.style.luidende != Style().luidende else ""})  # fmt: skip
    data["artikelen"] = [_node(n) for n in bill.body]
    text = yaml.dump({"wetsvoorstel": data}, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)
    return _comment_block(comments) + text


def _comment_block(comments: tuple[str, ...]) -> str:
    lines = [line.rstrip() for comment in comments for line in comment.splitlines()]
    return "".join(f"# {line}\n" if line else "#\n" for line in lines)


def _node(node: Unit) -> dict[str, Any]:
    if isinstance(node, Division):
        return _drop_empty({node.kind: node.number, "opschrift": node.opschrift, "key": node.key,
                            "artikelen": [_node(c) for c in node.children]})  # fmt: skip
    if isinstance(node, Article):
        return _article(node)
    return _lid_like(node)


def _article(article: Article) -> dict[str, Any]:
    out: dict[str, Any] = {
        "nummer": article.number,
        "key": article.key,
        "opschrift": article.opschrift,
        "toelichting": article.toelichting,
    }
    if article.amends is not None:
        law = article.amends
        out["inleiding"] = "standaard" if article.standard_intro else article.intro
        out["wijzigt"] = _drop_empty({"citeertitel": law.citeertitel, "lidwoord": law.article or "geen",
                                      "bwb": law.bwb, "artikelen": list(law.known_articles)})  # fmt: skip
        if law.proposal is not None:
            out["wijzigt"].update({"voorstel": law.proposal.subject, "kamerstukken": law.proposal.kamerstukken,
                                   "koninklijke_boodschap": law.proposal.message_date})  # fmt: skip
        out["onderdelen"] = [_onderdeel(o) for o in article.onderdelen]
    else:
        out["tekst"] = article.text
        out["onderdelen"] = [_lid_like(i) for i in article.items]
        out["leden"] = [_lid_like(lid) for lid in article.leden]
    return _drop_empty(out)


def _lid_like(unit: Lid | Item) -> dict[str, Any]:
    return _drop_empty({"nummer": unit.number, "key": unit.key, "tekst": unit.text,
                        "onderdelen": [_lid_like(i) for i in unit.items]})  # fmt: skip


def _onderdeel(onderdeel: AmendingOnderdeel) -> dict[str, Any]:
    return _drop_empty({
        "nummer": onderdeel.number, "key": onderdeel.key, "toelichting": onderdeel.toelichting,
        "wijzigingen": [_instruction(i) for i in onderdeel.instructions],
    })  # fmt: skip


def _instruction(i: Instruction) -> dict[str, Any]:
    position_key = {Action.INSERT: "voor" if i.before else ("in" if i.within else "na"),
                    Action.ADD: "aan"}.get(i.action, "doel")  # fmt: skip
    out: dict[str, Any] = {"actie": i.action.value}
    if i.target.chain:  # a vrije_tekst may name its place too
        out[position_key] = _place(i.places)
    if i.action is Action.INSERT_WORDS:
        out["voor" if i.before else "na"] = i.anchor
    if i.action is Action.RENUMBER:
        out["nummer"] = i.new
    else:
        out.update({"oud": i.old, "nieuw": i.new})
    out["tekst"] = i.free_text
    if i.payload:
        out[_payload_key(i.payload[0])] = [_node(u) for u in i.payload]
    if i.renumbering:
        out["vernummering"] = _renumbering(i.renumbering)
    if i.sibling is not None:
        out["na"] = _place((i.sibling,))
    out.update({
        "slotpunt_wordt_puntkomma": _yes(i.period_to_semicolon), "telkens": _yes(i.every),
        "komma_voor_werkwoord": _yes(i.verb_comma),
        "vorm": i.form, "getal": i.verb_number, "benaming": i.words_noun,
        "aanduiding" if i.action is Action.DESIGNATE else "aanduiding_vervalt": i.designation,
        "slot_vervangen": [{"doel": _place((e.target,)), "van": e.old, "door": e.new} for e in i.endings],
        "en": [_joined(j) for j in i.joined],
        "wijzigingen": [_instruction(c) for c in i.children],
    })  # fmt: skip
    if i.colon is not None:
        out["dubbele_punt"] = "ja" if i.colon else "nee"
    return _drop_empty(out)


def _joined(i: Instruction) -> dict[str, Any]:
    out: dict[str, Any] = {"actie": i.action.value, "oud": i.old, "nieuw": i.new, "telkens": _yes(i.every),
                           "benaming": i.words_noun}  # fmt: skip
    if i.action in WORD_ACTIONS and i.action is Action.INSERT_WORDS:
        out["voor" if i.before else "na"] = i.anchor
    if i.colon is not None:
        out["dubbele_punt"] = "ja" if i.colon else "nee"
    return _drop_empty(out)


def _place(targets: tuple[Target, ...]) -> str:
    return places.phrase(targets).text


def _renumbering(r: Renumbering) -> Any:
    if r.article and not r.repeat and not r.comma:
        return [{"van": o, "naar": n} for o, n in zip(r.old, r.new, strict=True)]
    return {"van": list(r.old), "naar": list(r.new), "lidwoord": "ja" if r.article else "nee",
            "herhaal": _yes(r.repeat), "komma": _yes(r.comma)}  # fmt: skip


def _formulier(f: Formulier) -> dict[str, Any]:
    out = {"soort": f.kind, "vorst": f.monarch, "raad_van_state": f.council, "vorm": f.form, "zulks": f.relative,
           "publicatiebladen": list(f.bulletins)}  # fmt: skip
    if f.comma is not None:
        out["komma"] = "ja" if f.comma else "nee"
    return _drop_empty(out)


def _yes(flag: bool) -> str:
    return "ja" if flag else ""


def _payload_key(unit: Unit) -> str:
    if isinstance(unit, (Article, Division)):
        return "artikelen"
    return "leden" if isinstance(unit, Lid) else "onderdelen"


def _drop_empty(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if v not in ("", [], None)}
