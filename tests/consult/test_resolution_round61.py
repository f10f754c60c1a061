"""Round 61: forms of real texts met in the parts fresh227-fresh229 (zzzzzzzzu-zzzzzzzzw), each stated as a rule of such
texts in general and tested on invented sentences and invented laws."""

from __future__ import annotations

from .resolving import resolved, veerwet_bill


def test_deze_artikelen_are_the_articles_its_own_sentence_named(tmp_path) -> None:  # noqa: ANN001
    """"artikel 40 van de Havenwet in samenhang met artikel 21 van de Loodsenwet …, omdat deze artikelen …": the two
    articles its sentence named, the sentence's subject too, not the list a paragraph before named."""
    text = ("De nieuwe artikelen 8a, tweede lid, 8b, derde lid, en 8i van de Veerwet geven de minister bevoegdheden.\n\n"
            "Daarbij dient artikel 40 van de Havenwet in samenhang met artikel 21 van de Loodsenwet in acht genomen te "
            "worden, omdat deze artikelen een machtiging voorschrijven.")  # fmt: skip
    found = [f[1:] for f in resolved(text, veerwet_bill(tmp_path), "law", "artikel") if f[0] == "deze artikelen"]
    assert found == [("Havenwet", "40"), ("Loodsenwet", "21")]


def test_die_artikelen_after_a_list_in_its_sentence_are_that_list(tmp_path) -> None:  # noqa: ANN001
    """"… in de artikelen 18 tot en met 20 van de Veerwet en in artikel 38; die artikelen …" keeps naming the list
    (and what was named one by one after it), not the first article of the sentence alone."""
    text = ("Artikel 5 van de Veerwet verwijst naar de artikelen 18, 19 en 20 van de Veerwet, en die artikelen "
            "worden aangepast.")  # fmt: skip
    found = {f[1] for f in resolved(text, veerwet_bill(tmp_path), "artikel") if f[0] == "die artikelen"}
    assert found == {"18", "19", "20"}

