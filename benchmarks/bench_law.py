"""Time reading a generated 2,000-article BWB toestand into the base-law model.

Run: python benchmarks/bench_law.py [--articles N] [--repeat R]
Target (issue 14): reading a 2,000-article law well under 0.5 s on the 2-core machine. The law
has 20 hoofdstukken, three leden per article (one with a list of three onderdelen, one with a
subonderdeel list), BWB ids and meta-data on every article, as real toestanden carry them.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from timing import timed  # noqa: E402

from wetgen.law.bwb_reader import read_bwb  # noqa: E402
from wetgen.law.bwb_writer import write_bwb  # noqa: E402
from wetgen.law.locate import Step, locate  # noqa: E402
from wetgen.law.model import Alinea, Article, BwbIds, Division, Law, Lid, Lijst, ListItem  # noqa: E402

SENTENCE = ("Burgemeester en wethouders beslissen binnen acht weken op een aanvraag als bedoeld in "
            "artikel 2, eerste lid. Zij kunnen die termijn eenmaal met ten hoogste zes weken verdagen.")  # fmt: skip
META = b"<meta-data><brondata><oorspronkelijk><publicatie soort=\"Stb\"><publicatiejaar>2024</publicatiejaar></publicatie></oorspronkelijk></brondata></meta-data></artikel>"


def generate(articles: int, chapters: int = 20) -> Law:
    """Return a law of `articles` articles in `chapters` hoofdstukken."""
    per_chapter = max(1, articles // chapters)
    body = []
    number = 0
    for chapter in range(1, chapters + 1):
        children = []
        for _ in range(per_chapter):
            number += 1
            path = f"/Hoofdstuk{chapter}/Artikel{number}"
            items = tuple(ListItem(f"{letter}.", (Alinea(f"het {letter}-onderdeel van de aanvraag;"),)) for letter in "abc")
            subitems = (ListItem("1°.", (Alinea("de eerste situatie;"),)), ListItem("2°.", (Alinea("de tweede situatie."),)))
            leden = (
                Lid("1", (Alinea(SENTENCE),), path=f"{path}/Lid1"),
                Lid("2", (Alinea("Een aanvraag bevat in ieder geval:"), Lijst(items)), path=f"{path}/Lid2"),
                Lid("3", (Alinea("Dit lid geldt in de gevallen:"), Lijst(subitems)), path=f"{path}/Lid3"),
            )
            children.append(Article(str(number), f"Opschrift {number}", leden=leden, path=path,
                                    ids=BwbIds(str(1000 + number), str(5000 + number), str(9000 + number))))  # fmt: skip
        body.append(Division("hoofdstuk", str(chapter), f"Hoofdstuk over onderwerp {chapter}", tuple(children), "Hoofdstuk", path=f"/Hoofdstuk{chapter}"))
    return Law("Wet groot voorbeeld", tuple(body), "BWBR0099900", "2026-01-01", "wet")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    law = generate(args.articles)
    data = write_bwb(law).replace(b"</artikel>", META)  # the publication bookkeeping BWB adds
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "groot.xml"
        path.write_bytes(data)
        assert read_bwb(path) == law
        best, median, cpu = timed(args.repeat, lambda: read_bwb(path))
        numbers = [a.number for a in law.articles()]
        read = read_bwb(path)
        look_best, _, look_cpu = timed(args.repeat, lambda: [locate(read, (Step("artikel", n), Step("lid", "2"), Step("onderdeel", "b"))) for n in numbers])
    print(f"law: {args.articles} articles x 3 leden, {len(data) / 1e6:.1f} MB BWB XML")
    print(f"machine load average (1 min): {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"read_bwb: best {best:.3f} s (CPU {cpu:.3f} s), median {median:.3f} s (target: well under 0.5 s)")
    print(f"{len(numbers)} look-ups of artikel N, tweede lid, onderdeel b: best {look_best:.3f} s (CPU {look_cpu:.3f} s)")
    return 0 if best < 0.5 else 1


if __name__ == "__main__":
    sys.exit(main())
