"""The reference grammar: the forms real texts write, read completely, and no false references."""

from __future__ import annotations

import pytest

from wetgen.consult.analyse.grammar import Part
from wetgen.consult.analyse.refs import ANAPHOR, ARTICLE, DIVISION, LOOSE, MVT, find_references


def parts(text: str) -> list[tuple]:
    """Return (kind, raw, parts as (artikel, lid, item, sub), law) for each reference."""
    return [(r.kind, r.raw, [tuple(p) for p in r.parts], r.law) for r in find_references(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("de artikelen 12, 13a en 14", [("12",), ("13a",), ("14",)]),
        ("artikel 12 tot en met 14", [("12",), ("13",), ("14",)]),
        ("art. 28a-28c", [("28a",), ("28b",), ("28c",)]),
        ("de artikelen VI tot en met VIII of X", [("VI",), ("VII",), ("VIII",), ("X",)]),
        ("artikel 25, het derde en vierde lid", [("25", "3"), ("25", "4")]),
        ("artikel 69, het derde tot en met vijfde lid", [("69", "3"), ("69", "4"), ("69", "5")]),
        ("artikel 12, tweede lid, onderdelen b en c", [("12", "2", "b"), ("12", "2", "c")]),
        (
            "artikel 5.1, eerste lid, aanhef en onder a tot en met c",
            [("5.1", "1", "a"), ("5.1", "1", "b"), ("5.1", "1", "c")],
        ),
        (
            "artikel 5.1, eerste lid, aanhef en onder a en b, en tweede lid, aanhef en onder a",
            [("5.1", "1", "a"), ("5.1", "1", "b"), ("5.1", "2", "a")],
        ),
        (
            "artikel 4:15, tweede lid, onderdeel b, aanhef en onder 1° en 2°",
            [("4:15", "2", "b", "1"), ("4:15", "2", "b", "2")],
        ),
        (
            "de artikelen 4:98, derde lid, 4:113, derde lid, en 8:41, vijfde lid",
            [("4:98", "3"), ("4:113", "3"), ("8:41", "5")],
        ),
        ("art. 12 lid 2 sub b", [("12", "2", "b")]),
        ("artikel 12, 8e lid", [("12", "8")]),
        ("artikel 12, leden 2 en 3", [("12", "2"), ("12", "3")]),
        ("sub b van het tweede lid van artikel 28b", [("28b", "2", "b")]),
        ("onderdeel B van artikel I", [("I", "", "B")]),
        ("artikel I onder B", [("I", "", "B")]),
        ("artikel II, onderdelen J en K", [("II", "", "J"), ("II", "", "K")]),
        ("artikel 10.2a, tweede zin", [("10.2a",)]),
        ("artikel 2.1.10, derde lid", [("2.1.10", "3")]),
    ],
)
def test_lists_and_ranges_are_read_completely(text, expected):
    found = find_references(text)
    assert len(found) == 1 and found[0].kind == ARTICLE
    assert [tuple(p)[: len(e)] for p, e in zip(found[0].parts, expected, strict=True)] == expected
    assert all(
        v == "" for p, e in zip(found[0].parts, expected, strict=True) for v in tuple(p)[len(e) :]
    )


def test_a_chain_of_article_words_is_one_reference_each_sharing_the_law():
    found = parts(
        "op basis van artikel 29, derde lid, artikel 75 en artikel 80 van de Woningwet zal"
    )
    assert [(r[1], r[2], r[3]) for r in found] == [
        ("artikel 29, derde lid", [("29", "3", "", "")], "Woningwet"),
        ("artikel 75", [("75", "", "", "")], "Woningwet"),
        ("artikel 80 van de Woningwet", [("80", "", "", "")], "Woningwet"),
    ]


@pytest.mark.parametrize(
    ("text", "raw", "number", "law"),
    [
        ("BW art. 3:305a en", "BW art. 3:305a", "3:305a", "Burgerlijk Wetboek"),
        (
            "Rv art. 1017 EVRM art. 6",
            "Rv art. 1017",
            "1017",
            "Wetboek van Burgerlijke Rechtsvordering",
        ),
        ("artikel 7:907 BW gedefinieerd", "artikel 7:907 BW", "7:907", "Burgerlijk Wetboek"),
        ("art. 3:4 Awb", "art. 3:4 Awb", "3:4", "Algemene wet bestuursrecht"),
        (
            "artikel 1614ca van Boek 7a van het Burgerlijk Wetboek BES wordt",
            "artikel 1614ca van Boek 7a van het Burgerlijk Wetboek BES",
            "1614ca",
            "Burgerlijk Wetboek BES Boek 7a",
        ),
        ("via 669 lid 5 in een regeling", "669 lid 5", "669", ""),
        ("«1:25, derde lid, of 1:25a»", "1:25, derde lid, of 1:25a", "1:25", ""),
    ],
)
def test_number_forms_and_law_names(text, raw, number, law):
    found = find_references(text)[0]
    assert (found.raw, found.parts[0].artikel, found.law) == (raw, number, law)


def test_juncto_starts_a_new_reference():
    found = find_references("Op grond van lid 2 van artikel 3:83 juncto 3:98 BW kan")
    assert [(r.raw, r.parts[0]) for r in found] == [
        ("lid 2 van artikel 3:83", Part("3:83", "2")),
        ("3:98 BW", Part("3:98")),
    ]


def test_context_forms_are_found_for_the_resolver():
    found = find_references(
        "Het tweede lid van die bepaling is onduidelijk, net als dit artikel, die bepalingen, "
        "het derde tot en met dertiende lid; onderdeel c en afdeling 2.3 van die wet."
    )
    kinds = [(r.kind, r.anaphor) for r in found]
    assert kinds == [(ANAPHOR, "dat"), (ANAPHOR, "dit"), (ANAPHOR, "die"), (LOOSE, ""),
                     (LOOSE, ""), (DIVISION, "")]  # fmt: skip
    assert found[0].parts == (Part("", "2"),)
    assert len(found[3].parts) == 11 and found[-1].that_law


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        ("paragraaf 4.2 van de memorie van toelichting", "paragraaf 4.2"),
        ("p. 12 van de toelichting", "p. 12"),
        ("de MvT (p. 7)", "p. 7"),
        ("Kamerstukken II 2009/10, 32 377, nr. 3, p. 7", "p. 7"),
        ("de memorie van toelichting", ""),
    ],
)
def test_places_in_the_memorie_van_toelichting(text, detail):
    found = find_references(text)
    assert [(r.kind, r.detail) for r in found] == [(MVT, detail)]


@pytest.mark.parametrize(
    "text",
    [
        "Het artikellid is onduidelijk.",
        "Als lid van de huurdersvereniging wil ik dit zeggen.",
        "Toelichting",
        "Artikelsgewijze toelichting",
        "Deze memorie van toelichting wordt mede namens de minister uitgebracht.",
        "De toelichting bij het amendement is kort.",
        "Kamerstukken II 1993/94, 23438, nrs. 1-2",
        "Kamerstuk 34 233, nr. 7",
        "verordening (EU) nr. 648/2012 (PbEU 2012, L 201)",
        "de bedragen in kolom III en categorie II",
        "Dit wetsvoorstel strekt tot herstel.",
        "Op 25 juli 1989 om 10:30 uur.",
        "Die wet is oud.",
    ],
)
def test_no_false_references_in_plain_prose(text):
    assert find_references(text) == []


def test_the_grondwet_is_a_law_of_its_own():
    found = find_references("Artikel 1 van de Grondwet verbiedt dat.")
    assert [(r.raw, r.law) for r in found] == [("Artikel 1 van de Grondwet", "Grondwet")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Verder vervalt de derde volzin.", [("los", "de derde volzin", [("", "", "", "")])]),
        ("De 2e volzin is onduidelijk.", [("los", "2e volzin", [("", "", "", "")])]),
        (
            "in de eerste volzin van het tweede lid van artikel 5",
            [
                (
                    "artikel",
                    "de eerste volzin van het tweede lid van artikel 5",
                    [("5", "2", "", "")],
                )
            ],
        ),
        (
            "het tweede lid, eerste volzin",
            [("los", "het tweede lid, eerste volzin", [("", "2", "", "")])],
        ),
        ("De eerste zin van de brief is onduidelijk.", []),  # a sentence of something else
        ("In die zin is het voorstel goed.", []),
    ],
)
def test_a_sentence_named_alone_is_a_reference_to_the_provision_it_is_in(text, expected):
    found = [(kind, raw, ps) for kind, raw, ps, _ in parts(text)]
    assert found == expected
    assert all(
        r.detail == "volzin"
        for r in find_references(text)
        if r.kind == LOOSE and not r.parts[0].lid
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("de wijziging van artikel 5,1 Wfz", [("5.1",)]),  # a comma for the dot
        ("art. 10,2 lid 3", [("10.2", "3")]),
        ("artikel 5,1, tweede lid", [("5.1", "2")]),
        ("in artikel 5, 1 januari 2025 in werking", [("5",)]),  # a date, not a list
        ("artikel 5,1 januari", [("5",)]),
        ("de artikelen 5,6 en 7", [("5",), ("6",), ("7",)]),  # a list
        ("artikel 5,6 en 7", [("5",), ("6",), ("7",)]),
        ("de artikelen 5 en 6 mei", [("5",)]),
    ],
)
def test_a_comma_for_the_dot_only_where_it_is_plainly_one_number(text, expected):
    found = find_references(text)
    assert [tuple(v for v in tuple(p) if v) for r in found for p in r.parts] == expected


def test_previous_leden_are_an_anaphor_and_members_are_not():
    assert [(r.kind, r.raw, r.anaphor) for r in find_references(
        "de in de vorige leden bedoelde procedure en het voorgaande lid")] == [
        (ANAPHOR, "de vorige leden", "vorige"), (ANAPHOR, "het voorgaande lid", "vorige")]  # fmt: skip
    assert find_references("Deze leden vragen de regering of die leden van de vereniging …") == []
    assert (
        find_references("Indien naar artikelen wordt verwezen, zijn dit artikelen van Boek 1.")
        == []
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("de artikelen 7:1 tot en met 7:4 Awb", [("7:1",), ("7:2",), ("7:3",), ("7:4",)]),
        ("art. 5.1-5.4", [("5.1",), ("5.2",), ("5.3",), ("5.4",)]),
        ("Onderdeel 2° van het eerste lid", [("", "1", "", "2")]),
        ("het eerste lid, onderdeel b, sub 3°", [("", "1", "b", "3")]),
    ],
)
def test_ranges_of_colon_numbers_and_subonderdelen_named_onderdeel(text, expected):
    found = find_references(text)
    assert [
        tuple(p)[: len(e)] for r in found for p, e in zip(r.parts, expected, strict=True)
    ] == expected


@pytest.mark.parametrize(
    ("text", "law", "foreign"),
    [
        # an EU act by its number or name: read, and a near-miss like "van de richtlijn"
        ("artikel 3 van Richtlijn 2011/95/EU", "Richtlijn 2011/95/EU", True),
        ("artikel 5 van richtlijn nr. 2006/123/EG", "richtlijn nr. 2006/123/EG", True),
        ("artikel 4 van de AVG", "Algemene verordening gegevensbescherming", True),
        # a treaty of the Union too (the set's convention since the i part: i03, i04)
        ("artikel 26 van het Verdrag betreffende de werking van de Europese Unie",
         "Verdrag betreffende de werking van de Europese Unie", True),
        ("artikel 4 van de Regeling woningtoewijzing", "Regeling woningtoewijzing", False),
        ("artikel 3 van het Kinderrechtenverdrag", "Kinderrechtenverdrag", False),
        ("Artikel 1.1 (begripsbepalingen) van de Omgevingswet", "Omgevingswet", False),
        # a document named by its kind only: never the bill's or the law's under discussion
        ("artikel 16 van de richtlijn", "", True),
        ("artikel 5 van het Verdrag", "", True),
        ("artikel 7 van de cao", "", True),
        ("paragraaf 3 van het advies", "", True),
    ],
)
def test_the_law_or_other_document_after_an_article(text, law, foreign):
    found = find_references(text)
    assert (found[0].law, found[0].foreign) == (law, foreign)


def test_a_heading_run_into_its_sentence_ends_the_reference():
    found = find_references("Artikel I, onderdeel B Het tweede lid van artikel 8 is onduidelijk.")
    assert [r.raw for r in found] == ["Artikel I, onderdeel B", "Het tweede lid van artikel 8"]
    assert [r.raw for r in find_references("art. 12 lid 2 sub b")] == ["art. 12 lid 2 sub b"]
