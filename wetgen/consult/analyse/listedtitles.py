"""A law named by its title inside a list of articles, each with its law, as an aanhef writes it
("Gelet op artikel 34, derde lid, van de Huisvestingswet, 9, zevende lid, van de Wet rechtsbijstand
aan on- en minvermogenden, 7a, tweede lid, van de Algemene Bijstandswet"): an old title may hold a
word that ends a title read by its shape in prose ("aan", "bij", "om"); where the words after it
are lower-case words up to the list's next article, they are the rest of the title. So are a few
lower-case words after such a word up to a year that closes the title ("Wet verlenging
loondoorbetalingsverplichting bij ziekte 2003")."""

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


# "bij ziekte 2003": a word of a title that a title by shape stops at, then lower-case words up to the year that ends it
_TO_YEAR = re.compile(r"(?:bij|aan|om|ten|te)\s+(?P<words>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,3})\s+(?:19|20)\d\d(?![\w-])")
# words that put a date or year after a law's name in prose ("… bij brief van 3 mei 2003"), not in its title
_DATING = frozenset("van in per sinds vanaf tot uit na voor op tussen januari februari maart april mei juni juli augustus "
                    "september oktober november december".split())


def title_year_end(text: str, pos: int, stops: frozenset[str]) -> int:
    """Return where a title read by its shape goes on to when it stopped at `pos` (a word of `stops`
    that a title may hold): to the year a few lower-case words on, none of them a word of `stops` or one
    that dates the prose; 0 where it does not."""
    run = _TO_YEAR.match(text, pos)
    if not run or any(word in stops or word in _DATING for word in run.group("words").split()):
        return 0
    return run.end()
