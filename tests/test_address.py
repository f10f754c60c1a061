"""One address per unit: eIds after the Akoma Ntoso naming convention, distinct for distinct
numbers, and the very eIds the Akoma Ntoso of the bill has."""

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from test_properties import bills, rich_bills

from tests.conftest import DEFAULT_DRAFT_DIR, ROOT
from wetgen import address
from wetgen.address import BILL, LAW, step
from wetgen.loader import load_bill
from wetgen.render import akn
from wetgen.render.templating import bill_view

NO_WHITESPACE = re.compile(r"[^\s]+")  # the eId type of the strict AKN schema (noWhiteSpace)
PER_CHAPTER = ROOT / "tests" / "cases" / "good" / "per-hoofdstuk-genummerd.yaml"
# published bills re-typed as drafts: one change without intro or letter, nested `wijzigen`…
REAL_BILLS = sorted((ROOT / "tests" / "realbills" / "cases").glob("*/draft.yaml"))


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        ("1", "1"), ("28a", "28a"), ("IA", "IA"), ("AA", "AA"),  # plain numbers stay as they are
        ("1.", "1"), ("a.", "a"), ("1°", "1"), ("(i)", "i"),  # final punctuation goes
        ("1.11", "1.11"), ("11.1", "11.1"), ("2.1", "2.1"), ("2:15", "2:15"),  # internal stays
        ("12 bis", "12-20-bis"), ("1-2", "1-2d-2"), ("3_4", "3-5f-4"),  # the rest is escaped
        ("", "nn"), ("°", "nn"),  # no number at all
    ],
)  # fmt: skip
def test_numbers_are_written_into_eids_as_the_naming_convention_says(number, expected):
    assert address.eid_number(number) == expected


def canonical(number: str) -> str:
    """The number without its final punctuation (and spaces), as the naming convention reads it."""
    return re.sub(r"^[\W_]+|[\W_]+$", "", number)


NUMBERS = st.one_of(
    st.sampled_from(["1", "11", "1.11", "11.1", "2.1", "21", "2:1", "28a", "IA", "AA", "A", "a", "1°"]),
    st.text(alphabet="0123456789aAIVX.:-_ °()", min_size=1, max_size=6),
)


@settings(max_examples=2000, deadline=None)
@given(NUMBERS, NUMBERS)
def test_different_numbers_never_give_the_same_eid(a, b):
    one, other = step(BILL, address.ARTICLE, a).eid, step(BILL, address.ARTICLE, b).eid
    assert NO_WHITESPACE.fullmatch(one) and "__" not in one
    if canonical(a) and canonical(b):
        assert (one == other) == (canonical(a) == canonical(b))


def test_per_chapter_numbers_stay_apart():
    assert step(BILL, "artikel", "1.11").eid != step(BILL, "artikel", "11.1").eid
    assert step(BILL, "artikel", "2.1").eid != step(BILL, "artikel", "21").eid


def test_articles_are_named_from_their_scope_not_their_hoofdstuk():
    chapter = step(BILL, "hoofdstuk", "2")
    division = step(chapter, "afdeling", "2.1")
    article = step(division, "artikel", "2.3")
    lid = step(article, "lid", "1")
    assert (chapter.eid, division.eid, article.eid, lid.eid) == (
        "chp_2", "chp_2__dvs_2.1", "art_2.3", "art_2.3__para_1",
    )  # fmt: skip
    assert (article.parent, lid.parent) == ("chp_2__dvs_2.1", "art_2.3")
    assert lid.label == "Artikel 2.3, eerste lid"


def test_instructions_are_the_mods_of_the_akn():
    onderdeel = step(step(BILL, "artikel", "I"), "onderdeel", "B")
    only = address.instruction(onderdeel, 1, 1)
    second = address.instruction(onderdeel, 2, 3)
    assert only.eid == "art_I__point_B__mod_1"
    assert second.eid == "art_I__point_B__point_2__mod_1"
    assert (second.number, second.label) == ("2", "Artikel I, onderdeel B, wijziging 2")
    new = address.quoted(only)
    article = step(step(new, "hoofdstuk", "5A"), "artikel", "5A.1")
    assert article.eid == "art_I__point_B__mod_1__qstr_1__art_5A.1"
    assert article.label == "Artikel I, onderdeel B, wijziging 1, artikel 5A.1"


def test_the_changes_of_a_wijzigen_are_mods_in_points_numbered_as_printed():
    onderdeel = step(step(BILL, "artikel", "I"), "onderdeel", "B")
    group = address.instruction(onderdeel, 2, 3)  # "2. Artikel 8 wordt als volgt gewijzigd:"
    change = address.nested(group, 2, 2)  # its "b."
    assert address.nested_point(group, 2, 2).eid == "art_I__point_B__point_2__point_b"
    assert change.eid == "art_I__point_B__point_2__point_b__mod_1"
    assert (change.number, change.label) == ("2", "Artikel I, onderdeel B, wijziging 2, onder b")
    only = address.instruction(onderdeel, 1, 1)  # the onderdeel's only change, a `wijzigen`
    assert address.nested(only, 3, 1).eid == "art_I__point_B__point_3__mod_1"
    depths = [None, 1, 1, 2, 2, 1]  # a shared heading, 1., 2. (a., b.), 3.
    eids = [a.eid if a else "" for a in address.printed_changes(onderdeel, 3, depths)]
    assert eids == ["", "art_I__point_B__point_1__mod_1", "art_I__point_B__point_2__mod_1",
                    "art_I__point_B__point_2__point_a__mod_1", "art_I__point_B__point_2__point_b__mod_1",
                    "art_I__point_B__point_3__mod_1"]  # fmt: skip


def test_a_law_is_addressed_by_the_same_steps():
    """A law's units, as a model of the amended law would walk them (/Hoofdstuk2/Artikel5/Lid1)."""
    place = LAW
    steps = (("hoofdstuk", "2"), ("artikel", "5"), ("lid", "1"), ("item", "b"), ("subonderdeel", "2"))
    for kind, number in steps:
        place = step(place, kind, number)
    assert place.eid == "art_5__para_1__point_b__point_2"
    assert place.label == "Artikel 5, eerste lid, onderdeel b, onder 2°"


def test_rebase_renames_what_is_inside_and_nothing_else():
    assert address.rebase("art_I__point_D__mod_1", "art_I__point_D", "art_I__point_E") == (
        "art_I__point_E__mod_1"
    )
    assert address.rebase("art_1.1", "chp_1", "chp_2") == "art_1.1"  # articles are scoped
    assert address.rebase("art_I__point_DA", "art_I__point_D", "art_I__point_E") == "art_I__point_DA"


def unit_eids(bill) -> set[str]:
    """The eIds of the units in the bill's Akoma Ntoso (the walk's kinds of element)."""
    root = akn.bill_document(bill).root
    units = {"chapter", "division", "section", "hcontainer", "article", "paragraph", "point", "mod",
             "quotedStructure"}  # fmt: skip
    return {e.get("eId") for e in root.iter() if etree.QName(e).localname in units}


@pytest.mark.parametrize("draft", [*sorted(DEFAULT_DRAFT_DIR.glob("*.yaml")), PER_CHAPTER, *REAL_BILLS],
                         ids=lambda p: p.parent.name if p.name == "draft.yaml" else p.stem)
def test_the_walk_names_exactly_the_units_of_the_akn(draft):
    bill = load_bill(draft)
    walked = [a.eid for a in address.walk(bill)]
    assert len(walked) == len(set(walked))
    assert set(walked) == unit_eids(bill)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(bills(), rich_bills()))
def test_the_walk_names_exactly_the_units_of_the_akn_of_any_bill(bill):
    assert {a.eid for a in address.walk(bill)} == unit_eids(bill)


def test_html_anchors_are_eids_of_the_akn():
    bill = load_bill(DEFAULT_DRAFT_DIR / "02-adviesaanvraag.yaml")
    anchors = []

    def collect(view):
        if isinstance(view, dict):
            anchors.extend(v for k, v in view.items() if k == "eid")
            for value in view.values():
                collect(value)
        elif isinstance(view, list):
            for value in view:
                collect(value)

    collect(bill_view(bill)["body"])
    assert anchors and len(anchors) == len(set(anchors))
    assert set(anchors) <= unit_eids(bill)
    assert "art_I__point_D__mod_1__qstr_1__art_28c" in anchors


def built_eids(folder) -> tuple[set[str], list[str]]:
    """The eIds of the bill's Akoma Ntoso and the ids of the HTML page built into `folder`."""
    (bill_akn,) = [p for p in folder.glob("*.akn.xml") if not p.name.endswith("-mvt.akn.xml")]
    root = etree.parse(str(bill_akn)).getroot()
    html = next(folder.glob("*.html")).read_text(encoding="utf-8")
    return {e.get("eId") for e in root.iter() if e.get("eId")}, re.findall(r' id="([^"]+)"', html)


def test_a_bill_numbered_per_hoofdstuk_builds_in_every_format_with_distinct_eids(run_cli, tmp_path):
    code, _, err = run_cli("build", str(PER_CHAPTER), "-o", str(tmp_path))
    assert code == 0, err
    assert {p.suffix for p in tmp_path.iterdir()} == {".docx", ".xml", ".html", ".md"}
    eids, anchors = built_eids(tmp_path)  # the build validated the AKN: its eIds are unique
    assert {"art_1.11", "art_11.1", "art_2.1", "chp_11"} <= eids
    assert len(anchors) == len(set(anchors)) and {"art_1.11", "art_11.1"} <= set(anchors)


def test_artikel_21_beside_artikel_2_1_builds_and_is_reported_as_misnumbered(run_cli, tmp_path):
    draft = tmp_path / "draft.yaml"
    text = PER_CHAPTER.read_text(encoding="utf-8").replace(
        "          tekst: Een proef duurt ten hoogste vijf jaar.\n",
        "          tekst: Een proef duurt ten hoogste vijf jaar.\n"
        '        - {nummer: "21", tekst: Een proef kan worden verlengd.}\n',
    )
    draft.write_text(text, encoding="utf-8")
    code, _, err = run_cli("build", str(draft), "-o", str(tmp_path / "out"))
    assert code == 0, err
    eids, anchors = built_eids(tmp_path / "out")
    assert {"art_2.1", "art_21"} <= eids
    assert len(anchors) == len(set(anchors)) and {"art_2.1", "art_21"} <= set(anchors)
    code, out, _ = run_cli("check", str(draft))
    assert code == 1
    assert "warning[NUM001]: artikel number '21' differs from its position, which gives '2.3'" in out
