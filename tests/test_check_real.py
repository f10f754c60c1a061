"""`wetgen check` on forms that real bills use: no false alarms (issue 12), and the new rules on
"(nieuw)" and on quoted words that occur more than once."""

from __future__ import annotations

import textwrap

import pytest

from wetgen.check import check_bill
from wetgen.errors import Severity
from wetgen.loader import load_text

HEAD = """\
wetsvoorstel:
  opschrift: Wijziging van de Huisvestingswet 2014 in verband met een proef
  citeertitel: Wet proef huisvesting
  versie: {label: Consultatieversie, datum: "2026-12-01", fase: consultatieversie}
  ministerie: Volkshuisvesting en Ruimtelijke Ordening
  ondertekenaars: ["De Minister van Volkshuisvesting en Ruimtelijke Ordening,"]
  considerans: ["dat het wenselijk is de Huisvestingswet 2014 te wijzigen;"]
  artikelen:
    - wijzigt: {citeertitel: Huisvestingswet 2014, artikelen: ["12", "28", "42", "4:8", "2a:3"]}
      onderdelen:
"""
TAIL = """\
    - opschrift: Overgangsrecht
      tekst: Op een aanvraag van voor de inwerkingtreding blijft het oude recht van toepassing.
    - tekst: {inwerking}
    - tekst: "Deze wet wordt aangehaald als: Wet proef huisvesting."
"""
DIFFERENTIATED = (
    "Deze wet treedt in werking op een bij koninklijk besluit te bepalen tijdstip, dat voor de "
    "verschillende artikelen of onderdelen daarvan verschillend kan worden vastgesteld."
)


def findings(onderdelen: str, inwerking: str = DIFFERENTIATED, severity: Severity = Severity.WARNING) -> list[str]:
    text = HEAD + textwrap.indent(textwrap.dedent(onderdelen), " " * 8) + TAIL.format(inwerking=inwerking)
    result = load_text(text)
    assert [d.message for d in result.diagnostics] == []
    levels = (Severity.WARNING, Severity.ERROR) if severity is Severity.WARNING else (severity,)
    return [d.code for d in check_bill(result.bill) if d.severity in levels]


A = """\
- wijzigingen:
    - {actie: vervang_woorden, doel: "artikel 12, eerste lid", oud: urgent, nieuw: dringend}
"""


@pytest.mark.parametrize("onderdelen", [
    # quoted words that really contain quotation marks
    A + '- wijzigingen:\n    - {actie: vervang_woorden, doel: artikel 28, oud: "de \\"urgentie\\"", nieuw: de voorrang}\n',
    # a free text that replaces a unit by units is not a word replacement
    A + "- wijzigingen:\n    - {actie: vrije_tekst, tekst: 'Hoofdstuk 3 wordt vervangen door twee hoofdstukken, luidende:'}\n",
    # appending the next number after the last article
    A + "- wijzigingen:\n    - {actie: invoegen, na: artikel 42, artikelen: [{nummer: '43', tekst: Dit artikel is nieuw.}]}\n",
    # colon numbers are one article, and a law named after the whole reference is that law
    A + "- wijzigingen:\n    - actie: toevoegen\n      aan: artikel 28\n      leden:\n        - nummer: '3'\n"
        "          tekst: >-\n            Artikel 4:8 en artikel 2a:3 zijn van toepassing, en de kosten, bedoeld in\n"
        "            artikel 21, tweede lid, onderdeel a, van de Woningwet, komen ten laste van de gemeente.\n",
])  # fmt: skip
def test_real_forms_give_no_warning(onderdelen):
    found = findings(onderdelen)
    assert found == [] or found == ["AMD001"], found  # a free text is reported as free text only


def test_inwerkingtreding_with_words_between_is_found():
    text = "Deze wet treedt, onder verwijzing naar artikel 12, in werking met ingang van 1 januari 2028."
    assert "AR004" not in findings(A, inwerking=text)


def test_a_single_date_by_koninklijk_besluit_is_at_most_info():
    bare = "Deze wet treedt in werking op een bij koninklijk besluit te bepalen tijdstip."
    assert findings(A, inwerking=bare) == []
    assert "AR005" in findings(A, inwerking=bare, severity=Severity.INFO)


def test_an_overgangsbepaling_inserted_into_the_law_counts():
    inserted = A + (
        "- wijzigingen:\n    - {actie: invoegen, na: artikel 42, artikelen: [{nummer: 42a, opschrift: Overgangsbepaling,"
        " tekst: Het oude recht blijft van toepassing.}]}\n"
    )
    text = HEAD + textwrap.indent(inserted, " " * 8) + (
        '    - tekst: "' + DIFFERENTIATED + '"\n    - tekst: "Deze wet wordt aangehaald als: Wet proef huisvesting."\n'
    )
    bill = load_text(text).bill
    assert "AR014" not in [d.code for d in check_bill(bill)]


def test_nieuw_must_point_at_a_unit_an_earlier_change_renumbered():
    renumbered = """\
- wijzigingen:
    - actie: invoegen
      na: artikel 12, eerste lid
      vernummering: [{van: "2", naar: "3"}]
      leden: [{nummer: "2", tekst: Dit lid is nieuw.}]
    - {actie: vervang_woorden, doel: "artikel 12, derde lid (nieuw)", oud: urgent, nieuw: dringend}
"""
    assert findings(renumbered) == []
    assert findings(A.replace("eerste lid", "eerste lid (nieuw)")) == ["AMD002"]


def test_words_that_occur_twice_need_telkens_where_the_text_is_known():
    inserted = """\
- wijzigingen:
    - {actie: invoegen, na: artikel 28, artikelen: [{nummer: 28a, tekst: De gemeente meldt het besluit aan de gemeenteraad en aan een andere gemeente.}]}
- wijzigingen:
    - {actie: vervang_woorden, doel: artikel 28a, oud: gemeente, nieuw: provincie}
"""
    assert findings(inserted) == ["AMD003"]
    assert findings(inserted.replace("oud: gemeente,", "oud: gemeente, telkens: ja,")) == []
    assert findings(inserted.replace("oud: gemeente,", "oud: het college,")) == ["AMD003"]
