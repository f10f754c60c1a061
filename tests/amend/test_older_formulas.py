"""Wordings older bills print, read and written word for word: "…, dat luidt:" ("…, die luiden:")
instead of "…, luidende:" (Stb. 2000, 204; Stb. 2005, 534), and "Artikel 33 komt als volgt te
luiden:" (Stb. 1999, 243). The sentences below are invented in those forms."""

from __future__ import annotations

import pytest

from wetgen.amend.parse import infer_style, parse_instruction
from wetgen.amend.parse_text import Reading
from wetgen.amend.wording import sentence
from wetgen.dump import dump_bill
from wetgen.importer import import_data
from wetgen.loader import load_text
from wetgen.model import Action, Article, Instruction, Lid, Style, Target, iter_articles

OLDER = Style(luidende="dat luidt")
ONE_ARTICLE = (Article("9a", text="De proef duurt een jaar."),)
TWO_LEDEN = (Lid("3", "Eerste nieuw lid."), Lid("4", "Tweede nieuw lid."))


@pytest.mark.parametrize(("text", "payload", "action"), [
    ("Na artikel 9 wordt een artikel ingevoegd, dat luidt:", ONE_ARTICLE, Action.INSERT),
    ("Aan artikel 24 worden twee leden toegevoegd, die luiden:", TWO_LEDEN, Action.ADD),
    ("Artikel 12 wordt vervangen door twee leden, die luiden:", TWO_LEDEN, Action.REPLACE),
])  # fmt: skip
def test_dat_luidt_is_read_and_written_in_a_bill_that_prints_it(text, payload, action):
    read = parse_instruction(text, payload, "", Reading(OLDER))
    assert isinstance(read, Instruction) and read.action is action
    assert sentence(read, style=OLDER) == text
    assert sentence(read).endswith(", luidende:")  # the default style keeps Ar 6.11's word


def test_the_bills_own_form_is_inferred_from_its_sentences():
    assert infer_style(["Na artikel 9 wordt een artikel ingevoegd, dat luidt:"]).luidende == "dat luidt"
    assert infer_style(["Na artikel 9 wordt een artikel ingevoegd, luidende:"]).luidende == "luidende"
    assert infer_style(["Artikel 9 vervalt."]).luidende == "luidende"


def test_komt_als_volgt_te_luiden_keeps_its_form():
    read = parse_instruction("Artikel 33 komt als volgt te luiden:", (Article("33", text="x"),), "",
                             Reading(Style()))  # fmt: skip
    assert isinstance(read, Instruction) and read.action is Action.REPLACE and read.form == "als_volgt"
    assert sentence(read) == "Artikel 33 komt als volgt te luiden:"
    plain = Instruction(Action.REPLACE, Target(artikel="33"), payload=(Article("33", text="x"),))
    assert sentence(plain) == "Artikel 33 komt te luiden:"


def test_an_imported_older_bill_keeps_its_wording_through_the_draft():
    text = ("Wet van 1 januari 2000 tot wijziging van de Wet op de proef\n\nARTIKEL I\n\n"
            "De Wet op de proef wordt als volgt gewijzigd:\n\nA\n\nNa artikel 9 wordt een artikel ingevoegd, dat luidt:"
            "\n\nArtikel 9a\n\nDe proef duurt een jaar.\n\nB\n\nArtikel 33 komt als volgt te luiden:\n\nArtikel 33\n\n"
            "De toets duurt een maand.\n")  # fmt: skip
    result = import_data(text.encode(), "wet.txt")
    assert result.bill.style.luidende == "dat luidt"
    draft = dump_bill(result.bill, "", ())
    assert "luidende: dat luidt" in draft and "vorm: als_volgt" in draft
    loaded = load_text(draft.encode(), "wet.yaml").bill
    assert loaded is not None and loaded.style.luidende == "dat luidt"
    article = next(iter_articles(loaded.body))
    worded = [sentence(i, style=loaded.style) for o in article.onderdelen for i in o.instructions]
    assert worded == ["Na artikel 9 wordt een artikel ingevoegd, dat luidt:", "Artikel 33 komt als volgt te luiden:"]


@pytest.mark.parametrize(("text", "payload", "form"), [
    ("Na artikel 6 wordt een nieuw artikel ingevoegd, luidende:", (Article("6a", text="x"),), "nieuw"),
    ("Na artikel 32 wordt een nieuw artikel 32a ingevoegd, luidende:", (Article("32a", text="x"),), "nieuw_nummer"),
    ("Na artikel VIIc wordt een nieuw artikel VIId ingevoegd, luidende:", (Article("VIId", text="x"),), "nieuw_nummer"),
    ("Aan artikel 24 worden twee nieuwe leden toegevoegd, luidende:", TWO_LEDEN, "nieuw"),
])  # fmt: skip
def test_een_nieuw_artikel_is_read_and_written_as_the_bill_has_it(text, payload, form):
    # Stb. 2005, 534: "Na artikel 32 wordt een nieuw artikel 32a ingevoegd, dat luidt:"
    read = parse_instruction(text, payload, "", Reading(Style()))
    assert isinstance(read, Instruction) and read.form == form
    assert sentence(read) == text
    assert "nieuw" not in sentence(Instruction(read.action, read.target, payload=read.payload))


def test_the_number_after_a_new_unit_must_be_the_new_units_own():
    read = parse_instruction("Na artikel 32 wordt een nieuw artikel 32b ingevoegd, luidende:",
                             (Article("32a", text="x"),), "", Reading(Style()))  # fmt: skip
    assert not isinstance(read, Instruction)
