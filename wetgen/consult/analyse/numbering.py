"""How the resolver names and numbers: a target in words, the names a law goes by, and the
style of an article number (Roman, colon, dot or plain) and which laws it fits."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from wetgen import ids
from wetgen.consult.analyse.codes import BW_BOOKS, book_of, is_code
from wetgen.consult.analyse.context import Context, Target
from wetgen.consult.analyse.enablinglaw import is_instrument
from wetgen.consult.analyse.lawnames import normal
from wetgen.model import Lid

# an abbreviation made of a title's initials that is not a word: "Wfz", "Wtp", "Wvggz" (a
# consonant second; "Wet", "Wat" are words)
_INITIALS = re.compile(r"[A-Z][b-df-hj-np-tv-xz][a-z]{1,4}")
_CONNECTORS = frozenset("op de het van en inzake ter tot voor in der".split())


def target_words(target: Target, law: str = "") -> str:
    """Return a target in words: "Huisvestingswet 2014, artikel 12, tweede lid"."""
    parts = [law or target.law] if (law or target.law) else []
    if target.artikel:
        parts.append(f"artikel {target.artikel}")
    if target.onderdeel:
        parts.append(f"onderdeel {target.onderdeel}")
    if target.lid:
        parts.append(
            f"{ids.ordinal(int(target.lid))} lid" if target.lid.isdigit() else f"lid {target.lid}"
        )
    if target.item:
        parts.append(f"onderdeel {target.item}")
    if target.sub:
        parts.append(f"onder {target.sub}°")
    if target.within:
        parts.append(target.within)  # "hoofdstuk III, paragraaf 1"
    if target.division:
        parts.append(target.division)
    return ", ".join(parts)


def leden_named(instructions: tuple, artikel: str = "") -> dict[str, set[str]]:
    """Return article number → the leden an onderdeel's instructions name (in every place they
    act on, and in the numbered changes of a group), to choose between onderdelen that change
    the same article."""
    named: dict[str, set[str]] = {}
    for instruction in instructions:
        for place in instruction.places:
            number = place.artikel or artikel
            if number:
                leden = named.setdefault(number, set())
                leden.update(n for p in place.chain if p.unit == "lid" for n in p.numbers)
                leden.update(p.number for p in instruction.payload if isinstance(p, Lid))
        inner = leden_named(instruction.children, instruction.target.artikel or artikel)
        for number, leden in inner.items():
            named.setdefault(number, set()).update(leden)
    return named


def is_roman(number: str) -> bool:
    """Tell whether an article number is Roman ("II", "IA", "Ia", "XLII", and "0I", the article a nota
    inserts before ARTIKEL I, as "0A" is the onderdeel before A)."""
    number = number[1:] if number[:1] == "0" and number[1:2] in ("I", "i") else number
    return (
        bool(number)
        and not number[0].isdigit()
        and ids.roman_value(number.rstrip("ABCDEFGHabcdef").upper() or number) is not None
    )


def number_style(number: str) -> str:
    if ":" in number:
        return "colon"
    if "." in number:
        return "dot"
    if number[:1].isupper() and number[1:2].isdigit():
        return "lettered"  # the Kieswet's "H7"
    return "roman" if is_roman(number) else "plain"


_STYLES = Path(__file__).with_name("data") / "nummering.tsv"


@lru_cache(maxsize=1)
def _shipped_styles() -> dict[str, str]:
    rows = (line.split("\t") for line in _STYLES.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#"))  # fmt: skip
    return {normal(row[0]): row[1] for row in rows}


def law_styles(amended: list, law: str) -> set[str]:
    """Return the numbering styles of an amended law: those of the articles the bill changes in it
    (`amended`: the bill's amended laws, each with `law` and `by_article`) and the shipped list's."""
    numbers = [n for a in amended if a.law == law for n in a.by_article]
    return ({number_style(n) for n in numbers} | known_styles(law)) - {"roman"}


def known_styles(law: str) -> set[str]:
    """Return the numbering styles a law's articles have, as far as the shipped list
    (data/nummering.tsv) knows: {"colon"} for the Awb, {"dot"} for the Omgevingswet; a book of
    the Burgerlijk Wetboek takes colon numbers and its own plain ones; empty when unknown."""
    if is_code(law):
        return {"colon", "plain"}
    style = _shipped_styles().get(normal(law))
    return {style} if style else set()


def other_style_law(number: str, context: Context, styles: set[str]) -> str:
    """Return the law whose article a number is where it stands in the new words of a law whose articles the bill
    shows numbered otherwise (`styles`): for a colon number ("8:43" of the Awb), the law named last that numbers by
    chapter and colon, or that of the provision named last; for a plain one in a besluit numbered with dots
    throughout ("artikel 6" among articles 2.8 and 2.11), the wet it rests on; else ""."""
    style = number_style(number)
    if style not in ("colon", "plain") or not styles or style in styles or not context.law:
        return ""
    if style == "plain":  # (the aanhef's wet is kept where a point is read apart from its context: context.without_memory)
        wet = context.enabling
        return wet if styles == {"dot"} and wet != context.law and not is_instrument(wet) and known_styles(wet) <= {"plain"} else ""
    for law in (context.named_law, *(t.law for t in context.last), context.enabling):  # (the law the aanhef names)
        if law and law != context.law and (is_code(law) or "colon" in known_styles(law)):
            return law
    return ""


def numbered_like(law: str, number: str) -> bool:
    """Tell whether an article number has a style the law's articles have (true where the
    shipped list does not know the law): "4:17" is no article of the Gemeentewet."""
    styles = known_styles(law)
    return not styles or is_roman(number) or number_style(number) in styles


def in_chapter(numbers: str, context: Context) -> str:
    """Return the division numbers ("2, 3, 4") of "de paragrafen 2 tot en met 4 van dit
    hoofdstuk" as the law numbers them, with the chapter under discussion ("3.2, 3.3, 3.4"):
    the hoofdstuk named last, else the chapter of the article under discussion (3 of
    "3.1.1" or "3:4"), where the law numbers with dots or colons; else as written."""
    law = context.named_law or context.law
    if not known_styles(law) & {"dot", "colon"}:
        return numbers
    named = [t.division.split()[1] for t in context.divisions if t.division.startswith("hoofdstuk ")]
    article = context.article.artikel if context.article else ""
    chapter = named[-1] if named else re.split(r"[.:]", article)[0] if re.search(r"[.:]", article) else ""
    if not chapter.isdigit():
        return numbers
    return ", ".join(f"{chapter}.{n}" for n in numbers.split(", "))


def fits(law: str, number: str) -> bool:
    """Tell whether an article number can be of a law: a Burgerlijk Wetboek book takes its own
    colon numbers ("7:907" in Boek 7) and plain ones."""
    if is_code(law) and ":" in number:
        return book_of(law).lower() == number.split(":", 1)[0].lower()
    return not is_roman(number)


# the Kamer whose rules a name ends with: "Reglement van Orde van de Eerste Kamer der
# Staten-Generaal" is "het Reglement van Orde" (of the Eerste Kamer) to whoever amends it
_HOUSE = re.compile(r"\s+van\s+de\s+(?:Eerste|Tweede)\s+Kamer(?P<states>\s+der\s+Staten-Generaal)?$")


def law_names(citeertitel: str) -> tuple[str, ...]:
    """Return the ways a law may be named: full title, without its year, and its initials
    ("Awb"; "Wfz" in its own case)."""
    full = " ".join(citeertitel.split())
    no_year = re.sub(r"\s+\d{4}$", "", full)
    initials = "".join(w[0] for w in no_year.split() if w[0].isupper())
    names = {full.lower(), no_year.lower()}
    house = _HOUSE.search(no_year)
    if house:  # a Kamer's own rules: "het Reglement van Orde" in a text about amending them
        names.update({no_year[: house.start()].lower(), no_year[: house.start("states")].lower()})
    words = [w for w in no_year.split() if w.lower() not in _CONNECTORS]
    lowered = "".join(w[0] for w in words)
    if (
        len(words) >= 3
        and words[0][0].isupper()
        and _INITIALS.fullmatch(lowered[0] + lowered[1:].lower())
    ):
        names.add(lowered[0] + lowered[1:].lower())  # "Wet forensische zorg": "Wfz"
    if len(no_year.split()) == 1 and no_year.endswith("wet"):
        short = no_year[0] + "w"
        names.update({short.lower(), f"{short} {full[len(no_year) :].strip()}".strip().lower()})
    elif len(initials) >= 2:
        names.add(initials.lower())
    return tuple(sorted(names))


def is_named(law: str, names: tuple[str, ...]) -> bool:
    """Tell whether a law name is one of `names` (compared in lower case)."""
    key = normal(law)
    return key in names or any(key == n.lower() for n in names if not n.islower())


def law_in_style(number: str, styles: dict[str, set[str]], current: tuple[str, ...]) -> str:
    """Return the amended law (of `styles`: law → the numbering styles of its articles) that a
    bare article number belongs to: the only one whose numbering it has, else the first of the
    `current` laws (the law named last, that of the ARTIKEL under discussion) whose numbering it
    has; "" when none or several fit. A law whose numbering is unknown takes any number where it
    is the only law the bill amends."""
    style = number_style(number)
    fitting = [law for law, known in styles.items() if fits(law, number) and style in known]
    if not fitting and len(styles) == 1 and not next(iter(styles.values())):
        fitting = [law for law in styles if fits(law, number)]
    if len(fitting) == 1:
        return fitting[0]
    return next((law for law in current if law and law in fitting), "")


def bw_division(law: str, number: str, amended: list[str], citeertitel: str) -> bool:
    """Tell whether a division with a book-dotted number ("titel 7.4", "afdeling 7.4.6") that
    no law names with it is the Burgerlijk Wetboek's: the bill (its `citeertitel`, the laws it
    `amended`) is about the BW, and the law the context names, if any, is no code and numbers
    nothing with dots or colons (the Awb's "titel 4.1" stays the Awb's)."""
    book = number.split(".")[0]
    if "." not in number or book not in BW_BOOKS or is_code(law) or known_styles(law) & {"dot", "colon"}:
        return False
    return any(is_code(a) for a in amended) or "burgerlijk wetboek" in normal(citeertitel)


def nested(numbers: list[str], container: str, number: str) -> list[str]:
    """Return the numbers of divisions named with the chapter they are in ("titel 3 van
    hoofdstuk 6") as a law that numbers its divisions within its chapters writes them ("6.3"),
    as "titel 10 van Boek 5" is 5.10; other containers, and numbers already written with their
    chapter ("titel 6.3 van hoofdstuk 6"), keep theirs. A titel written with its book or chapter
    ("afdeling 3 van titel 7.10": 7.10.3, "afdeling 3 van titel 4.1" of the Awb: 4.1.3) gives its
    number likewise."""
    if not all(n.isdigit() for n in numbers):
        return numbers
    if container.lower() == "hoofdstuk" and number.isdigit() or container.lower() == "titel" and re.fullmatch(r"\d+\.\d+", number):
        return [f"{number}.{n}" for n in numbers]
    return numbers
