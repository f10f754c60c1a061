"""Points tied to the change they caused: a second ingest against the version after consultation
maps every point through the structural diff, never by number."""

from __future__ import annotations

import shutil
from pathlib import Path

from wetgen.consult.analyse.versions import map_versions
from wetgen.consult.ingest import ingest
from wetgen.consult.publish.builder import build_report
from wetgen.consult.store import open_store
from wetgen.loader import load_bill

ROOT = Path(__file__).resolve().parents[2]
DRAFTS = ROOT / "drafts" / "huisvesting-vergunninghouders"
CONSULTED, NEWER = DRAFTS / "01-consultatieversie.yaml", DRAFTS / "02-adviesaanvraag.yaml"
DATA = Path(__file__).parent / "data"
HEADER = "Naam,Plaats,Datum,url,text,attachment\n"
URL = "https://www.internetconsultatie.nl/x/reactie/00000000-0000-4000-8000-0000000000{:02d}"


def write_csv(path: Path, texts: list[str], first: int = 1) -> Path:
    """Write a scraper-style CSV with one response per text, numbered from `first`."""
    rows = [f'Inzender {n},Ede,1 maart 2027 (10:00),{URL.format(n)},"{text}",\n'
            for n, text in enumerate(texts, start=first)]  # fmt: skip
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    return path


def units_by_eid(consulted: Path, newer: Path) -> dict:
    return {u.old_eid: u for u in map_versions(load_bill(consulted), load_bill(newer))}


def test_the_default_drafts_diff_follows_every_renumbering():
    units = units_by_eid(CONSULTED, NEWER)
    onderdeel_d = units["art_I__point_D"]
    assert (onderdeel_d.new_eid, onderdeel_d.new_label) == ("art_I__point_E", "Artikel I, onderdeel E")
    assert onderdeel_d.status == "ongewijzigd" and onderdeel_d.nota == "C, D, E"
    art_28c = units["art_I__point_D__mod_1__qstr_1__art_28c"]
    assert (art_28c.old_short, art_28c.new_short) == ("artikel 28c", "artikel 28d")
    third = units["art_I__point_B__mod_1__qstr_1__art_28a__para_3"]
    assert (third.status, third.new_eid, third.nota) == ("vervallen", "", "B")
    fourth = units["art_I__point_B__mod_1__qstr_1__art_28a__para_4"]
    assert (fourth.new_short, fourth.status) == ("artikel 28a, derde lid", "ongewijzigd")
    sixth = units["art_I__point_A__point_2__mod_1__qstr_1__para_6"]
    assert (sixth.new_short, sixth.status, sixth.nota) == ("artikel 12, zesde lid", "gewijzigd", "A")
    onderdeel_b = units["art_I__point_B"]
    assert onderdeel_b.status == "gewijzigd" and onderdeel_b.detail == "artikel 28a, derde lid vervallen"
    assert units["art_II__para_2"].status == "ongewijzigd" and units["art_II__para_2"].nota == ""


def test_a_second_ingest_against_the_newer_version_maps_points_through_the_diff(tmp_path):
    texts = [
        "Artikel 28c is een goede aanvulling, maar de termijn is kort.",
        "Artikel I, onderdeel D verdient steun van alle gemeenten.",
        "Schrap artikel 28a, derde lid: het overzicht van flexibele locaties is overbodig.",
        "Artikel 28a, tweede lid is helder geformuleerd.",
    ]
    db = tmp_path / "consult.sqlite"
    ingest([write_csv(tmp_path / "a.csv", texts)], load_bill(CONSULTED), db, bill_path=str(CONSULTED))
    with open_store(db) as store:
        before = {p.text: p.nodes for p in store.placed_points()}
        first = store.placed_points()[0].id
        store.assign(first, ["art_I__point_D"], "handmatig")
        store.set_reaction(first, "Wordt overwogen.")
    extra = write_csv(tmp_path / "b.csv", ["Wij steunen artikel 28c en onderdeel D van harte."], 9)
    report = ingest([extra], load_bill(NEWER), db, bill_path=str(NEWER))
    assert report.newer.startswith("Versie na internetconsultatie") and report.remapped
    assert not report.rebound  # the points stay resolved against the consultatieversie
    with open_store(db) as store:
        assert store.meta("bill_version").startswith("Consultatieversie")
        points = {p.text: p for p in store.placed_points()}
        assert {t: p.nodes for t, p in points.items() if t in before} == before
        late = points["Wij steunen artikel 28c en onderdeel D van harte."]
        assert late.nodes == ("art_I__point_D",)  # the consulted onderdeel D, now onderdeel E
        shown = {p.text: p for p in build_report(store, public=False).points}
    said = {t: (p.labels, p.bill_change) for t, p in shown.items()}
    renamed = "Artikel I, onderdeel E (consultatieversie: Artikel I, onderdeel D)"
    assert said[texts[0]][0] == (renamed,)
    assert said[texts[0]][1].startswith("ongewijzigd, vernummerd tot artikel 28d (nota onderdelen")
    assert said[texts[1]] == ((renamed,), "ongewijzigd, vernummerd tot artikel I, onderdeel E "
                                          "(nota onderdelen C, D, E)")  # fmt: skip
    assert said[texts[2]][1] == "vervallen: artikel 28a, derde lid (nota onderdeel B)"
    assert said[texts[3]][1] == "ongewijzigd"
    assert shown[texts[0]].reaction == "Wordt overwogen."  # staff work follows the mapping


def test_an_article_inserted_before_others_moves_every_point_with_its_article(tmp_path):
    v1, v2 = DATA / "inserted-v1.yaml", DATA / "inserted-v2.yaml"
    texts = [
        "Artikel 2 over de proef is een goed idee.",
        "De evaluatie in artikel 3 na drie jaar komt te vroeg.",
        "Artikel 5 mag blijven zoals het is.",
    ]
    db = tmp_path / "consult.sqlite"
    ingest([write_csv(tmp_path / "a.csv", texts)], load_bill(v1), db, bill_path=str(v1))
    ingest([], load_bill(v2), db, bill_path=str(v2))
    with open_store(db) as store:
        shown = {p.text: p for p in build_report(store, public=True).points}
    assert shown[texts[0]].nodes == ("art_2",)
    assert shown[texts[0]].labels == ("Artikel 3 (consultatieversie: Artikel 2)",)
    assert shown[texts[1]].labels == ("Artikel 4 (consultatieversie: Artikel 3)",)
    assert shown[texts[1]].bill_change == "gewijzigd: Artikel 4 (nota onderdelen A, B)"
    assert shown[texts[2]].bill_change.startswith("ongewijzigd, vernummerd tot artikel 6")


def test_a_corrected_consultatieversie_is_resolved_again_and_mapped_again(tmp_path):
    v1, v2 = DATA / "inserted-v1.yaml", DATA / "inserted-v2.yaml"
    db = tmp_path / "consult.sqlite"
    csv = write_csv(tmp_path / "a.csv", ["Artikel 3 over de evaluatie komt te vroeg."])
    ingest([csv], load_bill(v1), db, bill_path=str(v1))
    ingest([], load_bill(v2), db, bill_path=str(v2))
    corrected = tmp_path / "v1.yaml"
    corrected.write_text(v1.read_text(encoding="utf-8").replace("drie jaar", "vijf jaar"), "utf-8")
    report = ingest([csv], load_bill(corrected), db, bill_path=str(corrected))
    assert report.rebound and report.remapped
    with open_store(db) as store:
        unit = {u.old_eid: u for u in store.version_units()}["art_3"]
        assert (unit.new_eid, unit.status) == ("art_4", "ongewijzigd")


def test_without_a_newer_version_the_report_says_nothing_of_changes(tmp_path):
    db = tmp_path / "consult.sqlite"
    csv = write_csv(tmp_path / "a.csv", ["Artikel 28a, tweede lid is helder geformuleerd."])
    ingest([csv], load_bill(CONSULTED), db)
    with open_store(db) as store:
        report = build_report(store, public=True)
    assert report.newer_version == "" and {p.bill_change for p in report.points} == {""}
    assert report.points[0].labels == ("Artikel I, onderdeel B",)


def test_the_store_keeps_the_consulted_bill_so_a_moved_draft_does_not_matter(tmp_path):
    for draft in (CONSULTED, CONSULTED.with_suffix(".mvt.md")):
        shutil.copy(draft, tmp_path / draft.name)
    copy = tmp_path / CONSULTED.name
    db = tmp_path / "consult.sqlite"
    csv = write_csv(tmp_path / "a.csv", ["Onderdeel D is goed."])
    ingest([csv], load_bill(copy), db, bill_path=str(copy))
    copy.unlink()
    ingest([], load_bill(NEWER), db, bill_path=str(NEWER))
    with open_store(db) as store:
        assert store.meta("bill_version").startswith("Consultatieversie")
        assert {u.old_eid: u.new_eid for u in store.version_units()}["art_I__point_D"] == (
            "art_I__point_E"
        )


def test_the_earlier_version_is_the_consulted_one_whichever_came_first(tmp_path):
    v1, v2 = DATA / "inserted-v1.yaml", DATA / "inserted-v2.yaml"
    db = tmp_path / "consult.sqlite"
    csv = write_csv(tmp_path / "a.csv", ["Artikel 2 over de proef is een goed idee."])
    ingest([csv], load_bill(v2), db, bill_path=str(v2))  # the later version first, by mistake
    report = ingest([csv], load_bill(v1), db, bill_path=str(v1))
    assert report.rebound and report.remapped
    with open_store(db) as store:
        assert store.meta("bill_version").startswith("Consultatieversie")
        shown = build_report(store).points[0]
    assert shown.nodes == ("art_2",) and shown.labels == ("Artikel 3 (consultatieversie: Artikel 2)",)
