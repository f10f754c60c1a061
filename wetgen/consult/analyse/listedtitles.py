"""A law named by its title inside a list of articles, each with its law, as an aanhef writes it
("Gelet op artikel 34, derde lid, van de Huisvestingswet, 9, zevende lid, van de Wet rechtsbijstand
aan on- en minvermogenden, 7a, tweede lid, van de Algemene Bijstandswet"): an old title may hold a
word that ends a title read by its shape in prose ("aan", "bij", "om"); where the words after it
are lower-case words up to the list's next article, they are the rest of the title."""

from __future__ import annotations

import re

# lower-case words (no verb: the caller checks) up to ", 7a, …" or " en 102 van": the list's next article
_RUN = re.compile(
    r"(?P<words>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,5})"
    r"(?=\s*,\s*\d{1,4}[a-z]{0,2}\s*,|\s+en\s+\d{1,4}[a-z]{0,2}\s+van\b)"
)


def title_run_end(text: str, pos: int, stops: frozenset[str]) -> int:
    """Return where a title read by its shape goes on to when it stopped at `pos` (a word of
    `stops`) inside a list of articles each with its law: the end of the lower-case words up to
    the list's next article, none of them but the first a word of `stops`; 0 where it does not."""
    run = _RUN.match(text, pos)
    if not run or any(word in stops for word in run.group("words").split()[1:]):
        return 0
    return run.end("words")
