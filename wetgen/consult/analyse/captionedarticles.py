"""The bill's own articles named with the law each amends, as an MvT's headings and a table of
contents list them: "ARTIKEL II WONINGWET", "Artikel 1.1 (Omgevingswet)", and several under one
caption of their laws ("Artikelen 1.4 en 1.5 (Natuurbeschermingswet 1998 en Planwet verkeer en
vervoer)"), where the reference reads only the first law of the caption: each article of such a
list is the bill's when the caption's law is the one an article of the list amends; and so is an
article an amendment inserts, headed with its law ("ARTIKEL IA (WIJZIGING WET LUCHTVAART)")."""

from __future__ import annotations

from wetgen.consult.analyse.billnames import amended_name
from wetgen.consult.analyse.insertedarticles import extended_article
from wetgen.consult.analyse.lawnames import same_law
from wetgen.consult.analyse.numbering import is_roman
from wetgen.model import Article


def captioned_own(ref, number: str, law: str, articles: dict[str, Article]) -> bool:
    """Tell whether article `number` that `ref` names with `law` is the bill's own article that
    amends that law (or one of a captioned list of them), not that law's article."""
    own = articles.get(number.upper())
    if own is None and "(" in ref.raw:  # "ARTIKEL IA (WIJZIGING WET LUCHTVAART)" that an amendment inserts
        return bool(extended_article(number, articles, True))
    if own is None or own.amends is None or ref.of_law:
        return False
    if same_law(law, amended_name(own.amends)):
        return is_roman(number) or "(" in ref.raw
    return "(" in ref.raw and len(ref.parts) > 1 and any(
        (other := articles.get(part.artikel.upper())) is not None and other.amends is not None
        and same_law(law, amended_name(other.amends)) for part in ref.parts)  # fmt: skip
