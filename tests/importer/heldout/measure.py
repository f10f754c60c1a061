"""Score `wetgen import` on the held-out real acts (labels.json): for each labelled article of
the act, whether the import finds it, reads the law it amends, its onderdelen and the number of
its wijzigingsopdrachten (an opening line counted, as the labels count it).

    python tests/importer/heldout/measure.py [-v]
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

if __package__ in (None, ""):  # run as a script: the repository root on the path
    sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from wetgen.importer import ImportRefused, import_bill
from wetgen.importer.structure.sentences import DATABASE_NOTE
from wetgen.model import AmendingOnderdeel, Article, Instruction, iter_articles

HERE = Path(__file__).resolve().parent
LABELS = {k: v for k, v in json.loads((HERE / "labels.json").read_text(encoding="utf-8")).items() if not k.startswith("_")}


def read(article: Article) -> tuple[str, list[str], int]:
    """Return what the import read of an article: its law, onderdelen and changes counted."""
    law = article.amends.citeertitel if article.amends else ""
    changes = sum(_count(o.instructions) for o in article.onderdelen)
    notes = [i for o in article.onderdelen for i in o.instructions if DATABASE_NOTE.fullmatch(i.free_text)]
    if notes and changes == 1:  # a database's "[Wijzigt de Wet X.]": the changes are not in the copy
        return law, [], 0
    if article.amends and (len(article.onderdelen) > 1 or article.intro or article.standard_intro):
        changes += 1  # "De Wet X wordt als volgt gewijzigd:"
    return law, [o.number for o in article.onderdelen], changes


def _count(instructions: tuple[Instruction, ...]) -> int:
    return sum(1 + _count(i.children) for i in instructions)


def _law(name: str) -> str:
    return re.sub(r"^(?:de|het)\s+", "", name.strip(), flags=re.I).casefold()


def score(name: str, labels: dict, lines: list[str] | None = None) -> Counter[str]:
    """Return the counts of one excerpt: articles labelled and found, laws, onderdelen, changes."""
    try:
        articles = list(iter_articles(import_bill(HERE / name).bill.body))
    except ImportRefused as refused:
        _say(lines, f"{name}: refused: {refused}")
        articles = []
    found: dict[str, AmendingOnderdeel | Article] = {a.number: a for a in articles}
    if "enig" in found:
        found["Enig artikel"] = found["enig"]
    if len(articles) == 1 and len(labels["articles"]) == 1:  # the copy lost its only heading
        found[labels["articles"][0]["number"]] = articles[0]
    counts: Counter[str] = Counter()
    for want in labels["articles"]:
        counts["articles"] += 1
        article = found.get(want["number"])
        if not isinstance(article, Article):
            _say(lines, f"{name} {want['number']}: not found")
            continue
        counts["found"] += 1
        law, onderdelen, changes = read(article)
        counts["law"] += _law(law) == _law(want["law"])
        if _law(law) != _law(want["law"]):
            _say(lines, f"{name} {want['number']}: law {law!r}, labelled {want['law']!r}")
        if want.get("cut"):
            continue
        counts["whole"] += 1
        lone = len(onderdelen) == 1 and not want["onderdelen"]  # the only onderdeel has no letter (Ar 6.15)
        counts["onderdelen"] += onderdelen == want["onderdelen"] or lone
        counts["changes"] += changes == want["instructions"]
        if changes != want["instructions"]:
            _say(lines, f"{name} {want['number']}: {changes} changes, labelled {want['instructions']}")
    return counts


def _say(lines: list[str] | None, line: str) -> None:
    if lines is not None:
        lines.append(line)


def measure(lines: list[str] | None = None) -> Counter[str]:
    """Return the counts over every excerpt."""
    total: Counter[str] = Counter()
    for name, labels in LABELS.items():
        total += score(name, labels, lines)
    return total


if __name__ == "__main__":
    said: list[str] = []
    t = measure(said)
    print(f"{len(LABELS)} acts, {t['articles']} articles: found {t['found']}, law read {t['law']} of {t['found']}; "
          f"of the {t['whole']} not cut off: onderdelen {t['onderdelen']}, changes counted {t['changes']}")
    if "-v" in sys.argv:
        print("\n".join(said))
