"""The fixed wording of a wetsvoorstel (Ar 4.2–4.31) as data and the functions that choose it
for a bill (wet or rijkswet, the monarch, voorstel or Staatsblad), Dutch dates, and the
reproducible timestamp every generated file carries."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime

from wetgen.errors import RenderError
from wetgen.model import Formulier

# The aanhef names the monarch (Ar 4.2): "Wij <naam>, bij de gratie Gods, <titel>, enz. enz. enz."
MONARCHS = {
    "Willem-Alexander": "Koning der Nederlanden, Prins van Oranje-Nassau",
    "Beatrix": "Koningin der Nederlanden, Prinses van Oranje-Nassau",
    "Juliana": "Koningin der Nederlanden, Prinses van Oranje-Nassau",
}
ROYAL = "Wij {name}, bij de gratie Gods, {title}, enz. enz. enz."
ALLEN = "Allen{comma} die deze zullen zien of horen lezen, saluut! doen te weten:"
CONSIDERANS_INTRO = "Alzo Wij in overweging genomen hebben,"
ENACTING = (
    "Zo is het{comma} dat Wij, de {council} gehoord, en met gemeen overleg der Staten-Generaal,"
    "{statuut} hebben goedgevonden en verstaan, gelijk Wij goedvinden en verstaan bij deze:"
)
KINGDOM = " van het Koninkrijk"  # after the council heard on a rijkswet
STATUUT = " de bepalingen van het Statuut voor het Koninkrijk in acht genomen zijnde,"
SLOT = (
    "Lasten en bevelen dat deze in het Staatsblad{bulletins} zal worden geplaatst en dat alle "
    "ministeries, autoriteiten, colleges en ambtenaren {relative} zulks aangaat, aan de "
    "nauwkeurige uitvoering de hand zullen houden."
)
# The Publicatiebladen of the other countries of the Kingdom, for a rijkswet (since 10-10-2010).
BULLETINS = (
    "Afkondigingsblad van Aruba",
    "Publicatieblad van Curaçao",
    "Afkondigingsblad van Sint Maarten",
)
DOC_TYPES = {"wet": "Voorstel van wet", "rijkswet": "Voorstel van rijkswet"}


def aanhef(formulier: Formulier) -> tuple[str, str]:
    """Return the two lines of the aanhef: the monarch, and "Allen, die … doen te weten:"."""
    royal = ROYAL.format(name=formulier.monarch, title=MONARCHS.get(formulier.monarch, MONARCHS["Willem-Alexander"]))
    return royal, ALLEN.format(comma="," if _comma(formulier) else "")


def enacting_formula(formulier: Formulier) -> str:
    """Return "Zo is het, dat Wij, de Afdeling advisering van de Raad van State gehoord, …"."""
    rijkswet = formulier.kind == "rijkswet"
    council = formulier.council + (KINGDOM if rijkswet else "")
    return ENACTING.format(comma="," if _comma(formulier) else "", council=council,
                           statuut=STATUUT if rijkswet else "")  # fmt: skip


def slotformulier(formulier: Formulier) -> str:
    """Return the slotformulier (Ar 4.31): the Staatsblad, and for a rijkswet the Publicatiebladen."""
    bulletins = ""
    if formulier.kind == "rijkswet":
        named = [f"in het {b}" for b in (formulier.bulletins or BULLETINS)]
        bulletins = ", " + ", ".join(named[:-1]) + " en " + named[-1] if len(named) > 1 else f" en {named[0]}"
    return SLOT.format(bulletins=bulletins, relative=formulier.relative)


def doc_type(formulier: Formulier) -> str:
    """Return the line above the aanhef: "Voorstel van wet" or "Voorstel van rijkswet"."""
    return DOC_TYPES.get(formulier.kind, DOC_TYPES["wet"])


def _comma(formulier: Formulier) -> bool:
    return formulier.comma if formulier.comma is not None else formulier.form == "voorstel"


AANHEF = aanhef(Formulier())
ENACTING_FORMULA = enacting_formula(Formulier())
SLOTFORMULIER = slotformulier(Formulier())
GEGEVEN = "Gegeven"
MONTHS = (
    "januari februari maart april mei juni juli augustus september oktober november december"
).split()


def dutch_date(iso: str) -> str:
    """Return an ISO date in Dutch long form ("2026-12-01" → "1 december 2026"), else as is."""
    try:
        day = date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def file_time(default: datetime) -> datetime:
    """Return the time to write into files: SOURCE_DATE_EPOCH if set, else `default`."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not epoch:
        return default
    try:
        return datetime.fromtimestamp(int(epoch), tz=UTC)
    except (ValueError, OverflowError, OSError):
        raise RenderError(f"SOURCE_DATE_EPOCH is not a Unix timestamp: {epoch!r}") from None
