"""Round 41: forms of real texts left over from earlier parts and met while the blind parts fresh116-fresh118
(zzzzn-zzzzp) were being labelled, each stated as a rule of such texts in general and tested on invented
sentences and invented laws."""

from __future__ import annotations

from .resolving import default_bill, resolved


def test_an_onderdeel_and_its_numbered_sub_written_with_a_dot() -> None:
    """"onder b.1" is onderdeel b, sub 1 (a Besluit's way of writing "onder b, onder 1°"), and the law named after it
    is the law of the whole reference."""
    text = ("Gelet op artikel 3, eerste lid, onder b.1, van de Wet op het primair onderwijs en artikel 5, onderdeel a.2°, "
            "van de Veerwet. Volgens artikel 8, onder c.3 van de Woningwet.")  # fmt: skip
    found = resolved(text, default_bill(), "scope", "law", "artikel", "lid", "item", "sub")
    assert [f[1:] for f in found] == [
        ("other_law", "Wet op het primair onderwijs", "3", "1", "b", "1"),
        ("other_law", "Veerwet", "5", "", "a", "2"),
        ("other_law", "Woningwet", "8", "", "c", "3"),
    ]
    # a letter, a dot and a space is the letter and the sentence's end: no sub
    assert [f[1:] for f in resolved("Zie artikel 8, onder c. 3 leden volgen.", default_bill(), "artikel", "item", "sub")] == [("8", "c", "")]
