"""What the resolution tests compare: each reference of a text with the target fields they ask for."""

from __future__ import annotations

from functools import cache

from wetgen.consult.analyse.explain import explain_references


def resolved(text: str, bill, *fields: str) -> list[tuple]:
    """Return (text, *the target's `fields`) of every reference in `text`, in order."""
    return [(r.text, *(getattr(r.target, f) for f in fields))
            for p in explain_references(text, bill) for r in p.references]  # fmt: skip


def landed(text: str, bill) -> list[tuple[str, str, tuple[str, ...]]]:  # noqa: ANN001 - Bill
    """Return (text, target in words, eIds of the bill's nodes it landed on) of every reference of `text`, in order."""
    return [(r.text, r.words, tuple(e for e, _ in r.nodes)) for p in explain_references(text, bill) for r in p.references]


def targets(text: str, bill) -> list[tuple]:
    """Return (text, scope, law, artikel, onderdeel, lid) of every reference, in order."""
    return resolved(text, bill, "scope", "law", "artikel", "onderdeel", "lid")


def article_targets(text: str, bill) -> list[tuple]:
    """Return (text, scope, law, artikel, lid) of every reference, in order."""
    return resolved(text, bill, "scope", "law", "artikel", "lid")


@cache
def default_bill():  # noqa: ANN201 - Bill
    """Return the consultatieversie of the default draft, loaded once (as conftest's `bill`)."""
    from wetgen.loader import load_bill

    from .conftest import DRAFT

    return load_bill(DRAFT)


_HEAD = """wetsvoorstel:
  opschrift: {opschrift}
  citeertitel: {citeertitel}
  versie: {{label: Ontwerp, datum: "2026-01-01", fase: consultatieversie}}
  ministerie: Binnenlandse Zaken en Koninkrijksrelaties
  ondertekenaars: ["De Minister van Binnenlandse Zaken en Koninkrijksrelaties,"]
  considerans: ["dat het wenselijk is regels te stellen;"]
  artikelen:
"""


def invented_bill(path, opschrift: str, citeertitel: str, artikelen: str):  # noqa: ANN001, ANN201 - Path, Bill
    """Write an invented draft at `path` with the usual heading and `artikelen` (the YAML list
    below "artikelen:", indented by four) and return it loaded."""
    from wetgen.loader import load_bill

    path.write_text(_HEAD.format(opschrift=opschrift, citeertitel=citeertitel) + artikelen, encoding="utf-8")
    return load_bill(path)


def veerwet_bill(tmp_path):  # noqa: ANN001, ANN201 - Path, Bill
    """Return an invented bill whose ARTIKEL I amends the Veerwet (onderdeel A artikel 5, B artikel 7); ARTIKEL II is its own."""
    body = """    - nummer: "I"
      wijzigt: {citeertitel: Veerwet, lidwoord: de}
      onderdelen:
        - {nummer: A, wijzigingen: [{actie: vrije_tekst, doel: artikel 5, tekst: "(niet overgenomen)"}]}
        - {nummer: B, wijzigingen: [{actie: vrije_tekst, doel: artikel 7, tekst: "(niet overgenomen)"}]}
    - nummer: "II"
      tekst: Deze wet treedt in werking op een bij koninklijk besluit te bepalen tijdstip.
"""
    return invented_bill(tmp_path / "v.yaml", "Wijziging van de Veerwet", "Wet veerdiensten", body)
