"""A tolerant grammar for the references people write about a bill and the laws it amends.

It finds "artikel 12, tweede lid, onderdeel b", "art. 12 lid 2 sub b", "lid 2 van artikel 12",
"de artikelen 4:98, derde lid, 4:113, derde lid, en 8:41, vijfde lid, Awb", "artikel 12 tot en
met 14", "artikel II, onderdelen J en K", "artikel I onder B", "het voorgestelde artikel 28a",
"artikel 12 van de Huisvestingswet 2014", "BW art. 7:907", "669 lid 5", "hoofdstuk III van de
Tracéwet", "paragraaf 4.2 van de memorie van toelichting", and the forms that need context to
resolve: "het derde lid", "onderdeel c", "dit artikel", "die bepalingen", "deze wet". Each is a
Ref; what it points at is decided in wetgen.consult.analyse.resolve, with the context of the
text around it.
"""

from __future__ import annotations

import re

from wetgen.consult.analyse import grammar
from wetgen.consult.analyse.aanhef import AANHEF, bare_aanhef
from wetgen.consult.analyse.aanwijzingen import AR, aanwijzing_refs
from wetgen.consult.analyse.anchors import anchors
from wetgen.consult.analyse.barenumbers import after_bare_number
from wetgen.consult.analyse.chain import NUMBER_AT, article_chain, other_number
from wetgen.consult.analyse.definitions import definitions_at
from wetgen.consult.analyse.described import HISTORY_NOTE, apposition, described
from wetgen.consult.analyse.divisiontitles import title_then_law
from wetgen.consult.analyse.divisionwords import division_words, ordinal_chapter
from wetgen.consult.analyse.forwardlid import forward_leden
from wetgen.consult.analyse.grammar import Group, Part
from wetgen.consult.analyse.lawlist import own_laws
from wetgen.consult.analyse.lawnames import LawLexicon
from wetgen.consult.analyse.lawtail import THAT_LAW, THIS_BILL, law_tail
from wetgen.consult.analyse.lidparagraph import in_numbered_lid
from wetgen.consult.analyse.links import provision_links
from wetgen.consult.analyse.memorieparts import own_memorie
from wetgen.consult.analyse.mvtrefs import mvt_places, own_places
from wetgen.consult.analyse.numbering import numbered_like
from wetgen.consult.analyse.opschrift import opschrift_before
from wetgen.consult.analyse.opschriftstep import opschrift_steps
from wetgen.consult.analyse.ownpiece import about_itself, in_own_brackets
from wetgen.consult.analyse.quotednumbers import quoted_numbers
from wetgen.consult.analyse.refkinds import (
    ANAPHOR,
    ARTICLE,
    DASH,
    DEFINITION,
    DESCRIBED,
    DIVISION,
    GROUND,
    HISTORY,
    LOOSE,
    MVT,
    OPSCHRIFT,
    PREVIOUS,
    PROPOSED,
    SENTENCE,
    Ref,
)
from wetgen.consult.analyse.renumbering import (
    renumbered,
    renumbered_before_article,
    renumbered_divisions,
)
from wetgen.consult.analyse.sectionparts import after_section, in_changed_document
from wetgen.consult.analyse.stages import ALIAS, stage_numbers
from wetgen.consult.analyse.statute import (
    OWN_ACT,
    OWN_ACT_AFTER_LAW,
    formula_and_law,
    in_enacted_wet,
    own_act_formula,
    sentence_law,
)
from wetgen.consult.analyse.subjectlaw import subject_law
from wetgen.consult.analyse.thisbesluit import THIS_BESLUIT, besluit_at

_PREFIX_TAIL = re.compile(  # "het derde lid van artikel 10"; "een nieuw vierde lid (wordt) toegevoegd aan art. 7:758 BW"
    r"\s*,?\s*(?:van|uit|in|(?:(?:wordt|worden|is|zijn)\s+)?(?:toegevoegd|ingevoegd)\s+(?:aan|in)"
    # "een zevende lid aan genoemd artikel toe te voegen", "een derde lid aan artikel 5 toegevoegd"
    r"|(?P<added>aan)(?=\s+(?:genoemde?\s+|dat\s+|dit\s+|het\s+)?(?:artikel|art\.)[^.;:]{0,60}?\b(?:toe\s+te\s+voegen|toegevoegd|toevoegen)\b))"
    r"\s+(?:het\s+|de\s+)?"
    r"(?P<law>(?:nu\s+)?(?:voorgestelde|nieuwe|gewijzigde|huidige|bestaande)\s+)?",
    re.I,
)
_INDEFINITE = re.compile(r"\b(?:een|een\s+nieuwe?)\s+$", re.I)  # "een zevende lid", "een nieuw derde lid"
# "een zevende lid" is a member, not a lid, where its sentence appoints one ("Onze Minister wijst een zevende lid als
# voorzitter aan"); elsewhere it is the lid an instruction or a proposal adds ("aan te vullen met een vijfde lid")
_APPOINTING = re.compile(r"\b(?:als\s+(?:voorzitter|secretaris|plaatsvervangend\w*)|benoem\w*|wijst|aangewezen|gekozen|kiest)\b", re.I)
_CLAUSE_END = re.compile(r"[.;:!?](?:\s|$)|\n")
_ANAPHOR_AT = re.compile(
    r"(?P<word>(?:dit|dat|deze|die)\s+laatst(?:e|genoemde?)|(?:het|de)\s+laatstgenoemde?|dit|dat|deze|die|beide(?=\s+(?:artikelen|bepalingen)\b)|genoemde?|laatstgenoemde?|voornoemde?|bovengenoemde?|hetzelfde|datzelfde|dezelfde"
    r"|(?:de|het)\s+(?:vorige|voorgaande)(?=\s+(?:lid|leden|volzin|volzinnen|artikel)\b)|de\s+onderhavige(?=\s+(?:regeling|verordening)\b))\s+(?:(?:ingevoegde|voorgestelde|nieuwe|gewijzigde)\s+)?"
    r"(?P<what>artikel(?:en|leden|lid)?|(?:(?:grond)?wets|overgangs)?bepaling(?:en)?|wetsartikel(?:en)?|lid|leden|(?:rijks)?wet|regeling|verordening|reglement|besluit|keur|beleidsregel|hoofdstuk|titel"
    r"|afdeling|paragraaf|onderdeel|volzin(?:nen)?)\b",
    re.I,
)
# "… wordt een nieuw lid ingevoegd, luidende: 5. Met ingang van … in het vorige lid": the new lid's own number
_NEW_LID = re.compile(r"(?:luidende?|luidt|luiden)\s*:\s*(?:,\s+)?(?P<n>\d{1,2})\.\s+(?-i:[A-Z])")
_OPENING_LID = re.compile(r"\s*(?:[•·]\s*)?(?P<n>\d{1,2})\.\s+(?-i:[A-Z])")  # a point that is a numbered lid: "5. Indien …"
_NEXT_LID = re.compile(r"\n|(?<=[.;:]\s)\d{1,2}\.\s+(?-i:[A-Z])")  # a new line, or the next numbered lid
_ITEM_AFTER_LID = re.compile(r",?\s+onder\s+(?P<item>[a-z]{1,2})(?![\w-])")  # "dat lid onder b": one provision
_CHAPTER_ITEM = re.compile(r",\s*onderdeel\s+(?P<letter>[A-Z]{1,2}[a-z]?)(?![\w])")
_END_OF_NAMED = re.compile(r"\b[Oo]nderdeel\s+[a-z]{1,3}\b[^.;:«»]{0,120}\b(?:einde|slot)\s+van\s+$")
_DESIGNATION_AT = re.compile(r"\s+(?:(?P<l>[a-z])(?P=l)?|[A-Z]{1,2}|\d+°?)(?![\w-])")  # "dat onderdeel b", "… aa": no anaphor
_ANAPHOR_AFTER = re.compile(
    r"(?P<word>dit|dat|deze|die|genoemde?|laatstgenoemde?|voornoemde?|bovengenoemde?|hetzelfde|datzelfde"
    r"|dezelfde)\s+"
    r"(?P<what>artikel(?:en|leden|lid)?|bepaling(?:en)?|lid)\b",
    re.I,
)
_OF = re.compile(r"\s*,?\s*van\s+", re.I)
# the articles as they read or held, whole: "zoals deze artikelen (thans) luiden", "… golden op 1 januari", "… bevatten
_AS_WORDED = re.compile(r"\s+(?:thans\s+|nu\s+|toen\s+)?(?:(?:zijn\s+)?komen\s+te\s+luiden|luiden|luidden|zullen\s+luiden|golden|gelden|bevatten|bevatte)\b")
# what an instruction does to the leden it names as its object: "Aan deze leden wordt een volzin toegevoegd", "In die
# leden wordt «x» vervangen door «y»", "Deze leden vervallen" (not "Deze leden vragen waarom … wordt gewijzigd")
_OBJECT_BEFORE = re.compile(r"(?:^|[\s(])(?:[Aa]an|[Ii]n|[Nn]a|[Uu]it)\s+$")
_CHANGED = re.compile(r"\s+(?:wordt|worden)\s+(?:[^.;:\s]+\s+){0,8}?(?:toegevoegd|ingevoegd|vervangen|gewijzigd|geschrapt)\b")
_IN_BEFORE = re.compile(r"(?:^|[\s(])[Ii]n\s+$")
_CHANGED_ITSELF = re.compile(r"\s+(?:vervallen|komen\s+te\s+luiden|worden\s+(?:vernummerd|als\s+volgt\s+gewijzigd))\b")


def _changed_leden(text: str, start: int, end: int) -> bool:
    """Tell whether "deze leden" at `start` is what an instruction changes (see `_CHANGED`), or the place a provision
    speaks of ("In deze leden wordt … gelijkgesteld": no party's members are "in")."""
    return bool(_OBJECT_BEFORE.search(text, max(0, start - 6), start) and _CHANGED.match(text, end) or _CHANGED_ITSELF.match(text, end)
                or _IN_BEFORE.search(text, max(0, start - 4), start))


_OPENING_QUOTES = ("‘", "“", "'", '"')
# the title of a chapter cited from a book: "‘Hoofdstuk 3 Hiërarchie van regelingen’, in: S.E. Zijlstra (red.)"
_CITED_IN = re.compile(r"\.?\s+[A-Z][^’”'\"\n]{2,120}[’”'\"],?\s+in:\s+[A-Z]")
_EDITORIAL_NOTE = re.compile(r"\[(?:Red\s*:\s*)?wijzigt\s+$", re.I)
_GROUND = re.compile(r"(?:de\s+)?(?P<letter>[a-i])-grond(?![\w-])", re.I)
_ARTICLE_WORD = re.compile(r"\bartikel(?:en)?\b", re.I)



_DEFAULT: list[LawLexicon] = []


def default_lexicon() -> LawLexicon:
    """Return the lexicon of the shipped law names alone (made once)."""
    if not _DEFAULT:
        _DEFAULT.append(LawLexicon())
    return _DEFAULT[0]


def find_references(text: str, lexicon: LawLexicon | None = None) -> list[Ref]:
    """Return every reference in `text`, in order, without overlaps."""
    lexicon = lexicon or default_lexicon()
    text = grammar.without_long_numbers(text).replace("º", "°")  # "onder 2º" with the ordinal sign: a sub (same length)
    found = [Ref(text[s:e], s, e, MVT, detail=d, own_text=not explicit) for s, e, d, explicit in own_places(text, lambda at: lexicon.ending_at(text, at) is not None)]
    found += [Ref(text[s:e], s, e, MVT, detail=d) for s, e, d in own_memorie(text, mvt_places(text))
              if not any(r.start < e and s < r.end for r in found)]  # fmt: skip
    found += [Ref(text[k.start : k.end], k.start, k.end, ARTICLE, (Part(k.artikel, k.lid),), lexicon.by_bwb[k.bwb])
              for k in provision_links(text) if k.bwb in lexicon.by_bwb]  # fmt: skip
    found += [r for r in aanwijzing_refs(text, lambda at, start: article_chain(text, at, start, lexicon), lexicon.is_own(AR))
              if not any(f.start < r.end and r.start < f.end for f in found)]  # fmt: skip
    found += [Ref(n, s, e, ARTICLE, (Part(n),), detail=ALIAS if alias else "")
              for s, e, n, alias in stage_numbers(text) if not any(r.start < e and s < r.end for r in found)]  # fmt: skip
    found += [_renumbered_ref(text, s, e, ps, law_at, lexicon) for s, e, ps, law_at in renumbered(text) if not any(r.start < e and s < r.end for r in found)]
    found += [Ref(text[s:e], s, e, DIVISION, detail=f"{kind} {', '.join(numbers)}") for s, e, kind, numbers in renumbered_divisions(text)
              if not any(r.start < e and s < r.end for r in found)]  # fmt: skip
    found += [Ref(text[s:e], s, e, LOOSE, (Part(),), detail=AANHEF) for s, e in bare_aanhef(text)]  # aanhef.py
    found += [Ref(text[s:e], s, e, ANAPHOR, anaphor=DEFINITION) for s, e in definitions_at(text)  # definitions.py
              if not any(r.start < e and s < r.end for r in found)]  # fmt: skip
    found += [Ref(text[s:e], s, e, ANAPHOR, anaphor=OPSCHRIFT) for s, e in opschrift_steps(text)]  # opschriftstep.py
    found.sort(key=lambda r: r.start)
    taken = [(r.start, r.end) for r in found]
    cursor = 0
    for at, kind, head in anchors(text):
        if at < cursor or any(s <= at < e for s, e in taken):
            continue
        if kind == "art":
            refs = subject_law(text, at, article_chain(text, head, at, lexicon), lexicon)  # subjectlaw.py
            refs += other_number(text, refs[-1]) + own_laws(text, refs, lambda at: article_chain(text, at, at, lexicon)) if refs else []
        elif kind == "qual":
            refs = [] if after_section(text, at) else _loose(text, at, lexicon)
            if refs and not any(r.law or r.articles for r in refs) and in_changed_document(text, at):
                refs = []  # "In het amendement (stuk nr. 23) wordt na onderdeel V": its item, not "onderdeel B van artikel I"
        elif kind == "div":
            refs = _division(text, head, at, lexicon)
        elif kind == "ana":
            refs = _anaphor(text, at, lexicon)
        else:  # (a gelet-op list goes on after a bare number with its law: "2:1 van de Arbeidstijdenwet, 3.6 van de Wet brp")
            refs = _bare_number(text, at, lexicon)
            refs += own_laws(text, refs, lambda at: article_chain(text, at, at, lexicon)) if refs else []
        refs = [r for r in refs if not any(r.start < e and s < r.end for s, e in taken)]
        if refs:
            found.extend(refs)
            cursor = max(r.end for r in refs)
    found += quoted_numbers(text, found, lambda at: article_chain(text, at, at, lexicon))  # quotednumbers.py
    return grammar.within_budget(forward_leden(text, renumbered_before_article(text, sorted(found, key=lambda r: r.start))))  # forwardlid.py


def _member(text: str, at: int, end: int) -> bool:
    """Tell whether "een zevende lid" at `at` is a member, not a lid: its sentence appoints one."""
    indefinite = _INDEFINITE.search(text, max(0, at - 14), at)
    if not indefinite or "nieuw" in indefinite.group(0).lower() or not re.search(r"\blid\s*$", text[at:end]):
        return False
    starts = [m.end() for m in _CLAUSE_END.finditer(text, max(0, at - 300), at)]
    stop = _CLAUSE_END.search(text, end)
    return bool(_APPOINTING.search(text, starts[-1] if starts else max(0, at - 300), stop.start() if stop else len(text)))


def _loose(text: str, at: int, lexicon: LawLexicon) -> list[Ref]:
    """Read leden or onderdelen named without their article, or before it ("het derde lid
    van artikel 10", "het tweede lid van die bepaling")."""
    groups, end = grammar.qualifiers(text, at, loose=True)
    if not groups or after_bare_number(text, at) or _member(text, at, end):  # «… en 137, zesde lid,»: the lid of a bare number
        return []
    tail = _PREFIX_TAIL.match(text, end)
    if tail and tail.group("added") and not _INDEFINITE.search(text, max(0, at - 14), at):
        tail = None  # "het zesde lid aan artikel 28a toe te voegen" moves a lid of the article under discussion
    if tail:
        after = tail.end()
        article = re.match(rf"(?i){grammar.ARTICLE_WORD}", text[after:])
        if article and (chained := article_chain(text, after + article.end(), at, lexicon, groups)):
            return chained
        anaphor = _ANAPHOR_AFTER.match(text, after)
        if anaphor:
            found = _anaphor_ref(text, at, anaphor, groups)
            return [found] if found else []
        of = _OF.match(text, end)
        if of and (refs := _described(text, of.end(), groups, at)):
            return refs  # "het tweede lid van de voorgestelde bepaling"
        if article:
            return []
        if lexicon.match(text, after) or THIS_BILL.match(text, end) or THAT_LAW.match(text, end):
            return []  # "het tweede lid van de Woningwet": a lid of some other article
    sentence = all(g.sentence for g in groups)
    if sentence and tail:
        return []  # "de eerste zin van de brief": a sentence of something else
    parts = tuple(dict.fromkeys(grammar.parts("", groups)))
    detail = (DASH if all(g.dash for g in groups) else SENTENCE) if sentence else ""
    return [in_numbered_lid(text, Ref(text[at:end], at, end, LOOSE, parts, detail=detail))]


def _renumbered_ref(text: str, start: int, end: int, parts: tuple[Part, ...], law_at: int, lexicon: LawLexicon) -> Ref:
    """Return the units a renumbering names, new article numbers with the law named after them or before the verb."""
    if not parts[0].artikel:
        return Ref(text[start:end], start, end, LOOSE, parts)
    law, this_bill, that_law, _, _ = law_tail(text, law_at, lexicon)  # ("van dit wetsvoorstel": the bill's own)
    return Ref(text[start:end], start, end, ARTICLE, parts, law, this_bill, that_law)


def _anaphor(text: str, start: int, lexicon: LawLexicon) -> list[Ref]:
    ground = _GROUND.match(text, start)
    if ground:  # "de a-grond": onderdeel a of the grounds of the law under discussion
        return [Ref(ground.group(0), start, ground.end(), ANAPHOR, (Part(item=ground.group("letter").lower()),),
                    anaphor=GROUND)]  # fmt: skip
    if (end := besluit_at(text, start)) > 0:  # "dit besluit" (thisbesluit.py)
        return [Ref(text[start:end], start, end, ANAPHOR, anaphor=THIS_BESLUIT)]
    if text[start : start + 18].lower() == "de onderhavige wet":
        # the bill under discussion, wherever it is written
        return [Ref(text[start : start + 18], start, start + 18, ANAPHOR, anaphor="deze wet", this_bill=True)]
    match = _ANAPHOR_AT.match(text, start)
    if match and HISTORY_NOTE.match(text, match.end()):
        # the note a database prints under the unit it shows names that unit
        return [Ref(match.group(0), start, match.end(), ANAPHOR, anaphor=HISTORY, detail=match.group("what").lower())]
    if not match:
        return _described(text, start, [])
    what = match.group("what").lower()
    noun = match.start("what")
    if match.group("word").lower().endswith("laatste") and not what.startswith(("artikel", "bepaling", "wetsartikel")):
        return []  # "dit laatste lid", "dit laatste hoofdstuk": which one is not told
    if what == "artikel" and NUMBER_AT.match(text, match.end()):
        # "genoemd artikel 10.1" is the article 10.1 named before; "dat artikel 12 …" (a
        # conjunction) an article as any other, which the resolver reads the same way
        return [r._replace(anaphor="genoemd") for r in article_chain(text, match.end(), noun, lexicon)]
    if what == "lid" and re.match(r"\s+\d", text[match.end() :]):
        return _loose(text, noun, lexicon)  # "… zo dat lid 3 …"
    if what in ("wet", "rijkswet", "regeling", "verordening", "reglement", "besluit", "keur", "beleidsregel"):  # "deze regeling": owninstrument.py
        if match.group("word").lower() not in ("deze", "dit") and not match.group("word").lower().endswith("onderhavige"):
            return []  # "die wet" names a law only after a reference ("afdeling 2.3 van die wet")
        formula, law = formula_and_law(text, start, match.end(), lexicon)  # statute.py
        # a legal database's note on a samenloop article of the act it prints: "[Red: Wijzigt deze wet.]"
        itself = what == "wet" and bool(_EDITORIAL_NOTE.search(text, max(0, start - 16), start))
        itself = itself or what == "wet" and not formula and in_enacted_wet(text, start)  # statute.py
        # an act's own closing words: "het Staatsblad waarin deze wet wordt geplaatst", "Deze wet treedt in werking …"
        if what == "wet" and not (formula or law) and own_act_formula(text, start, match.end(), lexicon):  # statute.py
            formula = OWN_ACT_AFTER_LAW if lexicon.last_before(text, start) is not None else OWN_ACT
        return [Ref(match.group(0), start, match.end(), ANAPHOR, anaphor="deze wet", detail=formula, law=law, this_bill=itself)]
    if what == "onderdeel" and (match.group("word").lower() not in ("dat", "datzelfde") and not _END_OF_NAMED.search(text, 0, start)
                                or _DESIGNATION_AT.match(text, match.end())):  # fmt: skip
        # only "dat onderdeel" takes up the onderdeel just named, and "dit onderdeel" at the end of one an
        # instruction named ("na onderdeel u wordt, onder vervanging van de punt aan het einde van dit
        # onderdeel …"); elsewhere "dit onderdeel" is as often the writer's own
        return []
    if what.startswith("artikel") and _unnumbered_before(text, start):
        return []  # "bepaalde artikelen in andere wetten … van deze artikelen": no provision named
    found = _anaphor_ref(text, start, match, [])
    if found and what == "lid" and (item := _ITEM_AFTER_LID.match(text, match.end())):
        lid = found.parts[0].lid if found.parts else ""
        found = found._replace(raw=text[start : item.end()], end=item.end(), parts=(Part(lid=lid, item=item.group("item")),))  # "het vorige lid onder b"
    # "In dit artikel bespreken wij …" is the writer's piece (ownpiece.py); "4. … Van dit lid …" (lidparagraph.py)
    return [in_numbered_lid(text, found)] if found and not about_itself(text, start, match.end(), what) else []


def _described(text: str, at: int, groups: list[Group], start: int = -1) -> list[Ref]:
    """Read "de voorgestelde bepaling", "het artikel" (with the leden or onderdelen before it:
    "het tweede lid van het artikel") as the article under discussion."""
    found = described(text, at)
    if found is None:
        return []
    end, noun, proposed = found
    start = at if start < 0 else start
    parts = tuple(dict.fromkeys(grammar.parts("", groups))) if groups else ()
    return [Ref(text[start:end], start, end, ANAPHOR, parts, anaphor=DESCRIBED, detail=PROPOSED if proposed else noun)]


def _unnumbered_before(text: str, start: int) -> bool:
    """Tell whether the last "artikel(en)" before `start` in the text has no number: an
    anaphor after it ("deze artikelen") takes up those words, not a provision."""
    words = list(_ARTICLE_WORD.finditer(text, 0, start))
    last = words[-1] if words else None
    if last is None or NUMBER_AT.match(text, last.end()):
        return False
    return not (re.search(r"(?:dit|dat|deze|die|genoemde?|zelfde)\s+$", text[max(0, last.start() - 12) : last.start()], re.I)
                or text[max(0, last.start() - 4) : last.start()].lower() == "het " and apposition(text, last.start() - 4))  # "… (het artikel dat …)"


def _anaphor_ref(text: str, start: int, match: re.Match[str], groups: list[Group]) -> Ref | None:
    word, what = match.group("word").lower(), match.group("what").lower()
    plural = what.endswith(("en", "leden")) and what != "artikellid"
    if what == "leden" and "vorige" not in word and "voorgaande" not in word and not _changed_leden(text, start, match.end()):
        return None  # "deze leden vragen": members of a party or an association; "Aan deze leden wordt … toegevoegd" no
    if what.startswith("volzin") and "vorige" not in word and "voorgaande" not in word:
        return None  # "deze volzin": read only as "de vorige volzin(nen)", the lid they stand in
    if plural and word in ("dit", "dat"):
        return None  # "zijn dit artikelen van Boek 1": a pronoun, not "deze artikelen"
    if "vorige" in word or "voorgaande" in word:  # "de vorige leden": the leden above this one
        number = _new_lid_number(text, start) if what == "lid" else 0
        parts = (Part(lid=str(number - 1)),) if number > 1 else ()  # "het vorige lid" in a new lid 5 is lid 4
        return Ref(text[start : match.end()], start, match.end(), ANAPHOR, parts, anaphor=PREVIOUS,
                   detail=what)  # fmt: skip
    kind = "die" if plural else ("dit" if word in ("dit", "deze") else "dat")
    parts = tuple(dict.fromkeys(grammar.parts("", groups))) if groups else ()
    if what == "artikelen" and _AS_WORDED.match(text, match.end()):
        what = "artikel"  # "de artikelen 7, achtste lid, en 9, zesde lid, zoals deze artikelen komen te luiden": whole articles
    return Ref(text[start : match.end()], start, match.end(), ANAPHOR, parts, anaphor=kind,
               detail=what)  # fmt: skip


def _new_lid_number(text: str, at: int) -> int:
    """Return the number of the new lid whose text, opened by "luidende: 5. …" (or a point that opens with its number),
    runs on to `at` with no other lid or line between, or 0: "het vorige lid" there is the lid before it."""
    opened = next(reversed(list(_NEW_LID.finditer(text, max(0, at - 600), at))), None) or _OPENING_LID.match(text, 0, at)
    return int(opened.group("n")) if opened and at - opened.end() < 600 and not _NEXT_LID.search(text, opened.end(), at) else 0


def _division(text: str, pos: int, start: int, lexicon: LawLexicon) -> list[Ref]:
    if not (words := division_words(text, pos, start)):
        return []
    start, word, numbers, end, here, within = words
    if text[start - 1 : start] in _OPENING_QUOTES and text[start].isupper() and _CITED_IN.match(text, end):
        return []  # "‘Hoofdstuk 3 Hiërarchie van regelingen’, in: S.E. Zijlstra (red.), Wetgeven": a book's chapter
    law, this_bill, that_law, end, foreign = law_tail(text, end, lexicon)
    foreign = foreign or in_own_brackets(text, start)  # "(paragraaf 4.2 en 4.3.6)" (ownpiece.py)
    if not (law or this_bill or that_law or foreign) and (titled := title_then_law(text, end, lexicon)):
        law, end = titled  # "hoofdstuk VI Rijvaardigheid en rijbevoegdheid van de Wegenverkeerswet 1994"
    if ordinal_chapter(text, start) and not (law or this_bill or that_law or foreign or sentence_law(text, start, lexicon)):
        return []  # "in het derde hoofdstuk van ons advies"; "de Grondwet … in het tiende hoofdstuk" is the law's
    if text[start : start + 4].lower() == "par." and not law:
        return []  # "par. 2-8" of a response is its own; "Par. 2, Afd. 3, Titel 1 Fw." a law's
    detail = f"{word} {', '.join(numbers)}"
    if word == "hoofdstuk" and len(numbers) == 1 and not (law or this_bill or that_law or foreign) and (item := _CHAPTER_ITEM.match(text, end)):
        # "Hoofdstuk 1, onderdeel A": an onderdeel of the one amending article in a bill's hoofdstuk (billunits.py)
        return [Ref(text[start : item.end()], start, item.end(), LOOSE, (Part(item=item.group("letter")),), detail=detail)]
    start = start if law or this_bill or that_law or foreign else opschrift_before(text, start)  # opschrift.py
    title = "" if law or this_bill or that_law or foreign else text[end : end + 120]
    return [Ref(text[start:end].strip(), start, end, DIVISION, (), law, this_bill, that_law,
                detail=detail, foreign=foreign, in_chapter=here, title=title, within=within)]  # fmt: skip


def _bare_number(text: str, at: int, lexicon: LawLexicon) -> list[Ref]:
    """Read an article number written without "artikel": "1:25, derde lid", "669 lid 5",
    "3:98 BW", "artikel 3:83 juncto 3:98". Without a lid or a law it is not read."""
    refs = article_chain(text, at, at, lexicon)
    if not refs:
        return []
    first = refs[0]
    if first.law and not all(numbered_like(first.law, n) for n in first.articles):
        return []  # "4.5 Awb": no article of the Awb (a division, written without its word)
    juncto = bool(re.search(r"(?:juncto|jo\.?|j°)\s+$", text[max(0, at - 10) : at], re.I))
    return refs if first.law or juncto or any(p.lid for p in first.parts) else []

