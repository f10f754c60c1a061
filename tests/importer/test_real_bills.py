"""Real bills as published (excerpts with their source in tests/importer/real/sources.json):
how much of the structure a reader sees is recognised, and that no word is lost.

    python -m tests.importer.test_real_bills     # prints the table in docs/import.md
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from wetgen.importer import import_bill
from wetgen.importer.draft import draft_text
from wetgen.render.text import render_markdown

REAL = Path(__file__).resolve().parent / "real"
SOURCES = {k: v for k, v in json.loads((REAL / "sources.json").read_text(encoding="utf-8")).items() if not k.startswith("_")}
KINDS = ("articles", "leden", "items", "instructions")
# What differs from the count by hand, and why (see each file's note in sources.json).
EXPECTED_DIFFERENCES = {
    ("openkamer-34380-R2067-2.txt", "articles"): 1,
}


def measure(name: str) -> dict[str, object]:
    """Import one excerpt; return what was found and the share of its words kept."""
    path = REAL / name
    result = import_bill(path)
    found = {kind: getattr(result.stats, kind) for kind in KINDS}
    found["instructions"] = result.stats.instructions
    source_words = _words(path.read_text(encoding="utf-8"))
    kept = _words(draft_text(result, name) + render_markdown(result.bill).decode())
    lost = source_words - kept
    total = sum(source_words.values())
    return {"found": found, "lost": lost, "words": total, "kept": total - sum(lost.values())}


def _words(text: str) -> Counter[str]:
    return Counter(w.casefold() for w in re.findall(r"\w+", text))


@pytest.mark.parametrize("name", sorted(SOURCES))
def test_structure_a_reader_sees_is_recognised(name):
    found = measure(name)["found"]
    for kind in KINDS:
        want = EXPECTED_DIFFERENCES.get((name, kind), SOURCES[name]["seen"][kind])
        assert found[kind] == want, f"{kind}: found {found[kind]}, expected {want}"


@pytest.mark.parametrize("name", sorted(SOURCES))
def test_no_word_of_the_source_is_lost(name):
    lost = measure(name)["lost"]
    assert not lost, f"lost: {dict(lost)}"


def table() -> str:
    """Return the Markdown table of found / seen per excerpt."""
    rows = ["| excerpt | articles | leden | list onderdelen | wijzigingsopdrachten | words kept |",
            "|---|---|---|---|---|---|"]
    totals = Counter()
    for name in sorted(SOURCES):
        m = measure(name)
        seen = SOURCES[name]["seen"]
        cells = []
        for kind in KINDS:
            cells.append(f"{m['found'][kind]} / {seen[kind]}")
            totals[f"found-{kind}"] += min(m["found"][kind], seen[kind])
            totals[f"seen-{kind}"] += seen[kind]
            totals["equal"] += m["found"][kind] == seen[kind]
            totals["cells"] += 1
        totals["words"] += m["words"]
        totals["kept"] += m["kept"]
        rows.append(f"| [{name.removesuffix('.txt')}]({SOURCES[name]['url']}) | " + " | ".join(cells)
                    + f" | {m['kept']} / {m['words']} |")  # fmt: skip
    share = " | ".join(f"{100 * totals[f'found-{k}'] / max(totals[f'seen-{k}'], 1):.0f} %" for k in KINDS)
    rows.append(f"| **recognised** | {share} | {100 * totals['kept'] / totals['words']:.1f} % |")
    return "\n".join(rows) + f"\n\nCounts equal to the count by hand: {totals['equal']} of {totals['cells']}."


if __name__ == "__main__":
    print(table())
