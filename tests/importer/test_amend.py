"""amend(A, nota(A, B)) == B: a nota van wijziging typed out by wetgen (text or Word) is read back
and applied to A by `wetgen.importer.nota` and the one apply mechanism (`wetgen.amend.apply`);
on the default draft in both directions and on generated pairs of bills (the generators of
tests/amend/test_apply_properties.py). Units are compared without toelichting and keys, which a
nota does not carry. An onderdeel that cannot be applied is reported with its letter."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from tests.amend.test_apply_properties import _articles_with_leden, _renumber_leden, legal
from tests.conftest import DEFAULT_DRAFT_DIR
from tests.test_properties import bills
from wetgen.diff.compare import diff_bills
from wetgen.diff.nota import render_nota
from wetgen.diff.nota_docx import render_nota_docx
from wetgen.errors import UsageError
from wetgen.importer.errors import ImportRefused
from wetgen.importer.nota import amend_bill, read_nota
from wetgen.loader import load_bill
from wetgen.model import Article, Bill

VERSIONS = ("01-consultatieversie", "02-adviesaanvraag")
SETTINGS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def amended(old: Bill, data: bytes, name: str) -> tuple[Bill, list]:
    return amend_bill(old, read_nota(data, name))


@pytest.mark.parametrize("forward", [True, False], ids=["v1-to-v2", "v2-to-v1"])
@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_the_default_drafts_nota_gives_the_next_version(forward, fmt):
    old, new = (load_bill(DEFAULT_DRAFT_DIR / f"{v}.yaml") for v in (VERSIONS if forward else VERSIONS[::-1]))
    changes = diff_bills(old, new)
    data = render_nota(old, new, changes).encode() if fmt == "txt" else render_nota_docx(old, new, changes)
    result, problems = amended(old, data, f"nota.{fmt}")
    assert problems == []
    assert legal(result.body, keys=False) == legal(new.body, keys=False)


def round_trip(old: Bill, new: Bill) -> None:
    """Type out the nota from OLD to NEW, read it back, apply it to OLD and compare with NEW."""
    try:
        text = render_nota(old, new, diff_bills(old, new))
    except UsageError:
        assume(False)
        return
    result, problems = amended(old, text.encode(), "nota.txt")
    assert problems == []
    assert legal(result.body, keys=False) == legal(new.body, keys=False)


# the edits of tests/amend/test_apply_properties.py, now through the typed nota
@SETTINGS
@given(bills(), st.data())
def test_a_deleted_lid(old, data):
    found = _articles_with_leden(old)
    assume(found)
    at = data.draw(st.sampled_from(found))
    article = old.body[at]
    gone = data.draw(st.integers(0, len(article.leden) - 1))
    leden = _renumber_leden(article.leden[:gone] + article.leden[gone + 1 :])
    round_trip(old, replace(old, body=(*old.body[:at], replace(article, leden=leden), *old.body[at + 1 :])))


@SETTINGS
@given(bills(), st.data())
def test_changed_words(old, data):
    found = [n for n, a in enumerate(old.body) if isinstance(a, Article) and a.leden]
    assume(found)
    at = data.draw(st.sampled_from(found))
    article = old.body[at]
    which = data.draw(st.integers(0, len(article.leden) - 1))
    words = article.leden[which].text.split()
    place = data.draw(st.integers(0, len(words) - 1))
    words[place] = data.draw(st.sampled_from(["huisvesting", "termijn", "twaalf"]))
    lid = replace(article.leden[which], text=" ".join(words))
    leden = (*article.leden[:which], lid, *article.leden[which + 1 :])
    round_trip(old, replace(old, body=(*old.body[:at], replace(article, leden=leden), *old.body[at + 1 :])))


NOTA = """NOTA VAN WIJZIGING

Het voorstel van wet wordt als volgt gewijzigd:

A

In artikel I, onderdeel A, onder 2, wordt in het voorgestelde zesde lid «zes» vervangen door «twaalf».

B

In artikel II, tweede lid, wordt «{words}» vervangen door «ander».

C

Artikel XC vervalt.
"""


def test_an_onderdeel_that_cannot_be_applied_is_reported_by_its_letter():
    old = load_bill(DEFAULT_DRAFT_DIR / "01-consultatieversie.yaml")
    result, problems = amended(old, NOTA.format(words="niet in de tekst").encode(), "nota.txt")
    assert [p.letter for p in problems] == ["B", "C"]
    assert "not found" in problems[0].why and "XC" in problems[1].why
    assert result != old  # onderdeel A was applied


def test_words_found_twice_without_telkens_are_reported():
    old = load_bill(DEFAULT_DRAFT_DIR / "01-consultatieversie.yaml")
    _, problems = amended(old, NOTA.format(words="de").encode(), "nota.txt")
    assert problems[0].letter == "B" and "times" in problems[0].why


def test_a_file_without_a_nota_is_refused():
    with pytest.raises(ImportRefused, match="no nota van wijziging"):
        read_nota(b"Dit is geen nota.\n", "nota.txt")


# --- the command ------------------------------------------------------------------------------


def test_wetgen_amend_writes_the_next_version(run_cli, tmp_path):
    v1, v2 = (DEFAULT_DRAFT_DIR / f"{v}.yaml" for v in VERSIONS)
    nota = tmp_path / "nota.docx"
    code, _, err = run_cli("diff", str(v1), str(v2), "-f", "nota", "-o", str(nota))
    assert code == 0, err
    new = tmp_path / "new.yaml"
    code, out, err = run_cli("amend", str(v1), str(nota), "-o", str(new))
    assert code == 0, err
    assert "applied 5 of 5 onderdelen" in out
    assert legal(load_bill(new).body, keys=False) == legal(load_bill(v2).body, keys=False)
    code, out, _ = run_cli("diff", str(new), str(v2))
    assert code == 0 and "wetsvoorstel: geen wijzigingen" in out  # the MvT and metadata are the draft's own


def test_wetgen_amend_names_the_onderdeel_it_cannot_apply(run_cli, tmp_path):
    nota = tmp_path / "nota.txt"
    nota.write_text(NOTA.format(words="niet in de tekst"), encoding="utf-8")
    new = tmp_path / "new.yaml"
    code, _, err = run_cli("amend", str(DEFAULT_DRAFT_DIR / f"{VERSIONS[0]}.yaml"), str(nota), "-o", str(new))
    assert code == 1
    assert "onderdeel B: the words «niet in de tekst» are not found" in err and "onderdeel C:" in err
    assert "Traceback" not in err and not new.exists()
    code, _, err = run_cli("amend", str(DEFAULT_DRAFT_DIR / f"{VERSIONS[0]}.yaml"), str(nota), "-o", str(new), "--partial")
    assert code == 1 and new.exists()


@pytest.mark.parametrize("content", [b"geen nota\n", b"PK\x03\x04 damaged", b""])
def test_wetgen_amend_refuses_bad_input_in_one_line(run_cli, tmp_path, content):
    nota = tmp_path / ("nota.docx" if content.startswith(b"PK") else "nota.txt")
    nota.write_bytes(content)
    code, _, err = run_cli("amend", str(DEFAULT_DRAFT_DIR / f"{VERSIONS[0]}.yaml"), str(nota))
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("error:")


@pytest.mark.parametrize(("ours", "older"), [
    (", luidende:", ", dat luidt:"),
    (" een onderdeel ingevoegd, luidende:", " een nieuw onderdeel ingevoegd dat luidt als volgt:"),
    (" een onderdeel ingevoegd, luidende:", " een nieuw onderdeel D ingevoegd, luidende:"),
])  # fmt: skip
def test_a_nota_in_the_older_words_of_real_notas_applies_the_same(ours, older):
    # real notas write "wordt een nieuw onderdeel L1 ingevoegd dat luidt als volgt:" (Kamerstuk 31 821, nr. 9)
    old, new = (load_bill(DEFAULT_DRAFT_DIR / f"{v}.yaml") for v in VERSIONS)
    text = render_nota(old, new, diff_bills(old, new))
    assert text.count(ours) == 1 or ours == ", luidende:"
    result, problems = amended(old, text.replace(ours, older).encode(), "nota.txt")
    assert problems == []
    assert legal(result.body, keys=False) == legal(new.body, keys=False)
