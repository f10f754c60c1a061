"""Article numbers that start again at 1 in every hoofdstuk, as in the aanpassingswet Stb. 1995,
355 (https://zoek.officielebekendmakingen.nl/stb-1995-355.html: "HOOFDSTUK I … Artikel 1 …
HOOFDSTUK II … Artikel 1"): numbers need only differ within a hoofdstuk, and an article is named
and identified with its hoofdstuk."""

from pathlib import Path

from wetgen import address
from wetgen.check import check_file
from wetgen.model import Division

CASE = (
    Path(__file__).resolve().parent
    / "realbills"
    / "cases"
    / "stb-1995-355-hoofdstukken"
    / "draft.yaml"
)


def codes(path):
    return [d.code for d in check_file(path).diagnostics]


def test_restarting_numbers_are_neither_duplicates_nor_out_of_place():
    found = codes(CASE)
    assert "STR001" not in found and "NUM001" not in found


def test_each_article_is_named_and_identified_within_its_hoofdstuk():
    bill = check_file(CASE).bill
    assert all(isinstance(d, Division) and d.own_numbering for d in bill.body)
    places = [address.article(address.division(address.BILL, d), d.children[0]) for d in bill.body]
    assert [(p.eid, p.label) for p in places] == [
        ("chp_I__art_1", "Hoofdstuk I, artikel 1"),
        ("chp_II__art_1", "Hoofdstuk II, artikel 1"),
    ]


def test_a_number_used_twice_in_one_hoofdstuk_is_still_a_duplicate(tmp_path):
    text = CASE.read_text(encoding="utf-8")
    extra = text.replace(
        "                  doel: artikel 5\n",
        '                  doel: artikel 5\n        - nummer: "1"\n          tekst: Dit artikel staat er twee keer.\n',
        1,
    )
    assert extra != text
    twice = tmp_path / "twice.yaml"
    twice.write_text(extra, encoding="utf-8")
    assert "STR001" in codes(twice)


def test_numbers_that_run_on_through_the_hoofdstukken_do_not_restart(tmp_path):
    text = CASE.read_text(encoding="utf-8").replace(
        '        - nummer: "1"\n          wijzigt: {citeertitel: Algemene',
        '        - nummer: "2"\n          wijzigt: {citeertitel: Algemene',
    )
    assert '- nummer: "2"' in text
    running = tmp_path / "running.yaml"
    running.write_text(text, encoding="utf-8")
    bill = check_file(running).bill
    assert not any(d.own_numbering for d in bill.body)
    assert "NUM001" not in codes(running)
