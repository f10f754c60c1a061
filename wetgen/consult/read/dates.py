"""Dutch and ISO dates as typed in consultation exports, to ISO form."""

from __future__ import annotations

import re
from datetime import date, datetime

MONTHS = {
    m: i + 1
    for i, m in enumerate(
        "januari februari maart april mei juni juli augustus september oktober november december".split()
    )
}
_DUTCH = re.compile(r"(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})", re.I)
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_NUMERIC = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")


def iso_date(value: object) -> str:
    """Return an ISO date for "18 februari 2025 (14:03)", "2025-02-18", "18-2-2025" or a date."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value or "").strip().lower()
    for pattern, order in ((_ISO, "ymd"), (_DUTCH, "dmy"), (_NUMERIC, "dmy")):
        match = pattern.search(text)
        if match:
            found = _build(match.groups(), order)
            if found:
                return found
    return ""


def _build(groups: tuple[str, ...], order: str) -> str:
    parts = dict(zip(order, groups, strict=True))
    month = parts["m"]
    month_number = int(month) if month.isdigit() else MONTHS.get(month[:3] and _month(month), 0)
    try:
        return date(int(parts["y"]), month_number, int(parts["d"])).isoformat()
    except ValueError:
        return ""


def _month(word: str) -> str:
    for name in MONTHS:
        if name.startswith(word[:3]):
            return name
    return word
