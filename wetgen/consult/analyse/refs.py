"""A tolerant grammar for the references people write in consultation responses.

It finds "artikel 12, tweede lid, onderdeel b", "art. 12 lid 2 sub b", "lid 2 van artikel 12",
"artikelen 3 tot en met 5", "artikel I onder B", "het voorgestelde artikel 28a", "artikel 12 van
de Huisvestingswet 2014", "paragraaf 4.2 van de memorie van toelichting", "art. 3:4 Awb", and
reports each as a Ref. What a Ref points at in a given bill is decided in wetgen.consult.analyse.resolve.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wetgen import ids

ORD_WORDS = (
    "eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|elfde|twaalfde|"
    "dertiende|veertiende|vijftiende"
)
_NUM = r"(?:\d+(?::\d+)?(?:\.\d+)*[a-z]{0,2}|[IVXL]{1,5}[A-Z]?|[ivx]{1,4})(?![\w°]|:\d)"
_ART = r"\b(?:artikel(?:en|s)?|artt?\.|art\b|artikelnummer)"
_SEP = r"(?:\s*(?:,\s*(?:en\s+|of\s+)?|\s+en\s+|\s+of\s+|\s*/\s*))"
_RANGE = r"(?:\s*(?:tot\s+en\s+met|t/m|tot|[-–])\s*)"
_LID = rf"(?:(?:het\s+)?(?P<lidord>{ORD_WORDS})\s+lid|lid\s+(?P<lidnum>\d+)|(?P<lidnth>\d+)\s*(?:e|de|ste)\s+lid)"
_LEDEN = rf"(?:leden\s+(?P<leden>\d+(?:{_SEP}\d+)+))"
_ITEM = r"(?:(?:aanhef\s+en\s+)?(?:onderdeel|sub|letter|onder)\s+(?P<item>[a-z]{1,2})(?![\w°]))"
_ONDERDEEL = r"(?:(?:onderdeel|onder)\s+(?P<ond>[A-Z]{1,3})(?![\w°]))"
_SUB = r"(?:(?:onder|subonderdeel|sub)\s+(?P<sub>\d+)\s*(?:°|e\b|\b))"

ART_RE = re.compile(rf"{_ART}\s*(?P<nums>{_NUM}(?:(?:{_RANGE}|{_SEP}){_NUM})*)", re.I)
NUM_RE = re.compile(_NUM, re.I)
BARE_LID_RE = re.compile(rf"(?<![\w-]){_LID}", re.I)
QUAL_RE = re.compile(rf"\s*,?\s*(?:{_LID}|{_LEDEN}|{_ONDERDEEL}|{_ITEM}|{_SUB})", re.I)
# a qualifier chain before "van artikel": "het tweede lid, onderdeel b, van artikel 12"
PRE_RE = re.compile(
    rf"(?P<chain>(?:(?:{_LID.replace('?P<', '?P<p')}|{_ONDERDEEL.replace('?P<', '?P<p')}|"
    rf"{_ITEM.replace('?P<', '?P<p')})(?:\s*,\s*|\s+van\s+(?:het\s+|de\s+)?)?)+)"
    rf"\s*,?\s*(?:van|uit|in)\s+(?:het\s+|de\s+)?(?:voorgestelde\s+|nieuwe\s+)?(?={_ART})",
    re.I,
)
ONDERDEEL_RE = re.compile(
    r"\b(?i:onderde(?:el|len))\s+(?P<onds>[A-Z]{1,3}(?:(?:\s*,\s*|\s+en\s+|\s+tot\s+en\s+met\s+)[A-Z]{1,3})*)"
    r"(?![\w°])(?:\s+(?i:van)\s+(?:het\s+)?(?:(?i:wetsvoorstel|voorstel)|(?=(?i:artikel|art\.))))?",
)
MVT_RE = re.compile(
    r"(?:(?P<loc>(?:paragraaf|par\.|§|hoofdstuk|h\.|pagina|pag\.|p\.|blz\.|bladzijde|pp\.)\s*"
    r"[\d.]+(?:\s*[-–]\s*\d+)?)\s*(?:,\s*)?(?:van|in|uit|op)?\s*(?:de\s+|het\s+)?)?"
    r"(?P<what>memorie\s+van\s+toelichting|\bm\.?v\.?t\.?(?!\w)|(?:artikelsgewijze\s+|algemene\s+)?toelichting\b)",
    re.I,
)
MVT_AFTER_RE = re.compile(
    r"\s*[,(]?\s*(?P<loc>(?:paragraaf|par\.|§|hoofdstuk|pagina|pag\.|p\.|blz\.|bladzijde)\s*[\d.]+)",
    re.I,
)
THIS_BILL_RE = re.compile(
    r"\s*,?\s*(?:van|uit|in)\s+(?:deze\s+wet|dit\s+(?:wets)?voorstel|het\s+(?:concept)?(?:wets)?voorstel"
    r"|de\s+(?:concept)?wijzigingswet|het\s+ontwerp)\b",
    re.I,
)
_LAW_NAMES = (
    r"Algemene\s+wet\s+bestuursrecht|Burgerlijk\s+Wetboek|Wetboek\s+van\s+[A-Z]\w+|"
    r"Wet\s+(?:op\s+(?:de|het)\s+)?[\w-]+(?:\s+\d{4})?|"
    r"[A-Z][\w-]*(?:wet|wetboek|besluit|verordening|regeling)\b(?:\s+(?:\d{4}|BES))?|"
    r"Besluit\s+[\w-]+(?:\s+\d{4})?|"
    r"Awb|BW|Wob|Woo|Gemw|AVG|EVRM|IVRK|IVESCR|Sr|Sv|Rv|Vw\s*2000|Wmo(?:\s*2015)?|Pw|Gw|Hw(?:\s*2014)?"
)
LAW_RE = re.compile(
    rf"\s*,?\s*(?:van\s+(?:de|het)\s+|uit\s+(?:de|het)\s+|der\s+|van\s+|\()?(?P<law>{_LAW_NAMES})(?![\w])"
)


@dataclass(frozen=True)
class Ref:
    """One reference as written: what it names, and in which law if it says so."""

    raw: str
    start: int
    end: int
    kind: str  # "artikel", "onderdeel" (of an amending article), "mvt"
    articles: tuple[str, ...] = ()
    lid: str = ""
    item: str = ""
    sub: str = ""
    onderdeel: str = ""
    law: str = ""  # a law named after the reference ("Grondwet", "Huisvestingswet 2014")
    this_bill: bool = False  # "van deze wet", "van het wetsvoorstel"
    proposed: bool = False  # "het voorgestelde / nieuwe artikel"
    detail: str = ""  # for the MvT: "paragraaf 4.2", "p. 12"
    context: str = ""  # a bare "het tweede lid": the article reference before it that it continues


def find_references(text: str) -> list[Ref]:
    """Return every reference in `text`, in order, without overlaps."""
    found: list[Ref] = []
    taken: list[tuple[int, int]] = []
    for finder in (_prefixed_articles, _articles, _onderdelen, _mvt):
        for ref in finder(text):
            if not any(ref.start < e and s < ref.end for s, e in taken):
                found.append(ref)
                taken.append((ref.start, ref.end))
    found.sort(key=lambda r: r.start)
    return sorted(found + _bare_leden(text, found), key=lambda r: r.start)


def _bare_leden(text: str, found: list[Ref]) -> list[Ref]:
    """A lid named without its article ("Artikel II ... Het tweede lid is te kort") continues
    the article reference just before it, if that names exactly one article."""
    if "lid" not in text.lower() or not found:
        return []
    refs = []
    for match in BARE_LID_RE.finditer(text):
        if any(r.start < match.end() and match.start() < r.end for r in found):
            continue
        before = [r for r in found if r.end <= match.start()]
        if not before or before[-1].kind != "artikel" or len(before[-1].articles) != 1:
            continue
        if LAW_RE.match(text, match.end()) or THIS_BILL_RE.match(text, match.end()):
            continue  # "het tweede lid van de Woningwet": some other article
        quals: dict[str, str] = {}
        _qualifier(match, quals)
        end = match.end()
        while (q := QUAL_RE.match(text, end)) and _qualifier(q, quals):
            end = q.end()
        article = before[-1]
        refs.append(
            Ref(text[match.start() : end], match.start(), end, "artikel", article.articles,
                quals.get("lid", ""), quals.get("item", ""), quals.get("sub", ""),
                quals.get("ond", ""), article.law, article.this_bill, article.proposed,
                context=article.raw)
        )  # fmt: skip
    return refs


def _articles(text: str, start: int = 0, end: int | None = None) -> list[Ref]:
    refs = []
    for match in ART_RE.finditer(text, start, len(text) if end is None else end):
        refs.append(_article_ref(text, match))
    return refs


def _article_ref(
    text: str, match: re.Match[str], pre: dict[str, str] | None = None, pre_start: int | None = None
) -> Ref:
    numbers = _numbers(match.group("nums"))
    pos = match.end()
    quals = dict(pre or {})
    while True:
        q = QUAL_RE.match(text, pos)
        if not q or not _qualifier(q, quals):
            break
        pos = q.end()
    law, this_bill = "", False
    bill_match = THIS_BILL_RE.match(text, pos)
    law_match = LAW_RE.match(text, pos)
    if bill_match:
        this_bill, pos = True, bill_match.end()
    elif law_match:
        law, pos = " ".join(law_match.group("law").split()), law_match.end()
    begin = match.start() if pre_start is None else pre_start
    before = text[max(0, begin - 20) : begin].lower()
    proposed = bool(re.search(r"(voorgestelde|nieuwe|voorgesteld|nieuw)\s*$", before)) or bool(
        pre_start is not None
        and re.search(r"voorgestelde|nieuwe", text[begin : match.start()], re.I)
    )
    return Ref(
        raw=text[begin:pos].strip(),
        start=begin,
        end=pos,
        kind="artikel",
        articles=numbers,
        lid=quals.get("lid", ""),
        item=quals.get("item", ""),
        sub=quals.get("sub", ""),
        onderdeel=quals.get("ond", ""),
        law=law,
        this_bill=this_bill,
        proposed=proposed,
    )


def _qualifier(q: re.Match[str], quals: dict[str, str]) -> bool:
    groups = {k: v for k, v in q.groupdict().items() if v}
    if not groups:
        return False
    if "lidord" in groups:
        quals.setdefault("lid", str(ids.ordinal_value(groups["lidord"])))
    for name in ("lidnum", "lidnth"):
        if name in groups:
            quals.setdefault("lid", groups[name])
    if "leden" in groups:
        quals.setdefault("lid", re.findall(r"\d+", groups["leden"])[0])
    if "ond" in groups and groups["ond"].islower():
        groups["item"] = groups.pop("ond")
    for name in ("ond", "item", "sub"):
        if name in groups:
            quals.setdefault(name, groups[name])
    return True


def _numbers(spec: str) -> tuple[str, ...]:
    tokens = [(m.group(0), m.start(), m.end()) for m in NUM_RE.finditer(spec)]
    out: list[str] = []
    for index, (token, _, end) in enumerate(tokens):
        out.append(token)
        if index + 1 < len(tokens):
            between = spec[end : tokens[index + 1][1]]
            if re.fullmatch(_RANGE, between, re.I):
                out.extend(_expand(token, tokens[index + 1][0]))
    return tuple(dict.fromkeys(out))


def _expand(first: str, last: str) -> list[str]:
    if first.isdigit() and last.isdigit() and 0 < int(last) - int(first) <= 50:
        return [str(n) for n in range(int(first) + 1, int(last))]
    x, y = re.fullmatch(r"(\d+)([a-z]?)", first), re.fullmatch(r"(\d+)([a-z])", last)
    if x and y and x.group(1) == y.group(1):
        low = ord(x.group(2)) if x.group(2) else ord("a") - 1
        return [f"{x.group(1)}{chr(c)}" for c in range(low + 1, ord(y.group(2)))]
    a, b = ids.roman_value(first.upper()), ids.roman_value(last.upper())
    if a and b and 0 < b - a <= 50:
        return [ids.roman(n) for n in range(a + 1, b)]
    return []


_PRE_HINT = re.compile(
    r"\b(?:lid|onderdeel|sub|letter|onder)\b[^.;]{0,80}?\b(?:van|uit|in)\b", re.I
)
_MVT_HINT = re.compile(r"toelichting|m\.?v\.?t", re.I)


def _prefixed_articles(text: str) -> list[Ref]:
    if not _PRE_HINT.search(text):
        return []
    refs = []
    for pre in PRE_RE.finditer(text):
        art = ART_RE.match(text, pre.end())
        if not art:
            continue
        quals: dict[str, str] = {}
        for q in QUAL_RE.finditer(
            pre.group("chain").replace(" van ", " , ").replace(" van het ", " , ")
        ):
            _qualifier(q, quals)
        refs.append(_article_ref(text, art, quals, pre.start()))
    return refs


def _onderdelen(text: str) -> list[Ref]:
    refs = []
    for match in ONDERDEEL_RE.finditer(text):
        letters = _letters(match.group("onds"))
        art = ART_RE.match(text, match.end())
        if art:
            ref = _article_ref(text, art, None, match.start())
            refs.append(
                _with(
                    ref,
                    kind="onderdeel",
                    onderdeel=letters[0],
                    articles=ref.articles,
                    extra=letters[1:],
                )
            )
        else:
            raw = match.group(0).strip()
            refs.append(
                Ref(raw, match.start(), match.end(), "onderdeel", (), onderdeel=",".join(letters))
            )
    return refs


def _with(ref: Ref, kind: str, onderdeel: str, articles: tuple[str, ...], extra: list[str]) -> Ref:
    return Ref(ref.raw, ref.start, ref.end, kind, articles, ref.lid, ref.item, ref.sub,
               onderdeel if not extra else ",".join([onderdeel, *extra]), ref.law, ref.this_bill,
               ref.proposed)  # fmt: skip


def _letters(spec: str) -> list[str]:
    letters = re.findall(r"[A-Z]{1,3}", spec)
    if "tot en met" in spec and len(letters) == 2 and len(letters[0]) == len(letters[1]) == 1:
        return [chr(c) for c in range(ord(letters[0]), ord(letters[1]) + 1)]
    return letters


def _mvt(text: str) -> list[Ref]:
    if not _MVT_HINT.search(text):
        return []
    refs = []
    for match in MVT_RE.finditer(text):
        detail = match.group("loc") or ""
        end = match.end()
        if not detail:
            after = MVT_AFTER_RE.match(text, end)
            if after:
                detail, end = after.group("loc"), after.end()
        refs.append(
            Ref(
                text[match.start() : end],
                match.start(),
                end,
                "mvt",
                detail=" ".join(detail.split()),
            )
        )
    return refs
