"""Look-ups by address: places that exist, and clear values for those that do not."""

import pytest

from wetgen.law.locate import Missing, Place, Step, Volzin, describe, locate, target_steps
from wetgen.law.model import Article, Division, Lid, ListItem
from wetgen.model import Target


def steps(*pairs):
    return tuple(Step(kind, number) for kind, number in pairs)


def test_articles_leden_onderdelen_and_subonderdelen_are_found(woonruimte):
    place = locate(woonruimte, steps(("artikel", "2"), ("lid", "2"), ("onderdeel", "b"), ("subonderdeel", "2")))
    assert isinstance(place, Place) and isinstance(place.unit, ListItem)
    assert place.unit.blocks[0].text == "de bekendmaking ten minste zeven dagen duurt;"
    assert [type(u) for u in place.trail] == [Article, Lid, ListItem, ListItem]
    assert locate(woonruimte, steps(("artikel", "6A"))).unit.number == "6a"
    assert locate(woonruimte, steps(("artikel", "2"), ("lid", "2."), ("onderdeel", "a."))).unit.label == "a."


def test_volzinnen_are_addressable_in_a_lid_and_in_an_article_without_leden(woonruimte):
    third = locate(woonruimte, steps(("artikel", "2"), ("lid", "3"), ("volzin", "3")))
    assert isinstance(third.unit, Volzin)
    assert third.unit.text == "De voordracht vermeldt o.a. Onze Minister die het ontwerp heeft overgelegd."
    second = locate(woonruimte, steps(("artikel", "5"), ("volzin", "2")))
    assert second.unit.text == "Burgemeester en wethouders kunnen van het weigeren afzien in bijzondere gevallen."
    aanhef = locate(woonruimte, steps(("artikel", "3"), ("lid", "1"), ("volzin", "1")))
    assert aanhef.unit.text.endswith("bevat in ieder geval:")
    slot = locate(woonruimte, steps(("artikel", "3"), ("lid", "1"), ("volzin", "2")))
    assert slot.unit.text.startswith("Bij de aanvraag") and slot.unit.block == 2


def test_divisions_narrow_the_search(wetboek):
    ambiguous = locate(wetboek, steps(("artikel", "1")))
    assert isinstance(ambiguous, Missing) and not ambiguous
    assert "occurs 2 times" in ambiguous.message and "titeldeel 2" in ambiguous.message
    place = locate(wetboek, steps(("boek", "5"), ("titeldeel", "2"), ("artikel", "1")))
    assert place.unit.blocks[0].text.startswith("Deze titel is van toepassing")
    assert isinstance(place.trail[0], Division) and place.trail[0].kind == "boek"
    assert locate(wetboek, steps(("artikel", "4:10"), ("lid", "1"), ("onderdeel", "b"), ("subonderdeel", "1"))).unit.label == "1°."


@pytest.mark.parametrize(
    ("address", "message"),
    [
        ((("artikel", "99"),), "there is no artikel 99"),
        ((("artikel", "2"), ("lid", "5")), "artikel 2 has no vijfde lid (it has leden 1, 2, 3)"),
        ((("artikel", "5"), ("lid", "1")), "artikel 5 has no leden"),
        ((("artikel", "2"), ("onderdeel", "a")), "artikel 2 has leden; name the lid the onderdeel is in"),
        ((("artikel", "2"), ("lid", "2"), ("onderdeel", "d")), "artikel 2, tweede lid has no onderdeel d (it has onderdelen a, b, c)"),
        ((("artikel", "2"), ("lid", "1"), ("onderdeel", "a")), "artikel 2, eerste lid has no onderdelen"),
        ((("artikel", "2"), ("lid", "2"), ("onderdeel", "a"), ("subonderdeel", "1")), "artikel 2, tweede lid, onderdeel a has no subonderdelen"),
        ((("artikel", "2"), ("lid", "1"), ("volzin", "3")), "artikel 2, eerste lid has no derde volzin: it has 2 volzinnen"),
        ((("hoofdstuk", "9"), ("artikel", "1")), "there is no hoofdstuk 9 (it has hoofdstukken 1, 2, 3)"),
        ((("hoofdstuk", "1"), ("artikel", "3")), "there is no artikel 3 in hoofdstuk 1"),
        ((("lid", "1"),), "a lid is named inside the law itself; name an artikel first"),
        ((("alinea", "1"),), "unknown unit kind 'alinea' in the address"),
        ((), "an empty address names no place"),
    ],
)
def test_a_place_that_does_not_exist_gives_a_missing_value_that_says_why(woonruimte, address, message):
    result = locate(woonruimte, steps(*address))
    assert isinstance(result, Missing)
    assert result.message == message


def test_a_missing_value_says_how_far_the_address_got(woonruimte):
    result = locate(woonruimte, steps(("artikel", "2"), ("lid", "2"), ("onderdeel", "d")))
    assert result.found == steps(("artikel", "2"), ("lid", "2"))


def test_a_draft_target_is_an_address():
    target = Target(artikel="12", lid="4", onderdeel="b", subonderdeel="2")
    assert target_steps(target) == steps(("artikel", "12"), ("lid", "4"), ("onderdeel", "b"), ("subonderdeel", "2"))
    assert describe(target_steps(target)) == "artikel 12, vierde lid, onderdeel b, onder 2°"
