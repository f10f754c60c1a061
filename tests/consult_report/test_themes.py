"""Themes within an article: a small invented set whose themes are known must come out as them."""

from __future__ import annotations

from tests.consult_report.conftest import insert
from wetgen.consult.publish import build_report
from wetgen.consult.publish.keyphrases import Phrases
from wetgen.consult.publish.themes import ThemeSpace
from wetgen.consult.store import open_store

MONEY = [
    "De gemeenten krijgen te weinig financiering voor de extra kosten van de huisvesting.",
    "Compenseer de uitvoeringskosten van gemeenten volledig; zonder financiering lukt het niet.",
    "Het Rijk moet de kosten voor gemeenten dragen, want de financiering schiet tekort.",
    "Kleine gemeenten kunnen de extra kosten niet opbrengen zonder aanvullende financiering.",
    "Wij vragen om structurele financiering van de kosten die gemeenten maken.",
    "De financiering van gemeenten voor deze taak is onvoldoende en de kosten stijgen.",
]
WAITING = [
    "Woningzoekenden die al jaren wachten worden benadeeld door de voorrang.",
    "De wachttijd voor een sociale huurwoning wordt nog langer voor woningzoekenden.",
    "Voorrang is oneerlijk tegenover woningzoekenden met een lange wachttijd.",
    "Mijn kinderen wachten al jaren op een sociale huurwoning; die wachttijd moet omlaag.",
    "Schaf de voorrang af, want woningzoekenden wachten anders nog langer.",
    "De lange wachttijd voor woningzoekenden bij sociale huurwoningen is het echte probleem.",
]
SITES = [
    "Flexwoningen op tijdelijke locaties zijn een goede oplossing voor de huisvesting.",
    "Gemeenten moeten sneller locaties voor flexwoningen aanwijzen.",
    "Tijdelijke huisvesting in flexwoningen vraagt om geschikte locaties in elke gemeente.",
    "Er zijn te weinig locaties beschikbaar voor flexwoningen en tijdelijke huisvesting.",
    "Flexwoningen kunnen snel worden geplaatst als de locaties bekend zijn.",
    "Maak tijdelijke locaties voor flexwoningen mogelijk zonder lange procedures.",
]
KNOWN = [MONEY, WAITING, SITES]


def _interleaved() -> list[str]:
    """The three themes' texts mixed, so that order gives nothing away."""
    return [theme[i] for i in range(6) for theme in KNOWN]


def test_themes_of_an_invented_set_are_the_known_ones():
    texts = _interleaved()
    phrases = Phrases()
    space = ThemeSpace([sum(phrases.analyse(t), []) for t in texts])
    found = space.themes(list(range(len(texts))))
    groups = {frozenset(texts[m] for m in theme.members) for theme in found}
    assert groups == {frozenset(theme) for theme in KNOWN}
    assert space.themes(list(range(len(texts)))) == found  # deterministic


def test_one_theme_when_the_points_say_one_thing():
    phrases = Phrases()
    space = ThemeSpace([sum(phrases.analyse(t), []) for t in MONEY])
    assert [len(t.members) for t in space.themes(list(range(6)))] == [6]


def test_the_report_names_each_theme_and_quotes_its_centre(tmp_path):
    store = open_store(tmp_path / "consult.sqlite")
    with store.transaction():
        insert(store, "nodes", eid="art_1", seq=0, kind="artikel", label="Artikel 1")
        for n, text in enumerate(_interleaved()):
            rid = f"R{n:03d}"
            insert(store, "responses", id=rid, key=rid, seq=n, public=1, name=f"Inzender {n}",
                   category="burger", submitted="2026-03-01")  # fmt: skip
            insert(store, "points", id=f"{rid}-p", response_id=rid, seq=0, text=text)
            insert(store, "assignments", point_id=f"{rid}-p", node_eid="art_1", method="ref")
    section = next(s for s in build_report(store).sections if s.eid == "art_1")
    store.close()
    assert [t.points for t in section.themes] == [6, 6, 6]
    labels = " | ".join(t.label for t in section.themes)
    for phrase in ("sociale huurwoning", "flexwoningen", "kosten"):
        assert phrase in labels
    quoted = {q.text for q in section.quotes}
    assert len(quoted) == 3 and all(any(q in theme for theme in KNOWN) for q in quoted)
    assert {t.quote.text for t in section.themes} == quoted
