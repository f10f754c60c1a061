"""The terminal report in the reviewer's language: Dutch kinds of change and of unit, "onder 2",
articles in new text named as articles, inserted units printed as the bill prints them."""

from wetgen.diff.changes import Change, ChangeSet, Renumbered
from wetgen.diff.compare import diff_bills
from wetgen.diff.render_text import change_lines, render_plain, word_segments
from wetgen.diff.tokens import word_ops


def test_an_empty_change_set_says_so():
    text = render_plain(ChangeSet("v1", "v2"))
    assert text == "v1 → v2\nwetsvoorstel: geen wijzigingen\ngeen wijzigingen\n"


def test_word_changes_are_marked_and_long_context_shortened():
    old = " ".join(f"w{n}" for n in range(40)) + " zes maanden"
    new = " ".join(f"w{n}" for n in range(40)) + " twaalf maanden"
    text = "".join(s.text for s in word_segments(word_ops(old, new)))
    assert text == "… w36 w37 w38 w39 [-zes-]{+twaalf+} maanden"


def test_a_renumbering_note_names_the_list_and_each_step_in_dutch():
    note = Change("renumbered", "lid", "art_1", "art_1", "Artikel 1", "Artikel 1",
                  renumbering=(Renumbered("4", "3", "a", "b"), Renumbered("5", "4", "c", "d")))  # fmt: skip
    (line,) = change_lines(note)
    assert line.plain() == "# vernummerd leden       Artikel 1: 4 → 3, 5 → 4"


def test_a_reletterd_list_of_items_is_verletterd_onderdelen_never_items():
    note = Change("renumbered", "item", "art_1__para_1", "art_1__para_1", "Artikel 1, eerste lid",
                  "Artikel 1, eerste lid", renumbering=(Renumbered("b", "a", "x", "y"),))  # fmt: skip
    (line,) = change_lines(note)
    assert line.plain() == "# verletterd onderdeel   Artikel 1, eerste lid: b → a"
    assert "item" not in line.plain()


def test_a_renamed_unit_shows_its_old_label():
    change = Change("changed", "lid", "x", "y", "Artikel 2, eerste lid", "Artikel 3, eerste lid",
                    text=tuple(word_ops("a b", "a c")))  # fmt: skip
    head, body = change_lines(change)
    assert head.plain() == "~ gewijzigd  lid         Artikel 3, eerste lid (was Artikel 2, eerste lid)"
    assert body.plain() == "    a [-b-]{+c+}"


def test_the_default_draft_reads_as_a_reviewer_would_say_it(versions):
    text = render_plain(diff_bills(*versions))
    assert "wetsvoorstel: 1 ingevoegd, 1 vervallen, 0 verplaatst, 3 vernummerd, 2 gewijzigd\n" in text
    # "onder 2", not "wijziging 2"; the kind of unit in Dutch
    assert "~ gewijzigd  lid         Artikel I, onderdeel A, onder 2, zesde lid\n" in text
    assert "wijziging 2" not in text and "wijziging 1" not in text and " item " not in text
    # a lid of an article the bill inserts: named by that article
    assert "- vervallen  lid         Artikel 28a (nieuw), derde lid — artikel I, onderdeel B\n" in text
    assert "# vernummerd leden       Artikel 28a (nieuw) — artikel I, onderdeel B: 4 → 3, 5 → 4\n" in text
    assert "# verletterd onderdeel   Artikel I: D → E\n" in text
    assert "# vernummerd artikel     Artikel I, onderdeel E: 28c → 28d\n" in text
    assert "(gevolg van vernummering)" in text


def test_an_inserted_onderdeel_prints_its_new_article_as_an_article(versions):
    text = render_plain(diff_bills(*versions))
    block = text[text.index("+ ingevoegd  onderdeel   Artikel I, onderdeel D\n"):]
    lines = block.splitlines()[1:5]
    assert lines == [
        "    D",
        "    Na artikel 28b wordt een artikel ingevoegd, luidende:",
        "      Artikel 28c",
        "      1. Burgemeester en wethouders verstrekken gedeputeerde staten ten minste eenmaal per half kalenderjaar gegevens over:",
    ]
