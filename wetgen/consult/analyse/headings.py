"""A division named twice in headings: by its number alone and by its kind and number.

A commentary site or a document heads a unit with its number and title ("8.1.1 Bevoegdheid
(artt. 8:1-8:9)") and then with the unit's own heading ("Afdeling 8.1.1 Bevoegdheid"); the
number alone names the same division. A numbered heading without such a heading is the
document's own section ("2.1 Doel van het voorstel") and names nothing.
"""

from __future__ import annotations

import re

from wetgen.consult.analyse.points import Point
from wetgen.consult.analyse.refs import DIVISION, Ref

_NUMBERED_TITLE = re.compile(r"(?P<number>\d+(?:\.\d+[a-z]?)+)\s+(?=[A-Z])")


def numbered_title(heading: str) -> str:
    """Return the dotted number a heading starts with before its title ("8.1.1" of "8.1.1
    Bevoegdheid (artt. 8:1-8:9)"), or ""."""
    match = _NUMBERED_TITLE.match(heading)
    return match.group("number") if match else ""


def named_twice(point: Point, resolutions: list) -> list:
    """Return, for each heading of `point` that starts with a number which the heading itself
    or the next one names as a division ("Afdeling 8.1.1"), a copy of that division's
    resolution for the number alone."""
    out = []
    for index, (start, end) in enumerate(point.headings):
        number = numbered_title(point.text[start:end])
        if not number:
            continue
        title = point.text[start + len(number) : end].split("(")[0].strip().lower()
        stop = point.headings[min(index + 1, len(point.headings) - 1)][1]
        later = point.headings[index + 2 : index + 3]  # "3.1 Inleidende bepalingen", a chapter, "Afdeling 3.1 …"
        if later and title and title in point.text[later[0][0] : later[0][1]].lower():
            stop = later[0][1]
        same = [r for r in resolutions if start < r.ref.start < stop and r.place.division
                and r.place.division.partition(" ")[2] == number]  # fmt: skip
        if same:
            ref = Ref(number, start, start + len(number), DIVISION, detail=same[0].place.division)
            out.append(same[0]._replace(ref=ref))
    return out
