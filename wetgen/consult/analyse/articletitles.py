"""An article's own title on the line below its heading ("Artikel 6" / "Vertrouwensinspecteurs"), as a law's
consolidated text and its copies print it: part of the article's heading, no new subject."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wetgen.model import Article

_ARTICLE_HEADING = re.compile(r"\s*(?:Artikel|ARTIKEL|Art\.)\s+[0-9IVXLC][\w.:]*\.?\s*")


def titles_article(previous: str, heading: str, named: bool, here: Article | None) -> bool:
    """Tell whether `heading`, which names no provision (`named` False), is the title of the own, non-amending article
    `here` whose heading `previous` is, the line above it: the article stays the one under discussion. (An amending
    ARTIKEL's caption, "Wijziging van de Wegenverkeerswet 1994", names the law its onderdelen change: read.)"""
    return not named and here is not None and not here.is_amending and bool(heading.strip()) and bool(_ARTICLE_HEADING.fullmatch(previous))
