"""The parser of wijzigingsopdrachten is the inverse of the wording: parse(word(i)) == i for
generated instructions of every kind, for the onderdelen of the re-typed real bills and the
default draft, and for the published sentences of the Aanwijzingen themselves."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from tests.test_places import chains
from wetgen import places
from wetgen.amend.parse import Reading, Unparsed, infer_style, parse_instruction, parse_intro, word
from wetgen.amend.parse_layout import Line, parse_onderdeel
from wetgen.amend.wording import article_intro, inline_law, word_onderdeel
from wetgen.loader import load_bill
from wetgen.model import (
    Action,
    Article,
    Ending,
    Instruction,
    Item,
    LawRef,
    Lid,
    Part,
    Proposal,
    Renumbering,
    Style,
    Target,
)

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "realbills"))
from plain import cases  # noqa: E402

SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Quoted words are literal: they may hold the words of the formulas themselves, punctuation, and
# spaces at their ends (Ar 6.9; "na «Arnhem, » ingevoegd «Ede, »").
WORD = st.sampled_from(["de", "woonruimte", "gemeente", "3.10", "nee", "a:b", "vergunninghouder;", "lid.",
                        "Arnhem,", "(nieuw)", "vervangen door", "wordt", "en", "telkens", "artikel 12", "luidende:"])  # fmt: skip
PHRASE = st.lists(WORD, min_size=1, max_size=4).map(" ".join)
QUOTED = st.one_of(PHRASE, PHRASE.map(lambda t: t + " "), PHRASE.map(lambda t: ", " + t))
STYLES = st.sampled_from([Style(), Style(quotes='""'), Style(colon=True), Style(quotes="“”", as_follows="gewijzigd als volgt")])
PLACES = st.lists(chains(), min_size=1, max_size=2, unique=True).map(
    lambda cs: tuple(places.canonical(tuple(Target(c) for c in cs))))
LEDEN = st.integers(1, 3).map(lambda n: tuple(Lid(str(k), f"tekst van lid {k}.") for k in range(2, 2 + n)))
ITEMS = st.integers(1, 3).map(lambda n: tuple(Item(chr(ord("b") + k), f"onderdeel {k};") for k in range(n)))
SUBITEMS = st.integers(1, 3).map(lambda n: tuple(Item(str(k), f"subonderdeel {k};") for k in range(1, 1 + n)))
ARTICLES = st.integers(1, 2).map(lambda n: tuple(Article(f"4{chr(ord('a') + k)}", text="Tekst.") for k in range(n)))


@st.composite
def word_changes(draw) -> Instruction:
    """A change of words in one or more places, maybe joined with more changes of words."""
    targets = draw(PLACES)
    clauses = [_clause(draw, last=n == 0) for n in range(draw(st.integers(1, 3)))][::-1]
    first, joined = clauses[0], tuple(clauses[1:])
    return replace(first, target=targets[0], also=targets[1:], joined=joined)


def _clause(draw, last: bool) -> Instruction:
    action = draw(st.sampled_from([Action.REPLACE_WORDS, Action.INSERT_WORDS, Action.DELETE_WORDS]))
    colon = draw(st.sampled_from([None, True, False])) if last and action is not Action.DELETE_WORDS else None
    if action is Action.INSERT_WORDS:
        noun = draw(st.sampled_from(["", "een zinsnede"]))
        return Instruction(action, Target(), anchor=draw(QUOTED), new=draw(QUOTED), before=draw(st.booleans()),
                           every=draw(st.booleans()), words_noun=noun, colon=colon)  # fmt: skip
    noun = draw(st.sampled_from(["", "de zinsnede"]))
    new = draw(QUOTED) if action is Action.REPLACE_WORDS else ""
    return Instruction(action, Target(), old=draw(QUOTED), new=new, every=draw(st.booleans()), words_noun=noun, colon=colon)


def _renumbering(unit: str, draw) -> Renumbering:
    start = draw(st.integers(2, 4))
    count = draw(st.integers(1, 4))
    if unit == "onderdeel":
        old = tuple(chr(ord("a") + start + k) for k in range(count))
        new = tuple(chr(ord("a") + start + k + 1) for k in range(count))
    else:
        old = tuple(str(start + k) for k in range(count))
        new = tuple(str(start + k - 1) for k in range(count))
    article = draw(st.booleans()) or (count == 1 and unit != "lid")  # no article shows before "onderdeel c"
    return Renumbering(unit, old, new, article, draw(st.booleans()) and (article or unit != "lid"), draw(st.booleans()))


@st.composite
def unit_changes(draw) -> Instruction:
    """A change of units: komt te luiden, vervalt, invoegen, toevoegen, vernummeren, a designation."""
    kind = draw(st.sampled_from(["vervang", "vervallen", "invoegen", "toevoegen", "vernummeren", "aanduiding"]))
    targets = draw(PLACES)
    target = targets[0]
    if kind == "vervang":
        payload = draw(SUBITEMS if target.unit() == "subonderdeel" else st.one_of(LEDEN, ITEMS, ARTICLES))
        form = "in" if len(target.chain) > 1 and not target.is_plural and draw(st.booleans()) else ""
        return Instruction(Action.REPLACE, target, also=() if form else targets[1:], payload=payload, form=form)
    if kind == "vervallen":
        lid = Target(artikel="4", lid=str(draw(st.integers(1, 3))))
        if draw(st.booleans()):
            return Instruction(Action.DELETE, lid, renumbering=replace(_renumbering("lid", draw), comma=False))
        if draw(st.booleans()):
            return Instruction(Action.DELETE, lid, designation="1.", form=draw(st.sampled_from(["", "in"])))
        return Instruction(Action.DELETE, target, also=targets[1:])
    if kind == "invoegen":
        where = draw(st.sampled_from(["na", "in", "binnen"]))
        payload = draw(st.one_of(LEDEN, ITEMS))
        unit = "lid" if isinstance(payload[0], Lid) else "onderdeel"
        renumbering = _renumbering(unit, draw) if draw(st.booleans()) else None
        if where == "binnen":
            return Instruction(Action.INSERT, Target(artikel="7"), payload=payload, within=True, renumbering=renumbering)
        sibling = Target(artikel="7", lid="2") if unit == "lid" else Target(artikel="7", lid="1", onderdeel="b")
        return Instruction(Action.INSERT, sibling, payload=payload, before=draw(st.booleans()), renumbering=renumbering)
    if kind == "toevoegen":
        payload = draw(st.one_of(LEDEN, ITEMS))
        at = Target(artikel="7") if isinstance(payload[0], Lid) else Target(artikel="7", lid="1")
        if isinstance(payload[0], Item) and draw(st.booleans()):
            ending = Ending(Target(artikel="7", lid="1", onderdeel="a"), draw(st.sampled_from([".", "; of"])), ";")
            return Instruction(Action.ADD, at, payload=payload, endings=(ending,))
        if isinstance(payload[0], Item) and draw(st.booleans()):
            return Instruction(Action.ADD, at, payload=payload, sibling=Target(artikel="7", lid="1", onderdeel="i"))
        return Instruction(Action.ADD, at, payload=payload)
    if kind == "vernummeren":
        return Instruction(Action.RENUMBER, Target(artikel="12b"), new=draw(st.sampled_from(["12c", "13", "14a"])))
    return Instruction(Action.DESIGNATE, Target(artikel=draw(st.sampled_from(["3", "3a"]))), designation="1.")


def canonical(i: Instruction, reading: Reading) -> Instruction:
    """Return the form of an instruction the parser gives: among models that print the same
    sentence, the one without a needless choice (the verb's default number, the colon as the
    bill has it, a changed final full stop as the flag)."""
    if i.colon is not None and i.colon == reading.style.colon:
        i = replace(i, colon=None)
    if i.joined and i.joined[-1].colon == reading.style.colon:
        i = replace(i, joined=(*i.joined[:-1], replace(i.joined[-1], colon=None)))
    if i.endings and (i.endings[0].old, i.endings[0].new) == (".", ";"):
        flagged = replace(i, period_to_semicolon=True, endings=i.endings[1:])
        if word(flagged, reading) == word(i, reading):
            i = flagged
    return i


def assert_reads_back(i: Instruction, reading: Reading) -> None:
    sentence = word(i, reading)
    new_text = i.new if i.action is Action.REPLACE else ""
    got = parse_instruction(sentence, i.payload, new_text, reading)
    assert not isinstance(got, Unparsed), (sentence, got.why)
    assert got == canonical(i, reading), sentence


@SETTINGS
@given(word_changes(), STYLES)
def test_a_change_of_words_reads_back(i, style):
    assert_reads_back(i, Reading(style))


@SETTINGS
@given(unit_changes(), STYLES)
def test_a_change_of_units_reads_back(i, style):
    assert_reads_back(i, Reading(style))


@SETTINGS
@given(st.one_of(word_changes(), unit_changes()), st.sampled_from(["Wet X", "Burgerlijk Wetboek"]))
def test_the_only_change_of_an_article_names_its_law(i, law):
    assert_reads_back(i, Reading(Style(), law=LawRef(law, article="het" if "Wetboek" in law else "de")))


@SETTINGS
@given(word_changes())
def test_a_change_inside_a_group_reads_relative_to_it(i):
    base = Target(artikel=i.target.artikel)
    i = replace(i, also=())  # several places under a group: see test_a_change_of_words_reads_back
    if i.target == base:  # the bare first clause ("«x» vervalt."): no "telkens" and no "luidende" there
        assume(not (i.action is Action.DELETE_WORDS and i.every) and not i.words_noun.startswith("een"))
    assert_reads_back(i, Reading(Style(), base))


# --- onderdelen as printed, the real bills and the default draft ------------------------------------


def _bills():
    for case in cases():
        yield case.name, load_bill(case.draft)
    for version in ("01-consultatieversie", "02-adviesaanvraag"):
        yield version, load_bill(ROOT / "drafts" / "huisvesting-vergunninghouders" / f"{version}.yaml")


# among them "Toegevoegd wordt een tweede lid, luidende:" (stb-1995-355, hoofdstuk I, 1B: the verb
# first, an older word order)
ONDERDELEN = [pytest.param(bill, article, o, id=f"{name}:{article.number}{o.number}")
              for name, bill in _bills() for article in bill.articles() for o in article.onderdelen]  # fmt: skip


@pytest.mark.parametrize(("bill", "article", "onderdeel"), ONDERDELEN)
def test_every_onderdeel_of_the_real_bills_reads_back_as_data(bill, article, onderdeel):
    lines = [Line(w.sentence, w.depth, w.payload, w.new_text) for w in word_onderdeel(onderdeel, bill.style, article)]
    got, problems = parse_onderdeel(lines, bill.style, inline_law(article))
    assert problems == []
    assert got == onderdeel.instructions


@pytest.mark.parametrize("name_bill", list(_bills()), ids=lambda nb: nb[0])
def test_the_style_of_a_bill_is_read_from_its_sentences(name_bill):
    _, bill = name_bill
    sentences = [w.sentence for a in bill.articles() for o in a.onderdelen for w in word_onderdeel(o, bill.style, a)]
    if not any(q in s for s in sentences for q in "«\"“"):
        pytest.skip("no quoted words")
    assert infer_style(sentences).quotes == bill.style.quotes
    if any("vervangen door" in s or "ingevoegd" in s for s in sentences):
        assert infer_style(sentences).colon == bill.style.colon


@pytest.mark.parametrize("name_bill", list(_bills()), ids=lambda nb: nb[0])
def test_the_opening_line_reads_back(name_bill):
    _, bill = name_bill
    for article in bill.articles():
        intro = article_intro(article, bill.style) if article.is_amending else ""
        if not intro:
            continue
        got = parse_intro(intro, bill.style)
        assert got is not None
        if article.intro:
            assert got.own == article.intro
        else:
            assert got.own == "" and got.law.proposal == article.amends.proposal
            if article.amends.proposal is None:
                assert got.law.name() == article.amends.name()


# --- the published forms, one by one ----------------------------------------------------------------

PUBLISHED = {
    # Ar 6.12 with several places and a range (issue 12, item 2)
    "De artikelen 3, 5 en 9 vervallen.": Instruction(Action.DELETE, Target((Part("artikel", ("3", "5", "9")),))),
    "De artikelen 3 tot en met 5 vervallen.": Instruction(Action.DELETE, Target((Part("artikel", ("3", "5"), True),))),
    # volzin as a place (Ar 6.15's own example)
    "Het vijfde lid, tweede zin, vervalt.": Instruction(Action.DELETE, Target(lid="5", zin="2")),
    # telkens and (nieuw)
    "In het derde lid (nieuw) wordt «x» telkens vervangen door «y».": Instruction(
        Action.REPLACE_WORDS, Target((Part("lid", ("3",), nieuw=True),)), old="x", new="y", every=True),
    # two changes in one sentence (Ar 6.15)
    "In artikel 3 vervalt «a» en wordt «b» vervangen door «c».": Instruction(
        Action.DELETE_WORDS, Target(artikel="3"), old="a", joined=(Instruction(Action.REPLACE_WORDS, Target(), old="b", new="c"),)),
    # the colon form of older bills
    "In artikel 8:4, onderdeel i, wordt na «voor zover het» ingevoegd: keuring, herkeuring,.": Instruction(
        Action.INSERT_WORDS, Target(artikel="8:4", onderdeel="i"), anchor="voor zover het", new="keuring, herkeuring,", colon=True),
    # vernummering, Ar 6.18
    "Het derde lid vervalt, onder vernummering van het vierde lid tot derde lid.": Instruction(
        Action.DELETE, Target(lid="3"), renumbering=Renumbering("lid", ("4",), ("3",))),
}  # fmt: skip


@pytest.mark.parametrize("sentence", list(PUBLISHED))
def test_a_published_sentence_becomes_its_instruction(sentence):
    assert parse_instruction(sentence) == PUBLISHED[sentence]


def test_a_novelle_opening_names_the_bill():
    text = ("Indien het bij koninklijke boodschap van 3 oktober 2025 ingediende voorstel van wet tot wijziging van "
            "de Huisvestingswet 2014 (Kamerstukken 36 831) tot wet wordt verheven, wordt die wet als volgt gewijzigd:")  # fmt: skip
    got = parse_intro(text)
    assert got.law.proposal == Proposal("tot wijziging van de Huisvestingswet 2014", "2025-10-03", "36 831")


@pytest.mark.parametrize(("sentence", "why"), [
    ("Artikel 5 wordt op een nader te bepalen wijze aangepast.", "no formula"),
    ("In artikel 5 wordt «a» vervangen door «b» en wordt «c» geschrapt.", "c"),
    ("Na artikel 28 worden een artikel ingevoegd, luidende:", "wetgen words"),
])  # fmt: skip
def test_what_no_formula_gives_back_stays_unparsed_with_a_reason(sentence, why):
    got = parse_instruction(sentence, (Article("28a", text="x"),) if "luidende" in sentence else ())
    assert isinstance(got, Unparsed) and why in got.why
