"""The names of bills that are not yet law, as texts name them ("Wetsvoorstel 35 620"): what an
amending article of a novelle changes, and the Kamerstuk number such a name carries."""

from __future__ import annotations

import re

_BILL_NAME = re.compile(r"(?i)^wetsvoorstel\s+(?P<number>\d{2}\s?\d{3})(?!\d)")


def amended_name(amends) -> str:  # noqa: ANN001 - wetgen.model.LawRef
    """Return the name of what an amending article changes: a law's citeertitel, or a bill not yet
    law by its Kamerstuk number ("Wetsvoorstel 35 620"), as texts about a novelle name it."""
    if amends.citeertitel or amends.proposal is None:
        return amends.citeertitel
    digits = amends.proposal.kamerstukken.replace(" ", "")
    return f"Wetsvoorstel {digits[:2]} {digits[2:]}" if digits else ""


def bill_number(name: str) -> str:
    """Return the Kamerstuk number of a law named as a bill ("Wetsvoorstel 26 089 (…)" is
    "26089"), else ""."""
    match = _BILL_NAME.match(" ".join(name.split()))
    return match.group("number").replace(" ", "") if match else ""
