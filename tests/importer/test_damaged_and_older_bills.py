"""Real bill texts as sources give them (a legal database's copy, an excerpt cut off, the older
opening "In de Wet X worden de volgende wijzigingen aangebracht:", changes numbered 1°.): every
one imports into a draft that loads, with each word kept, and what was repaired is said.

The sweep runs over every text of the real reference set (tests/consult/realrefs, each document
with its source) that is a bill or holds one; the small cases are invented."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from tests.consult.realrefs.evaluate import load_documents
from wetgen.amend.parse import parse_instruction
from wetgen.amend.parse_text import Reading
from wetgen.amend.wording import sentence
from wetgen.api import check_draft
from wetgen.importer import ImportRefused, import_data
from wetgen.importer.draft import draft_text
from wetgen.loader import load_text
from wetgen.model import Action, Article, Instruction, Style, Target, iter_articles
from wetgen.render.text import render_markdown

BILL_TEXTS = [doc for doc in load_documents() if re.search(r"^(?:ARTIKEL|Artikel) [IVXL]+\b", doc.excerpt, re.M)]
HEAD = "Wet van 1 januari 2020 tot wijziging van de Wet op de proef\n\n"


# an onderdeel's letter run into the word after it ("AIn artikel 1 …", "CArtikel 3 vervalt"), which the
# importer sets apart as the letter and the instruction: counted apart in the source too
_RUN_IN_LETTER = re.compile(r"\b([A-Z])(?=[A-Z][a-z])")
# real texts on which the importer still loses words: open defects, each said, that fail loudly once mended
KNOWN_LOSSES = {
    "zo05-spoorwegwet-richtlijn-2012-34-staat": "the lettered steps a.-d. under a numbered step of onderdeel A lose their letters",
    # (a 1979 Staatsblad text from Delpher's OCR: the older "… onder d, wordt gelezen:" and its "d." with "1°."/"2 °."
    # items take the instructions after them into the new leden of the next one)
    "zzzzzo06-wet-op-de-ondernemingsraden-her": "an onderdeel whose instructions follow 'wordt gelezen:' loses its new text and two instructions",
    # (a Staatsblad text of 2010: "4. Onderdeel j komt te luiden: j. instellingsbestuur: • van een bekostigde instelling: …
    # • van een rechtspersoon …": the bulleted parts of a definition's new text)
    "zzzzzze04-whw-versterking-besturing-staa": "the bulleted parts of a new definition ('j. instellingsbestuur: • van …') are lost",
}


def _words(text: str) -> Counter[str]:
    return Counter(w.casefold() for w in re.findall(r"\w+", _RUN_IN_LETTER.sub(r"\1 ", text)))


def _lost(source: str, result, name: str) -> Counter[str]:  # noqa: ANN001 - an ImportResult
    """Return the words of `source` that neither the imported draft nor its rendering keeps."""
    return _words(source) - _words(draft_text(result, name) + render_markdown(result.bill).decode())


def _known(doc):  # noqa: ANN001, ANN202 - a Document, its pytest param
    reason = KNOWN_LOSSES.get(doc.id[:40])
    return pytest.param(doc, marks=pytest.mark.xfail(strict=True, reason=reason)) if reason else doc


def _import(text: str, name: str = "wet.txt"):  # noqa: ANN202 - ImportResult
    return import_data(text.encode("utf-8"), name)


@pytest.mark.parametrize("doc", [_known(d) for d in BILL_TEXTS], ids=[d.id[:40] for d in BILL_TEXTS])
def test_every_bill_text_of_the_real_set_imports_into_a_draft_that_loads(doc):
    try:
        result = _import(doc.excerpt, f"{doc.id}.txt")
    except ImportRefused as refused:  # a nota van wijziging or an amendement: no bill in it
        assert "no bill found" in str(refused)
        return
    lost = _lost(doc.excerpt, result, doc.id)
    assert sum(lost.values()) <= max(2, sum(_words(doc.excerpt).values()) // 200), lost


def test_the_sweep_covers_bills_of_several_kinds():
    imported = 0
    for doc in BILL_TEXTS:
        try:
            _import(doc.excerpt, f"{doc.id}.txt")
            imported += 1
        except ImportRefused:
            pass
    assert len(BILL_TEXTS) >= 80 and imported >= 60


def test_the_older_opening_makes_an_amending_article_of_its_law():
    text = HEAD + ("ARTIKEL I\n\nIn de Wet op de proef worden de volgende wijzigingen aangebracht:\n\nA\n\n"
                   "In artikel 3 wordt «proef» vervangen door: toets.\n\nB\n\nArtikel 4 vervalt.\n")  # fmt: skip
    article = next(iter_articles(_import(text).bill.body))
    assert article.amends is not None and article.amends.citeertitel == "Wet op de proef"
    assert [o.number for o in article.onderdelen] == ["A", "B"]
    assert article.intro == "In de Wet op de proef worden de volgende wijzigingen aangebracht:"
    assert [i.action for o in article.onderdelen for i in o.instructions] == [Action.REPLACE_WORDS, Action.DELETE]


def test_a_group_of_changes_of_a_lid_is_worded_and_read_with_the_comma_after_the_lid():
    group = Instruction(Action.GROUP, Target(artikel="12", lid="2"),
                        children=(Instruction(Action.DELETE, Target(artikel="12", lid="2", onderdeel="a")),))  # fmt: skip
    assert sentence(group) == "Artikel 12, tweede lid, wordt als volgt gewijzigd:"
    read = parse_instruction("Artikel 12i, derde lid, wordt als volgt gewijzigd:", (), "", Reading(Style()))
    assert isinstance(read, Instruction) and read.action is Action.GROUP


def test_a_databases_notes_and_a_cut_off_article_are_kept():
    text = HEAD + ("Artikel I\n[Wijzigt de Wet op de proef.]\n\nArtikel II\n[Wijzigt deze wet.]\n1.\n"
                   "Deze wet treedt in werking met ingang van 1 september 1998.\n2.\nArtikel I werkt terug tot en met "
                   "1 januari 1998.\n\nArtikel III\nDeze wet treedt in werking op een bij koninklijk besluit te bepalen "
                   "tijdstip […]\n")  # fmt: skip
    result = _import(text)
    articles = {a.number: a for a in iter_articles(result.bill.body)}
    note = articles["I"].onderdelen[0].instructions[0]  # the law it names is read (tests/importer/test_heldout.py)
    assert articles["I"].amends is not None and note.free_text == "[Wijzigt de Wet op de proef.]"
    assert articles["II"].text == "" and [lid.number for lid in articles["II"].leden] == ["1", "2"]
    assert any(kept == "[Wijzigt deze wet.]" for _, kept in result.unplaced)
    assert articles["III"].text.startswith("Deze wet treedt in werking") and not articles["III"].opschrift
    assert any("its only line read as its text" in w.message for w in result.warnings)
    draft_text(result, "wet.txt")  # loads


def test_a_group_whose_changes_are_numbered_with_degrees_stays_as_free_text():
    text = HEAD + ("ARTIKEL I\n\nDe Wet op de proef wordt gewijzigd als volgt:\n\nArtikel 16 wordt gewijzigd als volgt:"
                   "\n\n1°. In het eerste lid wordt «week» vervangen door: maand.\n")  # fmt: skip
    result = _import(text)
    article: Article = next(iter_articles(result.bill.body))
    words = " ".join(i.free_text for o in article.onderdelen for i in o.instructions)
    assert "Artikel 16 wordt gewijzigd als volgt:" in words and "«week»" in words
    assert any("without changes under it" in w.message for w in result.warnings)
    draft_text(result, "wet.txt")  # loads


def test_the_new_units_of_several_changes_kept_as_free_text_are_no_one_list():
    # "Artikel 1.1. wordt" (a stray dot) is no sentence wetgen writes, so its numbered changes stay free
    # text; the new onderdelen j and l of two of them are each kept at their place, not one list "j, l"
    text = HEAD + ("ARTIKEL I\n\nDe Wet op de proef wordt als volgt gewijzigd:\n\nA\n\nArtikel 1.1. wordt als volgt "
                   "gewijzigd:\n\na. In onderdeel e wordt «x» vervangen door: y.\n\nb. Onderdeel j komt te luiden:\n\n"
                   "j. faciliteiten: de diensten bij een netwerk;\n\nc. Onderdeel l komt te luiden:\n\nl. toegang: het "
                   "beschikbaar stellen;\n")  # fmt: skip
    result = _import(text)
    article: Article = next(iter_articles(result.bill.body))
    change = article.onderdelen[0].instructions[0]
    assert change.action is Action.FREE and change.payload == ()
    assert "b. Onderdeel j komt te luiden: j. faciliteiten: de diensten bij een netwerk;" in change.free_text
    assert change.free_text.endswith("c. Onderdeel l komt te luiden: l. toegang: het beschikbaar stellen;")
    draft_text(result, "wet.txt")  # loads, not refused as numbered out of order
    # the numbers inside a new unit are kept with its words: a lid's items, an item's subonderdelen
    text = HEAD + ("ARTIKEL I\n\nDe Wet op de proef wordt als volgt gewijzigd:\n\nA\n\nArtikel 1.1. wordt als volgt "
                   "gewijzigd:\n\na. Na het eerste lid wordt een lid ingevoegd, luidende:\n\n2. Het college kan:\n\n"
                   "a. een vergunning verlenen;\n\nb. een ontheffing verlenen.\n\nb. Onderdeel j komt te luiden:\n\n"
                   "j. voorziening:\n\n1°. een woning;\n\n2°. een woonwagen;\n")  # fmt: skip
    change = next(iter_articles(_import(text).bill.body)).onderdelen[0].instructions[0]
    assert "2. Het college kan: a. een vergunning verlenen; b. een ontheffing verlenen." in change.free_text
    assert change.free_text.endswith("j. voorziening: 1°. een woning; 2°. een woonwagen;")


def test_a_stray_mark_of_a_web_page_before_the_laws_name_is_left_out():
    # a copied page left ">" before the name: "De >Wet op de proef1 wordt als volgt gewijzigd:"
    text = HEAD + "ARTIKEL I\n\nDe >Wet op de proef1 wordt als volgt gewijzigd:\n\nA\n\nArtikel 4 vervalt.\n\nB\n\nArtikel 5 vervalt.\n"
    result = _import(text)
    article: Article = next(iter_articles(result.bill.body))
    assert article.amends is not None and article.amends.citeertitel == "Wet op de proef"
    assert any("stray '>'" in w.message for w in result.warnings)
    draft_text(result, "wet.txt")  # loads
    # markup around the name goes too; a name that is only markup stays as it is, and the draft loads
    for name, law in (("**Wet op de proef**", "Wet op de proef"), ("> Wet op de proef", "Wet op de proef"), ("#", "#")):
        text = HEAD + f"ARTIKEL I\n\nDe {name} wordt als volgt gewijzigd:\n\nA\n\nArtikel 4 vervalt.\n\nB\n\nArtikel 5 vervalt.\n"
        result = _import(text)
        assert next(iter_articles(result.bill.body)).amends.citeertitel == law
        draft_text(result, "wet.txt")


def test_words_struck_with_no_place_named_stay_as_free_text():
    # "De aanduiding «…» vervalt." names words but no unit to strike them from: free text, and the draft loads
    text = HEAD + ("ARTIKEL I\n\nDe Wet op de proef wordt als volgt gewijzigd:\n\nA\n\nArtikel 4 vervalt.\n\nB\n\n"
                   "De aanduiding «Hoofdstuk II. De Commissie» vervalt.\n")  # fmt: skip
    result = _import(text)
    change = next(iter_articles(result.bill.body)).onderdelen[1].instructions[0]
    assert change.action is Action.FREE and change.free_text == "De aanduiding «Hoofdstuk II. De Commissie» vervalt."
    assert any("names no place to do it in" in w.message for w in result.warnings)
    draft_text(result, "wet.txt")  # loads


def test_a_replacement_whose_new_text_was_not_read_under_it_stays_as_free_text():
    # a municipal copy that ran the new article's heading into the text: "komt te luiden:" with nothing read
    text = HEAD + ("ARTIKEL I\n\nDe Wet op de proef wordt als volgt gewijzigd:\n\nA\n\nArtikel 2.3 komt te luiden:\n")
    result = _import(text)
    assert any("replacement without its new text" in w.message for w in result.warnings)
    assert "Artikel 2.3 komt te luiden" in draft_text(result, "wet.txt")  # loads, the sentence kept


def test_a_footnote_mark_after_a_laws_name_is_no_part_of_the_name():
    # Staatsblad texts print the footnote mark against the name: "De Gemeentewet1 wordt …"
    text = HEAD + ("Artikel 1\n\nDe Wet op de proef1 wordt als volgt gewijzigd:\n\nA\n\nArtikel 4 vervalt.\n\n"
                   "B\n\nArtikel 5 vervalt.\n\nArtikel 2\n\nIn artikel 44, derde lid, van de Wet op de toets2 wordt "
                   "«proef» vervangen door: toets.\n")  # fmt: skip
    result = _import(text)
    first, second = iter_articles(result.bill.body)
    assert first.amends is not None and first.amends.citeertitel == "Wet op de proef"
    assert second.amends is not None and second.amends.citeertitel == "Wet op de toets"
    assert second.onderdelen[0].instructions[0].action is Action.REPLACE_WORDS
    assert sum("footnote mark" in w.message for w in result.warnings) == 2
    draft_text(result, "wet.txt")  # loads


def test_an_onderdeel_lettered_before_a_is_read_and_checked_as_inserted(tmp_path):
    # the Verzamelwet SZW 2022 (Stb. 2021, 627) letters an onderdeel before A as "aA"
    text = HEAD + ("ARTIKEL I\n\nDe Wet op de proef wordt als volgt gewijzigd:\n\naA\n\nArtikel 3 vervalt.\n\nA\n\n"
                   "Artikel 4 vervalt.\n\nB\n\nArtikel 5 vervalt.\n")  # fmt: skip
    result = _import(text)
    article = next(iter_articles(result.bill.body))
    assert [o.number for o in article.onderdelen] == ["aA", "A", "B"]
    draft = tmp_path / "wet.yaml"
    draft.write_text(draft_text(result, "wet.txt"), encoding="utf-8")
    codes = {d.code for d in check_draft(draft)}
    assert not codes & {"NUM001", "AR008"}, codes


def test_a_comma_before_the_verb_is_read_and_written_word_for_word():
    # the Verzamelwet SZW 2023 (Stb. 2022, 543; realrefs d12): "In artikel 39, elfde lid, van de
    # Algemene nabestaandenwet, wordt «…» vervangen door «…»." as the article's only change
    sentence_text = ("In artikel 39, elfde lid, van de Wet op de toets, wordt «geheel of gedeeltelijke» "
                     "vervangen door «geheel of gedeeltelijk».")  # fmt: skip
    text = HEAD + f"ARTIKEL I\n\n{sentence_text}\n\nARTIKEL II\n\nArtikel 12, tweede lid, van de Wet op de proef, vervalt.\n"
    result = _import(text)
    first, second = iter_articles(result.bill.body)
    assert first.amends is not None and first.amends.citeertitel == "Wet op de toets"
    change = first.onderdelen[0].instructions[0]
    assert change.action is Action.REPLACE_WORDS and change.verb_comma
    assert second.amends is not None and second.onderdelen[0].instructions[0].verb_comma
    draft = draft_text(result, "wet.txt")
    assert "komma_voor_werkwoord: ja" in draft
    assert not result.warnings
    printed = render_markdown(result.bill).decode("utf-8")
    assert sentence_text in printed and "Artikel 12, tweede lid, van de Wet op de proef, vervalt." in printed


def test_the_comma_the_aanwijzingen_write_after_a_lid_is_no_verb_comma():
    read = parse_instruction("In artikel 12, tweede lid, wordt «a» vervangen door «b».", (), "", Reading(Style()))
    assert isinstance(read, Instruction) and not read.verb_comma
    flagged = parse_instruction("In het tweede lid, wordt «a» vervangen door «b».", (), "", Reading(Style()))
    assert isinstance(flagged, Instruction) and flagged.verb_comma
    assert sentence(flagged, relative=True) == "In het tweede lid, wordt «a» vervangen door «b»."


def test_a_comma_before_the_group_verb_is_left_out_of_the_laws_name_and_said():
    text = HEAD + ("ARTIKEL I\n\nArtikel 108 van de Wet op de proef, wordt als volgt gewijzigd:\n\n"
                   "1. Het eerste lid vervalt.\n\n2. In het tweede lid wordt «a» vervangen door «b».\n")  # fmt: skip
    result = _import(text)
    article = next(iter_articles(result.bill.body))
    assert article.amends is not None and article.amends.citeertitel == "Wet op de proef"
    assert [i.action for i in article.onderdelen[0].instructions] == [Action.DELETE, Action.REPLACE_WORDS]
    assert [w.message.split(';')[0] for w in result.warnings] == ["comma before 'wordt als volgt gewijzigd' left out"]
    assert any(kept == "Artikel 108 van de Wet op de proef, wordt als volgt gewijzigd:" for _, kept in result.unplaced)


@pytest.mark.parametrize(("opening", "law"), [
    # the Belastingplannen (Stb. 2019, 513, ARTIKEL V; realrefs d22): the date before "als volgt"
    ("De Wet op de proef wordt met ingang van 1 januari 2023 als volgt gewijzigd:", "Wet op de proef"),
    # an amending besluit (Stb. 2013, 190; realrefs r10): the instrument named after "met betrekking tot"
    ("Het Besluit op de proef wordt met betrekking tot het Reglement op de proef als volgt gewijzigd:", "Besluit op de proef"),
])  # fmt: skip
def test_an_opening_of_the_drafters_own_names_its_subject_as_the_law(opening, law):
    text = HEAD + f"ARTIKEL I\n\n{opening}\n\nA\n\nArtikel 3.112 vervalt.\n\nB\n\nArtikel 10.5 vervalt.\n"
    result = _import(text)
    article = next(iter_articles(result.bill.body))
    assert article.amends is not None and article.amends.citeertitel == law
    assert article.intro == opening
    assert opening in render_markdown(result.bill).decode("utf-8")


def test_changes_a_nota_inserted_are_read_in_their_place_and_said():
    # the Leegstandwet act of Stb. 2013, 264 (realrefs zb12) keeps the nota's "1a." and "1b."
    text = HEAD + ("ARTIKEL I\n\nDe Wet op de proef wordt als volgt gewijzigd:\n\nA\n\nArtikel 15 wordt als volgt gewijzigd:"
                   "\n\n1. Het eerste lid vervalt.\n\n1a. In het tweede lid wordt «a» vervangen door «b».\n\n"
                   "1b. Aan het derde lid wordt een onderdeel toegevoegd, luidende:\n\ne. de eigenaar.\n\n"
                   "2. Na het derde lid wordt een lid ingevoegd, luidende:\n\n4. Een nieuw lid.\n\nB\n\nArtikel 16 vervalt.\n")  # fmt: skip
    result = _import(text)
    article = next(iter_articles(result.bill.body))
    changes = article.onderdelen[0].instructions
    assert [i.action for i in changes] == [Action.DELETE, Action.REPLACE_WORDS, Action.ADD, Action.INSERT]
    assert [u.number for u in changes[3].payload] == ["4"]
    assert sum("read in its place" in w.message for w in result.warnings) == 2
    draft_text(result, "wet.txt")  # loads


def test_a_footnote_mark_after_the_year_of_a_laws_name_is_no_part_of_the_year():
    # Belastingplan 2003 deel II (Stb. 2002, 617; realrefs zc01): "De Wet inkomstenbelasting 20011 wordt …"
    text = HEAD + "ARTIKEL I\n\nDe Wet op de proef 20011 wordt als volgt gewijzigd:\n\nA\n\nArtikel 4 vervalt.\n\nB\n\nArtikel 5 vervalt.\n"
    article = next(iter_articles(_import(text).bill.body))
    assert article.amends is not None and article.amends.citeertitel == "Wet op de proef 2001"
    plain = HEAD + "ARTIKEL I\n\nDe Wet op de proef 2001 wordt als volgt gewijzigd:\n\nA\n\nArtikel 4 vervalt.\n\nB\n\nArtikel 5 vervalt.\n"
    article = next(iter_articles(_import(plain).bill.body))
    assert article.amends is not None and article.amends.citeertitel == "Wet op de proef 2001"


def test_changes_numbered_a1_a2_are_one_onderdeel_and_the_later_ones_lie_in_the_article_named_first():
    # the layout before Ar 6.15 (fiscale structuurversterking 1998, realrefs d34): "A.1." … "A.2.",
    # the opening ending in a full stop, and "In het vierde lid" meaning artikel 10's
    text = HEAD + ("ARTIKEL I\n\nIn de Wet op de proef worden de volgende wijzigingen aangebracht.\n\n"
                   "A.1. In artikel 10, derde lid, wordt «de minister» vervangen door: Onze Minister.\n\n"
                   "A.2. In het vierde lid wordt «het college» vervangen door: burgemeester en wethouders.\n\n"
                   "B. Artikel 12 vervalt.\n\nB.1. In artikel 13 wordt «x» vervangen door: y.\n")  # fmt: skip
    result = _import(text)
    article = next(iter_articles(result.bill.body))
    assert article.amends is not None and article.amends.citeertitel == "Wet op de proef"
    assert article.intro.endswith("aangebracht.")
    assert [o.number for o in article.onderdelen] == ["A", "B"]
    first, second = article.onderdelen[0].instructions
    assert first.target == Target(artikel="10", lid="3") and second.target == Target(artikel="10", lid="4")
    assert second.old == "het college"
    draft_text(result, "wet.txt")  # loads


def test_a_relative_place_is_not_moved_into_an_article_when_it_names_its_own():
    text = HEAD + ("ARTIKEL I\n\nDe Wet op de proef wordt als volgt gewijzigd:\n\nA\n\n"
                   "In artikel 10 wordt «a» vervangen door «b».\n\nIn artikel 11, vierde lid, wordt «c» vervangen door «d».\n")  # fmt: skip
    changes = next(iter_articles(_import(text).bill.body)).onderdelen[0].instructions
    assert [c.target for c in changes] == [Target(artikel="10"), Target(artikel="11", lid="4")]


def test_onderdelen_without_an_opening_line_amend_the_law_their_changes_or_the_title_name():
    # a monitor site's copy of Stb. 2017, 299 (realrefs s11): ARTIKEL I, then A … E, the law
    # named only in onderdeel E and in the title
    title = ("Wet van 11 mei 2017 tot wijziging van de Wet op de proef en de Wet op de toets in verband met "
             "enkele aanpassingen\n\n")  # fmt: skip
    body = ("ARTIKEL I\n\nA\n\nIn artikel 4b wordt «x» vervangen door: y.\n\nB\n\n"
            "Artikel 108 van de Wet op de proef wordt als volgt gewijzigd:\n\n1. Het eerste lid vervalt.\n\n"
            "2. Het tweede lid vervalt.\n\nARTIKEL II\n\nA\n\nArtikel 3 vervalt.\n\nB\n\nArtikel 4 vervalt.\n")  # fmt: skip
    result = _import(title + body)
    first, second = iter_articles(result.bill.body)
    assert first.amends is not None and first.amends.citeertitel == "Wet op de proef"
    assert [o.number for o in first.onderdelen] == ["A", "B"]
    changes = first.onderdelen[1].instructions  # the group of a bare article, unfolded as wetgen prints it
    assert [c.target for c in changes] == [Target(artikel="108", lid="1"), Target(artikel="108", lid="2")]
    assert second.amends is not None and second.amends.citeertitel == "Wet op de toets"  # the title's second law
    said = [w.message for w in result.warnings if "no opening line names the law" in w.message]
    assert len(said) == 2 and "named in its changes" in said[0] and "title" in said[1]
    draft_text(result, "wet.txt")  # loads
    untitled = _import("Wet van 11 mei 2017 houdende enkele aanpassingen\n\n" + body.split("ARTIKEL II")[0].replace("van de Wet op de proef ", ""))
    assert not any(a.is_amending for a in iter_articles(untitled.bill.body))  # no law named anywhere: not guessed


def test_the_title_of_a_besluit_is_its_opschrift_and_gives_its_date():
    # an amending algemene maatregel van bestuur (Stb. 2010, 747; realrefs q06)
    text = ("Besluit van 5 november 2010, houdende wijziging van het Besluit op de proef in verband met x\n\n"
            "Hebben goedgevonden en verstaan:\n\nArtikel I\n\nArtikel 3 van het Besluit op de proef vervalt.\n")  # fmt: skip
    bill = _import(text).bill
    assert bill.opschrift.startswith("Besluit van 5 november 2010, houdende wijziging")
    assert bill.version.date == "2010-11-05"
    assert next(iter_articles(bill.body)).amends.citeertitel == "Besluit op de proef"


TITLE = "Wet van 12 maart 1997 tot wijziging van de Wet op de proef en de Wet op de toets in verband met x\n\n"


def test_the_title_gives_a_law_only_where_no_change_names_one_and_by_place_among_amending_articles():
    text = TITLE + ("ARTIKEL I\n\nIn deze wet wordt verstaan onder proef: een toets.\n\nARTIKEL II\n\nA\n\nArtikel 12 vervalt."
                    "\n\nB\n\nArtikel 14 vervalt.\n\nARTIKEL III\n\nA\n\nIndien het voorstel van wet tot wet is verheven, "
                    "vervalt artikel I.\n\nB\n\nDit artikel werkt terug.\n\nARTIKEL IV\n\nA\n\nArtikel 5 vervalt.\n\nB\n\n"
                    "Artikel 6 vervalt.\n")  # fmt: skip
    laws = [a.amends.citeertitel if a.amends else "" for a in iter_articles(_import(text).bill.body)]
    # ARTIKEL I amends nothing, so ARTIKEL II is the first amending article: the title's first law;
    # ARTIKEL III holds no change (a samenloop), so it is no amending article
    assert laws == ["", "Wet op de proef", "", "Wet op de toets"]


def test_a_title_that_names_a_law_with_ter_in_its_name_or_other_laws_is_read_as_far_as_it_names_them():
    from wetgen.importer.structure.sentences import laws_in_title

    assert laws_in_title("Wijziging van de Wet ter voorkoming van witwassen en financieren van terrorisme in verband met x") == (
        "de Wet ter voorkoming van witwassen en financieren van terrorisme",)
    assert laws_in_title("Wijziging van de Gemeentewet en enkele andere wetten") == ("de Gemeentewet",)
    assert laws_in_title("Wijziging van de Woningwet ter verbetering van het toezicht") == ("de Woningwet",)
    assert laws_in_title("Wijziging van de Wet Y en intrekking van de Wet Z") == ()


def test_onderdelen_without_an_opening_line_read_changes_that_name_the_law_with_or_without_its_publication():
    text = TITLE + ("ARTIKEL I\n\nA\n\nArtikel 5 van de Wet op de proef (Stb. 1991, 439) wordt als volgt gewijzigd:\n\n"
                    "1. Het eerste lid vervalt.\n\n2. Het tweede lid vervalt.\n\nB\n\nIn artikel 6 van de Wet op de proef "
                    "wordt «raad» vervangen door: college.\n\nIn artikel 7 van de Wet op de proef wordt «raad» vervangen "
                    "door: college.\n")  # fmt: skip
    result = _import(text)
    article = next(iter_articles(result.bill.body))
    assert article.amends is not None and article.amends.citeertitel == "Wet op de proef"
    actions = [i.action for o in article.onderdelen for i in o.instructions]
    assert Action.FREE not in actions and len(actions) == 4
    assert any("read as amending Wet op de proef (named" in w.message for w in result.warnings)


def test_a_relative_place_after_a_change_not_read_is_not_placed_in_an_earlier_article():
    text = HEAD + ("ARTIKEL I\n\nIn de Wet op de proef worden de volgende wijzigingen aangebracht:\n\n"
                   "B.1. In artikel 20 wordt «x» vervangen door: y.\n\nB.2. In het tweede lid van artikel 21 wordt «p» "
                   "vervangen door: q.\n\nB.3. In het derde lid wordt «r» vervangen door: s.\n")  # fmt: skip
    result = _import(text)
    changes = next(iter_articles(result.bill.body)).onderdelen[0].instructions
    assert changes[0].target == Target(artikel="20")
    assert [c.action for c in changes[1:]] == [Action.FREE, Action.FREE]
    assert any("no change before it names" in w.message for w in result.warnings)


def test_an_onderdeel_letter_written_twice_is_two_onderdelen_unless_numbered_a1_a2():
    text = HEAD + ("ARTIKEL I\n\nDe Wet op de proef wordt als volgt gewijzigd:\n\nA\n\nArtikel 3 vervalt.\n\nA\n\n"
                   "Artikel 4 vervalt.\n")  # fmt: skip
    assert [o.number for o in next(iter_articles(_import(text).bill.body)).onderdelen] == ["A", "A"]


def test_numbered_steps_that_go_on_in_lower_case_are_each_a_change_with_its_new_text():
    # an older text goes on in lower case after the sentence that heads its steps (Stcrt. 2008)
    text = HEAD + ("ARTIKEL I\n\nDe Wet op de proef wordt als volgt gewijzigd:\n\nA\n\nArtikel 1 wordt als volgt gewijzigd:"
                   "\n\n1. na onderdeel d wordt, onder verlettering van onderdeel da tot db, een onderdeel ingevoegd, "
                   "luidende:\n\nda. proefauto: auto voor de proef;\n\n2. na onderdeel aca wordt een onderdeel ingevoegd, "
                   "luidende:\n\nacb. puntstuk: vlak op het wegdek;\n")  # fmt: skip
    result = _import(text)
    changes = next(iter_articles(result.bill.body)).onderdelen[0].instructions
    assert len(changes) == 2  # the second step is no lid of the first step's new text
    assert [u.number for u in changes[0].payload] == ["da"] and [u.number for u in changes[1].payload] == ["acb"]
    assert changes[1].action is Action.INSERT  # read as the sentence it is, its first word raised
    draft_text(result, "wet.txt")  # loads


def test_the_older_opening_and_its_onderdelen_run_into_one_paragraph_are_split():
    # an older text printed as one paragraph: "…: A. In artikel 7 … B. In artikel 9 …" and "…: A. 1. Artikel 7 …"
    for opening in ("De Wet op de proef wordt gewijzigd als volgt:", "In de Wet op de proef worden de volgende wijzigingen aangebracht:"):
        text = HEAD + f"ARTIKEL I\n\n{opening} A. In artikel 3 wordt «proef» vervangen door: toets. B. 1. Artikel 4 vervalt. 2. Artikel 5 vervalt.\n"
        article = next(iter_articles(_import(text).bill.body))
        assert article.amends is not None and article.amends.citeertitel == "Wet op de proef"
        assert [o.number for o in article.onderdelen] == ["A", "B"]
        assert [len(o.instructions) for o in article.onderdelen] == [1, 2]


def test_the_opening_with_a_stray_mark_and_a_full_stop_names_its_law():
    text = HEAD + "ARTIKEL I\n\nDe >Wet op de proef1 wordt gewijzigd als volgt.\n\nA\n\nArtikel 4 vervalt.\n\nB\n\nArtikel 5 vervalt.\n"
    article = next(iter_articles(_import(text).bill.body))
    assert article.amends is not None and article.amends.citeertitel == "Wet op de proef"


def test_new_words_that_run_on_into_a_unit_of_a_cut_copy_stay_as_free_text():
    # a copy cut off after "Het opschrift … komt te luiden: HOOFDSTUK E …" runs on into a paragraaf heading:
    # an instruction holds new words or new units, never both, so the draft keeps it as written and loads
    text = HEAD + ("ARTIKEL I\n\nDe Wet op de proef wordt als volgt gewijzigd:\n\nA\n\nHet opschrift van hoofdstuk E komt te "
                   "luiden:\n\nHOOFDSTUK E\n\nProeven en toetsen B\n\nParagraaf 1 van hoofdstuk […]\n")  # fmt: skip
    result = _import(text)
    draft_text(result, "wet.txt")  # loads
    change = next(iter_articles(result.bill.body)).onderdelen[0].instructions[0]
    assert change.action is Action.FREE and "HOOFDSTUK E" in change.free_text


def test_a_letter_in_the_new_text_an_instruction_opens_is_no_onderdeel_of_its_own():
    text = HEAD + ("ARTIKEL I\n\nDe Wet op de proef wordt als volgt gewijzigd: A. Artikel I, onderdeel C, komt te luiden: C. Artikel 9 "
                   "vervalt. B. In artikel 2 wordt «proef» vervangen door «toets».\n")  # fmt: skip
    article = next(iter_articles(_import(text).bill.body))
    assert [o.number for o in article.onderdelen] == ["A", "B"]
    # a spaced letter before a numbered change is split as one with its full stop
    text = HEAD + "ARTIKEL I\n\nDe Wet op de proef wordt als volgt gewijzigd: A 1. Artikel 4 vervalt. 2. Artikel 5 vervalt. B 1. Artikel 6 vervalt.\n"
    article = next(iter_articles(_import(text).bill.body))
    assert [(o.number, len(o.instructions)) for o in article.onderdelen] == [("A", 2), ("B", 1)]


def test_an_onderdeel_lettered_a0_and_a_step_that_reletters_keep_every_word():
    # "A0" (an onderdeel inserted before A, as the Staatsblad of the Flora- en faunawet of 2006 letters it) is an
    # onderdeel; "worden geletterd h tot en met j" is a step of its own, not a lid of the new onderdeel before it
    text = HEAD + ("ARTIKEL I\n\nDe Wet op de proef wordt als volgt gewijzigd:\n\nA0\n\nArtikel 2 vervalt.\n\nA\n\n"
                   "Artikel 39, eerste lid, wordt als volgt gewijzigd:\n\n1. Onderdeel e komt te luiden:\n\n"
                   "e. de aanvrager munitie voorhanden heeft;.\n\n2. De onderdelen f tot en met h worden geletterd h tot en met j.\n")  # fmt: skip
    result = _import(text)
    article = next(iter_articles(result.bill.body))
    assert [o.number for o in article.onderdelen] == ["A0", "A"]
    assert not _lost(text, result, "wet.txt")


def test_literacy_in_a_new_article_is_no_relettering():
    # "geletterdheid" is no step's verb: the inserted article keeps its leden and onderdelen
    text = HEAD + ("ARTIKEL I\n\nDe Wet op de proef wordt als volgt gewijzigd:\n\nA\n\nNa artikel 4 wordt een artikel ingevoegd, luidende:\n\n"
                   "Artikel 4a\n\n1. Het college bevordert de geletterdheid van volwassenen door:\n\na. cursussen;\n\nb. voorlichting.\n\n"
                   "2. Het college stelt daartoe een plan vast.\n")  # fmt: skip
    result = _import(text)
    change = next(iter_articles(result.bill.body)).onderdelen[0].instructions[0]
    assert change.action is not Action.FREE
    assert not _lost(text, result, "wet.txt")


def test_a_replacement_as_volgt_reads_its_new_text_and_without_it_stays_free_text_that_loads():
    # "Paragraaf 2 komt als volgt te luiden:" is a replacement like "komt te luiden:": its new paragraaf is read and
    # onderdeel B after it stays an onderdeel; with no new text under it the sentence is kept as vrije_tekst without
    # the wording's choice ("vorm: als_volgt") that vrije_tekst cannot carry (an ImportBug before)
    text = HEAD + ("ARTIKEL I\n\nDe Regeling op de proef wordt als volgt gewijzigd:\n\nA\n\nParagraaf 2 komt als volgt te luiden:\n\n"
                   "§ 2. Bijdragen\n\nArtikel 2\n\n1. De bijdrage bedraagt 6,32%.\n\n2. Het bedrag wordt jaarlijks vastgesteld.\n\n"
                   "B\n\nArtikel 5 vervalt.\n")  # fmt: skip
    result = _import(text)
    draft_text(result, "wet.txt")  # loads
    article = next(iter_articles(result.bill.body))
    assert [(o.number, o.instructions[0].action) for o in article.onderdelen] == [("A", Action.REPLACE), ("B", Action.DELETE)]
    bare = HEAD + "ARTIKEL I\n\nDe Wet op de proef wordt als volgt gewijzigd:\n\nA\n\nArtikel 2, tweede lid, komt als volgt te luiden:\n"
    result = _import(bare)
    draft_text(result, "wet.txt")  # loads
    assert next(iter_articles(result.bill.body)).onderdelen[0].instructions[0].action is Action.FREE


def test_an_inserted_article_whose_number_a_copy_split_keeps_its_text():
    """A database copy that split the new article's number over two lines ("Artikel 306" / "a." / its text): the
    article is read with its lettered line as its text (said in a warning), so no word is lost and the draft loads;
    an insertion whose new text is not read at all stays as free text instead of an invalid draft."""
    text = ("Wet van 3 juni 2023 tot wijziging van de Veerwet\n\nARTIKEL I\n\nDe Veerwet wordt als volgt gewijzigd:\n\nA\n\n"
            "Na artikel 306 wordt een artikel ingevoegd, luidende:\n\nArtikel 306\n\na.\n\nHij die een veer laat varen "
            "zonder vergunning, wordt gestraft.\n\nB\n\nNa artikel 307 wordt een artikel ingevoegd, luidende:\n")  # fmt: skip
    result = _import(text)
    assert load_text(draft_text(result, "wet.txt").encode("utf-8")).bill is not None
    assert not _lost(text, result, "wet.txt")
    actions = [i.action for a in result.bill.articles() for o in a.onderdelen for i in o.instructions]
    assert actions == [Action.INSERT, Action.FREE]


def test_an_article_with_a_heading_keeps_its_lettered_items():
    """"Artikel 2 Reikwijdte" with items a. and b. under it keeps them as its items (only an article with no heading and
    only items, a split number, has them read as its text)."""
    text = ("Wet van 1 mei 2030 houdende regels over veren\n\nArtikel 1\n\nDeze wet regelt veren.\n\nArtikel 2 Reikwijdte\n\n"
            "a. Deze wet is van toepassing op veren.\n\nb. Deze wet is niet van toepassing op pontjes.\n")  # fmt: skip
    articles = {a.number: a for a in iter_articles(_import(text).bill.body)}
    assert [item.number for item in articles["2"].items] == ["a", "b"]


def test_a_steps_or_lids_number_with_no_words_at_the_end_of_a_cut_copy_is_left_out_and_said():
    """A copy cut right after a number ("3." as its last line), as a step of an onderdeel or as a lid of the new text
    of "Het derde lid komt te luiden:", imports into a draft that loads: the bare number is left out, with a warning."""
    step = HEAD + ("ARTIKEL I\n\nDe Wet op de proef wordt als volgt gewijzigd:\n\nA\n\nArtikel 15 wordt als volgt gewijzigd:\n\n"
                   "1. Het tweede lid vervalt.\n\n2. Het derde lid vervalt.\n\n3.\n")  # fmt: skip
    lid = HEAD + ("ARTIKEL I\n\nDe Wet op de proef wordt als volgt gewijzigd:\n\nA\n\nArtikel 15 wordt als volgt gewijzigd:\n\n"
                  "1. Het tweede lid vervalt.\n\n2. Het derde lid komt te luiden:\n\n3. De monitoring bestaat uit:\n\n"
                  "a. een audit;\n\nb. een controletest.\n\n3.\n")  # fmt: skip
    for text, said in ((step, "step 3 of onderdeel A has no words"), (lid, "lid 3 has no words")):
        result = _import(text)
        draft_text(result, "wet.txt")  # loads
        assert any(said in w.message for w in result.warnings), [w.message for w in result.warnings]
        onderdeel = next(iter_articles(result.bill.body)).onderdelen[0]
        assert len(onderdeel.instructions) >= 1 and all(i.free_text != "" or i.action is not Action.FREE for i in onderdeel.instructions)


def test_a_step_that_strikes_quoted_words_closes_the_new_text_before_it():
    """"3. In onderdeel gg vervalt ‘: MULTI’;" (words struck with a quote right after "vervalt") is a step of its own, so
    the new item "g. de Patriot missie." above it stays the new text of step 2 (Stcrt. 2014, 15201: the item was lost
    and step 3 read as its text)."""
    text = ("ARTIKEL I\n\nArtikel 1 van het Besluit X wordt als volgt gewijzigd:\n\n1. In onderdeel dd vervalt «: NAVO»;\n\n"
            "2. Aan onderdeel dd wordt een subonderdeel toegevoegd, luidende:\n\ng. de Patriot missie.\n\n"
            "3. In onderdeel gg, onder 4°, vervalt ‘: MULTI’;\n\nARTIKEL II\n\nDit besluit treedt in werking.\n")
    result = _import(text)
    draft = draft_text(result, "wet.txt")
    assert "de Patriot missie" in draft
    assert "In onderdeel gg, onder 4°, vervalt ‘: MULTI’;" in draft
    assert not _lost(text, result, "wet.txt")


def test_numbered_steps_on_a_bijlages_table_keep_their_new_rubrieken_apart():
    """"Bijlage I wordt als volgt gewijzigd: 1. Rubriek 3 komt te luiden: 3. Verwarming … 2. Rubriek 4 komt te luiden:
    4. …" (Stb. 2011, 315): "2. Rubriek 4 …" is the next step, not a lid of rubriek 3's new text, so the draft loads."""
    text = ("Besluit van 23 juni 2011 tot wijziging van het Veerbesluit\n\nHebben goedgevonden en verstaan:\n\nARTIKEL I\n\n"
            "Het Veerbesluit wordt als volgt gewijzigd:\n\nA\n\nIn artikel 1 wordt «a» vervangen door: b.\n\nB\n\nBijlage I wordt "
            "als volgt gewijzigd:\n\n1. Rubriek 3 komt te luiden:\n\n3. Verwarming\n\nper verwarmd vertrek\n\n2. Rubriek 4 komt te "
            "luiden:\n\n4. Energieprestatie\n\nARTIKEL II\n\nDit besluit treedt in werking met ingang van 1 juli 2011.\n")  # fmt: skip
    result = _import(text)
    assert "2. Rubriek 4 komt te luiden: 4. Energieprestatie" in draft_text(result, "wet.txt")
