"""Consolidation, then a reverse diff of the old and the new law, gives back exactly the
instructions' effect: for generated base laws (tests/law/strategies.py) and generated
instructions of every kind, each on an article of its own, written as a draft writes them."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from tests.law.strategies import laws
from wetgen.consolidate.compare import compare_laws
from wetgen.consolidate.engine import consolidate
from wetgen.consolidate.ops import Source, instruction_ops
from wetgen.law.model import Alinea, Article, Lijst, list_items
from wetgen.law.numbers import clean
from wetgen.model import Action, Instruction, Lid, Target
from wetgen.model import Article as DraftArticle

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
KINDS = ("words", "repeal_lid", "repeal_article", "add_lid", "replace_lid", "renumber", "insert")
NEW_WORD = "Xqzw"


@st.composite
def amended(draw):
    """Draw a law and up to four instructions, each on its own article, with their effect."""
    law = draw(laws())
    live = [a for a in law.articles() if not a.is_vervallen]
    assume(live)
    chosen = draw(st.lists(st.sampled_from(live), min_size=1, max_size=4, unique_by=lambda a: a.number))
    instructions, effect = [], set()
    for article in chosen:
        kind = draw(st.sampled_from(KINDS))
        made = _instruction(draw, law, article, kind)
        if made is not None:
            instructions.append(made[0])
            effect |= made[1]
    assume(instructions)
    return law, instructions, effect


def _instruction(draw, law, article: Article, kind: str):
    here = (("artikel", article.number),)
    if kind == "words":
        spots = _word_spots(article)
        if not spots:
            return None
        place, unit, word = draw(st.sampled_from(spots))
        target = Target(artikel=article.number, lid=place[1][1] if len(place) > 1 else "")
        return Instruction(Action.REPLACE_WORDS, target, old=word, new=NEW_WORD), {("gewijzigd", unit, unit, ("word", word))}
    if kind in ("repeal_lid", "replace_lid") and len(article.leden) > 1:
        lid = draw(st.sampled_from(article.leden))
        at = (*here, ("lid", lid.number))
        target = Target(artikel=article.number, lid=lid.number)
        if kind == "repeal_lid":
            return Instruction(Action.DELETE, target), {("vervallen", at, (), None)}
        if lid.blocks != (Alinea(lid.blocks[0].text),) if lid.blocks and isinstance(lid.blocks[0], Alinea) else True:
            return None
        payload = (Lid(lid.number, "Een vervangen lid."),)
        return Instruction(Action.REPLACE, target, payload=payload), {("gewijzigd", at, at, ("text", "Een vervangen lid."))}
    if kind == "repeal_article":
        return Instruction(Action.DELETE, Target(artikel=article.number)), {("vervallen", here, here, ("text", "Vervallen"))}
    if kind == "add_lid" and article.leden and all(lid.number.isdigit() for lid in article.leden):
        number = str(max(int(lid.number) for lid in article.leden) + 1)
        payload = (Lid(number, "Een toegevoegd lid."),)
        return Instruction(Action.ADD, Target(artikel=article.number), payload=payload), {("ingevoegd", (), (*here, ("lid", number)), ("text", "Een toegevoegd lid."))}
    numbers = {clean(a.number) for a in law.articles()}
    if kind == "renumber" and sum(_text(a) == _text(article) for a in law.articles()) == 1:
        new = article.number + "z"
        if clean(new) in numbers:
            return None
        return Instruction(Action.RENUMBER, Target(artikel=article.number), new=new), {("vernummerd", here, (("artikel", new),), None)}
    if kind == "insert" and clean(article.number + "q") not in numbers:
        new = article.number + "q"
        payload = (DraftArticle(new, text="Een ingevoegd artikel."),)
        return Instruction(Action.INSERT, Target(artikel=article.number), payload=payload), {("ingevoegd", (), (("artikel", new),), ("text", "Een ingevoegd artikel."))}
    return None


def _word_spots(article: Article):
    """Return (place, unit address, word) for each letters-only word that occurs once in its place."""
    places = [((("artikel", article.number),), article.blocks)] if not article.leden else [
        ((("artikel", article.number), ("lid", lid.number)), lid.blocks) for lid in article.leden
    ]
    spots = []
    for place, blocks in places:
        owned = list(_alineas(blocks, place))
        whole = " ".join(text for _, text in owned)
        for unit, text in owned:
            for word in set(text.split()):
                if word.isalpha() and len(re.findall(rf"(?<!\w){re.escape(word)}(?!\w)", whole)) == 1:
                    spots.append((place, unit, word))
    return sorted(spots)


def _alineas(blocks, unit):
    for block in blocks:
        if isinstance(block, Alinea):
            yield unit, block.text
        elif isinstance(block, Lijst):
            for item in block.items:
                if item.number:
                    yield from _alineas(item.blocks, (*unit, ("onderdeel", item.number)))


def _text(article: Article) -> str:
    return repr((article.title, article.blocks, article.leden))


@SETTINGS
@given(amended())
def test_consolidation_then_reverse_diff_gives_the_instructions_effect(case):
    law, instructions, effect = case
    ops = [op for n, i in enumerate(instructions) for op in instruction_ops(i, Source("Wet", "I", str(n)))]
    result = consolidate(law, ops)
    assert result.ok, result.failures
    changes = [c for pair in compare_laws(law, result.law) for c in pair.changes]
    assert {(c.kind, c.old, c.new) for c in changes} == {e[:3] for e in effect}
    texts = {e[:3]: e[3] for e in effect}
    for change in changes:
        expected = texts[(change.kind, change.old, change.new)]
        if expected is None:
            continue
        how, value = expected
        if how == "word":
            assert change.new_text.count(NEW_WORD) == 1 and NEW_WORD not in change.old_text
            assert change.new_text.replace(NEW_WORD, value) == change.old_text
        else:
            assert change.new_text == value

@SETTINGS
@given(amended())
def test_no_instructions_change_nothing_and_failures_change_nothing(case):
    law, instructions, _ = case
    assert consolidate(law, []).law == law
    missing = Instruction(Action.DELETE, Target(artikel="9999"))
    result = consolidate(law, list(instruction_ops(missing, Source("Wet", "I", "A"))))
    assert result.law == law and result.failures[0].why == "there is no artikel 9999"
    assert not list_items(())
