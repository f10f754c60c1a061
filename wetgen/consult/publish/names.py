"""Names of persons and street addresses in free text, found with deduce, for public outputs.

deduce (Dutch de-identification, PyPI `deduce`) knows Dutch first names, surnames, name
particles, initials, titles and street names; wetgen asks it only for persons and addresses.
Places on their own, dates, institutions and ages are left alone: a consultation report must
say "de gemeente Utrecht", "1 januari 2027" and "het Wilhelmina Kinderziekenhuis". A found name
is also left alone where it is part of an organisation or law name ("Wet Van Dam", "motie-Jetten",
"Van der Valk Advocaten", "Prins Bernhard Cultuurfonds"): organisations may be named.

deduce loads its lookup tables (about 70 MB) on first use, a few seconds; the first use after
installing builds them, one to two minutes (`deduce_prepared` tells the CLI to say so). Only
public outputs need it. The figures of this choice against the hand-written patterns are
in docs/consultation.md ("Privacy"), measured on tests/consult/privacy/labelled.txt.
"""

from __future__ import annotations

import gc
import importlib.util
import logging
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from wetgen.consult.errors import ConsultError

# deduce's annotators for persons and street addresses (its "names" and "locations" groups,
# less dates, ages, institutions, identifiers and contact data, which the patterns handle)
ENABLED = frozenset({
    "names", "prefix_with_initial", "prefix_with_interfix", "prefix_with_name",
    "interfix_with_name", "initial_with_name", "initial_interfix", "first_name_lookup",
    "surname_lookup", "person_annotation_converter", "name_context", "patient_name",
    "locations", "placename", "street_lookup", "street_pattern", "housenumber",
    "clean_street_tags", "remove_street_tags", "post_processing", "overlap_resolver",
    "merge_adjacent_annotations",
})  # fmt: skip
PERSON_TAGS = ("persoon", "patient")
# words in or right after a found name that make it part of an organisation or law name
_ORGANISATION_WORDS = (
    r"advocaten|notarissen|accountants|makelaars|partners|fonds|school|college|ziekenhuis"
    r"|kliniek|instituut|stichting|vereniging|groep|bv|nv|methode|regeling|arrest|norm"
)
# inside a name also "Wonen", "Huis" ("Groen Wonen"), which after one are mostly verbs or nouns
ORGANISATION = re.compile(rf"(?:{_ORGANISATION_WORDS}|wonen|woongroep|huis|huize)\b", re.I)
# before a found name: a word that makes it an organisation, a law or an office; "het" too
# ("het Rijk", "het Kadaster": a person's name takes no neuter article)
BEFORE_ORGANISATION = re.compile(
    r"(?:\b(?:het|wet|stichting|huize|hogeschool|universiteit|amendement|motie|prins|prinses|koning|koningin|fonds|vereniging"
    r"|school|arrest|zaak|kabinet|minister|staatssecretaris|commissie|rapport)\b\W{0,3}$)",
    re.I,
)
AFTER_ORGANISATION = re.compile(rf"^(?:-\w|\s+(?:{_ORGANISATION_WORDS})\b)", re.I)
# the words that open an organisation's name, where deduce ran a person's name into it
ORGANISATION_START = re.compile(
    r"(?:\bvan\s+)?\b(?:stichting|\w*vereniging|huize|hogeschool|universiteit|gemeente|provincie"
    r"|ministerie)\b",
    re.I,
)
# a sentence break inside what deduce took for one name: a full stop after a word of three
# letters or more (not after initials, "A.B.", or a title, "Mr."), ";", "!", "?", brackets
BREAK = re.compile(r"(?<=\w{3})[.!?](?:\s+|$)|[;()\[\]]")
# words deduce may take into a name that are the respondent's own words: greetings, titles
LEADING = re.compile(
    r"^(?:(?:mvg|mvrgr|groet(?:en|jes)?|beste|geachte|bel|mail|dank|de\s+heer|heer|mevrouw|mevr\.?"
    r"|dhr\.?|mw\.?|mr\.?|dr\.?|drs\.?|ir\.?|prof\.?|dokter|wethouder)\b\.?\s*)+",
    re.I,
)


class NameFinder:
    """Finds the persons and street addresses in a text (deduce, filtered for consultations)."""

    def __init__(self, model: Any = None) -> None:
        self._model = model

    @property
    def model(self) -> Any:
        """Return the deduce model, loaded on first use."""
        if self._model is None:
            self._model = load_deduce()
        return self._model

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Return the (start, end) spans of persons' names and street addresses in `text`."""
        if not any(c.isupper() for c in text):
            return []
        found: list[tuple[int, int]] = []
        for a in self.model.deidentify(text, enabled=ENABLED).annotations:
            if a.tag.startswith(PERSON_TAGS):
                # deduce may run one name into the next sentence or an organisation
                for start, end in _pieces(text, a.start_char, a.end_char):
                    span = _person(text, start, end)
                    found += [span] if span else []
            elif a.tag.startswith("locatie") and any(c.isdigit() for c in a.text):
                found.append((a.start_char, a.end_char))  # a street with a house number
        return sorted(found)


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return the parts of text[start:end] between sentence breaks, without outer spaces."""
    bounds = [start, *(i for m in BREAK.finditer(text, start, end) for i in m.span()), end]
    out = []
    for a, b in zip(bounds[::2], bounds[1::2], strict=True):
        piece = text[a:b]
        a += len(piece) - len(piece.lstrip())
        b -= len(piece) - len(piece.rstrip())
        if a < b:
            out.append((a, b))
    return out


def _person(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Return the span of a person's name found by deduce, without leading greetings or titles
    and without an organisation it runs into; None when it is part of an organisation or law
    name."""
    body = ORGANISATION_START.search(text, start, end)
    if body:
        end = start + len(text[start : body.start()].rstrip(" ,").removesuffix(" van").rstrip())
    found = text[start:end]
    if not found or ORGANISATION.search(found):
        return None
    if BEFORE_ORGANISATION.search(text[max(0, start - 30) : start]):
        return None
    if AFTER_ORGANISATION.match(text[end : end + 30]):
        return None
    lead = LEADING.match(found)
    if lead:
        start += lead.end()
    return (start, end) if start < end and any(c.isupper() for c in text[start:end]) else None


def deduce_prepared() -> bool:
    """Tell whether deduce's lookup tables are built: the first load after installing builds
    them, which takes one to two minutes (True when deduce is absent or laid out otherwise)."""
    spec = importlib.util.find_spec("deduce")
    if spec is None or not spec.origin:
        return True
    lookup = Path(spec.origin).parent / "data" / "lookup"
    return not lookup.is_dir() or (lookup / "cache" / "lookup_structs.pickle").is_file()


@lru_cache(maxsize=1)
def load_deduce() -> Any:
    """Return a deduce model (loaded once per process); raise ConsultError without deduce."""
    # deduce configures the root logger on import (DEBUG, to standard output), which would print
    # every library's debug lines into the user's terminal and pipes: put it back as it was
    # (restored before the model is made: on a new install making it logs "Please wait 1-2
    # minutes" at INFO, which went to standard output, into a command's JSON or CSV)
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        import deduce
    except ImportError:
        raise ConsultError(
            "public outputs redact names and addresses with deduce, which is not installed: "
            "pip install 'wetgen[consult]'"
        ) from None
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)
    paused = gc.isenabled()
    try:
        # unpickling deduce's lookup tables makes millions of objects; collector passes triple the time
        gc.disable()
        model = deduce.Deduce()
        # and they live as long as the process: keep later collector passes from walking them
        # (every full pass took about 80 ms, and a report makes dozens)
        gc.freeze()
        return model
    finally:
        if paused:
            gc.enable()
        # (logging.info with no handler left installs one on the root logger)
        root.handlers[:] = handlers
        root.setLevel(level)
