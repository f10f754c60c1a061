"""The fixed wording of a wetsvoorstel (Ar 4.2–4.31), Dutch dates, and the reproducible
timestamp every generated file carries."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime

from wetgen.errors import RenderError

AANHEF = (
    "Wij Willem-Alexander, bij de gratie Gods, Koning der Nederlanden, Prins van "
    "Oranje-Nassau, enz. enz. enz.",
    "Allen, die deze zullen zien of horen lezen, saluut! doen te weten:",
)
CONSIDERANS_INTRO = "Alzo Wij in overweging genomen hebben,"
ENACTING_FORMULA = (
    "Zo is het dat Wij, de Afdeling advisering van de Raad van State gehoord, en met gemeen "
    "overleg der Staten-Generaal, hebben goedgevonden en verstaan, gelijk Wij goedvinden en "
    "verstaan bij deze:"
)
SLOTFORMULIER = (
    "Lasten en bevelen dat deze in het Staatsblad zal worden geplaatst en dat alle ministeries, "
    "autoriteiten, colleges en ambtenaren die zulks aangaat, aan de nauwkeurige uitvoering de "
    "hand zullen houden."
)
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
