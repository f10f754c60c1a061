"""Find a unit of the bill itself from a structural target: an article, the onderdeel of an
amending article, or a lid, onderdeel and subonderdeel of an article of its own."""

from __future__ import annotations

import re

from wetgen import address
from wetgen.address import Address
from wetgen.consult.analyse.context import Target
from wetgen.consult.analyse.grammar import REPEATED_CAPITALS
from wetgen.consult.analyse.insertedletters import next_letters
from wetgen.consult.analyse.numbering import is_roman
from wetgen.model import Article, Bill, Item, Lid, iter_articles, iter_divisions

_ONDERDEEL = re.compile(rf"\d?[A-Z]{{1,2}}[a-z]?|[a-z][A-Z]|[A-Z]\.?\d+|{REPEATED_CAPITALS}")


def onderdeel_like(letter: str) -> bool:
    """Tell whether a letter names an onderdeel of an amending article ("B", "Aa", "aA", "0A", "CCC"),
    not a list onderdeel ("b")."""
    return bool(_ONDERDEEL.fullmatch(letter))


def own_onderdeel(articles: dict[str, Article], number: str, lid: str, item: str, named: bool) -> bool:
    """Tell whether "artikel 7.4, onderdeel B" names an onderdeel of the bill's own amending article 7.4, though the law
    it amends may have an article 7.4: a capital onderdeel, no lid and no law named (a law's onderdelen are small). A Roman
    one is left to romanarticles.py: the bill may amend a bill numbered alike ("artikel I, onderdeel A" of die wet)."""
    article = None if is_roman(number) else articles.get(number.upper())
    return not (named or lid) and article is not None and article.is_amending and onderdeel_like(item) and item[:1].isupper()


def bill_unit(article: Article, target: Target, own: Address | None = None) -> tuple[str, Target, str]:
    """Return the eId of the deepest unit of `article` (at `own`, its address in the bill) that the
    target names, the target as the bill numbers it, and what the bill does not have ("" when it has all)."""
    own = own or address.article(address.BILL, article)
    found = Target(target.scope, "", article.number)
    if article.is_amending:
        letter = target.onderdeel or (target.item if onderdeel_like(target.item) else "")
        if not letter and target.item and not target.lid and _lettered(article, target.item):
            letter = target.item  # "artikel I onder h": older texts write onderdeel H in lower case
        if not letter:  # "Artikel I, tweede lid": the numbered step of an article without onderdelen
            return own.eid, found._replace(lid=target.lid), f"lid {target.lid}" if target.lid else ""
        for onderdeel in article.onderdelen:
            if onderdeel.number.lower() == letter.lower():
                return (
                    address.onderdeel(own, onderdeel).eid,
                    found._replace(onderdeel=onderdeel.number),
                    "",
                )
        return own.eid, found._replace(onderdeel=letter), f"onderdeel {letter}"
    return _descend(article, own, target, found)


def _lettered(article: Article, item: str) -> bool:
    return any(o.number.lower() == item.lower() and o.number != item for o in article.onderdelen)


def _descend(
    article: Article, place: Address, target: Target, found: Target
) -> tuple[str, Target, str]:
    items: tuple[Item, ...] = article.items
    if target.lid:
        lid = _find(article.leden, target.lid)
        if lid is None:
            # a lid the draft does not hold: the target still names what the text names in it
            return place.eid, found._replace(lid=target.lid, item=target.item, sub=target.sub), f"lid {target.lid}"
        place, items, found = address.lid(place, lid), lid.items, found._replace(lid=lid.number)
    letter = target.item or target.onderdeel.lower()
    if letter:
        item = _find(items, letter)
        if item is None:
            return place.eid, found._replace(item=letter, sub=target.sub), f"onderdeel {letter}"
        place, found = address.item(place, item), found._replace(item=item.number)
        if target.sub:
            sub = _find(item.items, target.sub)
            if sub is None:
                return place.eid, found._replace(sub=target.sub), f"onder {target.sub}°"
            place, found = address.item(place, sub, 2), found._replace(sub=sub.number)
    return place.eid, found, ""


def _find(units: tuple[Lid, ...] | tuple[Item, ...], number: str) -> Lid | Item | None:
    wanted = number.lower().rstrip(".°")
    for unit in units:
        if unit.number.lower().rstrip(".°") == wanted:
            return unit
    return None


def division_articles(bill: Bill) -> dict[tuple[str, str], tuple[str, ...]]:
    """Return (kind, NUMBER) → the eIds of the articles of each division of the bill itself
    ("hoofdstuk", "IV"): a reference to the division lands on them."""
    eids = {id(a): own.eid for own, a in address.placed_articles(bill)}
    return {(d.kind, d.number.upper()): tuple(eids[id(a)] for a in iter_articles(d.children))
            for d in iter_divisions(bill.body)}  # fmt: skip


def inserted_onderdeel(article: Article, letter: str, continuing: bool = False, after: str = "") -> bool:
    """Tell whether a letter names an onderdeel that an amendment inserts beside one the article
    has: the letter with small letters added ("Aa" after A, "AKa" after AK, "ABb" after ABa), a
    capital added ("AA", "BA" after B), a small letter before it ("aA" before A), or, where an
    instruction above announced it (`continuing`), noughts before it ("0A") or the letter after the
    article's last ("E" after D, "AA" after Z) or after the one added just before (`after`)."""
    if article is None or not article.is_amending or len(letter) < 2 and not continuing:
        return False
    own = [o.number for o in article.onderdelen]
    base = letter.rstrip("abcdefghijklmnopqrstuvwxyz")
    if base != letter and base[:1].isupper() and base in own:
        return True
    if letter[0].islower() and letter[1:] in own or continuing and letter.lstrip("0") != letter and letter.lstrip("0") in own:
        return True
    if len(letter) == 2 and letter.isupper() and letter[0] in own and not (set(letter) <= set("IVX")):
        return True  # "AA" or "BA" after B; "IV" or "XI" is an amendment's own numeral
    follows = [x for x in (own[-1] if own else "", after) if x.isupper()]
    return continuing and any(next_letters(x, 1) == (letter,) for x in follows)


def titled_division(bill: Bill, kind: str, number: str, after: str) -> bool:
    """Tell whether the words after a division's number (`after`: ". Toegang …") begin with the
    opschrift of the bill's own division of that number ("Hoofdstuk 2. Toegang" of a verordening
    whose hoofdstuk 2 is called so): the reference is to that division, not another law's."""
    words = " ".join(after.lstrip(" .:–-").split()).casefold()
    return bool(words) and any(
        d.kind == kind and d.number.upper() == number.upper() and d.opschrift.strip()
        and words.startswith(" ".join(d.opschrift.split()).casefold())
        for d in iter_divisions(bill.body))  # fmt: skip


def chapter_article(divisions: dict, placed: list[tuple[Address, Article]], chapter: str) -> Article | None:
    """Return the one amending article in the bill's hoofdstuk `chapter` (`placed`: the bill's articles
    with their addresses), as the Omgevingswet's invoerings- and aanvullingswetten hold one per hoofdstuk
    ("Hoofdstuk 1, onderdeel A" is artikel 1.1, onderdeel A); None where it holds none or several."""
    eids = set(divisions.get(("hoofdstuk", chapter.upper()), ()))
    own = [a for place, a in placed if a.is_amending and place.eid in eids]
    return own[0] if len(own) == 1 else None
