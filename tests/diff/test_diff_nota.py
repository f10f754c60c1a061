"""The nota van wijziging generated from a change set: Ar formulas, renumbering and "(nieuw)"."""

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from test_properties import bills

from wetgen.diff.compare import diff_bills
from wetgen.diff.nota import nota_items, render_nota
from wetgen.errors import UsageError
from wetgen.model import Article, Bill, Item, Lid, Stage, Version

DRAFTS = Path(__file__).resolve().parents[2] / "drafts" / "huisvesting-vergunninghouders"




def sentences(old, new):
    return [item.sentence for item in nota_items(old, new, diff_bills(old, new))]


def test_the_default_draft_nota_uses_the_formulas(versions):
    assert sentences(*versions) == [
        'In artikel I, onderdeel A, onder 2, wordt in het voorgestelde zesde lid «zes» vervangen door «twaalf».',
        "In artikel I, onderdeel B, vervalt in het voorgestelde artikel 28a het derde lid, onder "
        "vernummering van het vierde en vijfde lid tot derde en vierde lid.",
        "Onder verlettering van onderdeel D tot onderdeel E wordt na artikel I, onderdeel C, een "
        "onderdeel ingevoegd, luidende:",
        'In artikel I, onderdeel E (nieuw), wordt «artikel 28b» vervangen door «artikel 28c».',
        "In artikel I, onderdeel E (nieuw), wordt het voorgestelde artikel 28c vernummerd tot artikel 28d.",
    ]


def test_the_inserted_onderdeel_follows_luidende_with_its_own_letter(versions):
    items = nota_items(*versions, diff_bills(*versions))
    content = items[2].content
    assert content[:3] == (
        "D",
        "Na artikel 28b wordt een artikel ingevoegd, luidende:",
        "  Artikel 28c",
    )
    assert content[3].startswith("  1. Burgemeester en wethouders verstrekken")
    assert content[4].startswith("    a. het aantal vergunninghouders")


def test_the_reverse_nota_deletes_onderdeel_d_and_reinserts_the_lid(versions):
    old, new = versions[1], versions[0]
    found = sentences(old, new)
    assert (
        "Artikel I, onderdeel D, vervalt, onder verlettering van onderdeel E tot onderdeel D."
        in found
    )
    assert (
        "In artikel I, onderdeel B, wordt in het voorgestelde artikel 28a, onder vernummering van het "
        "derde en vierde lid tot vierde en vijfde lid, na het tweede lid een lid ingevoegd, luidende:"
    ) in found


def test_the_rendered_nota_letters_its_onderdelen(versions):
    text = render_nota(*versions, diff_bills(*versions))
    assert "Nr. …  NOTA VAN WIJZIGING\n\nHet voorstel van wet wordt als volgt gewijzigd:\n\nA\n\n" in text
    assert "\n\nE\n\nIn artikel I, onderdeel E (nieuw), wordt het voorgestelde artikel 28c" in text
    assert render_nota(versions[0], versions[0], diff_bills(versions[0], versions[0])).endswith(
        "Het voorstel van wet wordt niet gewijzigd.\n"
    )


# --- a plain bill: leden and list items of its own articles -------------------------------------


def plain(*articles):
    return Bill(
        "x", "x", Version("v", "2026-12-01", Stage.CONSULTATIEVERSIE), "x", (), (), tuple(articles)
    )


LEDEN = (
    Lid("1", "Onze Minister stelt regels over de huisvesting van vergunninghouders.", key="a"),
    Lid("2", "De regels gaan over de termijn van zes maanden en de woonruimte.", key="b"),
    Lid("3", "Burgemeester en wethouders zorgen voor woonruimte binnen zes maanden.", key="c"),
)


def test_a_deleted_lid_of_the_bill_renumbers_the_rest():
    old = plain(Article("1", leden=LEDEN))
    new = plain(Article("1", leden=(LEDEN[0], replace(LEDEN[2], number="2"))))
    assert sentences(old, new) == [
        "Artikel 1, tweede lid, vervalt, onder vernummering van het derde lid tot tweede lid."
    ]


def test_a_lid_added_at_the_end_is_toegevoegd():
    extra = Lid("4", "Deze regels gelden ook voor gezinsleden.", key="d")
    old, new = plain(Article("1", leden=LEDEN)), plain(Article("1", leden=(*LEDEN, extra)))
    items = nota_items(old, new, diff_bills(old, new))
    assert [i.sentence for i in items] == ["Aan artikel 1 wordt een lid toegevoegd, luidende:"]
    assert items[0].content == ("4. Deze regels gelden ook voor gezinsleden.",)


def test_two_leden_inserted_together_are_one_instruction():
    extra = (
        Lid("2", "Eerste nieuwe lid over iets anders.", key="x"),
        Lid("3", "Tweede nieuwe lid over weer iets.", key="y"),
    )
    new_leden = (LEDEN[0], *extra, replace(LEDEN[1], number="4"), replace(LEDEN[2], number="5"))
    old, new = plain(Article("1", leden=LEDEN)), plain(Article("1", leden=new_leden))
    assert sentences(old, new) == [
        "Onder vernummering van het tweede en derde lid tot vierde en vijfde lid worden na artikel 1, "
        "eerste lid, twee leden ingevoegd, luidende:"
    ]


def test_quoted_words_get_context_until_they_occur_once():
    old = plain(Article("1", leden=LEDEN))
    changed = replace(LEDEN[2], text=LEDEN[2].text.replace("zes maanden", "twaalf maanden"))
    new = plain(Article("1", leden=(LEDEN[0], LEDEN[1], changed)))
    assert sentences(old, new) == ['In artikel 1, derde lid, wordt «zes» vervangen door «twaalf».']
    both = plain(Article("1", text="De termijn is zes weken of zes maanden."))
    after = plain(Article("1", text="De termijn is zes weken of twaalf maanden."))
    assert sentences(both, after) == [
        'In artikel 1 wordt «zes maanden» vervangen door «twaalf maanden».'
    ]


def test_two_edits_in_one_lid_are_two_instructions_applied_in_turn():
    old = plain(Article("1", leden=LEDEN))
    changed = replace(
        LEDEN[1], text="De regels gaan over de termijn van twaalf maanden en de standplaats."
    )
    new = plain(Article("1", leden=(LEDEN[0], changed, LEDEN[2])))
    assert sentences(old, new) == [
        'In artikel 1, tweede lid, wordt «zes» vervangen door «twaalf».',
        'In artikel 1, tweede lid, wordt «woonruimte» vervangen door «standplaats».',
    ]


def test_words_that_cannot_be_quoted_once_make_the_unit_komt_te_luiden():
    lid = Lid("1", "zes maanden", (Item("a", "zes maanden;"), Item("b", "een jaar.")))
    new_lid = replace(lid, text="twaalf maanden")
    old, new = plain(Article("1", leden=(lid,))), plain(Article("1", leden=(new_lid,)))
    found = nota_items(old, new, diff_bills(old, new))
    assert [i.sentence for i in found] == ["Artikel 1, eerste lid, komt te luiden:"]
    assert found[0].content == ("1. twaalf maanden", "  a. zes maanden;", "  b. een jaar.")


def test_inserted_and_deleted_words():
    old = plain(Article("1", text="Een woning wordt toegewezen aan een woningzoekende."))
    new = plain(
        Article("1", text="Een woning wordt met voorrang toegewezen aan een woningzoekende.")
    )
    assert sentences(old, new) == ['In artikel 1 wordt na «wordt» ingevoegd «met voorrang».']
    assert sentences(new, old) == ['In artikel 1 vervalt «met voorrang».']


def test_a_list_with_an_insertion_and_a_deletion_is_replaced_whole():
    items = tuple(
        Item(n, f"tekst {w} over iets;", key=w)
        for n, w in zip("abc", ["een", "twee", "drie"], strict=True)
    )
    new_items = (
        Item("a", "nieuw onderdeel hier;", key="nieuw"),
        replace(items[0], number="b"),
        replace(items[1], number="c"),
    )
    old = plain(Article("1", leden=(Lid("1", "Het gaat om:", items),)))
    new = plain(Article("1", leden=(Lid("1", "Het gaat om:", new_items),)))
    found = nota_items(old, new, diff_bills(old, new))
    assert [i.sentence for i in found] == ["Artikel 1, eerste lid, komt te luiden:"]
    assert found[0].content[0] == "1. Het gaat om:"
    assert found[0].content[1] == "  a. nieuw onderdeel hier;"


def test_a_moved_lid_makes_its_article_komt_te_luiden():
    reordered = (
        replace(LEDEN[2], number="1"),
        replace(LEDEN[0], number="2"),
        replace(LEDEN[1], number="3"),
    )
    old, new = plain(Article("1", leden=LEDEN)), plain(Article("1", leden=reordered))
    found = nota_items(old, new, diff_bills(old, new))
    assert [i.sentence for i in found] == ["Artikel 1 komt te luiden:"]
    assert [line[:3] for line in found[0].content] == ["Art", "1. ", "2. ", "3. "]
    assert found[0].content[1] == "1. " + LEDEN[2].text


def test_moved_articles_of_the_bill_are_refused_with_a_usage_error():
    one, two = Article("1", leden=LEDEN[:1], key="een"), Article("2", leden=LEDEN[1:2], key="twee")
    old, new = plain(one, two), plain(replace(two, number="1"), replace(one, number="2"))
    with pytest.raises(UsageError, match="moved articles"):
        nota_items(old, new, diff_bills(old, new))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bills(), bills())
def test_a_nota_is_written_or_refused_for_any_two_bills(a, b):
    try:
        text = render_nota(a, b, diff_bills(a, b))
    except UsageError:
        return
    assert text.splitlines()[3].endswith("  NOTA VAN WIJZIGING")
    assert ("niet gewijzigd" in text) == (not diff_bills(a, b).changes)


def test_a_deleted_instruction_is_named_with_onder(versions):
    bill = versions[1]
    article = bill.body[0]
    first = article.onderdelen[0]
    shorter = replace(first, instructions=first.instructions[:1])
    smaller = replace(
        bill, body=(replace(article, onderdelen=(shorter, *article.onderdelen[1:])), *bill.body[1:])
    )
    assert sentences(bill, smaller) == ["Artikel I, onderdeel A, onder 2, vervalt."]
