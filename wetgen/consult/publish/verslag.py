"""The consultatieverslag as a list of neutral blocks, rendered by both the Word and Markdown writers.

It holds the overview with charts, the points per article, campaigns, respondents, and a draft
of the MvT paragraph "Advies en consultatie" (counts per category, the main points per
article, and for each point the reaction and whether the bill changed).
"""

from __future__ import annotations

from dataclasses import dataclass

from wetgen.consult.publish.charts import CHARTS, TITLES
from wetgen.consult.publish.model import GENERAL, MVT, WITHHELD, Point, Report, Section, shorten
from wetgen.consult.publish.privacy import is_individual, mvt_name
from wetgen.formulas import dutch_date

FILL_IN = "[samenvatting van een niet-openbare reactie invullen]"


@dataclass(frozen=True)
class Block:
    """One block: heading, para, bullets, quote, table, chart or warning."""

    kind: str
    text: str = ""
    level: int = 0
    items: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()  # tables: the first row is the header
    source: str = ""  # quotes: who said it; charts: the chart name


def verslag_blocks(report: Report) -> list[Block]:
    """Return the whole consultatieverslag as blocks, in reading order."""
    out: list[Block] = [Block("title", f"Consultatieverslag {report.title}")]
    out.append(Block("subtitle", _subtitle(report)))
    if not report.public:
        out.append(Block("warning", "INTERN WERKDOCUMENT – bevat namen en teksten van "
                                    "respondenten die niet openbaar zijn. Niet publiceren."))  # fmt: skip
    out += _overview(report)
    out.append(Block("heading", "2. Reacties per artikel", 1))
    for section in report.sections:
        out += _section(section)
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


def _category_table(counts) -> Block:
    rows = [("Categorie", "Reacties", "Punten")]
    rows += [(c.category, str(c.responses), str(c.points)) for c in counts]
    return Block("table", rows=tuple(rows))


def _overview(report: Report) -> list[Block]:
    text = (
        f"Er kwamen {plural(report.total_responses, 'reactie', 'reacties')} binnen met samen "
        f"{plural(report.total_points, 'punt', 'punten')}; daarvan zijn "
        f"{report.public_responses} reacties openbaar."
    )
    if report.public:
        text += (" Niet-openbare reacties tellen mee in alle aantallen, maar hun naam, woonplaats, "
                 "organisatie en tekst staan niet in deze versie.")  # fmt: skip
    out = [
        Block("heading", "1. Overzicht", 1),
        Block("para", text),
        _category_table(report.categories),
    ]
    out += [Block("chart", TITLES[name], source=name) for name in CHARTS]
    return out


def _section(section: Section) -> list[Block]:
    out = [Block("heading", section.label, 2 if section.depth == 0 else 3)]
    count = f"{plural(section.responses, 'reactie', 'reacties')}, {plural(section.points, 'punt', 'punten')}."
    if section.campaigns:
        count += " Campagnes: " + ", ".join(f"{c} ({n}×)" for c, n in section.campaigns) + "."
    out.append(Block("para", count if section.points else "Geen reacties op dit onderdeel."))
    if not section.points:
        return out
    out.append(_category_table(section.by_category))
    if section.phrases:
        out.append(Block("para", "Kernwoorden: " + ", ".join(section.phrases) + "."))
    out += [Block("quote", q.text, source=_who(q)) for q in section.quotes]
    if section.reacted:
        out.append(Block("para", "Gegeven reacties:"))
        lines = tuple(_reaction_line(p, _who(p)) for p in section.reacted)
        out.append(Block("bullets", items=lines))
    return out


def _who(point: Point) -> str:
    return f"{point.respondent.label} ({point.respondent.category})"


def plural(n: int, one: str, many: str) -> str:
    """Return "1 reactie" or "3 reacties"."""
    return f"{n} {one if n == 1 else many}"


def _reaction_line(point: Point, who: str) -> str:
    said = shorten(point.text, 240) if point.text != WITHHELD else FILL_IN
    changed = {"ja": "ja", "nee": "nee"}.get(point.changed, "nog niet bepaald")
    line = f"{who}: {said} Reactie: {point.reaction or '—'} Wetsvoorstel aangepast: {changed}"
    if point.changed == "ja" and point.change:
        line += f" ({point.change.strip().rstrip('.')})"
    return line + "."


def _campaigns(report: Report) -> list[Block]:
    out = [Block("heading", "3. Campagnes", 1)]
    if not report.campaigns:
        return [*out, Block("para", "Er zijn geen campagnes gevonden.")]
    for c in report.campaigns:
        out.append(
            Block("para", f"Campagne {c.id}: {c.responses} reacties ({c.public_members} openbaar).")
        )
        out.append(Block("quote", c.text, source=f"campagnetekst {c.id}"))
    return out


def _respondents(report: Report) -> list[Block]:
    out = [Block("heading", "4. Respondenten", 1)]
    if not report.public:
        rows = [("Respondent", "Categorie", "Plaats", "Openbaar")]
        rows += [
            (r.label, r.category, r.place, "ja" if r.public else "NEE") for r in report.respondents
        ]
        return [*out, Block("table", rows=tuple(rows))]
    people = [r for r in report.respondents if is_individual(r.category, r.organisation)]
    person_ids = {r.id for r in people}
    bodies = [r for r in report.respondents if r.id not in person_ids]
    if bodies:
        rows = [("Respondent", "Categorie")] + [(r.label, r.category) for r in bodies]
        out.append(Block("table", rows=tuple(rows)))
    if people:
        names = ", ".join(r.label for r in people)
        out.append(Block("para", f"Particulieren en anderen zonder organisatie die openbaar "
                                 f"reageerden ({len(people)}): {names}."))  # fmt: skip
    if report.withheld_by_category:
        counted = ", ".join(f"{n} {cat}" for cat, n in report.withheld_by_category)
        out.append(Block("para", f"Niet-openbare respondenten (alleen geteld): {counted}."))
    return out


# --- the MvT paragraph ------------------------------------------------------------------


def mvt_blocks(report: Report) -> list[Block]:
    """Return the draft MvT paragraph "Advies en consultatie" as blocks."""
    out = [Block("heading", "5. Concept voor de memorie van toelichting", 1),
           Block("heading", "Advies en consultatie", 2)]  # fmt: skip
    out.append(Block("para", _mvt_opening(report)))
    named = sorted({p.respondent.organisation for p in report.points
                    if p.respondent.public and not is_individual(p.respondent.category,
                                                                   p.respondent.organisation)})  # fmt: skip
    if named:
        out.append(Block("para", "Gereageerd hebben onder meer: " + _join(named) + "."))
    if report.campaigns:
        total = sum(c.responses for c in report.campaigns)
        out.append(Block("para", f"{total} reacties maakten deel uit van {len(report.campaigns)} "
                                 "campagne(s) met een (nagenoeg) gelijkluidende tekst; elke "
                                 "campagne is hieronder als één inbreng besproken."))  # fmt: skip
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
    out = [Block("subheading", section.label), Block("para", text)]
    seen: set[str] = set()
    lines = []
    for point in own:
        if not (point.reaction or point.change) or (point.campaign and point.campaign in seen):
            continue
        seen.add(point.campaign)
        lines.append(_reaction_line(point, mvt_name(point.respondent)))
    if lines:
        out.append(Block("bullets", items=tuple(lines)))
    waiting = sum(1 for p in own if not (p.reaction or p.change))
    if waiting:
        out.append(Block("para", f"Op {plural(waiting, 'punt', 'punten')} is nog niet gereageerd."))
    return out


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " en " + names[-1]
