"""The report data: counts, bill order, quotes, key phrases and what public mode leaves out."""

from __future__ import annotations

import dataclasses

from tests.consult_report.conftest import SECRETS, insert, point_id
from wetgen.consult.publish import build_report
from wetgen.consult.publish.keyphrases import key_phrases, terms
from wetgen.consult.publish.model import GENERAL, MVT, WITHHELD, shorten
from wetgen.consult.publish.redact import Scrubber, redact_personal


def _all_text(report) -> str:
    """Every string anywhere in the report, recursively."""
    out: list[str] = []

    def walk(value):
        if isinstance(value, str):
            out.append(value)
        elif dataclasses.is_dataclass(value):
            for f in dataclasses.fields(value):
                walk(getattr(value, f.name))
        elif isinstance(value, tuple | list):
            for v in value:
                walk(v)

    walk(report)
    return "\n".join(out)


def test_sections_follow_the_bill_order_with_mvt_and_general_last(store):
    report = build_report(store)
    labels = [s.label for s in report.sections]
    assert labels[:3] == ["Artikel I", "Artikel I, onderdeel A", "Artikel I, onderdeel B"]
    assert [s.eid for s in report.sections][-2:] == [MVT, GENERAL]
    # a lid without points is left out, an article without points is kept
    assert "Artikel II, eerste lid" not in labels and "Artikel III" in labels


def test_counts_include_non_public_respondents(store):
    public = build_report(store, public=True)
    onderdeel_b = next(s for s in public.sections if s.eid == "art_I__point_B")
    assert (onderdeel_b.responses, onderdeel_b.points) == (3, 3)
    cats = {c.category: c.responses for c in onderdeel_b.by_category}
    assert cats == {"gemeente": 1, "woningcorporatie": 1, "belangenorganisatie": 1}
    art_i = public.sections[0]
    assert art_i.responses == 7 and art_i.own_points == 0
    name = "Campagne “Voorrang voor statushouders bij sociale huurwoningen is oneerlijk …”"
    assert art_i.campaigns == ((name, 4),)
    assert public.total_responses == 9 and public.public_responses == 6
    assert dict(public.withheld_by_category) == {
        "belangenorganisatie": 1,
        "bedrijf": 1,
        "burger": 1,
    }


def test_public_report_holds_no_secret_anywhere(store):
    text = _all_text(build_report(store, public=True))
    for secret in SECRETS:
        assert secret.lower() not in text.lower(), secret
    assert WITHHELD in text


def test_internal_report_shows_and_marks_non_public_respondents(store):
    report = build_report(store, public=False)
    text = _all_text(report)
    assert "Stichting Geheimhouding Zuid [niet openbaar]" in text
    assert "purperen kwakzalverij" in text


def test_quotes_come_from_public_respondents_one_per_campaign(store):
    report = build_report(store, public=True)
    onderdeel_a = next(s for s in report.sections if s.eid == "art_I__point_A")
    assert len(onderdeel_a.quotes) == 1  # four campaign letters give one quote
    for section in report.sections:
        assert all(q.respondent.public for q in section.quotes)


def test_quotes_redact_personal_data(store):
    report = build_report(store, public=False)
    lid = next(s for s in report.sections if s.eid == "art_II__para_2")
    assert "12345678" not in lid.quotes[0].text and "[verwijderd]" in lid.quotes[0].text


def test_reactions_already_given_are_in_their_section(store):
    report = build_report(store)
    lid = next(s for s in report.sections if s.eid == "art_II__para_2")
    assert [p.id for p in lid.reacted] == [point_id("R002", 1)]
    assert lid.reacted[0].changed == "ja"


def test_key_phrases_set_an_article_apart(store):
    report = build_report(store, public=False)
    by_eid = {s.eid: s.phrases for s in report.sections}
    assert "regionale verdeling" in by_eid["art_I__point_B"]
    assert "lopende aanvragen" in by_eid["art_II__para_2"]
    for phrases in by_eid.values():  # phrases of two or three words, never a lone word
        assert all(2 <= len(p.split()) <= 3 for p in phrases)


def test_public_key_phrases_never_use_a_non_public_respondents_own_words(store):
    report = build_report(store, public=True)
    phrases = " ".join(p for s in report.sections for p in s.phrases)
    assert "purperen" not in phrases and "verstopdorp" not in phrases
    assert next(s for s in report.sections if s.eid == MVT).phrases == ()


def test_the_same_store_gives_the_same_report(store):
    assert build_report(store) == build_report(store)


def test_key_phrases_are_lemmatised_tf_idf_phrases_shown_as_written():
    groups = {
        "a": ["sociale huurwoning en sociale huurwoningen, regionale verdeling", "de sociale huurwoning"],
        "b": ["regionale verdeling van woningen", "tijdelijke huisvesting"],
    }
    found = key_phrases(groups, top=2)
    assert found["a"] == ["sociale huurwoning", "regionale verdeling"]  # one lemma, counted 3×
    assert found["b"] == ["tijdelijke huisvesting", "verdeling van woningen"]


def test_no_stop_words_numbers_or_fragments_become_key_phrases():
    assert terms("De termijn, van zes maanden") == []
    assert terms("Na drie jaar, art. 28a lid 2, in 2026") == []
    assert terms("De regionale verdeling van woningen werkt niet") == [
        "regionaal verdeling", "verdeling van woning",
    ]  # fmt: skip
    assert terms("statushouders bij sociale") == []  # an adjective does not end a phrase


def test_redaction_and_scrubbing():
    text = "Mail jan@example.nl of bel 0612345678, Dorpsstraat 12 in 1234 AB Ergens; BSN 123456782."
    red = redact_personal(text)
    for gone in ("jan@example.nl", "0612345678", "Dorpsstraat 12", "1234 AB", "123456782", "5678"):
        assert gone not in red
    scrub = Scrubber(["Jan de Vries", "Anoniem", "Ergens"])
    assert scrub("jan DE vries woont in Ergens, anoniem.") == "[verwijderd] woont in [verwijderd], anoniem."
    assert shorten("Eén. " * 200, 50).endswith("[…]")


def test_a_near_duplicate_is_not_quoted_twice(store):
    with store.transaction():
        insert(store, "responses", id="R010", key="k10", seq=10, name="Kees Kopie", place="Ede",
               submitted="2026-03-09", public=1, category="burger")  # fmt: skip
        insert(store, "points", id="R010-p01", response_id="R010", seq=1, text=(
            "Artikel III: de inwerkingtreding bij koninklijk besluit moet ruim voor 1 januari "
            "vallen, zodat corporaties hun toewijzingsbeleid kunnen aanpassen."))  # fmt: skip
        insert(store, "assignments", point_id="R010-p01", node_eid="art_III", method="ref")
    section = next(s for s in build_report(store).sections if s.eid == "art_III")
    assert section.responses == 2 and len(section.quotes) == 1
