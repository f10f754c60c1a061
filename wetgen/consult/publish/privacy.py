"""The one privacy gate: what an output may show of each respondent and of their words.

A non-public response counts everywhere, but in a public output its respondent is only
"Niet-openbare respondent N" (numbered in store order), its name, place, organisation and
e-mail are absent, its wording is withheld, and its identity is scrubbed from everyone
else's text. What a public output shows of a public respondent is the staff's privacy policy
(POLICIES; `wetgen consult privacy`, kept in the store's meta), by default "organisations":
organisations and public bodies are named, private persons never ("Particulier N", their
names scrubbed from everyone's text, like a non-public identity). Every quoted text goes
through the gate's one Redactor (wetgen.consult.publish.redact), which in public mode also
removes the names of persons and street addresses that anyone wrote (wetgen.consult.publish.names).

`consult show --public`, the report in every format, the reactietabel and `consult feedback
--combined` all take their respondents and quotes from a PrivacyGate, so they show and redact
exactly the same things. An internal gate shows everything, marked "[niet openbaar]", and
still redacts personal data (not names) in quotes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from wetgen.consult.errors import ConsultInputError
from wetgen.consult.publish.model import WITHHELD, Respondent, shorten
from wetgen.consult.publish.names import NameFinder
from wetgen.consult.publish.redact import Redactor, identity_parts
from wetgen.consult.store.schema import CampaignGroup, RespondentRow

NON_PUBLIC_MARK = "[niet openbaar]"
INDIVIDUAL = ("burger", "particulier", "inwoner", "individu")
POLICY_KEY = "privacy_policy"  # the store's meta key of the staff's choice
POLICIES = {
    "organisations": "organisations and public bodies named, private persons never (default)",
    "consented": "every public respondent named as they consented, private persons too "
                 "(never in the MvT paragraph)",
    "anonymous": "no respondent named, organisations neither",
}  # fmt: skip
DEFAULT_POLICY = "organisations"


def check_policy(policy: str) -> str:
    """Return `policy` if it is one of POLICIES ("" gives the default); raise ConsultInputError."""
    chosen = policy.strip().lower() or DEFAULT_POLICY
    if chosen not in POLICIES:
        raise ConsultInputError(
            f"unknown privacy policy {policy!r}; choose from {', '.join(POLICIES)}"
        )
    return chosen


def policy_of(meta: Mapping[str, str]) -> str:
    """Return the privacy policy a store's meta holds (the default when none was chosen)."""
    return check_policy(meta.get(POLICY_KEY, ""))


class PrivacyGate:
    """What the outputs of one mode (public or internal) may show, for one store's respondents."""

    def __init__(
        self,
        respondents: Iterable[RespondentRow],
        *,
        public: bool,
        membership: Mapping[str, str] | None = None,
        policy: str = DEFAULT_POLICY,
        names: NameFinder | None = None,
    ) -> None:
        rows = list(respondents)
        self.public = public
        self.policy = check_policy(policy)
        shown = {r.id: self._named(r) for r in rows}
        hidden = [p for r in rows if public and not r.public
                  for p in identity_parts(r.name, r.place, r.organisation, r.email)]  # fmt: skip
        # a public respondent the policy does not name is scrubbed from everyone's text by their
        # whole name (not by its words, nor by place: "Gemeente", "Utrecht" stay; deduce finds
        # the names anyone wrote); under "anonymous" an organisation by its name too
        unnamed = [p for r in rows if public and r.public and not shown[r.id] for p in (
            r.name, r.email, r.organisation if self.policy == "anonymous" else "")]  # fmt: skip
        self.redact = Redactor([*hidden, *unnamed], names=(names or NameFinder()) if public else None)
        self.respondents = self._show_all(rows, shown, membership or {})

    def _named(self, row: RespondentRow) -> bool:
        """Tell whether this mode names a respondent (internal: everyone)."""
        if not self.public:
            return True
        if not row.public or self.policy == "anonymous":
            return False
        return self.policy == "consented" or not is_individual(row.category, row.organisation)

    def _show_all(self, rows: list[RespondentRow], shown: Mapping[str, bool],
                  membership: Mapping[str, str]) -> dict[str, Respondent]:  # fmt: skip
        out: dict[str, Respondent] = {}
        counts = {"Niet-openbare respondent": 0, "Particulier": 0, "Respondent": 0}
        for row in rows:
            named = shown[row.id]
            individual = is_individual(row.category, row.organisation)
            if named:
                label = row.organisation or row.name or "Anoniem"
                # the name they consented to publish stays; an e-mail or number in it does not
                label = Redactor.patterns(label) if self.public else label
                if not row.public:
                    label = f"{label} {NON_PUBLIC_MARK}"
            else:
                kind = ("Niet-openbare respondent" if not row.public
                        else "Particulier" if individual else "Respondent")  # fmt: skip
                counts[kind] += 1
                label = f"{kind} {counts[kind]}"
            person = named and (not self.public or self.policy == "consented" or not individual)
            out[row.id] = Respondent(
                row.id, label, row.category or "onbekend", row.public,
                row.name if person else "", row.place if person else "",
                row.organisation if named else "", row.submitted, membership.get(row.id, ""),
                individual,
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
    """Return how the MvT paragraph names a respondent: a public organisation by its name (when
    the policy names it), anyone else as "Een respondent (categorie)"."""
    if not who.public or who.individual or not who.organisation:
        return f"Een respondent ({who.category})"
    return who.organisation
