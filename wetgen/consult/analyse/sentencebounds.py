"""Where the sentence around a place in a text starts and ends, as the readers of references need it:
roughly, at ". " or a line break (a law's "art. 5" and "1.2" have no space after their dot)."""

from __future__ import annotations

import re

SENTENCE_BREAK = re.compile(r"[.;!?](?:\s|$)")  # a sentence's or clause's end, as the readers of laws count it


def sentence_start(text: str, at: int) -> int:
    """Return where the sentence that `at` stands in starts."""
    return max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1


def sentence_end(text: str, at: int) -> int:
    """Return where the sentence that `at` stands in ends (its full stop or line break)."""
    return min((i for i in (text.find(". ", at), text.find("\n", at)) if i >= 0), default=len(text))
