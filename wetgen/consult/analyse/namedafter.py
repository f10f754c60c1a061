"""The articles "deze artikelen" names by a list after it in the same sentence, in brackets or
after a colon ("… tot deze artikelen (de artikelen 613, 614 en 678 …)")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from wetgen.consult.analyse.context import Context
from wetgen.consult.analyse.reading import Reading
from wetgen.consult.analyse.refs import ANAPHOR, ARTICLE

if TYPE_CHECKING:
    from wetgen.consult.analyse.resolve import BillIndex

_OPENS_LIST = re.compile(r"[^.;!?()]{0,40}(?:\(|:)[^.;!?()]{0,60}", re.S)  # "… vastgesteld (Advies inzake de "


def named_after(
    index: BillIndex, text: str, start: int, reading: Reading, number: int, context: Context, inside: bool
) -> list:
    """Return the resolutions (through `index`) of the anaphor `reading.refs[number]`
    that a list of articles after it names; [] when none does."""
    ref = reading.refs[number]
    if ref.kind != ANAPHOR or ref.anaphor != "die" or number + 1 >= len(reading.refs):
        return []
    after = reading.refs[number + 1]
    gap = text[start + ref.end : start + after.start]
    if after.kind != ARTICLE or len(after.articles) < 2 or not _OPENS_LIST.fullmatch(gap):
        return []
    shifted = ref._replace(start=ref.start + start, end=ref.end + start)
    listed = index.resolve(after._replace(start=after.start + start, end=after.end + start), context, inside)
    return [index.place(shifted, r.place, context) for r in listed if r.place.artikel]
