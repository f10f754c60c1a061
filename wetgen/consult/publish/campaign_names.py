"""Campaign names a reader understands: the organisation behind it, or its opening words.

A campaign is named after an organisation when at least half of its members gave that same
organisation and the mode may show it; otherwise by the opening words of its most copied
point, as the privacy gate may quote them ("Campagne “Voorrang voor statushouders bij sociale
huurwoningen is …”"). Never by its id. A campaign whose words this mode may not quote is
"Campagne N (tekst niet openbaar)", N its place in the report.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence

from wetgen.consult.publish.model import WITHHELD, Respondent
from wetgen.consult.store.schema import CampaignGroup

OPENING_WORDS = 8
_SALUTATION = re.compile(r"^(geachte|beste|l\.s\.|aan)\b[^,:]{0,60}[,:]\s*", re.I)


def campaign_names(
    campaigns: Sequence[CampaignGroup],
    respondents: Mapping[str, Respondent],
    points_of: Callable[[str], list[tuple[str, int]]],
) -> dict[str, str]:
    """Return a name for every campaign id.

    `points_of(campaign id)` gives the campaign's points as (text as the mode may show it,
    number of copies), most copied first; `respondents` are the gate's (public mode: a
    non-public member's organisation is absent).
    """
    names: dict[str, str] = {}
    for n, campaign in enumerate(campaigns, start=1):
        name = _by_organisation(campaign, respondents) or _by_opening(points_of(campaign.id))
        names[campaign.id] = name or f"Campagne {n} (tekst niet openbaar)"
    seen = Counter(names.values())
    for n, campaign in enumerate(campaigns, start=1):
        if seen[names[campaign.id]] > 1:
            names[campaign.id] = f"{names[campaign.id]} ({n})"
    return names


def _by_organisation(campaign: CampaignGroup, respondents: Mapping[str, Respondent]) -> str:
    """Return "Campagne van X" when at least half of the members gave organisation X."""
    given = Counter(
        " ".join(respondents[m].organisation.split())
        for m in campaign.members
        if m in respondents and respondents[m].organisation.strip()
    )
    if not given:
        return ""
    organisation, count = min(given.items(), key=lambda kv: (-kv[1], kv[0]))
    return f"Campagne van {organisation}" if 2 * count >= len(campaign.members) else ""


def _by_opening(points: list[tuple[str, int]]) -> str:
    """Return the opening words of the most copied point that may be quoted, or ""."""
    for text, _ in points:
        if text == WITHHELD or not text.strip():
            continue
        words = _SALUTATION.sub("", " ".join(text.split())).split()
        if not words:
            continue
        opening = " ".join(words[:OPENING_WORDS])
        more = " …" if len(words) > OPENING_WORDS else ""
        return f"Campagne “{opening}{more}”"
    return ""
