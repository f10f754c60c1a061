"""Another law cited in the text of the instrument's own article: "… persoonsgegevens als bedoeld
in artikel 46 van de Uitvoeringswet …" inside artikel 5.1. The article cited is named in passing;
the article whose text it stands in stays the one under discussion, so a bare "het eerste lid"
further on is that article's lid, as a statute's own text always means it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from wetgen.consult.analyse.context import OTHER_LAW, Context
from wetgen.model import Article


def in_own_text(context: Context, here: Article | None) -> bool:
    """Tell whether the text read is that of an own, non-amending article of the instrument
    (`here`, set by a heading above): "… als vervat in artikel I, onderdeel B, …" in its text
    cites the amending article in passing and does not open it ("deze wet" after it is still the
    bill)."""
    return bool(context.structural and here is not None and not here.is_amending and not context.mvt_text)


def cited_in_passing(context: Context, here: Article | None, resolutions: Sequence) -> bool:
    """Tell whether `resolutions` name only other laws' provisions, cited in the text of an
    own, non-amending article of the instrument (`here`, set by a heading above)."""
    if not in_own_text(context, here):
        return False
    return bool(resolutions) and all(r.place.scope == OTHER_LAW for r in resolutions)


# a sentence that changes a provision, wherever its verb stands: "b. later in werking treedt dan …,
# wordt artikel II, onderdeel Q, van die wet als volgt gewijzigd:" (a samenloop article)
_CHANGES = re.compile(r"\b(?:wordt|worden)\s+(?:[^.;:]*\s)?(?:als volgt gewijzigd|gewijzigd als volgt)\s*:")


def changes(segment: str) -> bool:
    """Tell whether a segment heads changes of a provision ("… wordt … als volgt gewijzigd:")."""
    return "gewijzigd" in segment and bool(_CHANGES.search(segment))
