"""Forms that the real set's fresh36 part (zj01-zj08: a keur, provincial verordeningen, amending
AMvB's, court rulings and a law's own text as a legal database shows it) showed, each stated as
a rule of such texts in general and tested on invented sentences."""

from __future__ import annotations

from .resolving import default_bill, resolved


def test_de_wet_in_a_besluit_is_the_one_law_its_aanhef_rests_on():
    text = ("Wij Willem-Alexander, bij de gratie Gods, Koning der Nederlanden;\nGelet op artikel 69, derde lid, van de "
            "Participatiewet;\nHebben goedgevonden en verstaan:\n\nARTIKEL I\n\nHet Besluit op de proef wordt als volgt "
            "gewijzigd:\n\nA\n\nArtikel 8b komt te luiden:\n\n1. Een voorschot op de uitkering, bedoeld in artikel 69 van "
            "de wet, wordt verleend.\n")  # fmt: skip
    found = resolved(text, default_bill(), "law", "artikel")
    assert ("artikel 69 van de wet", "Participatiewet", "69") in found


def test_an_aanhef_resting_on_two_laws_names_none_as_de_wet():
    text = ("Gelet op artikel 78, eerste lid, van de Waterschapswet en artikel 6.13 van de Waterwet;\n\nARTIKEL I\n\nHet "
            "Besluit op de proef wordt als volgt gewijzigd:\n\nA\n\nArtikel 8b komt te luiden:\n\n1. Een vergunning als "
            "bedoeld in artikel 6.5 van de wet is vereist.\n")  # fmt: skip
    laws = {f[1] for f in resolved(text, default_bill(), "law") if f[0].endswith("van de wet")}
    assert not laws & {"Waterschapswet", "Waterwet"}


def test_a_heading_whose_word_and_number_stand_on_lines_of_their_own_is_one_heading():
    # a legal database's copy of a law's own text: "Artikel" / "1" / its text
    text = "Artikel\n\nII\n\nHet eerste lid is van toepassing.\n\nArtikel\n\nIII\n\nDeze wet treedt in werking.\n"
    found = resolved(text, default_bill(), "scope", "artikel", "lid")
    assert ("Artikel II", "bill", "II", "") in found and ("Het eerste lid", "bill", "II", "1") in found
    assert ("Artikel III", "bill", "III", "") in found
