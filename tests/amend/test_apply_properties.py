"""apply_nota(A, nota(A, B)) gives B: on the default draft, on generated pairs of bills and on
bills derived from a generated one by deleting a lid, changing a word or inserting an onderdeel."""

from dataclasses import fields, is_dataclass, replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from test_properties import TEXT, bills, instructions

from wetgen.amend.apply import apply_nota
from wetgen.amend.instructions import EditAction, NotaEdit
from wetgen.diff.compare import diff_bills
from wetgen.diff.nota import nota_items
from wetgen.errors import UsageError
from wetgen.model import AmendingOnderdeel, Article, Bill, Lid

DRAFTS = Path(__file__).resolve().parents[2] / "drafts" / "huisvesting-vergunninghouders"
SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def legal(units, keys=True):
    """Return the units without their toelichting, which a nota van wijziging does not amend,
    and (with keys=False) without keys, which it cannot name: a unit whose key alone differs
    between two generated bills is not a change."""
    return tuple(_legal(unit, keys) for unit in units)


def _legal(value, keys):
    if isinstance(value, tuple):
        return tuple(_legal(v, keys) for v in value)
    if not is_dataclass(value):
        return value
    changes = {f.name: _legal(getattr(value, f.name), keys) for f in fields(value)}
    if isinstance(changes.get("toelichting"), str):
        changes["toelichting"] = ""
    if "key" in changes and not keys:
        changes["key"] = ""
    return replace(value, **changes)


def edits(old: Bill, new: Bill) -> list[NotaEdit]:
    return [e for item in nota_items(old, new, diff_bills(old, new)) for e in item.edits]


def round_trip(old: Bill, new: Bill, keys: bool = False) -> None:
    """Apply the nota from OLD to NEW to OLD and compare with NEW, unless the nota is refused.

    Generated bills repeat texts, and a nota names units, not keys: which of two identical
    units it deletes cannot be said, so keys are compared only when asked."""
    try:
        found = edits(old, new)
    except UsageError:
        assume(False)
        return
    assert legal(apply_nota(old, found).body, keys) == legal(new.body, keys)




def test_the_default_draft_nota_turns_v1_into_v2(versions):
    v1, v2 = versions
    assert legal(apply_nota(v1, edits(v1, v2)).body) == legal(v2.body)


def test_the_reverse_nota_turns_v2_back_into_v1(versions):
    v1, v2 = versions
    assert legal(apply_nota(v2, edits(v2, v1)).body) == legal(v1.body)


def test_every_onderdeel_of_the_default_nota_carries_its_instruction(versions):
    items = nota_items(*versions, diff_bills(*versions))
    actions = [[e.action for e in item.edits] for item in items]
    assert actions == [
        [EditAction.REPLACE_WORDS],
        [EditAction.DELETE],
        [EditAction.INSERT],
        [EditAction.REPLACE_WORDS],
        [EditAction.RENUMBER],
    ]
    assert items[1].edits[0].renumbering[0][1] == "3"
    assert isinstance(items[2].edits[0].units[0], AmendingOnderdeel)


def test_an_empty_nota_changes_nothing(versions):
    v1, _ = versions
    assert edits(v1, v1) == []
    assert apply_nota(v1, []) == v1


def test_a_unit_the_bill_lacks_is_a_usage_error(versions):
    v1, _ = versions
    edit = NotaEdit(EditAction.DELETE, ((("artikel", "XC"),),))
    with pytest.raises(UsageError, match="artikel XC"):
        apply_nota(v1, [edit])


@SETTINGS
@given(bills(), bills())
def test_apply_nota_of_a_generated_pair_gives_the_new_bill(old, new):
    round_trip(old, new)


def _articles_with_leden(bill: Bill) -> list[int]:
    return [n for n, a in enumerate(bill.body) if isinstance(a, Article) and len(a.leden) > 1]


def _renumber_leden(leden: tuple[Lid, ...]) -> tuple[Lid, ...]:
    return tuple(replace(lid, number=str(n)) for n, lid in enumerate(leden, start=1))


@SETTINGS
@given(bills(), st.data())
def test_a_deleted_lid_is_deleted_by_the_nota(old, data):
    found = _articles_with_leden(old)
    assume(found)
    at = data.draw(st.sampled_from(found))
    article = old.body[at]
    gone = data.draw(st.integers(0, len(article.leden) - 1))
    leden = _renumber_leden(article.leden[:gone] + article.leden[gone + 1 :])
    body = (*old.body[:at], replace(article, leden=leden), *old.body[at + 1 :])
    round_trip(old, replace(old, body=body))


@SETTINGS
@given(bills(), st.data())
def test_a_changed_word_is_changed_by_the_nota(old, data):
    found = [n for n, a in enumerate(old.body) if isinstance(a, Article) and a.leden]
    assume(found)
    at = data.draw(st.sampled_from(found))
    article = old.body[at]
    which = data.draw(st.integers(0, len(article.leden) - 1))
    lid = article.leden[which]
    words = lid.text.split()
    place = data.draw(st.integers(0, len(words) - 1))
    words[place] = data.draw(st.sampled_from(["huisvesting", "termijn", "twaalf"]))
    leden = (
        *article.leden[:which],
        replace(lid, text=" ".join(words)),
        *article.leden[which + 1 :],
    )
    body = (*old.body[:at], replace(article, leden=leden), *old.body[at + 1 :])
    round_trip(old, replace(old, body=body))


@SETTINGS
@given(bills(), st.data())
def test_an_inserted_onderdeel_is_inserted_by_the_nota(old, data):
    amending = old.body[0]
    onderdelen = list(amending.onderdelen)
    at = data.draw(st.integers(0, len(onderdelen)))
    extra = data.draw(st.lists(instructions(), min_size=1, max_size=2))
    onderdelen.insert(at, AmendingOnderdeel("?", tuple(extra), toelichting=data.draw(TEXT)))
    letters = "ABCDEFGHIJ"
    lettered = tuple(replace(o, number=letters[n]) for n, o in enumerate(onderdelen))
    new = replace(old, body=(replace(amending, onderdelen=lettered), *old.body[1:]))
    round_trip(old, new)


REAL = Path(__file__).resolve().parents[1] / "realbills" / "cases"


@pytest.mark.parametrize("case", ["ar-6-15-besluit-raad-voor-de-kunst", "stb-1995-250-leemtewet-awb"])
def test_a_change_inside_a_nested_wijzigen_is_found_and_applied(case):
    """The numbered changes under "… wordt als volgt gewijzigd:" are units of the bill too: a
    change of their words gives a nota that, applied, gives the new bill."""
    from wetgen.loader import load_bill

    old = load_bill(REAL / case / "draft.yaml")
    article = next(old.articles())
    onderdeel = article.onderdelen[-1]
    group = onderdeel.instructions[-1]
    child = replace(group.children[0], new=group.children[0].new + " en de toelichting", old="het model")
    changed = replace(group, children=(child, *group.children[1:]))
    new_onderdeel = replace(onderdeel, instructions=(*onderdeel.instructions[:-1], changed))
    new = replace(old, body=(replace(article, onderdelen=(*article.onderdelen[:-1], new_onderdeel)), *old.body[1:]))
    found = edits(old, new)
    assert found, "the change inside the group was not seen"
    assert legal(apply_nota(old, found).body, keys=True) == legal(new.body, keys=True)
