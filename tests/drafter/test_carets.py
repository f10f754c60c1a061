"""Item 4 of issue 17: carets point at the words a finding is about, not at the start of the
list item: inside plain and folded scalars, at the word itself."""

from __future__ import annotations

from wetgen.check import check_file
from wetgen.source import excerpt


def _at(path, code):
    result = check_file(path)
    found = [d for d in result.diagnostics if d.code == code]
    assert found, [d.headline() for d in result.diagnostics]
    lines = path.read_text(encoding="utf-8").splitlines()
    return result, found, lines


def test_an_avoided_form_in_a_folded_lid_points_at_the_words(variant):
    path = variant(("bedoeld in het vijfde lid, wordt niet eerder", "bedoeld in lid 5, wordt niet eerder"))
    result, found, lines = _at(path, "AR009")
    loc = found[0].location
    assert lines[loc.line - 1][loc.col - 1 :].startswith("lid 5"), lines[loc.line - 1]
    assert excerpt(result.text, loc.line, loc.col, len("lid 5")).endswith("^^^^^")


def test_words_on_a_later_line_of_a_folded_scalar_are_found(variant):
    path = variant(("uitgifte van het Staatsblad waarin", "uitgifte van lid 3 waarin"))
    _, found, lines = _at(path, "AR009")
    loc = found[0].location
    assert lines[loc.line - 1][loc.col - 1 :].startswith("lid 3"), lines[loc.line - 1]


def test_an_unknown_key_is_underlined_whole(variant):
    path = variant(("      toelichting: |\n        Artikel I bevat", "      toelichtng: |\n        Artikel I bevat"))
    result, found, lines = _at(path, "SCH001")
    loc = found[0].location
    assert lines[loc.line - 1][loc.col - 1 :].startswith("toelichtng")
    assert excerpt(result.text, loc.line, loc.col, loc.end_col - loc.col).endswith("^" * len("toelichtng"))


def test_a_list_punctuation_finding_points_at_the_text_not_the_item(variant):
    path = variant(("huisvestingsvergunning;\n                    - key: art12-geen-voorrang-anderszins",
                    "huisvestingsvergunning\n                    - key: art12-geen-voorrang-anderszins"))
    _, found, lines = _at(path, "LST001")
    loc = found[0].location
    assert not lines[loc.line - 1].lstrip().startswith("- key:"), lines[loc.line - 1]
