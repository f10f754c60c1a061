"""The consultatieverslag as prose blocks (wetgen.prose.blocks), for the Word and Markdown writers.

It holds the overview with charts, the points per article (counts, what became of the article
in the newer version, themes, key phrases, representative quotations, the reactions given with
repeated ones collapsed), the campaigns by name, the respondents, and a draft of the MvT
paragraph "Advies en consultatie" (counts per category, the main points per article, and for
each point the reaction and whether the bill changed).
"""

from __future__ import annotations

from wetgen.consult.publish.charts import CHARTS, TITLES
from wetgen.consult.publish.model import GENERAL, MVT, WITHHELD, Point, Report, Section, shorten
from wetgen.consult.publish.privacy import mvt_name
from wetgen.formulas import dutch_date
from wetgen.prose.blocks import (
    BULLET,
    Block,
    Figure,
    Heading,
    Inlines,
    ListItem,
    Paragraph,
    Quote,
    Span,
    Table,
    spans,
)

FILL_IN = "[samenvatting van een niet-openbare reactie invullen]"
NAMED_IN_GROUP = 3  # respondents named in a line that stands for several equal reactions


def verslag_blocks(report: Report) -> list[Block]:
    """Return the whole consultatieverslag as blocks, in reading order."""
    out: list[Block] = [Heading(0, spans(f"Consultatieverslag {report.title}"))]
    out.append(Paragraph((Span(_subtitle(report), italic=True),), "subtitle"))
    if not report.public:
        out.append(Paragraph((Span("INTERN WERKDOCUMENT – bevat namen en teksten van respondenten "
                                   "die niet openbaar zijn. Niet publiceren.", bold=True),),
                             "warning"))  # fmt: skip
    out += _overview(report)
    out.append(Heading(1, spans("2. Reacties per artikel")))
    for section in report.sections:
        out += _section(report, section)
    out += _campaigns(report)
    out += _respondents(report)
    out += mvt_blocks(report)
    return out


def _subtitle(report: Report) -> str:
    mode = "Openbare versie" if report.public else "Interne versie"
    period = ""
    if report.period[0]:
        period = f" – consultatie {dutch_date(report.period[0])} tot en met {dutch_date(report.period[1])}"
    return f"{mode}{period}"


def table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> Table:
    """Return a table of plain text cells."""
    return Table(tuple(spans(h) for h in header), tuple(tuple(spans(c) for c in r) for r in rows))


def _category_table(counts) -> Table:
    rows = [(c.category, str(c.responses), str(c.points)) for c in counts]
    return table(("Categorie", "Reacties", "Punten"), rows)


def _overview(report: Report) -> list[Block]:
    text = (
        f"Er kwamen {plural(report.total_responses, 'reactie', 'reacties')} binnen met samen "
        f"{plural(report.total_points, 'punt', 'punten')}; daarvan zijn "
        f"{report.public_responses} reacties openbaar."
    )
    if report.public:
        text += (" Niet-openbare reacties tellen mee in alle aantallen, maar hun naam, woonplaats, "
                 "organisatie en tekst staan niet in deze versie.")  # fmt: skip
    out: list[Block] = [Heading(1, spans("1. Overzicht")), Paragraph(spans(text))]
    if report.newer_version:
        out.append(Paragraph(spans(
            f"De artikelen en onderdelen zijn genoemd zoals in de {report.newer_version}; "
            "tussen haakjes staat hoe ze in de consultatieversie heetten, waar dat verschilt. "
            "Bij elk artikel en elke reactie staat of het wetsvoorstel daar na de consultatie "
            "is gewijzigd (volgens de vergelijking van beide versies)."
        )))  # fmt: skip
    out.append(_category_table(report.categories))
    out += [Figure(name, spans(TITLES[name])) for name in CHARTS]
    return out


def _section(report: Report, section: Section) -> list[Block]:
    out: list[Block] = [Heading(2 if section.depth == 0 else 3, spans(section.label))]
    count = f"{plural(section.responses, 'reactie', 'reacties')}, {plural(section.points, 'punt', 'punten')}."
    if section.campaigns:
        count += " Campagnes: " + "; ".join(f"{c} ({n}×)" for c, n in section.campaigns) + "."
    out.append(Paragraph(spans(count if section.points else "Geen reacties op dit onderdeel.")))
    if section.change:
        out.append(Paragraph(_labelled("Na de consultatie: ", section.change)))
    if not section.points:
        return out
    out.append(_category_table(section.by_category))
    if section.phrases:
        out.append(Paragraph(_labelled("Kernwoorden: ", ", ".join(section.phrases) + ".")))
    named = [t for t in section.themes if t.label]
    if len(named) > 1:
        out.append(Paragraph(spans("Thema's:")))
        out += [ListItem(1, BULLET, spans(f"{t.label} ({plural(t.responses, 'reactie', 'reacties')})"))
                for t in named]  # fmt: skip
    out += [_quote(q.text, _who(q)) for q in section.quotes]
    if section.reacted:
        out.append(Paragraph(spans("Gegeven reacties:")))
        out += [ListItem(1, BULLET, line) for line in reaction_lines(section.reacted, _who)]
    return out


def _quote(text: str, who: str) -> Quote:
    return Quote((Span(text), Span(f" — {who}", italic=True)), who)


def _labelled(label: str, text: str) -> Inlines:
    return (Span(label, bold=True), Span(text))


def _who(point: Point) -> str:
    return f"{point.respondent.label} ({point.respondent.category})"


def plural(n: int, one: str, many: str) -> str:
    """Return "1 reactie" or "3 reacties"."""
    return f"{n} {one if n == 1 else many}"


def reaction_lines(points: tuple[Point, ...], who) -> list[Inlines]:
    """Return one line per distinct reaction: points with the same reaction and change (a
    campaign's copies, or equal answers to equal points) are one line naming a few of them."""
    groups: dict[tuple[str, str], list[Point]] = {}
    for point in points:
        groups.setdefault((point.reaction.strip(), point.change.strip()), []).append(point)
    lines = []
    for same in groups.values():
        first = next((p for p in same if p.text != WITHHELD), same[0])
        names = list(dict.fromkeys(who(p) for p in same))
        if len(same) == 1:
            by = names[0]
        else:
            by = f"{len(same)} punten, van " + ", ".join(names[:NAMED_IN_GROUP])
            by += " en anderen" if len(names) > NAMED_IN_GROUP else ""
        lines.append(_reaction_line(first, by))
    return lines


def _reaction_line(point: Point, who: str) -> Inlines:
    said = shorten(point.text, 240) if point.text != WITHHELD else FILL_IN
    changed = {"ja": "ja", "nee": "nee"}.get(point.changed, "nog niet bepaald")
    if point.changed == "ja" and point.change:
        changed += f" ({point.change.strip().rstrip('.')})"
    out: list[Span] = [Span(f"{who}: {said} "), Span("Reactie: ", bold=True),
                       Span(f"{point.reaction or '—'} "), Span("Wetsvoorstel aangepast: ", bold=True),
                       Span(f"{changed}.")]  # fmt: skip
    if point.bill_change:
        out += [Span(" Na de consultatie: ", bold=True), Span(f"{point.bill_change}.")]
    return tuple(out)


def _campaigns(report: Report) -> list[Block]:
    out: list[Block] = [Heading(1, spans("3. Campagnes"))]
    if not report.campaigns:
        return [*out, Paragraph(spans("Er zijn geen campagnes gevonden."))]
    for c in report.campaigns:
        out.append(Paragraph(spans(f"{c.name}: {c.responses} reacties ({c.public_members} openbaar).")))
        out.append(_quote(c.text, "gedeelde tekst"))
    return out


def _respondents(report: Report) -> list[Block]:
    out: list[Block] = [Heading(1, spans("4. Respondenten"))]
    if not report.public:
        rows = [(r.label, r.category, r.place, "ja" if r.public else "NEE") for r in report.respondents]
        return [*out, table(("Respondent", "Categorie", "Plaats", "Openbaar"), rows)]
    people = [r for r in report.respondents if r.individual]
    person_ids = {r.id for r in people}
    bodies = [r for r in report.respondents if r.id not in person_ids]
    if bodies:
        out.append(table(("Respondent", "Categorie"), [(r.label, r.category) for r in bodies]))
    named = [r.label for r in people if r.name]  # the privacy policy names private persons
    if people:
        names = f": {', '.join(named)}" if named else " (niet bij naam genoemd)"
        out.append(Paragraph(spans(f"Particulieren en anderen zonder organisatie die openbaar "
                                   f"reageerden ({len(people)}){names}.")))  # fmt: skip
    if report.withheld_by_category:
        counted = ", ".join(f"{n} {cat}" for cat, n in report.withheld_by_category)
        out.append(Paragraph(spans(f"Niet-openbare respondenten (alleen geteld): {counted}.")))
    return out


# --- the MvT paragraph ------------------------------------------------------------------


def mvt_blocks(report: Report) -> list[Block]:
    """Return the draft MvT paragraph "Advies en consultatie" as blocks."""
    out: list[Block] = [Heading(1, spans("5. Concept voor de memorie van toelichting")),
                        Heading(2, spans("Advies en consultatie"))]  # fmt: skip
    out.append(Paragraph(spans(_mvt_opening(report))))
    named = sorted({p.respondent.organisation for p in report.points if p.respondent.public
                    and not p.respondent.individual and p.respondent.organisation})  # fmt: skip
    if named:
        out.append(Paragraph(spans("Gereageerd hebben onder meer: " + _join(named) + ".")))
    if report.campaigns:
        total = sum(c.responses for c in report.campaigns)
        out.append(Paragraph(spans(
            f"{total} reacties maakten deel uit van {len(report.campaigns)} campagne(s) met een "
            "(nagenoeg) gelijkluidende tekst; elke campagne is hieronder als één inbreng besproken."
        )))  # fmt: skip
    for section in report.sections:
        if section.own_points:
            out += _mvt_section(section)
    return out


def _mvt_opening(report: Report) -> str:
    text = ""
    if report.period[0]:
        text = (f"Het conceptwetsvoorstel is van {dutch_date(report.period[0])} tot en met "
                f"{dutch_date(report.period[1])} openbaar geconsulteerd via internetconsultatie.nl. ")  # fmt: skip
    cats = ", ".join(f"{c.category} ({c.responses})" for c in report.categories)
    return text + (f"Er zijn {report.total_responses} reacties ontvangen, waarvan "
                   f"{report.public_responses} openbaar. Naar categorie: {cats}.")  # fmt: skip


def _mvt_section(section: Section) -> list[Block]:
    own = section.own
    if section.eid == MVT:
        text = f"{plural(len(own), 'punt ging', 'punten gingen')} over de memorie van toelichting"
    elif section.eid == GENERAL:
        text = f"{plural(len(own), 'punt ging', 'punten gingen')} niet over een bepaald artikel"
    else:
        verb = "kwam" if len(own) == 1 else "kwamen"
        text = f"Over {section.label} {verb} {plural(len(own), 'punt', 'punten')} binnen"
    text += f", met als kernwoorden: {', '.join(section.phrases[:4])}." if section.phrases else "."
    out: list[Block] = [Paragraph((Span(section.label, bold=True),), "subheading"),
                        Paragraph(spans(text))]  # fmt: skip
    answered = tuple(p for p in own if p.reaction or p.change)
    out += [ListItem(1, BULLET, line) for line in reaction_lines(answered, mvt_name_of)]
    waiting = len(own) - len(answered)
    if waiting:
        out.append(Paragraph(spans(f"Op {plural(waiting, 'punt', 'punten')} is nog niet gereageerd.")))
    return out


def mvt_name_of(point: Point) -> str:
    """Return how the MvT paragraph names the respondent of a point."""
    return mvt_name(point.respondent)


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " en " + names[-1]
