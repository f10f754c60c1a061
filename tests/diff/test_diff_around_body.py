"""What surrounds the body is compared too: the considerans, the memorie van toelichting (per
section of the algemeen deel and per article and onderdeel) and the metadata."""

import json
from dataclasses import replace
from pathlib import Path

import pytest

from wetgen.diff.compare import diff_bills
from wetgen.diff.render_json import render_json
from wetgen.diff.render_text import render_plain
from wetgen.model import Toelichting
from wetgen.render import akn
from wetgen.render.akn.mvt import mvt_document

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "wetgen" / "diff" / "diff.schema.json"


@pytest.fixture(scope="module")
def changes(versions):
    return diff_bills(*versions)


def _eids(document) -> set[str]:
    return {e.get("eId") for e in document.root.iter() if e.get("eId")}


def _changed(change):
    return [(op.old.strip(), op.new.strip()) for op in change.text if op.op != "equal"]


def test_a_changed_overweging_is_a_word_change_named_by_its_akn_recital(versions):
    old, _ = versions
    clauses = list(old.considerans)
    clauses[1] = clauses[1].replace("noodzakelijk", "nodig")
    new = replace(old, considerans=(*clauses, "dat het ook wenselijk is iets anders te regelen;"))
    found = diff_bills(old, new).considerans
    assert [(c.kind, c.unit, c.new_eid) for c in found] == [
        ("changed", "overweging", "recs__rec_2"),
        ("inserted", "overweging", "recs__rec_4"),
    ]
    assert found[0].new_label == "Considerans, tweede overweging"
    assert _changed(found[0]) == [("noodzakelijk", "nodig")]
    assert {c.new_eid for c in found} <= _eids(akn.bill_document(new))


def test_the_algemeen_deel_is_compared_per_section_named_by_its_akn_tblock(versions, changes):
    old, new = versions
    general = [c for c in changes.toelichting if c.new_eid.startswith("algemeen")]
    assert general and {c.kind for c in general} == {"changed"}
    assert {c.old_eid for c in general} <= _eids(mvt_document(old))
    assert {c.new_eid for c in general} <= _eids(mvt_document(new))
    (intro,) = [c for c in general if c.new_label == "Algemeen deel, 1. Inleiding"]
    assert ("consultatie", "uitkomsten van de internetconsultatie en van de uitvoeringstoetsen, "
            "en de wijzigingen die het voorstel naar aanleiding daarvan heeft ondergaan") in _changed(intro)  # fmt: skip


def test_each_article_and_onderdeel_toelichting_is_compared_with_its_counterpart(versions, changes):
    old, new = versions
    by_new = {c.new_eid: c for c in changes.toelichting if c.new_eid.startswith("artikelsgewijs")}
    inserted = by_new["artikelsgewijs__art_I__point_D"]
    assert inserted.kind == "inserted" and inserted.new_label == "Toelichting op artikel I, onderdeel D"
    assert inserted.content.startswith("Het nieuwe artikel 28c is naar aanleiding van de internetconsultatie")
    # the old onderdeel D is now E: its toelichting is compared with the old one, not inserted
    relettered = by_new["artikelsgewijs__art_I__point_E"]
    assert (relettered.kind, relettered.old_eid) == ("changed", "artikelsgewijs__art_I__point_D")
    assert {c.old_eid for c in changes.toelichting} - {""} <= _eids(mvt_document(old))
    assert {c.new_eid for c in changes.toelichting} - {""} <= _eids(mvt_document(new))


def test_a_toelichting_wrapped_differently_in_the_draft_is_no_change(versions):
    old, _ = versions
    text = old.toelichting.algemeen
    assert " Paragraaf 2 beschrijft" in text
    rewrapped = replace(old, toelichting=replace(old.toelichting, algemeen=text.replace(" Paragraaf 2 beschrijft", "\nParagraaf  2 beschrijft")))
    assert diff_bills(old, rewrapped).toelichting == ()


def test_a_whole_new_section_and_a_dropped_one_are_inserted_and_deleted(versions):
    old, _ = versions
    text = "# 1. Inleiding\n\nEen.\n\n# 2. Weg\n\nDeze paragraaf vervalt geheel.\n"
    newer = "# 1. Inleiding\n\nEen.\n\n# 2. Nieuw\n\nIets heel anders, over de uitvoering door gemeenten.\n"
    a = replace(old, toelichting=Toelichting(text))
    b = replace(old, toelichting=Toelichting(newer))
    found = [(c.kind, c.old_label, c.new_label) for c in diff_bills(a, b).toelichting if "algemeen" in c.old_eid + c.new_eid]
    assert found == [("deleted", "Algemeen deel, 2. Weg", ""), ("inserted", "", "Algemeen deel, 2. Nieuw")]


def test_metadata_changes_are_reported_word_by_word(versions, changes):
    old, _ = versions
    (version,) = changes.metadata
    assert (version.unit, version.new_label) == ("versie", "Versie")
    assert ("Consultatieversie", "Versie na internetconsultatie") in _changed(version)
    new = replace(old, citeertitel="Wet huisvesting vergunninghouders", ministry="Binnenlandse Zaken",
                  signatories=(*old.signatories, "De Minister van Asiel en Migratie,"))  # fmt: skip
    found = {(c.kind, c.unit, c.new_label) for c in diff_bills(old, new).metadata}
    assert found == {("changed", "citeertitel", "Citeertitel"), ("changed", "ministerie", "Ministerie"),
                     ("inserted", "ondertekenaar", "Tweede ondertekenaar")}  # fmt: skip


def test_json_has_the_three_parts_and_fits_the_schema(changes):
    jsonschema = pytest.importorskip("jsonschema")
    data = json.loads(render_json(changes))
    assert list(data) == ["schema", "old", "new", "summary", "changes", "considerans", "toelichting", "metadata"]
    assert data["toelichting"] and data["metadata"] and data["considerans"] == []
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    jsonschema.validate(data, schema, cls=jsonschema.Draft202012Validator)


def test_the_mirror_of_the_parts_is_the_diff_the_other_way(versions, changes):
    old, new = versions
    back = diff_bills(new, old)
    for part in ("considerans", "toelichting", "metadata"):
        assert sorted(map(repr, changes.mirrored().part(part))) == sorted(map(repr, back.part(part)))


def test_the_text_report_has_a_section_per_part_and_no_longer_says_they_are_skipped(changes):
    text = render_plain(changes)
    assert "Memorie van toelichting\n" in text and "Metadata\n" in text
    assert "Toelichting op artikel I, onderdeel D" in text
    assert "{+Versie na internetconsultatie+}" in text
    assert "not compared" not in text
