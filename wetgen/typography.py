"""Typographic quotation marks, as the Staatsblad and the Kamerstukken print them.

A drafter types straight quotes ("…", '…', auto's); the printed documents have “…”, ‘…’ and the
apostrophe ’. Which mark a straight quote becomes depends only on what stands before it: at
the start or after a space or an opening bracket it opens, elsewhere it closes (an apostrophe
inside a word, or eliding letters at its start ('s-Gravenhage), is the mark ’).
"""

from __future__ import annotations

import re

_DOUBLE_OPENING = re.compile(r'(^|[\s(\[{\u2018“‘/–—-])"')
_SINGLE_OPENING = re.compile(r"(^|[\s(\[{“/–—-])'")
# An elision at a word's start is an apostrophe, not an opening quote: 's-Gravenhage, 't, 'n.
_ELISION = re.compile(r"(^|\s)'(?=(?:s|t|n|k)\b)")


def typographic(text: str, before: str = "") -> str:
    """Return `text` with straight quotes and apostrophes made typographic (“…”, ‘…’, ’);
    `before` is the text that precedes it in the same paragraph (a run of other formatting)."""
    if '"' not in text and "'" not in text:
        return text  # the common case, kept cheap: every paragraph of a bill passes here
    if before:
        return typographic(before[-1] + text)[1:]
    text = _DOUBLE_OPENING.sub("\\1“", text).replace('"', "”")
    text = _ELISION.sub("\\1’", text)
    return _SINGLE_OPENING.sub("\\1‘", text).replace("'", "’")
