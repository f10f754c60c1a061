"""The one privacy gate: what an output may show of each respondent and of their words.

A non-public response counts everywhere, but in a public output its respondent is only
"Niet-openbare respondent N" (numbered in store order), its name, place, organisation and
e-mail are absent, its wording is withheld, and its identity is scrubbed from everyone
else's text. A public respondent is shown by organisation or name, with personal data
redacted; private persons are never named in the MvT paragraph. Every quoted text goes
through the gate's one Redactor (wetgen.consult.publish.redact).

`consult show --public`, the report in every format and the reactietabel all take their
respondents and quotes from a PrivacyGate, so they show and redact exactly the same things.
An internal gate shows everything, marked "[niet openbaar]", and still redacts personal data
in quotes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from wetgen.consult.publish.model import WITHHELD, Respondent, shorten
from wetgen.consult.publish.redact import Redactor, identity_parts
from wetgen.consult.store.schema import CampaignGroup, RespondentRow

NON_PUBLIC_MARK = "[niet openbaar]"
INDIVIDUAL = ("burger", "particulier", "inwoner", "individu")


class PrivacyGate:
    """What the outputs of one mode (public or internal) may show, for one store's respondents."""

    def __init__(
        self,
        respondents: Iterable[RespondentRow],
        *,
        public: bool,
        membership: Mapping[str, str] | None = None,
    ) -> None:
        rows = list(respondents)
        self.public = public
        hidden = [r for r in rows if not r.public] if public else []
        self.redact = Redactor(
            p for r in hidden for p in identity_parts(r.name, r.place, r.organisation, r.email)
        )
        self.respondents = self._show_all(rows, membership or {})

    def _show_all(self, rows: list[RespondentRow], membership: Mapping[str, str]) -> dict[str, Respondent]:
        out: dict[str, Respondent] = {}
        hidden = 0
        for row in rows:
            shown = row.organisation or row.name or "Anoniem"
            if row.public:
                label = self.redact.personal(shown) if self.public else shown
            elif self.public:
                hidden += 1
                label = f"Niet-openbare respondent {hidden}"
            else:
                label = f"{shown} {NON_PUBLIC_MARK}"
            keep = row.public or not self.public
            out[row.id] = Respondent(
                row.id, label, row.category or "onbekend", row.public,
                row.name if keep else "", row.place if keep else "",
                row.organisation if keep else "", row.submitted, membership.get(row.id, ""),
            )  # fmt: skip
        return out

    def may_quote(self, who: Respondent) -> bool:
        """Tell whether this mode may quote the words of `who`."""
        return who.public or not self.public

    def quote(self, who: Respondent, text: str) -> str:
        """Return the words of `who` as this mode may show them: redacted, or WITHHELD."""
        return self.quote_redacted(who, self.redact.personal(text))

    def quote_redacted(self, who: Respondent, personal: str) -> str:
        """Return `quote` of a text whose personal data `redact.personal` already removed."""
        return self.redact.scrub(personal) if self.may_quote(who) else WITHHELD

    def campaign_voice(self, campaign: CampaignGroup) -> Respondent | None:
        """Return the member whose words stand for a campaign: its representative when this
        mode may quote it, else the first member it may quote, else None."""
        members = [self.respondents[m] for m in campaign.members if m in self.respondents]
        visible = [m for m in members if self.may_quote(m)]
        representative = self.respondents.get(campaign.representative)
        if representative in visible:
            return representative
        return visible[0] if visible else None

    def campaign_quote(self, campaign: CampaignGroup, points: Callable[[str], list[str]]) -> str:
        """Return a campaign's text as this mode may show it: its voice's points (from
        `points(response id)`), redacted and shortened, or WITHHELD."""
        voice = self.campaign_voice(campaign)
        if voice is None:
            return WITHHELD
        return shorten(self.redact("\n\n".join(points(voice.id))), 900)


def is_individual(category: str, organisation: str) -> bool:
    """Tell whether a respondent is a private person (never named in the MvT)."""
    return category.lower().startswith(INDIVIDUAL) or not organisation


def mvt_name(who: Respondent) -> str:
    """Return how the MvT paragraph names a respondent: a public organisation by its name,
    anyone else as "Een respondent (categorie)"."""
    if not who.public or is_individual(who.category, who.organisation):
        return f"Een respondent ({who.category})"
    return who.organisation
