"""Parts of a section, not of an article: "bij § 4.1.3.3 onder c", "paragraaf 2.1, onder b"
name a place in the document's own (or another document's) section, whose number the words
"onder c" follow; they are no onderdeel of the article under discussion."""

from __future__ import annotations

import re

_SECTION_BEFORE = re.compile(r"(?:§|\bparagraaf|\bpar\.)\s*\d+(?:\.\d+)*\.?\s*,?\s*$", re.I)


def after_section(text: str, start: int) -> bool:
    """Tell whether the words at `start` follow a section number ("§ 4.1.3.3 onder c")."""
    return bool(_SECTION_BEFORE.search(text, max(0, start - 30), start))
