"""Round 40: forms of real texts met while the blind parts fresh107-fresh109 (zzzze-zzzzg) were being labelled,
and left over from earlier parts, each stated as a rule of such texts in general and tested on invented
sentences and invented laws."""

from __future__ import annotations

from .resolving import default_bill, invented_bill, resolved
from .test_resolution_round39 import _INVOERINGSWET as INVOERINGSWET

# round 39's invented Invoeringswet with an article 1.10 that amends the Veerwet itself
_INVOERINGSWET = INVOERINGSWET + """        - nummer: "1.10"
          wijzigt: {citeertitel: Veerwet, lidwoord: de}
          onderdelen:
            - {nummer: A, wijzigingen: [{actie: vrije_tekst, doel: artikel 1.1, tekst: "(niet overgenomen)"}]}
            - {nummer: B, wijzigingen: [{actie: vrije_tekst, doel: artikel 2.1, tekst: "(niet overgenomen)"}]}
"""


def _invoeringswet(tmp_path):  # noqa: ANN001, ANN202 - Path, Bill
    return invented_bill(tmp_path / "i.yaml", "Invoering van de Veerwet", "Invoeringswet Veerwet", _INVOERINGSWET)


def test_a_notas_next_item_repeating_the_last_letter_of_an_article_it_inserts(tmp_path) -> None:  # noqa: ANN001
    """The nota's item A inserts an article with onderdelen A and B; the "B" after them is the nota's item B,
    and what follows it is the bill's article 1.10, not an article of the law the inserted article amends."""
    text = ("NOTA VAN WIJZIGING\n\nA\n\nNa artikel 1.4 wordt een artikel ingevoegd, luidend:\n\nArtikel 1.4a\n\n"
            "De Havenwet wordt gewijzigd als volgt:\n\nA\n\nArtikel 4 vervalt.\n\nB\n\nIn artikel 8 vervalt «ook».\n\n"
            "B\n\nArtikel 1.10 wordt gewijzigd als volgt:\n\na. Onderdeel A komt te luiden:\n\nA\n\nArtikel 1.1 vervalt.")  # fmt: skip
    found = resolved(text, _invoeringswet(tmp_path), "scope", "law", "artikel", "onderdeel")
    assert found[-6:] == [("B", "bill", "", "1.4a", "B"), ("artikel 8", "law", "Havenwet", "8", ""),
                          ("Artikel 1.10", "bill", "", "1.10", ""),
                          ("Onderdeel A", "bill", "", "1.10", "A"), ("A", "bill", "", "1.10", "A"),
                          ("Artikel 1.1", "law", "Veerwet", "1.1", "")]  # fmt: skip
    # an earlier letter is the nota's item too ("A" after the inserted article's B)
    earlier = text.replace("\n\nB\n\nArtikel 1.10", "\n\nA\n\nArtikel 1.10")
    assert ("Artikel 1.10", "bill", "", "1.10", "") in resolved(earlier, _invoeringswet(tmp_path), "scope", "law", "artikel", "onderdeel")



def test_a_renumbering_of_ranges_reads_both_ranges_completely() -> None:
    """"de artikelen A 1 tot en met A 5 tot A 2 tot en met A 6": the bare "tot" after a range is the renumbering's."""
    text = "In de Kieswet wordt, onder vernummering van de artikelen A 1 tot en met A 5 tot A 2 tot en met A 6, een artikel ingevoegd."
    found = resolved(text, default_bill(), "law", "artikel")
    assert [(f[0], f[2]) for f in found] == [("artikelen A 1 tot en met A 5", n) for n in ("A1", "A2", "A3", "A4", "A5")] + [
        ("A 2 tot en met A 6", n) for n in ("A2", "A3", "A4", "A5", "A6")]
    bare = "In de Woningwet worden de artikelen 3 tot en met 5 vernummerd tot 4 tot en met 6."
    assert [f[2] for f in resolved(bare, default_bill(), "law", "artikel")] == ["3", "4", "5", "4", "5", "6"]
    # a range and a bare "tot" in prose stay one range: "de artikelen 12 tot 14"
    assert [f[2] for f in resolved("De artikelen 12 tot 14 van de Woningwet gelden.", default_bill(), "law", "artikel")] == ["12", "13", "14"]
