"""Real published bills imported and rendered again: the published wording word for word.

Each re-typed bill of tests/realbills/cases (its `published.txt`, with its source URL in the
file's header) that holds articles is imported and rendered as Markdown; the words of the
rendering are aligned with the published words in order. At least 99 % must be identical and
no published word may be missing. The sentence-only cases (examples of the Aanwijzingen, no
articles) and the one printed without its article heading ("# headings: no") have no bill to
import and are left out.

    python -m tests.importer.test_published_words     # prints the table in docs/import.md
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from pathlib import Path

import pytest

from wetgen.importer import import_data
from wetgen.render.text import render_markdown

CASES = Path(__file__).resolve().parents[1] / "realbills" / "cases"


def published(case: str) -> tuple[str, str]:
    """Return a case's published text without its header, and its source URL."""
    lines = (CASES / case / "published.txt").read_text(encoding="utf-8").splitlines()
    source = next(line.split(": ", 1)[1] for line in lines if line.startswith("# source: "))
    return "\n".join(line for line in lines if not line.startswith("# ")), source


def _is_bill(header: str) -> bool:
    return "# scope: sentences" not in header and "# headings: no" not in header


BILLS = sorted(p.name for p in CASES.iterdir()
               if (p / "published.txt").exists() and _is_bill((p / "published.txt").read_text(encoding="utf-8")))  # fmt: skip


def measure(case: str) -> dict[str, object]:
    """Import a published bill and render it again; count the words identical in order."""
    text, source = published(case)
    result = import_data(text.encode(), "published.txt")
    words = _words(text)
    again = _words(render_markdown(result.bill).decode())
    matcher = difflib.SequenceMatcher(None, words, again, autojunk=False)
    same = sum(block.size for block in matcher.get_matching_blocks())
    lost = Counter(words) - Counter(again)
    stats = result.stats
    return {"source": source, "words": len(words), "same": same, "lost": lost,
            "instructions": (stats.structured_instructions, stats.instructions)}  # fmt: skip


def _words(text: str) -> list[str]:
    return [w.casefold() for w in re.findall(r"\w+", text)]


def test_the_cases_hold_bills():
    assert len(BILLS) >= 12


@pytest.mark.parametrize("case", BILLS)
def test_the_published_wording_comes_back_word_for_word(case):
    found = measure(case)
    assert found["lost"] == Counter()
    assert found["same"] >= 0.99 * found["words"]


def main() -> None:
    """Print the table of docs/import.md."""
    print("| bill | words identical | words lost | instructions structured |")
    print("|---|---|---|---|")
    for case in BILLS:
        m = measure(case)
        print(f"| [{case}]({m['source']}) | {m['same']} / {m['words']} | {sum(m['lost'].values())} | "
              f"{m['instructions'][0]} / {m['instructions'][1]} |")  # fmt: skip


if __name__ == "__main__":
    main()
