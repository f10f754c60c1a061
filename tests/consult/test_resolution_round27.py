"""Forms that the real set's fresh39 part (zm01-zm10: amendementen, notas van wijziging, a memorie
van toelichting, a voorstel van wet and letters) showed, each stated as a rule of such texts in
general and tested on invented sentences: the letters of onderdelen that an amendment or a nota
van wijziging inserts into the bill."""

from __future__ import annotations

from wetgen.consult.analyse.insertedletters import counted_letters, letterings

from .resolving import default_bill, resolved


def _onderdelen(text: str) -> list[tuple[str, str]]:
    return [(f[0], f[2]) for f in resolved(text, default_bill(), "artikel", "onderdeel") if f[1] == "I" and f[2]]


def test_onderdelen_inserted_by_count_head_the_text_below_though_the_bill_lacks_them():
    text = ("II\n\nIn artikel I worden na onderdeel B twee onderdelen ingevoegd, luidende:\n\nBa\n\n"
            "Artikel 12 vervalt.\n\nBb\n\nArtikel 13 vervalt.\n")  # fmt: skip
    assert [h for h in _onderdelen(text) if h[0] in ("Ba", "Bb")] == [("Ba", "Ba"), ("Bb", "Bb")]


def test_an_onderdeel_inserted_after_an_inserted_one_before_a_or_added_at_the_end():
    text = "IV\n\nIn artikel I wordt na onderdeel Ba een onderdeel ingevoegd, luidende:\n\nBb\n\nArtikel 12 vervalt.\n"
    assert ("Bb", "Bb") in _onderdelen(text)
    text = "I\n\nIn artikel I wordt voor onderdeel A een onderdeel ingevoegd, luidende:\n\naA\n\nArtikel 12 vervalt.\n"
    assert ("aA", "aA") in _onderdelen(text)
    text = ("III\n\nIn artikel I worden na onderdeel D twee onderdelen toegevoegd:\n\nE\n\nArtikel 12 vervalt.\n\n"
            "F\n\nArtikel 13 vervalt.\n")  # fmt: skip
    assert [h for h in _onderdelen(text) if h[0] in "EF"] == [("E", "E"), ("F", "F")]


def test_onderdelen_added_after_the_last_one_take_the_next_letters():
    assert letterings("In artikel I worden na onderdeel J twee onderdelen toegevoegd:") == (("K", "L"), ("Ja", "Jb"))
    assert letterings("In artikel I worden na onderdeel Z twee onderdelen toegevoegd:")[0] == ("AA", "BB")
    assert letterings("In artikel I worden na onderdeel AB twee onderdelen toegevoegd:")[0] == ("AC", "AD")
    assert letterings("In artikel I worden na onderdeel ZZ twee onderdelen toegevoegd:")[0] == ("AAA", "BBB")
    before = letterings("In artikel I worden voor onderdeel A de volgende onderdelen ingevoegd:")
    assert before[1][:3] == ("aA", "bA", "cA") and before[0][-2:] == ("00A", "0A")
    # inserted (not added at the end): only the letters after J
    assert letterings("In artikel I worden na onderdeel J twee onderdelen ingevoegd, luidende:") == (("Ja", "Jb"),)
    assert counted_letters("Voor onderdeel A worden twee onderdelen ingevoegd, luidende:") == ("00A", "0A")


def test_an_existing_letter_below_an_insertion_is_not_taken_for_a_new_one():
    # the nota's own item "B" after the inserted onderdeel is no onderdeel of the bill's article
    text = ("A\n\nIn artikel I wordt na onderdeel B een onderdeel ingevoegd, luidende:\n\nBa\n\nArtikel 12 vervalt.\n\n"
            "B\n\nIn de toelichting wordt «x» vervangen door «y».\n")  # fmt: skip
    assert ("B", "B") not in _onderdelen(text)


# --- the review's cases ---------------------------------------------------------------------


def _texts(text: str) -> list[str]:
    return [h[0] for h in _onderdelen(text)]


def test_either_lettering_of_onderdelen_added_at_the_end_goes_on():
    text = ("I\n\nIn artikel I worden na onderdeel D twee onderdelen toegevoegd, luidende:\n\nDa\n\nArtikel 12 vervalt.\n\n"
            "Db\n\nArtikel 13 vervalt.\n")  # fmt: skip
    assert [t for t in _texts(text) if t.startswith("D")] == ["Da", "Db"]
    text = ("I\n\nIn artikel I worden voor onderdeel A twee onderdelen ingevoegd, luidende:\n\naA\n\nArtikel 12 vervalt.\n\n"
            "bA\n\nArtikel 13 vervalt.\n")  # fmt: skip
    assert [t for t in _texts(text) if len(t) == 2 and t[0].islower()] == ["aA", "bA"]


def test_the_letters_of_a_list_come_in_order_each_once():
    text = ("D\n\nIn artikel I worden na onderdeel D de volgende onderdelen toegevoegd:\n\nE\n\nArtikel 12 vervalt.\n\n"
            "E\n\nIn onderdeel B wordt «x» vervangen door «y».\n\nF\n\nArtikel 13 vervalt.\n")  # fmt: skip
    assert [t for t in _texts(text) if t in "EF"] == ["E"]
    text = ("IV\n\nIn artikel I worden na onderdeel D de volgende onderdelen toegevoegd:\n\nE\n\nArtikel 12 vervalt.\n\n"
            "Toelichting\n\nDeze onderdelen regelen het overgangsrecht.\n\nF\n\nArtikel 13 vervalt.\n")  # fmt: skip
    assert "F" not in _texts(text)


def test_onderdelen_inserted_into_another_law_are_not_the_bill_s():
    text = ("I\n\nIn artikel II van de Invoeringswet Omgevingswet worden na onderdeel K twee onderdelen ingevoegd, "
            "luidende:\n\nKa\n\nArtikel 12 vervalt.\n\nKb\n\nArtikel 13 vervalt.\n")  # fmt: skip
    assert not {"Ka", "Kb"} & set(_texts(text))


def test_onderdelen_added_to_a_bijlage_after_a_letter_the_bill_lacks_are_not_the_bill_s():
    text = ("I\n\nIn artikel I, onderdeel C, worden in bijlage A bij de Huisvestingswet 2014 na onderdeel K twee "
            "onderdelen toegevoegd, luidende:\n\nL\n\nEen verblijfsvergunning asiel.\n\nM\n\nEen verblijfsvergunning "
            "regulier.\n")  # fmt: skip
    assert not {"L", "M"} & set(_texts(text))
