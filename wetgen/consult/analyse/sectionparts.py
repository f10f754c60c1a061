"""Parts of a section, not of an article: "bij § 4.1.3.3 onder c", "paragraaf 2.1, onder b"
name a place in the document's own (or another document's) section, whose number the words
"onder c" follow; they are no onderdeel of the article under discussion. Nor are the onderdelen of an amendement or
nota that a subamendement or later nota changes ("In het amendement van het lid X (stuk nr. 23) wordt na onderdeel V
…")."""

from __future__ import annotations

import re

from wetgen.consult.analyse.grammar import ORDINALS

_SECTION_BEFORE = re.compile(r"(?:§|\bparagraaf|\bpar\.)\s*\d+(?:\.\d+)*\.?\s*,?\s*$", re.I)


def after_section(text: str, start: int) -> bool:
    """Tell whether the words at `start` follow a section number ("§ 4.1.3.3 onder c")."""
    return bool(_SECTION_BEFORE.search(text, max(0, start - 30), start))


# the document an instruction changes, when it is another amendement or nota: "In het amendement van het lid X (stuk
# nr. 23) wordt na", "In de nota van wijziging (stuk nr. 8) wordt"
_OTHER_DOCUMENT_CHANGED = re.compile(
    rf"\bIn\s+(?:(?:het|de)\s+)?(?:(?:gewijzigde|nader\s+gewijzigde|{ORDINALS})\s+)?(?:sub)?(?:amendement|nota\s+van\s+wijziging)\b(?:[^.;:«»]|(?<=\bnr)\.|(?<=\bnrs)\.){{0,160}}?"
    r"\b(?:wordt|worden)\s+(?:(?:na|vóór|voor|in|aan)\s+)?(?:de\s+|het\s+)?$",
    re.I,
)


def in_changed_document(text: str, start: int) -> bool:
    """Tell whether an onderdeel at `start` is one of the amendement or nota its sentence changes."""
    return bool(_OTHER_DOCUMENT_CHANGED.search(text, max(0, start - 220), start))
