"""Property tests: generated bills survive dump → load unchanged, and their eIds and keys are unique."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wetgen import ids
from wetgen.check import check_bill
from wetgen.dump import dump_bill
from wetgen.loader import load_text
from wetgen.loader.reader import single_spaced
from wetgen.model import (
    Action,
    AmendingOnderdeel,
    Article,
    Bill,
    Division,
    Instruction,
    Item,
    LawRef,
    Lid,
    Stage,
    Target,
    Version,
)
from wetgen.outline import outline

# words that YAML would happily turn into numbers, booleans, nulls or syntax
WORDS = st.sampled_from(
    ["de", "woonruimte", "gemeente", "3.10", "nee", "ja", "yes", "off", "null", "~", "1e3", "0x1F",
     "a:b", "#c", "@x", "&y", "*z", "!t", "%p", "'q'", '"r"', "- s", "vergunninghouder;", "lid."]
)  # fmt: skip
TEXT = st.lists(WORDS, min_size=1, max_size=6).map(" ".join).map(lambda t: " ".join(t.split()))
KEYS = st.one_of(st.just(""), st.from_regex(r"[a-z]{3,8}", fullmatch=True))


def numbered(units, make):
    return tuple(make(str(n), u) for n, u in enumerate(units, start=1))


ITEMS = st.lists(st.tuples(TEXT, KEYS), max_size=3).map(
    lambda xs: tuple(Item(ids.list_letter(n), t, (), k) for n, (t, k) in enumerate(xs, start=1))
)
LEDEN = st.lists(st.tuples(TEXT, ITEMS, KEYS), min_size=1, max_size=4).map(
    lambda xs: tuple(Lid(str(n), t, i, k) for n, (t, i, k) in enumerate(xs, start=1))
)
TARGETS = st.builds(
    Target,
    artikel=st.from_regex(r"[1-9][0-9]?[a-c]?", fullmatch=True),
    lid=st.sampled_from(["", "1", "2", "4"]),
)


@st.composite
def instructions(draw):
    action = draw(st.sampled_from([Action.REPLACE_WORDS, Action.DELETE, Action.ADD, Action.REPLACE, Action.INSERT]))
    target = draw(TARGETS)
    if action is Action.REPLACE_WORDS:
        return Instruction(action, target, old=draw(TEXT), new=draw(TEXT))
    if action is Action.DELETE:
        return Instruction(action, target)
    leden = draw(LEDEN)
    if action is Action.INSERT:
        article = Article(target.artikel + "a", opschrift=draw(TEXT), leden=leden)
        return Instruction(action, Target(artikel=target.artikel), payload=(article,))
    return Instruction(action, target, payload=leden)


@st.composite
def bills(draw):
    onderdelen = draw(st.lists(st.tuples(st.lists(instructions(), min_size=1, max_size=3), KEYS, TEXT),
                               min_size=1, max_size=4))  # fmt: skip
    amending = Article(
        "I", amends=LawRef("Huisvestingswet 2014", "BWBR0035303", ("12",)), key=draw(KEYS),
        onderdelen=tuple(AmendingOnderdeel(ids.onderdeel_letter(n), tuple(i), k, t)
                         for n, (i, k, t) in enumerate(onderdelen, start=1)),
    )  # fmt: skip
    others = draw(st.lists(st.tuples(TEXT, LEDEN, KEYS), max_size=4))
    body = (amending, *(Article(ids.roman(n), opschrift=o, leden=leden, key=k)
                        for n, (o, leden, k) in enumerate(others, start=2)))  # fmt: skip
    return Bill(draw(TEXT), draw(TEXT), Version(draw(TEXT), "2026-12-01", draw(st.sampled_from(list(Stage)))),
                draw(TEXT), tuple(draw(st.lists(TEXT, max_size=2))), tuple(draw(st.lists(TEXT, max_size=3))), body)  # fmt: skip


# --- richer bills: hoofdstukken numbered per hoofdstuk, subonderdelen, payload of every kind ---

SUBITEMS = st.lists(TEXT, max_size=2).map(lambda ts: tuple(Item(str(n), t) for n, t in enumerate(ts, start=1)))
NESTED_ITEMS = st.lists(st.tuples(TEXT, SUBITEMS, KEYS), max_size=3).map(
    lambda xs: tuple(Item(ids.list_letter(n), t, s, k) for n, (t, s, k) in enumerate(xs, start=1))
)
NESTED_LEDEN = st.lists(st.tuples(TEXT, NESTED_ITEMS, KEYS), min_size=1, max_size=3).map(
    lambda xs: tuple(Lid(str(n), t, i, k) for n, (t, i, k) in enumerate(xs, start=1))
)


@st.composite
def chapter(draw, number, per_chapter, first):
    """A hoofdstuk whose articles are numbered k.1, k.2 … or from `first` on."""
    leden = draw(st.lists(st.tuples(NESTED_LEDEN, KEYS), min_size=1, max_size=3))
    articles = tuple(
        Article(f"{number}.{n}" if per_chapter else str(first + n - 1), leden=leden_, key=k)
        for n, (leden_, k) in enumerate(leden, start=1)
    )
    return Division("hoofdstuk", number, draw(TEXT), articles, draw(KEYS))


@st.composite
def group(draw, place, depth=1):
    """A `wijzigen` of a place: its changes numbered under it, one of them maybe a `wijzigen` of a lid."""
    children = []
    for n in range(draw(st.integers(1, 3))):
        lid = Target(**{**dict(place.parts()), "lid": str(n + 1)}) if not place.lid else place
        kind = draw(st.sampled_from(["words", "delete", "add", "group"] if depth < 2 and not place.lid else
                                    ["words", "delete", "add"]))  # fmt: skip
        if kind == "words":
            children.append(Instruction(Action.REPLACE_WORDS, lid, old=draw(TEXT), new=draw(TEXT)))
        elif kind == "delete":
            children.append(Instruction(Action.DELETE, lid))
        elif kind == "add":
            children.append(Instruction(Action.ADD, place, payload=draw(LEDEN) if not place.lid else draw(ITEMS.filter(bool))))
        else:
            children.append(draw(group(lid, depth + 1)))
    return Instruction(Action.GROUP, place, children=tuple(children))


@st.composite
def rich_instructions(draw):
    """An instruction of `instructions()`, one whose payload is a hoofdstuk or list items, a
    `wijzigen` (nested), several places in one sentence, or two changes of words joined."""
    kind = draw(st.sampled_from(["plain", "hoofdstuk", "items", "wijzigen", "places", "joined"]))
    if kind == "plain":
        return draw(instructions())
    if kind == "wijzigen":
        return draw(group(Target(artikel=draw(TARGETS).artikel)))
    if kind == "places":
        first, second = draw(TARGETS), draw(TARGETS)
        action = draw(st.sampled_from([Action.REPLACE_WORDS, Action.DELETE]))
        words = {"old": draw(TEXT), "new": draw(TEXT), "every": True} if action is Action.REPLACE_WORDS else {}
        return Instruction(action, Target(artikel=first.artikel), also=(Target(artikel=second.artikel + "z"),), **words)
    if kind == "joined":
        more = Instruction(Action.INSERT_WORDS, Target(), anchor=draw(TEXT), new=draw(TEXT))
        return Instruction(Action.REPLACE_WORDS, draw(TARGETS), old=draw(TEXT), new=draw(TEXT), joined=(more,))
    if kind == "items":
        return Instruction(Action.ADD, Target(artikel="12", lid="2"), payload=draw(NESTED_ITEMS.filter(bool)))
    number = draw(st.sampled_from(["5A", "2.1", "21", "1.11"]))
    new = draw(chapter(number, True, 1))
    return Instruction(Action.INSERT, Target(hoofdstuk="5"), payload=(new,))


@st.composite
def rich_bills(draw):
    """A wijzigingswet with every kind of payload, or a wet in hoofdstukken (numbered per
    hoofdstuk or throughout) with leden, onderdelen and subonderdelen."""
    if draw(st.booleans()):
        onderdelen = draw(st.lists(st.tuples(st.lists(rich_instructions(), min_size=1, max_size=3), KEYS),
                                   min_size=1, max_size=4))  # fmt: skip
        amending = Article("I", amends=LawRef("Huisvestingswet 2014", "BWBR0035303", ("12",)),
                           onderdelen=tuple(AmendingOnderdeel(ids.onderdeel_letter(n), tuple(i), k)
                                            for n, (i, k) in enumerate(onderdelen, start=1)))  # fmt: skip
        others = draw(st.lists(st.tuples(NESTED_LEDEN, KEYS), max_size=3))
        body = (amending, *(Article(ids.roman(n), leden=leden, key=k)
                            for n, (leden, k) in enumerate(others, start=2)))  # fmt: skip
    else:
        per_chapter = draw(st.booleans())
        body, first = [], 1
        for number in draw(st.sampled_from([("1", "2"), ("1", "2", "11"), ("1",)])):
            body.append(draw(chapter(number, per_chapter, first)))
            first += len(body[-1].children)
        body = tuple(body)
    return Bill("Regels over iets.", "Wet iets", Version("v", "2026-12-01", Stage.CONSULTATIEVERSIE),
                "", (), (), body)  # fmt: skip


@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(bills())
def test_dump_then_load_gives_an_equal_bill(bill):
    text = dump_bill(bill)
    result = load_text(text.encode())
    assert [d for d in result.diagnostics if d.code.startswith(("SCH", "YAML", "READ"))] == []
    assert result.bill == bill


@settings(max_examples=100, deadline=None)
@given(bills())
def test_eids_are_unique(bill):
    eids = [node.eid for node in outline(bill)]
    assert len(eids) == len(set(eids))


@settings(max_examples=100, deadline=None)
@given(bills())
def test_check_reports_a_repeated_key_exactly_when_one_repeats(bill):
    keys = [n.key for n in outline(bill) if n.key]
    reported = [d for d in check_bill(bill) if d.code == "STR005"]
    assert len(reported) == len(keys) - len(set(keys))


# Every white-space character str.split knows, the space among them, and some that are not.
_SPACED = st.text(alphabet=st.sampled_from(list(" \t\n\r\x0b\x0c\x1c\x1f\x85\xa0\u2003\u2028\u3000\u200bab§")))


@given(_SPACED)
def test_single_spaced_folds_white_space_as_split_and_join_do(text):
    assert single_spaced(text) == " ".join(text.split())
