"""Wat is er met uw reactie gedaan: per response, its points and what happened to each.

Two forms, both as prose blocks and both through the one privacy gate:

- one document per response (`Feedback.blocks`), for that respondent only: it addresses them,
  shows their own words (with personal data and every non-public respondent's identity
  redacted, as everywhere) and, for each point, where it landed in the bill, the reaction, the
  change the ministry recorded, and what became of that place in the newer version. It says
  nothing of anyone else but numbers;
- one document with a section per response (`overview_blocks`), in the report's mode: a public
  one names and quotes only public respondents.
"""

from __future__ import annotations

from wetgen.consult.publish.model import Point, Report
from wetgen.consult.publish.privacy import PrivacyGate
from wetgen.consult.publish.verslag import plural
from wetgen.consult.store.schema import ReportData, RespondentRow
from wetgen.formulas import dutch_date
from wetgen.prose.blocks import BULLET, Block, Heading, ListItem, Paragraph, Quote, Span, spans

NOT_YET = "Op dit punt is nog niet gereageerd."


class Feedback:
    """The overviews of one store's responses, each for its own respondent.

    `report` is the store's public report and `gate` a public gate over the same respondents;
    the points of every response are gathered once, so writing all of them stays linear.
    """

    def __init__(self, report: Report, data: ReportData, gate: PrivacyGate) -> None:
        self.report, self.gate = report, gate
        self.rows = {r.id: r for r in data.responses}
        self.words = {p.id: p.text for p in data.points}
        self.points: dict[str, list[Point]] = {}
        for point in report.points:
            self.points.setdefault(point.respondent.id, []).append(point)
        self.sizes = {c.id: c.responses for c in report.campaigns}

    def blocks(self, response: str) -> list[Block]:
        """Return the overview for the respondent of one response: their points and what
        became of each ([] for an unknown response)."""
        row = self.rows.get(response)
        if row is None:
            return []
        points = self.points.get(response, [])
        out: list[Block] = [Heading(0, spans("Wat is er met uw reactie gedaan?"))]
        out.append(Paragraph(spans(_opening(self.report, row))))
        campaign = points[0].campaign if points else ""
        if campaign:
            others = plural(self.sizes.get(campaign, 1) - 1, "andere reactie", "andere reacties")
            out.append(Paragraph(spans(
                f"Uw reactie had (nagenoeg) dezelfde tekst als {others} "
                f"({self.report.campaign_name(campaign)}); gelijke punten zijn samen beantwoord."
            )))  # fmt: skip
        out += _version_note(self.report)
        if not points:
            out.append(Paragraph(spans("In uw reactie zijn geen afzonderlijke punten gevonden.")))
        for n, point in enumerate(points, start=1):
            out.append(Heading(1, spans(f"Punt {n}")))
            out.append(Quote(spans(self.gate.redact(self.words.get(point.id, "")))))
            out += _outcome(point)
        return out


def overview_blocks(report: Report) -> list[Block]:
    """Return one document with a section per response, as the report's mode may show it."""
    out: list[Block] = [Heading(0, spans(f"Wat is er met de reacties gedaan? – {report.title}"))]
    mode = "Openbare versie" if report.public else "Interne versie: niet publiceren"
    out.append(Paragraph((Span(mode, italic=True),), "subtitle"))
    out += _version_note(report)
    by_response: dict[str, list[Point]] = {}
    for point in report.points:
        by_response.setdefault(point.respondent.id, []).append(point)
    for points in by_response.values():
        who = points[0].respondent
        out.append(Heading(1, spans(f"{who.label} ({who.category})")))
        if who.campaign:
            out.append(Paragraph(spans(f"Deel van {report.campaign_name(who.campaign)}.")))
        for n, point in enumerate(points, start=1):
            out.append(ListItem(1, BULLET, (Span(f"Punt {n}: ", bold=True), Span(point.text))))
            out += _outcome(point)
    return out


def _opening(report: Report, row: RespondentRow) -> str:
    name = row.organisation or row.name or "respondent"
    when = f" van {dutch_date(row.submitted)}" if row.submitted else ""
    return (f"Aan {name}. Dit overzicht gaat over uw reactie{when} op de consultatie over het "
            f"wetsvoorstel {report.title}: per punt van uw reactie staat waar het over ging, "
            "hoe erop is gereageerd en of het wetsvoorstel is aangepast.")  # fmt: skip


def _version_note(report: Report) -> list[Block]:
    if not report.newer_version:
        return []
    return [Paragraph(spans(
        f"Artikelen zijn genoemd zoals in de {report.newer_version}, de versie na de "
        "consultatie; tussen haakjes staat de nummering van de consultatieversie waar die verschilt."
    ))]  # fmt: skip


def _outcome(point: Point) -> list[Block]:
    """Return what happened to one point: where it landed, the reaction, the change."""
    out: list[Block] = [Paragraph(_labelled("Over: ", "; ".join(point.labels) + "."))]
    out.append(Paragraph(_labelled("Reactie: ", point.reaction.strip() or NOT_YET)))
    if point.changed:
        changed = "ja" if point.changed == "ja" else "nee"
        if point.changed == "ja" and point.change.strip():
            changed += f" ({point.change.strip().rstrip('.')})"
        out.append(Paragraph(_labelled("Wetsvoorstel aangepast: ", changed + ".")))
    if point.bill_change:
        out.append(Paragraph(_labelled("Na de consultatie: ", point.bill_change + ".")))
    return out


def _labelled(label: str, text: str):
    return (Span(label, bold=True), Span(text))
