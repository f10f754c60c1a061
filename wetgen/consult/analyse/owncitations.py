"""Another law cited in the text of the instrument's own article: "… persoonsgegevens als bedoeld
in artikel 46 van de Uitvoeringswet …" inside artikel 5.1. The article cited is named in passing;
the article whose text it stands in stays the one under discussion, so a bare "het eerste lid"
further on is that article's lid, as a statute's own text always means it."""

from __future__ import annotations

from collections.abc import Sequence

from wetgen.consult.analyse.context import OTHER_LAW, Context
from wetgen.model import Article


def cited_in_passing(context: Context, here: Article | None, resolutions: Sequence) -> bool:
    """Tell whether `resolutions` name only other laws' provisions, cited in the text of an
    own, non-amending article of the instrument (`here`, set by a heading above)."""
    if not (context.structural and here is not None and not here.is_amending and not context.mvt_text):
        return False
    return bool(resolutions) and all(r.place.scope == OTHER_LAW for r in resolutions)
