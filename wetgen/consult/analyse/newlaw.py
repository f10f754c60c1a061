"""Units the draft does not list: "afdeling 4.1" of a bill that enacts a new law (the Energiewet,
whose articles 4.7 and 4.11 show a hoofdstuk 4), a division of the amended law under the
onderdeel being changed ("Het opschrift van titel XII … komt te luiden" below onderdeel A), and
the articles an onderdeel changes where its draft does not name them."""

from __future__ import annotations

import re
from collections.abc import Callable

from wetgen import address
from wetgen.address import Address
from wetgen.consult.analyse.billnames import amended_name
from wetgen.consult.analyse.context import Context, Target
from wetgen.consult.analyse.lawnames import same_law
from wetgen.model import Article
from wetgen.outline import touched_articles

_DOTTED = re.compile(r"(\d+)\.\d+[a-z]?")


def own_division(kind: str, number: str, article_numbers: list[str], named_law: bool, own_text: bool = False) -> bool:
    """Tell whether a division named without a law ("afdeling 4.1", "titel 2.3") is one of a
    bill that amends no law: numbered within a hoofdstuk that the bill's own article numbers
    show ("4.7"), and no law named with it or before it. In the bill's own text (`own_text`: an
    article of its own, "In hoofdstuk 2 wordt verstaan onder"), any division named without a law
    is its own, as a law names another law's divisions with that law."""
    found = _DOTTED.fullmatch(number)
    if own_text and not named_law:
        return True
    if named_law or kind not in ("afdeling", "titel") or not found:
        return False
    return any(n.split(".")[0] == found.group(1) and "." in n for n in article_numbers)


def open_onderdeel(articles: dict, by_eid: dict, target: Target, context: Context, place_of: Callable[[Article], Address]) -> tuple[str, ...]:
    """Return the onderdeel under discussion where it amends the law of a division named below
    it ("Het opschrift van titel XII … komt te luiden" below onderdeel A); before any article of the bill (its
    considerans) and outside the memorie, the onderdelen whose changes name that division ("Titel IVb komt te luiden" of
    onderdeel D, for "Titel IVb van de Wet op de kansspelen" in the considerans); else nothing."""
    here = articles.get(context.bill_article.upper()) if context.bill_article and context.onderdeel else None
    if here is None:
        return _changing_division(articles, target, place_of) if not (context.bill_article or context.mvt_text) else ()
    if not here.amends or not same_law(target.law, amended_name(here.amends)):
        return ()
    eid = address.step(place_of(here), address.ONDERDEEL, context.onderdeel).eid
    return (eid,) if eid in by_eid else ()


def _changing_division(articles: dict, target: Target, place_of: Callable[[Article], Address]) -> tuple[str, ...]:
    """Return the onderdelen of the articles amending the target's law whose changes name its division."""
    kind, _, number = target.division.partition(" ")
    found = []
    for article in articles.values():
        if article.amends and same_law(target.law, amended_name(article.amends)):
            found += [address.onderdeel(place_of(article), o).eid for o in article.onderdelen
                      if any(i.target.number(kind).lower() == number.lower() for i in o.instructions)]
    return tuple(found)


def unnamed_onderdeel(articles: dict, target: Target, context: Context, place_of: Callable[[Article], Address]) -> tuple[str, ...]:
    """Return the onderdeel under discussion for an article of its law that no onderdeel of the
    draft names, where the draft names nothing this onderdeel changes (only its words): "In de
    artikelen 8 en 9 wordt …" below it names what it changes. Else nothing."""
    # the onderdeel a heading opened, or one the text names as the unit it changes ("In artikel I,
    # onderdeel B, vervalt in artikel 9 …" of an amendement), not one a new onderdeel is put before
    named = context.structural or not context.announced
    here = articles.get(context.bill_article.upper()) if context.onderdeel and named else None
    if here is None or not here.amends or not same_law(target.law, amended_name(here.amends)):
        return ()
    onderdeel = next((o for o in here.onderdelen if o.number == context.onderdeel), None)
    # (one that names what it changes holds also an article no onderdeel names where an instruction, not a heading or a
    # memorie's words, opened it: "Artikel I, onderdeel C, wordt als volgt gewijzigd: … b. In artikel 5a …" says C changes 5a too)
    touched = touched_articles(onderdeel) if onderdeel is not None else ()
    # an article the instruction names with one this onderdeel changes ("De artikelen 29a, 30, 31 en 32 komen te luiden:" where
    # the draft names 29a): the heading "Artikel 30" in its new text is changed by it too
    listed = {t.artikel for t in context.last_many if same_law(t.law, target.law)}
    together = target.artikel in listed and bool(listed.intersection(touched))
    if onderdeel is None or touched and (context.structural or context.mvt_text or context.answer_text) and not together:
        return ()
    return (address.onderdeel(place_of(here), onderdeel).eid,)


def changed_together(resolutions: list, context: Context) -> list:  # noqa: ANN001 - resolve.Resolution
    """Return the articles of one reference ("De artikelen 38r tot en met 38bb vervallen" below onderdeel C) as all
    changed by the onderdeel under discussion where it changes one of them and the draft names no other for the rest (a
    draft lists the first article an onderdeel changes, not each of a range)."""
    if not (context.bill_article and context.onderdeel) or len(resolutions) < 2:
        return resolutions
    own = f"art_{context.bill_article}__point_{context.onderdeel}"  # (the eId's end: address.onderdeel)
    changed = next((r for r in resolutions if r.status == "amended" and len(r.nodes) == 1 and r.nodes[0].endswith(own)), None)
    if changed is None:
        return resolutions
    return [r._replace(status="amended", nodes=changed.nodes, reason="") if r.status == "untouched" and r.place.law == changed.place.law else r
            for r in resolutions]  # fmt: skip
