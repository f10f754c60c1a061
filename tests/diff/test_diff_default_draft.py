"""The diff of the default draft's two versions: the changes its README lists, and no others."""

from dataclasses import replace
from pathlib import Path

import pytest

from wetgen.diff.compare import diff_bills

DRAFTS = Path(__file__).resolve().parents[2] / "drafts" / "huisvesting-vergunninghouders"




@pytest.fixture(scope="module")
def changes(versions):
    return diff_bills(*versions)


def test_the_new_onderdeel_d_is_one_insertion(changes):
    inserted = changes.of_kind("inserted")
    assert [(c.unit, c.new_eid, c.key) for c in inserted] == [
        ("onderdeel", "art_I__point_D", "monitoring-alternatieve-huisvesting")
    ]
    assert "eenmaal per half kalenderjaar" in inserted[0].content
    assert inserted[0].new_label == "Artikel I, onderdeel D"


def test_old_d_becomes_e_as_one_verlettering_not_a_change(changes):
    notes = [c for c in changes.of_kind("renumbered") if c.unit == "onderdeel"]
    assert len(notes) == 1
    assert [(r.old, r.new) for r in notes[0].renumbering] == [("D", "E")]
    assert notes[0].caused_by == ("art_I__point_D",)
    assert notes[0].new_eid == "art_I"
    changed_onderdelen = [
        c for c in changes.changes if c.unit == "onderdeel" and c.kind != "renumbered"
    ]
    assert [c.kind for c in changed_onderdelen] == ["inserted"]


def test_the_payload_article_28c_becomes_28d(changes):
    notes = [c for c in changes.of_kind("renumbered") if c.unit == "artikel"]
    assert [(r.old, r.new) for n in notes for r in n.renumbering] == [("28c", "28d")]
    assert notes[0].renumbering[0].old_eid == "art_I__point_D__mod_1__qstr_1__art_28c"
    assert notes[0].renumbering[0].new_eid == "art_I__point_E__mod_1__qstr_1__art_28d"


def test_the_moved_anchor_of_old_d_is_a_consequential_change(changes):
    (anchor,) = [c for c in changes.of_kind("changed") if c.unit == "wijziging"]
    assert anchor.old_eid == "art_I__point_D__mod_1"
    assert anchor.new_eid == "art_I__point_E__mod_1"
    assert [(op.old, op.new) for op in anchor.text if op.op != "equal"] == [
        ("artikel 28b", "artikel 28c")
    ]
    assert anchor.consequential


def test_zes_maanden_becomes_twaalf_maanden_in_the_zesde_lid(changes):
    (lid,) = [c for c in changes.of_kind("changed") if c.unit == "lid"]
    assert lid.key == "art12-lid-tijdstip"
    assert lid.new_eid == "art_I__point_A__point_2__mod_1__qstr_1__para_6"
    assert lid.new_label == "Artikel I, onderdeel A, wijziging 2, zesde lid"
    assert [(op.op, op.old, op.new) for op in lid.text if op.op != "equal"] == [
        ("replace", "zes", "twaalf")
    ]
    assert "ten minste zes maanden" in lid.old_text()
    assert "ten minste twaalf maanden" in lid.new_text()
    assert not lid.consequential


def test_the_deleted_lid_is_one_deletion_and_one_renumbering_note(changes):
    (deleted,) = changes.of_kind("deleted")
    assert deleted.unit == "lid"
    assert deleted.key == "art28a-overzicht-locaties"
    assert deleted.old_eid == "art_I__point_B__mod_1__qstr_1__art_28a__para_3"
    assert "overzicht" in deleted.content
    notes = [c for c in changes.of_kind("renumbered") if c.unit == "lid"]
    assert len(notes) == 1
    assert [(r.old, r.new) for r in notes[0].renumbering] == [("4", "3"), ("5", "4")]
    assert notes[0].caused_by == (deleted.old_eid,)


def test_nothing_else_changed(changes):
    assert changes.summary() == {
        "inserted": 1,
        "deleted": 1,
        "moved": 0,
        "renumbered": 3,
        "changed": 2,
    }


def test_a_version_compared_with_itself_has_no_changes(versions):
    for bill in versions:
        assert not diff_bills(bill, bill)
        assert diff_bills(bill, bill).summary() == dict.fromkeys(
            ("inserted", "deleted", "moved", "renumbered", "changed"), 0
        )


def test_the_reverse_diff_mirrors_the_forward_one(versions):
    forward, backward = diff_bills(*versions), diff_bills(*reversed(versions))
    assert forward.summary()["inserted"] == backward.summary()["deleted"]
    assert sorted(map(repr, forward.mirrored().changes)) == sorted(map(repr, backward.changes))


def test_the_diff_is_deterministic(versions):
    assert diff_bills(*versions) == diff_bills(*versions)
    assert diff_bills(*versions).as_dict() == diff_bills(*versions).as_dict()


def test_ignore_whitespace_hides_whitespace_only_changes(versions):
    bill = versions[0]
    article = bill.body[1]  # ARTIKEL II, with leden
    lid = article.leden[0]
    spaced = replace(lid, text=lid.text.replace(" ", "  ", 3))
    other = replace(
        bill,
        body=(bill.body[0], replace(article, leden=(spaced, *article.leden[1:])), *bill.body[2:]),
    )
    (change,) = diff_bills(bill, other).changes
    assert change.kind == "changed" and change.new_eid == "art_II__para_1"
    assert not diff_bills(bill, other, ignore_whitespace=True)


def test_the_change_set_knows_which_units_it_paired(changes, versions):
    assert ("art_I__point_D", "art_I__point_E") in changes.pairs
    assert (
        "art_I__point_B__mod_1__qstr_1__art_28a__para_4",
        "art_I__point_B__mod_1__qstr_1__art_28a__para_3",
    ) in changes.pairs
    assert ("", "") in changes.pairs
    assert set(changes.mirrored().pairs) == set(diff_bills(*reversed(versions)).pairs)
