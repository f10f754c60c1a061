"""The loader keeps every scalar a string and numbers units by position."""

from wetgen.loader import load_text
from wetgen.model import Action

DRAFT = """wetsvoorstel:
  opschrift: Regels over iets
  citeertitel: Wet iets
  versie: {label: "3.10", datum: 2026-12-01, fase: consultatieversie}
  ministerie: nee
  ondertekenaars: [yes]
  considerans: [1e3]
  artikelen:
    - nummer: 3.10
      leden: [eerste, tweede]
    - leden:
        - tekst: "aanhef:"
          onderdelen: [een;, twee.]
"""


def test_every_scalar_stays_a_string():
    bill = load_text(DRAFT.encode()).bill
    assert bill.version.label == "3.10"
    assert bill.version.date == "2026-12-01"
    assert bill.ministry == "nee"
    assert bill.signatories == ("yes",)
    assert bill.considerans == ("1e3",)
    assert next(bill.articles()).number == "3.10"


def test_positional_numbers():
    bill = load_text(DRAFT.encode()).bill
    first, second = bill.articles()
    assert [lid.number for lid in first.leden] == ["1", "2"]
    assert second.number == "3.11" or second.number == "2"
    assert [i.number for i in second.leden[0].items] == ["a", "b"]


def test_amending_articles_are_roman_and_onderdelen_lettered():
    text = """wetsvoorstel:
  artikelen:
    - wijzigt: {citeertitel: Huisvestingswet 2014}
      onderdelen:
        - wijzigingen: [{actie: vervallen, doel: "artikel 12, vierde lid"}]
        - wijzigingen: [{actie: vervallen, doel: "artikel 13"}]
    - tekst: x
"""
    result = load_text(text.encode())
    first, second = result.bill.articles()
    assert (first.number, second.number) == ("I", "II")
    assert [o.number for o in first.onderdelen] == ["A", "B"]
    instruction = first.onderdelen[0].instructions[0]
    assert instruction.action is Action.DELETE
    assert (instruction.target.artikel, instruction.target.lid) == ("12", "4")


PER_CHAPTER = """wetsvoorstel:
  artikelen:
    - hoofdstuk: "1"
      artikelen:
        - {nummer: "1.1", tekst: x}
        - {tekst: x}
        - {nummer: "1.2a", tekst: x}
        - {nummer: "1.5", tekst: x}
    - hoofdstuk: "2"
      artikelen:
        - {tekst: x}
        - {nummer: "21", tekst: x}
"""


def test_articles_numbered_per_hoofdstuk_count_again_in_each_hoofdstuk():
    result = load_text(PER_CHAPTER.encode())
    assert [a.number for a in result.bill.articles()] == ["1.1", "1.2", "1.2a", "1.5", "2.1", "21"]
    found = [(d.code, d.message) for d in result.diagnostics if d.code == "NUM001"]
    assert found == [
        ("NUM001", "artikel number '1.5' differs from its position, which gives '1.3'"),
        ("NUM001", "artikel number '21' differs from its position, which gives '2.2'"),
    ]


def test_a_dotted_number_in_a_bill_numbered_throughout_is_reported():
    text = PER_CHAPTER.replace('{nummer: "1.1", tekst: x}', "{tekst: x}")
    result = load_text(text.encode())
    assert [a.number for a in result.bill.articles()][:2] == ["1", "2"]
    messages = [d.message for d in result.diagnostics if d.code == "NUM001"]
    assert "artikel number '1.2a' differs from its position, which gives '3'" in messages
