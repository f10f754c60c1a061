"""Write reference_phrasings.yaml: each phrase with its expected nodes, in several sentence frames.

The expected nodes are labelled by hand per phrase; run `python tests/consult/make_phrasings.py`.
"""

from pathlib import Path

import yaml

A, B, C, D = "art_I__point_A", "art_I__point_B", "art_I__point_C", "art_I__point_D"
PHRASES = [
    ("artikel 12", [A]),
    ("art. 12", [A]),
    ("artikel 12 van de Huisvestingswet 2014", [A]),
    ("artikel 12 Huisvestingswet", [A]),
    ("artikel 12 Hw 2014", [A]),
    ("het gewijzigde artikel 12", [A]),
    ("artikel 12, vijfde lid", [A]),
    ("art. 12 lid 5", [A]),
    ("art. 12 lid 5 sub a", [A]),
    ("lid 6 van artikel 12", [A]),
    ("het zesde lid van artikel 12", [A]),
    ("artikel 12, vijfde lid, onderdeel b", [A]),
    ("art 12 lid 7", [A]),
    ("artikel 12, 8e lid", [A]),
    ("het negende lid van het voorgestelde artikel 12", [A]),
    ("artikel I, onderdeel A", [A]),
    ("onderdeel A van artikel I", [A]),
    ("artikel I onder A", [A]),
    ("ARTIKEL I, onderdeel A", [A]),
    ("artikel 28a", [B]),
    ("het voorgestelde artikel 28a", [B]),
    ("het nieuwe artikel 28a", [B]),
    ("art. 28a", [B]),
    ("artikel 28a Huisvestingswet", [B]),
    ("artikel 28a van de Huisvestingswet 2014", [B]),
    ("artikel 28a, tweede lid", [B]),
    ("art. 28a lid 2 sub a", [B]),
    ("lid 3 van artikel 28a", [B]),
    ("het vierde lid van het voorgestelde artikel 28a", [B]),
    ("artikel 28a, tweede lid, onderdeel d", [B]),
    ("onderdeel B van artikel I", [B]),
    ("artikel I, onderdeel B", [B]),
    ("artikel I onder B", [B]),
    ("onderdeel B", [B]),
    ("artikel 28b", [C]),
    ("het nieuwe artikel 28b", [C]),
    ("art. 28b lid 5", [C]),
    ("artikel I, onderdeel C", [C]),
    ("artikel 28b, tweede lid, onderdeel d", [C]),
    ("artikel 28b Hw 2014", [C]),
    ("sub b van het tweede lid van artikel 28b", [C]),
    ("artikel 28c", [D]),
    ("artikel I onder D", [D]),
    ("het voorgestelde artikel 28c, eerste lid", [D]),
    ("art. 28c lid 1 sub a onder 2°", [D]),
    ("de artikelen 28b en 28c", [C, D]),
    ("de artikelen 28a tot en met 28c", [B, C, D]),
    ("art. 28a-28c", [B, C, D]),
    ("de onderdelen B en C", [B, C]),
    ("de artikelen III tot en met V", ["art_III", "art_IV", "art_V"]),
    ("art. III en IV", ["art_III", "art_IV"]),
    ("artikel II-IV", ["art_II", "art_III", "art_IV"]),
    ("artikel II", ["art_II"]),
    ("artikel II, tweede lid", ["art_II__para_2"]),
    ("art. II lid 3", ["art_II__para_3"]),
    ("lid 4 van artikel II", ["art_II__para_4"]),
    ("het tweede lid van artikel II", ["art_II__para_2"]),
    ("Artikel II, eerste lid", ["art_II__para_1"]),
    ("het overgangsrecht van artikel II, derde lid", ["art_II__para_3"]),
    ("artikel III", ["art_III"]),
    ("artikel III, tweede lid, onderdeel d", ["art_III__para_2__point_d"]),
    ("art. III lid 2 sub c", ["art_III__para_2__point_c"]),
    ("artikel III, tweede lid, aanhef en onder a", ["art_III__para_2__point_a"]),
    ("onderdeel b van het tweede lid van artikel III", ["art_III__para_2__point_b"]),
    ("artikel III, eerste lid", ["art_III__para_1"]),
    ("artikel IV", ["art_IV"]),
    ("art. IV", ["art_IV"]),
    ("artikel V", ["art_V"]),
    ("de citeertitel in artikel V", ["art_V"]),
    ("artikel II van deze wet", ["art_II"]),
    ("artikel III van het wetsvoorstel", ["art_III"]),
    ("paragraaf 4.2 van de memorie van toelichting", ["mvt"]),
    ("p. 12 van de toelichting", ["mvt"]),
    ("de memorie van toelichting", ["mvt"]),
    ("de MvT (p. 7)", ["mvt"]),
    ("hoofdstuk 3 van de toelichting", ["mvt"]),
    ("blz. 9 van de MvT", ["mvt"]),
    ("§ 5 van de memorie van toelichting", ["mvt"]),
    ("artikel 1 Grondwet", []),
    ("art. 3:4 Awb", []),
    ("artikel 5 van de Bekendmakingswet", []),
    ("artikel 10 Wob", []),
    ("artikel 19 van de Woningwet", []),
    ("artikel 8 EVRM", []),
    ("artikel 6:162 BW", []),
    ("artikel 28 van de Huisvestingswet 2014", []),
    ("artikel 3", []),
    # the phrasing of advices of the Raad van State and of parliamentary prose
    ("het voorgestelde artikel 28a, tweede lid, onder b", [B]),
    ("artikel 28a, eerste lid, aanhef en onder a", [B]),
    ("lid 2 van art. 28a", [B]),
    ("het 1e lid van artikel 28a", [B]),
    ("artikel 28a, derde en vierde lid", [B]),
    ("de artikelen 28a t/m 28c", [B, C, D]),
    ("het in het wetsvoorstel voorgestelde artikel 28b", [C]),
    ("de nieuwe artikelen 28b en 28c", [C, D]),
    ("het huidige artikel 12", [A]),
    ("de artikelen 7:1 tot en met 7:4 Awb", []),
    ("artikel 6 AVG", []),
    ("artikel 16 van de richtlijn", []),
    ("artikel 3 van Richtlijn 2011/95/EU", []),
    ("artikel 1.1 (begripsbepalingen) van de Omgevingswet", []),
    ("artikel 2 van de Wet maatschappelijke ondersteuning 2015", []),
    # what advices and consultation responses write (the fresh2 part of the real set)
    ("sub a tot en met sub c in het eerste lid van artikel 28a", [B]),
    ("het gestelde onder a tot en met onder c van artikel 12, vijfde lid", [A]),
    ("artikel 2, tweede lid, onder a, van de Wet Arob", []),
    ("artikel 12, tweede lid, van het Statuut", []),
    ("de artt. 8:1-8:9", []),
    ("artikel 12 [1.2]", [A]),
    ("de hoofdstukken IV en V van het wetsvoorstel", []),
    # what parliamentary prose writes (the fresh3 part of the real set)
    ("artikel 12 van wetsvoorstel 26 089", []),
    ("artikel I onder a", [A]),
    ("de artikelen 28 a tot met c", [B, C, D]),
    ("titel 7.4", []),
    ("de afdelingen 7.4.1 tot en met 7.4.5", []),
    ("de artikelen 4, eerste lid, en 9 van de richtlijn", []),
]
FRAMES = [
    "Wij hebben bezwaar tegen {ref}, omdat de uitvoering voor kleine gemeenten onhaalbaar is.",
    "Graag zien wij {ref} aangepast, zodat woningcorporaties meer ruimte krijgen.",
    "Naar onze mening is {ref} te vaag geformuleerd en leidt het tot rechtsongelijkheid.",
    "Onze leden maken zich zorgen over {ref}; de gevolgen voor huurders zijn niet doordacht.",
]
QUOTES = [
    (
        'De zinsnede "wordt voor de toepassing van artikel 28 aangemerkt als gehuisvest in de gemeente waar die huisvesting is gelegen" is onduidelijk als een locatie over de gemeentegrens ligt.',
        [B],
    ),
    (
        "Dat burgemeester en wethouders jaarlijks een overzicht van de flexibele locaties in hun gemeente openbaar maken, vinden wij een goed idee.",
        [B],
    ),
    (
        "Wij lezen dat een besluit zijn geldigheid behoudt gedurende de daarin vermelde termijn, en ten hoogste tot twaalf maanden na het tijdstip van beëindiging. Dat is te kort.",
        ["art_II__para_2"],
    ),
    (
        "Het verslag moet ook de gevolgen voor de inburgering en de participatie van vergunninghouders beschrijven, en dat juichen wij toe.",
        ["art_III__para_2__point_d"],
    ),
    (
        "Een flexwoning omschrijven als een verplaatsbare of demontabele zelfstandige woonruimte die voor een beperkte periode op een locatie wordt geplaatst, is te beperkt.",
        [B],
    ),
    (
        "Wij vinden het onjuist dat gedeputeerde staten afspraken maken over de verdeling over de gemeenten van het aantal woonruimten dat aan de provincie is toegedeeld.",
        [C],
    ),
    (
        "Dat de minister de afspraken bekendmaakt in de Staatscourant en deze aan de Staten-Generaal zendt, is vanzelfsprekend.",
        [C],
    ),
    (
        "Het is niet duidelijk hoe het aantal vergunninghouders dat na verlening van de verblijfsvergunning langer dan drie maanden in de opvang verblijft, wordt vastgesteld.",
        [D],
    ),
]
# a lid named without its article continues the article reference before it in the point
CONTEXT = [
    (
        "Artikel II regelt het overgangsrecht. Het tweede lid is volgens ons te kort.",
        ["art_II", "art_II__para_2"],
    ),
    ("Over artikel 28a: het derde lid legt te veel bij gemeenten neer.", [B]),
    ("Artikel 28a: de kosten zijn niet gedekt.", [B]),
    (
        "In artikel III staat een verslag; in het tweede lid, onderdeel b, ontbreekt een termijn.",
        ["art_III", "art_III__para_2__point_b"],
    ),
    (
        "Wij lezen artikel II zo dat lid 3 alleen voor lopende besluiten geldt.",
        ["art_II", "art_II__para_3"],
    ),
    ("Het tweede lid is onduidelijk, maar de rest van het voorstel steunen wij.", []),
    ("Artikel 12 is helder. Het tweede lid van de Woningwet is dat niet.", [A]),
    ("Artikel 28a regelt de flexwoning. De eerste volzin van het tweede lid is onduidelijk.", [B]),
    ("De Afdeling adviseert artikel 28a aan te passen. De tweede volzin is overbodig.", [B]),
    (
        "Alternatieve huisvesting (art. 28a)\nIn het tweede lid wordt verwezen naar artikel 5.1 van "
        "de Omgevingswet. Het derde lid vraagt een overzicht. Wij stellen voor dit artikel aan te "
        "vullen met een vijfde lid.",
        [B],
    ),
    ("Artikel 12 is onvolkomen. Het gestelde sub a tot en met sub c in het eerste lid van genoemd "
     "artikel veronderstelt het woord 'dat'.", [A]),  # fmt: skip
    ("Artikel 28a is te streng. Het voorgestelde vijfde lid moet worden geschrapt.", [B]),
    ("De Afdeling adviseert artikel 28b te heroverwegen in het licht van artikel 5 van het Verdrag.", [C]),
    (
        "De leden van de VVD-fractie vragen naar artikel 28b. Deze leden vragen of het tweede lid nodig is.",
        [C],
    ),
    (
        "De leden van de fractie van GroenLinks hebben kennisgenomen van het wetsvoorstel. Deze leden hebben nog vragen.",
        [],
    ),    # a law name by shape stops at the verb of the sentence it runs into
    ("Met inachtneming van artikel 5 van het Reglement van Orde zend ik u ons commentaar op artikel 28a.", [B]),
    ("Artikel 2 van het Verdrag inzake huisvesting noemt de staten; artikel 12 volgt het niet.", [A]),
    ("De vraag is of de onderhavige wet nodig is; artikel 28a gaat in elk geval te ver.", [B]),
    ("Artikel 28a verklaart de paragrafen 2 tot en met 4 van dit hoofdstuk van toepassing.", [B]),
]
NEGATIVE = [
    (
        "Als lid van de huurdersvereniging wil ik zeggen dat er gewoon meer woningen moeten komen.",
        [],
    ),
    ("Ik sta al negen jaar ingeschreven en heb nog nooit een woning aangeboden gekregen.", []),
    ("Wij wonen met vijf mensen in een flat van 60 vierkante meter in Zwolle.", []),
    ("De leden\n17 van de fractie hebben hierover vragen.", []),
    ("Zij hechten grote waarde aan een uitgebreide toelichting, waarin alle vragen worden beantwoord.", []),
    ("Het voorstel wijzigt bepaalde artikelen in andere wetten; van deze artikelen vervalt een versie.", []),
    ("I do not speak Dutch well, but refugees should get housing quickly so they can work.", []),
]
cases = []
for i, (phrase, expected) in enumerate(PHRASES):
    for k in range(2):
        frame = FRAMES[(i + k) % len(FRAMES)]
        text = frame.format(ref=phrase)
        text = text[0].upper() + text[1:]
        cases.append({"text": text, "expected": list(expected), "phrase": phrase})
for text, expected in CONTEXT:
    cases.append({"text": text, "expected": list(expected), "phrase": "(lid zonder artikel)"})
for text, expected in QUOTES + NEGATIVE:
    cases.append(
        {
            "text": text,
            "expected": list(expected),
            "phrase": "(citaat of parafrase)" if expected else "(geen verwijzing)",
        }
    )
header = (
    "# Labelled reference phrasings for wetgen consult, against the consultatieversie of the default\n"
    "# draft (drafts/huisvesting-vergunninghouders/01-consultatieversie.yaml). Each case is a\n"
    "# realistic sentence and the eIds of the bill nodes it should be assigned to ([] = none:\n"
    "# another law, an article the bill does not change, or no reference at all).\n"
)
Path(__file__).with_name("reference_phrasings.yaml").write_text(
    header + yaml.safe_dump({"cases": cases}, allow_unicode=True, sort_keys=False, width=200),
    encoding="utf-8",
)
print(len(cases))
