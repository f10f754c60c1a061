"""Links to a provision on wetten.overheid.nl that people paste into a response: the Juriconnect
form ("https://wetten.overheid.nl/jci1.3:c:BWBR0035303&artikel=12&lid=2") and the page form
("https://wetten.overheid.nl/BWBR0035303/2024-01-01#Hoofdstuk4_Artikel12"). The BWB id names the
law, unambiguously; a link to a law as a whole names no provision and is not read."""

from __future__ import annotations

import re
from typing import NamedTuple

_JCI = re.compile(r"wetten\.overheid\.nl/jci1\.\d+:c:(?P<bwb>BWB[RV]\d{7})(?P<keys>(?:&[a-z]+=[\w.:-]+)+)", re.I)
_PAGE = re.compile(
    r"wetten\.overheid\.nl/(?P<bwb>BWB[RV]\d{7})(?:/\d{4}-\d{2}-\d{2}(?:/\d+)?)?[#/][\w.:/-]{0,200}?"
    r"(?<=[#/_])Artikel(?P<artikel>\d+[a-z]*(?:[:.]\d+[a-z]*)*)(?:[_/]Lid(?P<lid>\d+))?",
    re.I,
)
_KEY = re.compile(r"&(?P<key>[a-z]+)=(?P<value>[\w.:-]+)", re.I)
_URL_START = re.compile(r"(?:https?://)?(?:www\.)?$", re.I)


class Link(NamedTuple):
    """A link to one provision: where it stands, the BWB id, the article and the lid."""

    start: int
    end: int
    bwb: str
    artikel: str
    lid: str = ""


def provision_links(text: str) -> list[Link]:
    """Return the links to a provision on wetten.overheid.nl in a text, in order."""
    if "wetten.overheid.nl" not in text:
        return []
    found = []
    for match in _JCI.finditer(text):
        keys = {k.group("key").lower(): k.group("value") for k in _KEY.finditer(match.group("keys"))}
        if keys.get("artikel"):
            found.append(Link(_start(text, match.start()), match.end(), match.group("bwb").upper(),
                              keys["artikel"], keys.get("lid", "")))  # fmt: skip
    for match in _PAGE.finditer(text):
        if not any(link.start <= match.start() < link.end for link in found):
            found.append(Link(_start(text, match.start()), match.end(), match.group("bwb").upper(),
                              match.group("artikel"), match.group("lid") or ""))  # fmt: skip
    return sorted(found)


def _start(text: str, at: int) -> int:
    """Return where the link's address starts ("https://www." before the host)."""
    scheme = _URL_START.search(text, max(0, at - 12), at)
    return scheme.start() if scheme else at
