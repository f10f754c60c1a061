"""The terminal lines of a change set: titles, word marks and shortened context."""

from wetgen.diff.changes import Change, ChangeSet, Renumbered
from wetgen.diff.render_text import change_lines, render_plain, word_segments
from wetgen.diff.tokens import word_ops


def test_an_empty_change_set_says_so():
    text = render_plain(ChangeSet("v1", "v2"))
    assert text == "v1 → v2\n0 inserted, 0 deleted, 0 moved, 0 renumbered, 0 changed\nno changes\n"


def test_word_changes_are_marked_and_long_context_shortened():
    old = " ".join(f"w{n}" for n in range(40)) + " zes maanden"
    new = " ".join(f"w{n}" for n in range(40)) + " twaalf maanden"
    text = "".join(s.text for s in word_segments(word_ops(old, new)))
    assert text == "… w36 w37 w38 w39 [-zes-]{+twaalf+} maanden"


def test_a_renumbering_note_names_the_list_and_each_step():
    note = Change("renumbered", "lid", "art_1", "art_1", "Artikel 1", "Artikel 1",
                  renumbering=(Renumbered("4", "3", "a", "b"), Renumbered("5", "4", "c", "d")))  # fmt: skip
    (line,) = change_lines(note)
    assert line.plain() == "# renumbered Artikel 1: leden 4 → 3, 5 → 4"


def test_a_renamed_unit_shows_its_old_label():
    change = Change("changed", "lid", "x", "y", "Artikel 2, eerste lid", "Artikel 3, eerste lid",
                    text=tuple(word_ops("a b", "a c")))  # fmt: skip
    head, body = change_lines(change)
    assert head.plain() == "~ changed    Artikel 3, eerste lid (was Artikel 2, eerste lid)"
    assert body.plain() == "    a [-b-]{+c+}"
