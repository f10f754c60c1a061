"""Round 63: a form of the instruments in force the parts fresh233-fresh235 (zzzzzzzzza-zzzzzzzzzc) hold, stated as a
rule of such texts in general and tested on an invented sentence."""

from __future__ import annotations

from .resolving import resolved, veerwet_bill


def test_a_list_of_onderdelen_whose_last_follows_a_comma_and_dan_wel(tmp_path) -> None:  # noqa: ANN001
    """"artikel 8, onder a, b, d, e, dan wel l, van de Havenwet": the last letter after ", dan wel" is in the list, and
    the list takes the law named after it."""
    text = "Een vergunning als bedoeld in artikel 8, onder a, b, d, e, dan wel l, van de Havenwet vervalt."
    found = {f[1:] for f in resolved(text, veerwet_bill(tmp_path), "scope", "law", "artikel", "item")}
    assert found == {("other_law", "Havenwet", "8", letter) for letter in "abdel"}
