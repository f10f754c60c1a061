"""The nota van wijziging on the changes of a `wijzigen` ("3. Het zesde lid wordt als volgt
gewijzigd: a. … b. …"): they are named "onder 3, onder a", as the bill prints them, and the nota
applied to OLD gives NEW.

OLD is the example of Aanwijzing 6.15 (tests/realbills/cases/ar-6-15-besluit-raad-voor-de-kunst,
re-typed from
https://www.kcbr.nl/beleid-en-regelgeving-ontwikkelen/aanwijzingen-voor-de-regelgeving/hoofdstuk-6-wijziging-en-intrekking-van-regelingen/ss-62-wijziging-van-regelingen/aanwijzing-615-indeling-wijzigingsbepalingen),
whose onderdeel B has "3. Artikel 8, zesde lid, wordt als volgt gewijzigd:" with the changes a.
and b. below it. A nota names a unit of a wijzigingswet by its letter and number (Ar 6.27:
"In artikel III, onderdeel A, komt het voorgestelde artikel 6a te luiden"), never the changes
of a `wijzigen` as "het voorgestelde onder 1".
"""

from dataclasses import replace
from pathlib import Path

import pytest

from wetgen.amend.apply import apply_nota
from wetgen.diff.compare import diff_bills
from wetgen.diff.nota import nota_items
from wetgen.loader import load_bill

AR_6_15 = (
    Path(__file__).resolve().parents[1]
    / "realbills"
    / "cases"
    / "ar-6-15-besluit-raad-voor-de-kunst"
    / "draft.yaml"
)


@pytest.fixture(scope="module")
def old():
    return load_bill(AR_6_15)


def with_changes(bill, make):
    """Return the bill with the changes of onderdeel B's `wijzigen` (onder 3) made by `make`."""
    article = bill.body[0]
    b = article.onderdelen[1]
    group = b.instructions[2]
    group = replace(group, children=make(*group.children))
    b = replace(b, instructions=(*b.instructions[:2], group))
    return replace(bill, body=(replace(article, onderdelen=(article.onderdelen[0], b)),))


def nota(old, new):
    items = nota_items(old, new, diff_bills(old, new))
    assert apply_nota(old, [e for item in items for e in item.edits]).body == new.body
    return [(item.sentence, item.content) for item in items]


def test_changed_words_in_a_change_of_a_wijzigen_are_named_onder_3_onder_a(old):
    new = with_changes(
        old, lambda a, b: (replace(a, new=a.new.replace("12 en 12a", "12, 12a en 16")), b)
    )
    assert nota(old, new) == [(
        'In artikel I, onderdeel B, onder 3, onder a, wordt "artikelen 12 en 12a" vervangen door '
        '"artikelen 12, 12a en 16".', ()
    )]  # fmt: skip


def test_a_deleted_change_of_a_wijzigen_vervalt_by_its_letter(old):
    new = with_changes(old, lambda a, b: (a,))
    assert nota(old, new) == [("Artikel I, onderdeel B, onder 3, onder b, vervalt.", ())]


def test_an_added_change_is_printed_with_its_letter_and_in_the_form_of_the_bill(old):
    new = with_changes(old, lambda a, b: (a, b, replace(a, new="de modellen")))
    ((sentence, content),) = nota(old, new)
    assert (
        sentence == "Aan artikel I, onderdeel B, onder 3, wordt een onderdeel toegevoegd, luidende:"
    )
    assert content == (
        'c. In onderdeel a wordt "het model, bedoeld in artikel 12," vervangen door "de modellen".',
    )


def test_a_change_whose_quoted_words_change_komt_te_luiden(old):
    # words inside the instruction's own quotes cannot be quoted again without a quote in them
    new = with_changes(old, lambda a, b: (replace(a, old="het model", new="het ontwerp"), b))
    assert nota(old, new) == [(
        "Artikel I, onderdeel B, onder 3, onder a, komt te luiden:",
        ('a. In onderdeel a wordt "het model" vervangen door "het ontwerp".',),
    )]  # fmt: skip
