"""The engine on instruction forms real bills use, given as Ops (the draft format reads some of
them only once issue 12 lands): volzinnen, aanhef, opschrift, several places, ranges, "telkens",
joined word changes, a designation "1.", insertion by number, endings, places after a
renumbering, divisions, and each failure as a value."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.consolidate.conftest import WETBOEK
from wetgen.consolidate.engine import consolidate
from wetgen.consolidate.ops import Kind, Op, Pick, Source, Words
from wetgen.law.locate import Step, locate
from wetgen.law.model import Alinea, Lijst, plain_text
from wetgen.law.read import read_law
from wetgen.model import Article as DraftArticle
from wetgen.model import Item, Lid

SOURCE = Source("Wet toets", "I", "A")


def at(*steps: tuple[str, ...]) -> tuple[Pick, ...]:
    """Return a place: ("artikel", "2"), ("lid", "1", "3", "through") …"""
    picks = []
    for kind, *numbers in steps:
        through = numbers[-1:] == ["through"]
        picks.append(Pick(kind, tuple(n for n in numbers if n != "through"), through))
    return tuple(picks)


def op(kind: Kind, *places, **fields) -> Op:
    return Op(kind, tuple(places), SOURCE, **fields)


def text(law, *steps) -> str:
    place = locate(law, tuple(Step(k, n) for k, n in steps))
    assert place, getattr(place, "message", "")
    return plain_text(place.unit.blocks)


def test_telkens_changes_every_occurrence_and_once_refuses_two(woonruimte):
    every = consolidate(woonruimte, [op(Kind.WORDS, at(("artikel", "2")), words=(Words("verordening", "regeling", every=True),))])
    assert every.ok
    changed = " ".join(plain_text(lid.blocks) for lid in _article(every.law, "2").leden)
    assert " verordening" not in changed and changed.count(" regeling") == 2
    assert "huisvestingsverordening" in changed  # a whole word only
    once = consolidate(woonruimte, [op(Kind.WORDS, at(("artikel", "2")), words=(Words("verordening", "regeling"),))])
    assert once.failures[0].why.startswith("«verordening» occurs 2 times in artikel 2")
    assert once.law == woonruimte


def test_quoted_words_are_whole_words_and_literal(woonruimte):
    result = consolidate(woonruimte, [op(Kind.WORDS, at(("artikel", "6"), ("lid", "1")), words=(Words("dringen", "x"),))])
    assert "«dringen» does not occur" in result.failures[0].why
    spaced = consolidate(woonruimte, [op(Kind.WORDS, at(("artikel", "3"), ("lid", "2")), words=(Words("acht  weken", "zes weken"),))])
    assert spaced.ok and "binnen zes weken op" in text(spaced.law, ("artikel", "3"), ("lid", "2"))


def test_joined_word_changes_apply_in_turn(woonruimte):
    words = (Words("acht weken", "zes weken"), Words(anchor="binnen zes weken", new="na ontvangst"))
    result = consolidate(woonruimte, [op(Kind.WORDS, at(("artikel", "3"), ("lid", "2")), words=words)])
    assert result.ok
    assert text(result.law, ("artikel", "3"), ("lid", "2")).startswith("Burgemeester en wethouders beslissen binnen zes weken na ontvangst op")


def test_a_volzin_is_replaced_repealed_added_and_searched(woonruimte):
    lid = at(("artikel", "2"), ("lid", "3"))
    ops = [
        op(Kind.REPLACE, at(("artikel", "2"), ("lid", "3"), ("volzin", "2")), text="Zo'n maatregel wordt voorgehangen."),
        op(Kind.REPEAL, at(("artikel", "2"), ("lid", "3"), ("volzin", "3"))),
        op(Kind.INSERT, at(("artikel", "2"), ("lid", "3"), ("volzin", "1")), text="Die regels zijn openbaar."),
        op(Kind.WORDS, at(("artikel", "2"), ("lid", "3"), ("volzin", "3")), words=(Words("voorgehangen", "overgelegd"),)),
        op(Kind.ADD, lid, text="Dit lid vervalt nooit."),
    ]
    result = consolidate(woonruimte, ops)
    assert result.ok, result.failures
    assert text(result.law, ("artikel", "2"), ("lid", "3")) == (
        "Bij algemene maatregel van bestuur kunnen nadere regels worden gesteld over de inhoud van de "
        "verordening, bedoeld in het eerste lid. Die regels zijn openbaar. Zo'n maatregel wordt overgelegd. "
        "Dit lid vervalt nooit."
    )


def test_a_missing_volzin_says_how_many_there_are(woonruimte):
    result = consolidate(woonruimte, [op(Kind.REPEAL, at(("artikel", "2"), ("lid", "3"), ("volzin", "4")))])
    assert result.failures[0].why == "artikel 2, derde lid has no vierde volzin: it has 3 volzinnen"


def test_the_aanhef_and_the_opschrift(woonruimte):
    ops = [
        op(Kind.REPLACE, at(("artikel", "2"), ("lid", "2"), ("aanhef",)), text="De verordening bevat:"),
        op(Kind.REPLACE, at(("artikel", "3"), ("opschrift",)), text="Aanvraag en bijlagen"),
        op(Kind.WORDS, at(("artikel", "6"), ("opschrift",)), words=(Words("Voorrang", "Urgentie"),)),
    ]
    result = consolidate(woonruimte, ops)
    assert result.ok, result.failures
    assert text(result.law, ("artikel", "2"), ("lid", "2")).startswith("De verordening bevat: a. de categorieën")
    assert _article(result.law, "3").title == "Aanvraag en bijlagen"
    assert _article(result.law, "6").title == "Urgentie"
    no_list = consolidate(woonruimte, [op(Kind.REPLACE, at(("artikel", "7"), ("aanhef",)), text="x")])
    assert no_list.failures[0].why == "artikel 7 has no aanhef: no text introduces a list"


def test_several_places_and_a_range(woonruimte):
    ops = [
        op(Kind.REPEAL, at(("artikel", "7")), at(("artikel", "8"))),
        op(Kind.REPEAL, at(("artikel", "3"), ("lid", "1"), ("onderdeel", "a", "b", "through"))),
    ]
    result = consolidate(woonruimte, ops)
    assert result.ok, result.failures
    assert [_article(result.law, n).is_vervallen for n in ("7", "8")] == [True, True]
    items = [i.label for b in _article(result.law, "3").leden[0].blocks if isinstance(b, Lijst) for i in b.items]
    assert items == ["c."]


def test_a_place_after_a_renumbering_uses_the_new_number(woonruimte):
    ops = [
        op(Kind.REPEAL, at(("artikel", "3"), ("lid", "1"), ("onderdeel", "a")), renumbering=(("b", "a"), ("c", "b")), renumber_kind="onderdeel"),
        op(Kind.WORDS, at(("artikel", "3"), ("lid", "1"), ("onderdeel", "b")), words=(Words("inkomen", "vermogen"),)),
    ]
    result = consolidate(woonruimte, ops)
    assert result.ok, result.failures
    items = [i for b in _article(result.law, "3").leden[0].blocks if isinstance(b, Lijst) for i in b.items]
    assert [i.label for i in items] == ["a.", "b."]
    assert items[1].blocks[0].text.startswith("het vermogen van het huishouden")


def test_renumbered_subonderdelen_keep_their_label_form(woonruimte):
    result = consolidate(woonruimte, [op(Kind.RENUMBER, at(("artikel", "2"), ("lid", "2"), ("onderdeel", "b"), ("subonderdeel", "2")), number="3")])
    assert result.ok
    sub = locate(result.law, (Step("artikel", "2"), Step("lid", "2"), Step("onderdeel", "b"), Step("subonderdeel", "3")))
    assert sub and sub.unit.label == "3°."


def test_a_designation_turns_the_text_into_a_first_lid(woonruimte):
    ops = [
        op(Kind.DESIGNATE, at(("artikel", "7"))),
        op(Kind.ADD, at(("artikel", "7")), payload=(Lid("2", "Artikel 2 treedt later in werking."),)),
    ]
    result = consolidate(woonruimte, ops)
    assert result.ok, result.failures
    article = _article(result.law, "7")
    assert [lid.number for lid in article.leden] == ["1", "2"] and article.blocks == ()
    assert [lid.path for lid in article.leden] == ["/Hoofdstuk3/Artikel7/Lid1", "/Hoofdstuk3/Artikel7/Lid2"]


def test_insertion_within_a_unit_goes_where_its_number_belongs(woonruimte):
    result = consolidate(woonruimte, [op(Kind.INSERT, at(("artikel", "2")), within=True, payload=(Lid("2a", "Een nieuw lid."),))])
    assert result.ok, result.failures
    assert [lid.number for lid in _article(result.law, "2").leden] == ["1", "2", "2a", "3"]


def test_an_ending_changes_before_an_addition(woonruimte):
    ending = (at(("artikel", "3"), ("lid", "1"), ("onderdeel", "c")), ".", "; en")
    add = op(Kind.ADD, at(("artikel", "3"), ("lid", "1")), payload=(Item("d", "het beroep van de aanvrager."),), endings=(ending,))
    result = consolidate(woonruimte, [add])
    assert result.ok, result.failures
    lid = text(result.law, ("artikel", "3"), ("lid", "1"))
    assert "Wet inkomstenbelasting 2001; en d. het beroep van de aanvrager." in lid


def test_the_seam_of_an_addition_needs_a_full_stop(woonruimte):
    add = op(Kind.ADD, at(("artikel", "2"), ("lid", "2"), ("onderdeel", "b")), payload=(Item("3", "x."),), seam=(".", ";"))
    result = consolidate(woonruimte, [add])
    assert result.failures[0].why.endswith("its text ends in «;», not «.»")


def test_an_onderdeel_added_to_a_lid_without_a_list_gets_one(woonruimte):
    add = op(Kind.ADD, at(("artikel", "3"), ("lid", "2")), payload=(Item("a", "een onderdeel."),))
    result = consolidate(woonruimte, [add])
    assert result.ok
    blocks = _article(result.law, "3").leden[1].blocks
    assert isinstance(blocks[0], Alinea) and isinstance(blocks[1], Lijst) and blocks[1].items[0].label == "a."


def test_repealing_every_onderdeel_drops_the_list(woonruimte):
    result = consolidate(woonruimte, [op(Kind.REPEAL, at(("artikel", "3"), ("lid", "1"), ("onderdeel", "a", "c", "through")))])
    assert result.ok
    assert not any(isinstance(b, Lijst) for b in _article(result.law, "3").leden[0].blocks)


def test_an_article_twice_in_a_wetboek_needs_its_division():
    wetboek = read_law(WETBOEK)
    plain = consolidate(wetboek, [op(Kind.REPEAL, at(("artikel", "1")))])
    assert plain.failures[0].why.startswith("artikel 1 occurs 2 times")
    named = consolidate(wetboek, [op(Kind.REPEAL, at(("boek", "5"), ("titeldeel", "2"), ("artikel", "1")))])
    assert named.ok
    titel_2 = wetboek.body[1].children[1]
    assert named.law.body[1].children[1].children[0].is_vervallen and not named.law.body[1].children[0].children[0].is_vervallen
    assert titel_2.children[0].path == named.law.body[1].children[1].children[0].path


def test_an_already_repealed_article_cannot_be_repealed(woonruimte):
    result = consolidate(woonruimte, [op(Kind.REPEAL, at(("artikel", "4")))])
    assert result.failures[0].why == "artikel 4 has already vervallen"


def test_a_free_text_instruction_is_a_failure(woonruimte):
    result = consolidate(woonruimte, [op(Kind.FREE, ())])
    assert "cannot be applied" in result.failures[0].why and result.law == woonruimte


@pytest.mark.parametrize("number", ["5", "6A"])
def test_renumbering_to_a_number_in_use_is_refused(woonruimte, number):
    result = consolidate(woonruimte, [op(Kind.RENUMBER, at(("artikel", "6b")), number=number)])
    assert "already exists" in result.failures[0].why


def test_provenance_names_the_onderdeel_and_how(woonruimte):
    ops = [
        op(Kind.WORDS, at(("artikel", "3"), ("lid", "2")), words=(Words("acht", "zes"),)),
        Op(Kind.REPEAL, (at(("artikel", "5")),), Source("Wet toets", "I", "B")),
    ]
    result = consolidate(woonruimte, ops)
    marks = {address: [(m.source.onderdeel, m.how) for m in found] for address, found in result.provenance.items()}
    assert marks[(("hoofdstuk", "2"), ("paragraaf", "2.1"), ("artikel", "3"), ("lid", "2"))] == [("A", "gewijzigd")]
    assert marks[(("hoofdstuk", "2"), ("paragraaf", "2.1"), ("artikel", "5"))] == [("B", "vervallen")]
    assert len(marks) == 2


def _article(law, number):
    return next(a for a in law.articles() if a.number == number)


def test_an_article_added_to_the_law_itself_goes_at_the_end(woonruimte):
    result = consolidate(woonruimte, [op(Kind.ADD, (), payload=(DraftArticle("9", text="Slot."),))])
    assert result.ok, result.failures
    assert result.law.body[-1].number == "9" and result.law.body[-1].path == "/Artikel9"


def test_a_lid_numbered_with_a_full_stop_keeps_it_when_renumbered():
    from wetgen.law.model import Article, Law
    from wetgen.law.model import Lid as LawLid

    law = Law("Wet", (Article("1", leden=(LawLid("1.", (Alinea("Een."),)), LawLid("2.", (Alinea("Twee."),)))),))
    result = consolidate(law, [op(Kind.REPEAL, at(("artikel", "1"), ("lid", "1")), renumbering=(("2", "1"),),
                                  renumber_kind="lid")])  # fmt: skip
    assert result.ok and [lid.number for lid in result.law.body[0].leden] == ["1."]


def test_a_definition_is_found_by_its_term_and_new_ones_go_in_alphabetical_order(woonruimte):
    definitions = at(("artikel", "1"))
    ops = [
        op(Kind.WORDS, (*definitions, Pick("begripsomschrijving", ("vergunninghouder",))), words=(Words("rechtmatig", "legaal"),)),
        op(Kind.ADD, definitions, alphabetical=True, payload=(Item("", "urgentie: de noodzaak van spoedige huisvesting;"),)),
        op(Kind.INSERT, definitions, alphabetical=True, payload=(Item("", "aanvrager: wie een vergunning vraagt;"),)),
        op(Kind.REPEAL, (*definitions, Pick("begripsomschrijving", ("Huisvestingsverordening",)))),
    ]
    result = consolidate(woonruimte, ops)
    assert result.ok, result.failures
    items = [i for b in _article(result.law, "1").blocks if isinstance(b, Lijst) for i in b.items]
    assert [i.blocks[0].text.partition(":")[0] for i in items] == ["aanvrager", "urgentie", "vergunninghouder", "woonruimte"]
    assert {i.label for i in items} == {""}  # an unmarked list stays unmarked
    assert "rechtmatig" not in items[2].blocks[0].text
    missing = consolidate(woonruimte, [op(Kind.REPEAL, (*definitions, Pick("begripsomschrijving", ("woning",))))])
    assert missing.failures[0].why == "artikel 1 defines «woning» nowhere"


def test_the_designation_of_the_last_lid_goes_with_the_other(woonruimte):
    drop = op(Kind.REPEAL, at(("artikel", "3"), ("lid", "2")), designation="1.")
    result = consolidate(woonruimte, [drop])
    assert result.ok, result.failures
    article = _article(result.law, "3")
    assert article.leden == () and article.blocks[0].text.startswith("Een aanvraag om een huisvestingsvergunning")
    refused = consolidate(woonruimte, [op(Kind.REPEAL, at(("artikel", "6"), ("lid", "2")), designation="1.")])
    assert refused.failures[0].why == "artikel 6 keeps 3 leden; the designation «1.» cannot go"


def test_check_warns_for_nieuw_where_no_renumbering_was_and_for_its_absence(woonruimte):
    from wetgen.consolidate.check import check_ops

    first = op(Kind.REPEAL, at(("artikel", "3"), ("lid", "1"), ("onderdeel", "a")), renumbering=(("b", "a"),),
               renumber_kind="onderdeel")  # fmt: skip
    later = at(("artikel", "3"), ("lid", "1"), ("onderdeel", "a"))
    plain = op(Kind.WORDS, later, words=(Words("aantal", "getal"),))
    assert check_ops(woonruimte, [first, plain]) == []  # today's draft format cannot write "(nieuw)"
    warned = check_ops(woonruimte, [first, replace(plain, marks_nieuw=True)])
    assert [d.code for d in warned] == ["CON008"] and "renumbered by artikel I, onderdeel A" in warned[0].message
    marked = op(Kind.WORDS, (Pick("artikel", ("3",)), Pick("lid", ("2",), nieuw=True)), words=(Words("acht", "zes"),),
                marks_nieuw=True)  # fmt: skip
    wrong = check_ops(woonruimte, [first, marked])
    assert [d.code for d in wrong] == ["CON008"] and "which no earlier instruction renumbered" in wrong[0].message
    assert wrong[0].severity.value == "warning"


def test_two_volzinnen_replaced_by_one_text_and_two_repealed(woonruimte):
    lid = (("artikel", "2"), ("lid", "3"))
    replaced = consolidate(woonruimte, [op(Kind.REPLACE, at(*lid, ("volzin", "2", "3")), text="Die maatregel wordt voorgehangen.")])
    assert text(replaced.law, *lid).endswith("bedoeld in het eerste lid. Die maatregel wordt voorgehangen.")
    repealed = consolidate(woonruimte, [op(Kind.REPEAL, at(*lid, ("volzin", "1", "3")))])
    assert text(repealed.law, *lid) == "Zo'n maatregel wordt niet eerder vastgesteld dan vier weken nadat het ontwerp aan beide Kamers der Staten-Generaal is overgelegd."


def test_a_definition_gets_new_text(woonruimte):
    place = (*at(("artikel", "1")), Pick("begripsomschrijving", ("woonruimte",)))
    result = consolidate(woonruimte, [op(Kind.REPLACE, place, text="woonruimte: een besloten ruimte.")])
    assert result.ok, result.failures
    items = [i for b in _article(result.law, "1").blocks if isinstance(b, Lijst) for i in b.items]
    assert items[-1].blocks == (Alinea("woonruimte: een besloten ruimte."),) and items[-1].label == ""


def test_an_inserted_division_heading_takes_the_articles_after_it(woonruimte):
    from wetgen.model import Division as DraftDivision

    heading = DraftDivision("paragraaf", "3.1", "Inwerkingtreding", ())
    result = consolidate(woonruimte, [op(Kind.INSERT, at(("artikel", "7")), before=True, payload=(heading,))])
    assert result.ok, result.failures
    chapter = result.law.body[-1]
    (paragraaf,) = chapter.children
    assert (paragraaf.kind, paragraaf.number, [a.number for a in paragraaf.children]) == ("paragraaf", "3.1", ["7", "8"])
    assert paragraaf.children[0].path == "/Hoofdstuk3/Paragraaf3.1/Artikel7"
