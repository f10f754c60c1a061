"""The kinds of reference the grammar finds, and the Ref that carries one (split from refs.py)."""

from __future__ import annotations

from typing import NamedTuple

from wetgen.consult.analyse.grammar import Part

ARTICLE = "artikel"  # one or more articles, with their qualifiers
LOOSE = "los"  # leden or onderdelen without their article: "het derde lid", "onderdeel c"
DIVISION = "deel"  # a hoofdstuk, titel, afdeling or paragraaf of a law
ANAPHOR = "verwijzing"  # "dit artikel", "die bepalingen", "het tweede lid van die bepaling"
MVT = "mvt"  # a place in the memorie van toelichting
SENTENCE = "volzin"  # the detail of a LOOSE reference to a sentence: "de eerste volzin"
DASH = "aandachtsstreepje"  # … and to a dash of an onderdeel: "het eerste aandachtsstreepje"
PREVIOUS = "vorige"  # the anaphor of "de vorige leden", "het voorgaande lid"
GROUND = "grond"  # the anaphor of "de a-grond"
HISTORY = "historie"  # "Dit artikel is met ingang van … ingevoerd bij wet van …": the unit shown
DESCRIBED = "beschreven"  # "de voorgestelde bepaling", "het artikel": the one article discussed
DEFINITION = "definitie"  # "de definitie van «horecabedrijf»": the provision that holds it (definitions.py)
OPSCHRIFT = "opschrift"  # "1. Het opschrift komt te luiden": the article under change (opschriftstep.py)
PROPOSED = "voorgesteld"  # the detail of "de voorgestelde bepaling", "het nieuwe artikel"


class Ref(NamedTuple):
    """One reference as written: what it names, and in which law if it says so."""

    raw: str
    start: int
    end: int
    kind: str  # ARTICLE, LOOSE, DIVISION, ANAPHOR or MVT
    parts: tuple[Part, ...] = ()
    law: str = ""  # the law named with it: its citeertitel, or the name as written
    this_bill: bool = False  # "van deze wet", "van het wetsvoorstel"
    that_law: bool = False  # "van die wet": the law named before
    of_law: bool = False  # "het voorgestelde / nieuwe / gewijzigde artikel": the amended law's
    detail: str = ""  # the MvT's "paragraaf 4.2", a division's "hoofdstuk III"
    anaphor: str = ""  # "dit", "dat" (one provision), "die" (several), "deze wet"
    foreign: bool = (
        False  # "van de richtlijn", "van het Verdrag": of a document that is no law known
    )
    in_chapter: bool = False  # "de paragrafen 2 tot en met 4 van dit hoofdstuk"
    own_text: bool = False  # "zie hierna onder par. 2": the MvT's own paragraph, where the text is the MvT
    title: str = ""  # the words after a division's number: "Hoofdstuk 2. Toegang …"
    within: str = ""  # the chapter a division is numbered within: "hoofdstuk III" of "hoofdstuk III, paragraaf 1"
    tail: str = ""  # " van de wet" that the last article of its list ends in: "artikel 5.4 en artikel 5.6 van de wet"

    @property
    def said(self) -> str:
        """Return the words of the reference with the law's words its list names once, after the last: those that tell
        which instrument "de wet", "het besluit" or "de regeling" is (enablinglaw.py)."""
        return self.raw + self.tail

    @property
    def articles(self) -> tuple[str, ...]:
        """Return the article numbers the reference names, in order, each once."""
        return tuple(dict.fromkeys(p.artikel for p in self.parts if p.artikel))
